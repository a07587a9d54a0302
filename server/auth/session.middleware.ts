// Who is making the request: the session cookie's token is looked up (idle and absolute expiry) and the
// account's actor is put in `res.locals.actor` (read by actorFrom); without a valid session the request
// is the anonymous visitor, and a dead session's cookie is cleared.
import type { RequestHandler } from 'express';
import type { AuthOptions } from './auth.options';
import type { AuthService } from './auth.service';
import { clearSessionCookie, sessionCookieName } from './cookies';

/** The session token the request carries, if any. */
export function sessionToken(cookies: unknown, options: AuthOptions): string | null {
  const token = (cookies as Record<string, unknown> | undefined)?.[sessionCookieName(options)];
  return typeof token === 'string' && token !== '' ? token : null;
}

export function sessionMiddleware(auth: AuthService, options: AuthOptions): RequestHandler {
  return async (req, res, next) => {
    const token = sessionToken(req.cookies, options);
    if (!token) return next();
    const actor = await auth.actorForToken(token);
    if (actor) res.locals.actor = actor;
    else clearSessionCookie(res, options);
    next();
  };
}
