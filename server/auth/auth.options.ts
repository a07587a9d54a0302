// What the accounts feature is tuned by (from the configuration, or from a test): admin emails, cookie
// security, session lifetimes, accepted origins and the rate limit of login and registration.
import { randomBytes } from 'node:crypto';
import type { Config } from '../config';

export interface AuthOptions {
  /** Lower-case emails whose accounts are admins. */
  adminEmails: readonly string[];
  /** `__Host-semis_session` with `Secure` (behind HTTPS). */
  secureCookies: boolean;
  /** A session unused this long is over. */
  idleMs: number;
  /** A session is over this long after login, used or not. */
  maxAgeMs: number;
  /** Origins accepted besides the request's own (the public address, the Vite dev server). */
  extraOrigins: readonly string[];
  /** Login + registration attempts per IP per window. */
  rateLimit: number;
  rateWindowMs: number;
  /** The HMAC key of the CSRF tokens (server/auth/csrf-token.ts); shared by every instance behind one address. */
  csrfSecret: string;
}

const HOUR = 3_600_000;

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  adminEmails: [],
  secureCookies: false,
  idleMs: 72 * HOUR,
  maxAgeMs: 30 * 24 * HOUR,
  extraOrigins: [],
  rateLimit: 10,
  rateWindowMs: 15 * 60_000,
  // without SEMIS_CSRF_SECRET each process draws its own: tokens then last as long as the process
  csrfSecret: randomBytes(32).toString('base64url'),
};

export function authOptionsFrom(config: Config): AuthOptions {
  return {
    ...DEFAULT_AUTH_OPTIONS,
    adminEmails: config.SEMIS_ADMIN_EMAILS,
    secureCookies: config.SEMIS_SECURE_COOKIES,
    idleMs: config.SEMIS_SESSION_IDLE_HOURS * HOUR,
    maxAgeMs: config.SEMIS_SESSION_MAX_DAYS * 24 * HOUR,
    extraOrigins: [
      ...(config.SEMIS_PUBLIC_ORIGIN ? [config.SEMIS_PUBLIC_ORIGIN] : []),
      ...config.SEMIS_DEV_ORIGINS,
    ],
    rateLimit: config.SEMIS_AUTH_RATE_LIMIT,
    csrfSecret: config.SEMIS_CSRF_SECRET ?? DEFAULT_AUTH_OPTIONS.csrfSecret,
  };
}
