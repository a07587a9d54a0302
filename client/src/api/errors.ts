// The one error type of the client's API calls: the server's error code (DESIGN.md §4) or a client-side
// one, so the views translate every failure by its code.
import { type ErrorCode, errorBodySchema } from '../../../shared/errors';

/**
 * Failures the server cannot name: it was unreachable, it answered something off-contract, or the page
 * itself failed while using the answer.
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'BAD_RESPONSE' | 'UNEXPECTED';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status?: number,
    /** The server's `details`: zod issues for a 400 (per field), the current version for a 412… */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Gateways answer 502/504 (and a plain 503) when the API server itself is not there. */
const UNREACHABLE_STATUSES = [502, 503, 504];

/** The ApiError for a non-2xx answer: its `{ error: { code, message } }` body, or a code from the status. */
export function toApiError(operation: string, status: number, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    return new ApiError(
      parsed.data.error.code,
      `${operation}: ${parsed.data.error.message}`,
      status,
      parsed.data.error.details,
    );
  }
  if (UNREACHABLE_STATUSES.includes(status)) {
    return new ApiError('NETWORK_ERROR', `${operation}: the API answered ${status}`, status);
  }
  const code: ApiErrorCode = status === 404 ? 'ROUTE_NOT_FOUND' : status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE';
  return new ApiError(code, `${operation}: unexpected ${status} answer`, status);
}

export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';
