// Domain errors and the one Express error handler that turns every failure into
// { error: { code, message, details? } } with the right status. A stack trace never reaches a client.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ErrorBody, ErrorCode } from '../../shared/errors';
import { DatabaseUnavailableError, isUnavailable } from '../db/database';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what} was not found`);

/** 400 with the zod issues in `details`, the message naming each bad field. */
export function validationError(where: string, error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new AppError(400, 'VALIDATION_FAILED', `Invalid ${where}: ${summary}`, issues);
}

const RETRY_AFTER_SECONDS = 5;

function fromExpressBodyParser(error: { type?: string; limit?: number }): AppError | null {
  if (error.type === 'entity.too.large') {
    return new AppError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than the ${error.limit} bytes allowed`,
    );
  }
  if (error.type === 'entity.parse.failed')
    return new AppError(400, 'MALFORMED_JSON', 'The request body is not valid JSON');
  if (error.type === 'charset.unsupported' || error.type === 'encoding.unsupported') {
    return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body encoding is not supported');
  }
  return null;
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
        503,
        'DATABASE_UNAVAILABLE',
        `The database is ${reason ?? 'unreachable'}; try again in a few seconds`,
      );
    } else {
      appError =
        fromExpressBodyParser(error) ??
        new AppError(500, 'INTERNAL', 'Something went wrong on the server; it has been logged');
    }
    // a 503 of the circuit or of /api/ready: the database's fall is logged once, not once per request
    const knownDown =
      (error instanceof DatabaseUnavailableError && error.reason !== undefined) ||
      (error instanceof AppError && error.code === 'DATABASE_UNAVAILABLE');
    if (appError.status >= 500 && !knownDown)
      logger.error({ err: error, method: req.method, url: req.originalUrl }, appError.message);
    const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
    if (appError.details !== undefined) body.error.details = appError.details;
    res.status(appError.status).json(body);
  };
}

export const routeNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'ROUTE_NOT_FOUND', `No route ${req.method} ${req.originalUrl.split('?')[0]}`));
};
