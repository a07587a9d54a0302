// Domain errors and the one Express error handler that turns every failure into
// { error: { code, message, details? } } with the right status. A stack trace never reaches a client.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '../../shared/errors';
import { DatabaseUnavailableError, isUnavailable } from '../db/database';

/**
 * The one exception to ERROR_STATUS: BAD_REQUEST carries the exact 4xx Express's own http-errors chose
 * (any 4xx it raises, usually 400; see fromExpress), as it always has. Any other code ignores it and
 * always answers its status from the table.
 */
interface StatusOverride {
  status: number;
}

export class AppError extends Error {
  /** From ERROR_STATUS, the one table pairing codes and statuses (or BAD_REQUEST's override). */
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Response headers that go with this refusal (e.g. `Retry-After` of a 429). */
    readonly headers?: Readonly<Record<string, string>>,
    override?: StatusOverride,
  ) {
    super(message);
    this.status = override && code === 'BAD_REQUEST' ? override.status : ERROR_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);

/** 400 with the zod issues in `details`, the message naming each bad field. */
export function validationError(where: string, error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new AppError('VALIDATION_FAILED', `Invalid ${where}: ${summary}`, issues);
}

const RETRY_AFTER_SECONDS = 5;

interface HttpLikeError {
  type?: string;
  limit?: number;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  code?: string;
}

/** Body-parser's (raw-body's) failures by `type`: each a client's mistake, each its own code. */
const BODY_ERRORS: Record<string, (e: HttpLikeError) => AppError> = {
  'entity.too.large': (e) =>
    new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than the ${e.limit} bytes allowed`),
  'entity.parse.failed': () => new AppError('MALFORMED_JSON', 'The request body is not valid JSON'),
  'charset.unsupported': () =>
    new AppError('UNSUPPORTED_CHARSET', 'The request body charset is not supported: send UTF-8'),
  'encoding.unsupported': () =>
    new AppError(
      'UNSUPPORTED_CONTENT_ENCODING',
      'The request Content-Encoding is not supported: send gzip, deflate, br or none',
    ),
  'request.aborted': () => new AppError('REQUEST_ABORTED', 'The request body ended before it was complete'),
  'request.size.invalid': () =>
    new AppError('BODY_UNREADABLE', 'The request body is not as long as its Content-Length says'),
  'stream.encoding.set': () => new AppError('BODY_UNREADABLE', 'The request body cannot be read'),
  'stream.not.readable': () => new AppError('BODY_UNREADABLE', 'The request body cannot be read'),
  'entity.verify.failed': () => new AppError('BODY_UNREADABLE', 'The request body cannot be read'),
};

/**
 * Express's own 4xx errors (http-errors: body reading, a path parameter that is not valid
 * percent-encoding…) as our codes. A body that says it is compressed but is not fails in zlib, which
 * body-parser wraps as a bare 400: BAD_CONTENT_ENCODING. Anything 5xx or unknown stays null (a 500).
 */
function fromExpress(error: HttpLikeError, contentEncoding: string | undefined): AppError | null {
  if (typeof error !== 'object' || error === null) return null;
  const byType = error.type ? BODY_ERRORS[error.type] : undefined;
  if (byType) return byType(error);
  const status = error.status ?? error.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  if (contentEncoding && contentEncoding !== 'identity') {
    return new AppError(
      'BAD_CONTENT_ENCODING',
      `The request body is not valid ${contentEncoding} data, as its Content-Encoding says`,
    );
  }
  // the one status not from ERROR_STATUS: Express's own 4xx, kept as it chose it (400, 404, 414…)
  return new AppError('BAD_REQUEST', 'The request cannot be read', undefined, undefined, { status });
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    let appError: AppError;
    if (error instanceof AppError) appError = error;
    else if (error instanceof z.ZodError) appError = validationError('input', error);
    else if (error instanceof DatabaseUnavailableError || isUnavailable(error)) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      const reason = error instanceof DatabaseUnavailableError ? error.reason : undefined;
      appError = new AppError(
        'DATABASE_UNAVAILABLE',
        `The database is ${reason ?? 'unreachable'}; try again in a few seconds`,
      );
    } else {
      appError =
        fromExpress(error, req.get('content-encoding')?.trim().toLowerCase()) ??
        new AppError('INTERNAL', 'Something went wrong on the server; it has been logged');
    }
    // a 503 of the circuit or of /api/ready: the database's fall is logged once, not once per request
    const knownDown =
      (error instanceof DatabaseUnavailableError && error.reason !== undefined) ||
      (error instanceof AppError && error.code === 'DATABASE_UNAVAILABLE');
    if (appError.status >= 500 && !knownDown)
      logger.error({ err: error, method: req.method, url: req.originalUrl }, appError.message);
    if (appError.headers) res.set(appError.headers);
    const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
    if (appError.details !== undefined) body.error.details = appError.details;
    res.status(appError.status).json(body);
  };
}

export const routeNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError('ROUTE_NOT_FOUND', `No route ${req.method} ${req.originalUrl.split('?')[0]}`));
};
