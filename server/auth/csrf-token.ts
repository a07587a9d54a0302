// The CSRF token, bound to the session (OWASP's signed double-submit cookie): `random.signature`, where
// the signature is the HMAC-SHA256, under the server's CSRF secret, of the session cookie's value and the
// random part. A cookie/header pair that matches but was not signed for this session is refused, so a
// token planted from a sibling subdomain or read from another session is worth nothing. Visitors (no
// session cookie) get tokens bound to the empty session.
import { createHmac, randomBytes } from 'node:crypto';
import { sameSecret } from './secrets';

function sign(secret: string, session: string, random: string): string {
  // length-prefixed so no (session, random) pair can be shifted into another
  return createHmac('sha256', secret).update(`${session.length}!${session}!${random}`).digest('base64url');
}

/** A fresh token for the session whose cookie value is `session` ('' for none). */
export function csrfTokenFor(secret: string, session: string): string {
  const random = randomBytes(32).toString('base64url');
  return `${random}.${sign(secret, session, random)}`;
}

/** Whether `token` was signed by this server for this session. */
export function csrfTokenIsFor(secret: string, session: string, token: string): boolean {
  const [random, signature, ...rest] = token.split('.');
  if (!random || !signature || rest.length > 0) return false;
  return sameSecret(signature, sign(secret, session, random));
}
