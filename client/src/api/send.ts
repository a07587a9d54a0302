// Every state-changing call (POST, PATCH, DELETE) goes through `sendJson`: same-origin credentials (the
// httpOnly session cookie), the CSRF double submit (the readable `semis_csrf` cookie echoed in the
// `X-CSRF-Token` header), the answer checked against the shared zod schema, failures as ApiError.
// A command marked `idempotent` gets one Idempotency-Key (a UUID) and is retried with that same key
// when the answer is lost or the server is briefly unable (network error, 503, key still in flight):
// the server answers a retry with the first answer, so a retry never writes twice.
import { CSRF_COOKIE, CSRF_HEADER } from '../../../shared/auth';
import { ApiError, toApiError } from './errors';
import type { BodyCheck } from './http';
import { noteOwnWrite } from './own-actions';

/** The CSRF token the server left in its readable cookie ('' before the first API answer). */
export function csrfToken(cookies: string = typeof document === 'undefined' ? '' : document.cookie): string {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return '';
}

export interface SendOptions {
  /** A JSON body, or FormData for an upload (sent as multipart). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Send an Idempotency-Key (one per call) and retry a lost or 503 answer with the same key. */
  idempotent?: boolean;
}

/** Attempts of an idempotent command, and the first wait between them (doubled each time). */
export const IDEMPOTENT_ATTEMPTS = 3;
export const FIRST_RETRY_MS = 400;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a failed idempotent command may be sent again with its key. */
function retryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.code === 'NETWORK_ERROR' || error.status === 503 || error.code === 'IDEMPOTENCY_KEY_IN_FLIGHT';
}

export async function sendJson<T>(
  operation: string,
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  schema: BodyCheck<T> | null,
  options: SendOptions = {},
): Promise<Sent<T>> {
  if (!options.idempotent) return sendOnce(operation, method, url, schema, options);
  const headers = { ...options.headers, 'Idempotency-Key': crypto.randomUUID() };
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendOnce(operation, method, url, schema, { ...options, headers });
    } catch (error) {
      if (attempt >= IDEMPOTENT_ATTEMPTS || !retryable(error) || options.signal?.aborted) throw error;
      await wait(FIRST_RETRY_MS * 2 ** (attempt - 1));
    }
  }
}

export interface Sent<T> {
  data: T;
  status: number;
  /** The ETag (a node's version) when the server sent one. */
  etag: string | null;
}

async function sendOnce<T>(
  operation: string,
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  schema: BodyCheck<T> | null,
  options: SendOptions,
): Promise<Sent<T>> {
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    [CSRF_HEADER]: csrfToken(),
    ...options.headers,
  };
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      signal: options.signal,
      body:
        options.body === undefined
          ? undefined
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK_ERROR', `${operation}: the API could not be reached`);
  }
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(operation, response.status, body);
  noteOwnWrite(response.headers);
  const etag = response.headers.get('ETag');
  if (!schema) return { data: undefined as T, status: response.status, etag };
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('BAD_RESPONSE', `${operation}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { data: parsed.data, status: response.status, etag };
}
