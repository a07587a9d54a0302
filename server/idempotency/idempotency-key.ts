// The `Idempotency-Key` request header (IETF httpapi draft): which POSTs honour it (every one that
// creates or changes, except the account routes), the key's accepted form, how long a key lasts, and the
// request's fingerprint (method, path and body) that tells a retry from a different request.
import { createHash } from 'node:crypto';
import { ENDPOINTS, type Endpoint } from '../../shared/api';
import { AppError } from '../http/errors';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** A key answers again for this long after its first use. */
export const IDEMPOTENCY_TTL_HOURS = 24;

/**
 * POSTs that create or change, as the contract marks them (`idempotent`): every POST but the account routes
 * and the read-only suggestions. The photo upload is multipart: its route checks the key after reading the
 * body (multipartIdempotency).
 */
export const IDEMPOTENT_ENDPOINTS: readonly Endpoint[] = Object.values<Endpoint>(ENDPOINTS).filter(
  (endpoint) => endpoint.idempotent === true,
);

export const IDEMPOTENCY_HEADER_DOC = {
  required: false,
  description:
    'One key per submitted command (1–255 visible ASCII characters, e.g. a UUID). The same key with the same ' +
    'body within 24 h answers the first answer again and writes nothing; with another body 422 ' +
    '(IDEMPOTENCY_KEY_REUSED); while the first request with it is still running 409 (IDEMPOTENCY_KEY_IN_FLIGHT).',
};

const KEY_FORM = /^[\x21-\x7e]{1,255}$/;

/** The key as sent (a structured-field string "…" or bare), or a 400 naming what is wrong. */
export function parseIdempotencyKey(header: string): string {
  const trimmed = header.trim();
  const key =
    trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
  if (!KEY_FORM.test(key)) {
    throw new AppError(
      'IDEMPOTENCY_KEY_INVALID',
      `${IDEMPOTENCY_HEADER} must be 1 to 255 visible ASCII characters (no spaces)`,
    );
  }
  return key;
}

/** Same method, path and JSON body → same fingerprint. */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('base64url');
}
