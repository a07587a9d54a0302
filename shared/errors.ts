// The one error shape every endpoint answers with, and the machine-readable codes the client translates.
import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNSUPPORTED_CONTENT_ENCODING',
  'UNSUPPORTED_CHARSET',
  'BAD_CONTENT_ENCODING',
  'BODY_UNREADABLE',
  'REQUEST_ABORTED',
  'BAD_REQUEST',
  'METHOD_NOT_ALLOWED',
  'IDEMPOTENCY_KEY_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_FLIGHT',
  'RELATION_NOT_ALLOWED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_FAILED',
  'CSRF_NOT_SIGNED',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'EMAIL_TAKEN',
  'UNSUPPORTED_IMAGE',
  'IMAGE_TOO_LARGE',
  'UPLOAD_QUOTA',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'CONFLICT',
  'ERASED',
  'PRECONDITION_FAILED',
  'PRECONDITION_REQUIRED',
  'DATABASE_UNAVAILABLE',
  'INTERNAL',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/**
 * The HTTP status of each code: the one place they are paired. `satisfies` makes a new code without a
 * status (or a status for a code that does not exist) a compile error. The server's AppError and the
 * OpenAPI document both read it. One exception is documented at AppError: BAD_REQUEST keeps the exact
 * 4xx Express itself chose (400 here is its usual value).
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNSUPPORTED_CONTENT_ENCODING: 415,
  UNSUPPORTED_CHARSET: 415,
  BAD_CONTENT_ENCODING: 400,
  BODY_UNREADABLE: 400,
  REQUEST_ABORTED: 400,
  BAD_REQUEST: 400,
  METHOD_NOT_ALLOWED: 405,
  IDEMPOTENCY_KEY_INVALID: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_FLIGHT: 409,
  RELATION_NOT_ALLOWED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  CSRF_NOT_SIGNED: 403,
  RATE_LIMITED: 429,
  INVALID_CREDENTIALS: 401,
  EMAIL_TAKEN: 409,
  UNSUPPORTED_IMAGE: 415,
  IMAGE_TOO_LARGE: 413,
  UPLOAD_QUOTA: 429,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  ERASED: 410,
  PRECONDITION_FAILED: 412,
  PRECONDITION_REQUIRED: 428,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    /** English, for people reading logs or curl output; the client shows its own translation of `code`. */
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
