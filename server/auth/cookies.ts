// The two cookies of a browser session: the httpOnly session token (`__Host-` prefixed and Secure behind
// HTTPS) and the readable CSRF token the client echoes in `X-CSRF-Token` (signed double submit: a new
// token, signed for the new session, whenever the session cookie is set or cleared).
import type { CookieOptions, Response } from 'express';
import { CSRF_COOKIE } from '../../shared/auth';
import type { AuthOptions } from './auth.options';
import { csrfTokenFor } from './csrf-token';

export const sessionCookieName = (options: AuthOptions) =>
  options.secureCookies ? '__Host-semis_session' : 'semis_session';

const base = (options: AuthOptions): CookieOptions => ({
  sameSite: 'lax',
  path: '/',
  secure: options.secureCookies,
});

/** Opens a session: its cookie, and a CSRF token signed for it (the old one no longer passes). */
export function setSessionCookie(res: Response, options: AuthOptions, token: string): void {
  setCsrfCookie(res, options, csrfTokenFor(options.csrfSecret, token));
  res.cookie(sessionCookieName(options), token, {
    ...base(options),
    httpOnly: true,
    maxAge: options.maxAgeMs,
  });
}

export function clearSessionCookie(res: Response, options: AuthOptions): void {
  setCsrfCookie(res, options, csrfTokenFor(options.csrfSecret, ''));
  res.clearCookie(sessionCookieName(options), { ...base(options), httpOnly: true });
}

export function setCsrfCookie(res: Response, options: AuthOptions, token: string): void {
  res.cookie(CSRF_COOKIE, token, { ...base(options), httpOnly: false });
}
