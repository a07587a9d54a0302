// CSRF defence on every state-changing API request (POST, PATCH, PUT, DELETE), two checks that must both
// pass: the Origin header (or the Referer's origin when Origin is absent) is the request's own origin or
// an accepted one; and the readable `semis_csrf` cookie comes back in the `X-CSRF-Token` header (double
// submit), signed for this request's session (server/auth/csrf-token.ts). A fresh cookie is handed out on
// any API response that finds it missing or not signed for the session.
import type { Request, RequestHandler } from 'express';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/auth';
import { AppError } from '../http/errors';
import type { AuthOptions } from './auth.options';
import { sessionCookieName, setCsrfCookie } from './cookies';
import { csrfTokenFor, csrfTokenIsFor } from './csrf-token';
import { sameSecret } from './secrets';

const STATE_CHANGING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const csrfFailed = (why: string) => new AppError('CSRF_FAILED', `Cross-site request refused: ${why}`);

/** The origin the browser says the request comes from, or null when it says nothing usable. */
function claimedOrigin(req: Request): string | null {
  const origin = req.get('Origin');
  if (origin !== undefined) return origin === 'null' ? null : origin;
  const referer = req.get('Referer');
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

export function csrfProtection(options: AuthOptions): RequestHandler {
  return (req, res, next) => {
    const cookieToken: unknown = req.cookies?.[CSRF_COOKIE];
    const sessionCookie: unknown = req.cookies?.[sessionCookieName(options)];
    const session = typeof sessionCookie === 'string' ? sessionCookie : '';
    const signed =
      typeof cookieToken === 'string' && csrfTokenIsFor(options.csrfSecret, session, cookieToken);
    if (!signed) setCsrfCookie(res, options, csrfTokenFor(options.csrfSecret, session));
    if (!STATE_CHANGING.has(req.method)) return next();

    const origin = claimedOrigin(req);
    const host = req.get('Host');
    const accepted = [...(host ? [`http://${host}`, `https://${host}`] : []), ...options.extraOrigins];
    if (!origin) return next(csrfFailed('no Origin or Referer header'));
    if (!accepted.includes(origin)) return next(csrfFailed(`origin ${origin} is not this site`));

    const headerToken = req.get(CSRF_HEADER);
    if (typeof cookieToken !== 'string' || cookieToken === '' || !headerToken) {
      return next(csrfFailed(`the ${CSRF_HEADER} header must repeat the ${CSRF_COOKIE} cookie`));
    }
    if (!sameSecret(cookieToken, headerToken)) {
      return next(csrfFailed(`the ${CSRF_HEADER} header does not match the ${CSRF_COOKIE} cookie`));
    }
    if (!signed) {
      return next(
        new AppError(
          'CSRF_NOT_SIGNED',
          `Cross-site request refused: the ${CSRF_COOKIE} token is not signed for this session`,
        ),
      );
    }
    next();
  };
}
