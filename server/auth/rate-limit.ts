// Rate limit of login and registration per IP (express-rate-limit, in memory): beyond the limit, 429
// RATE_LIMITED in the error shape with Retry-After.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../http/errors';
import type { AuthOptions } from './auth.options';

export function authRateLimit(options: AuthOptions): RequestHandler {
  return rateLimit({
    windowMs: options.rateWindowMs,
    limit: options.rateLimit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(new AppError('RATE_LIMITED', 'Too many attempts from this address; try again later'));
    },
  });
}
