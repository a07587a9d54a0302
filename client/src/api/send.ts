// Every state-changing call (POST, PATCH, DELETE) goes through `sendJson`: same-origin credentials (the
// httpOnly session cookie), the CSRF double submit (the readable `semis_csrf` cookie echoed in the
// `X-CSRF-Token` header), the answer checked against the shared zod schema, failures as ApiError.
import { CSRF_COOKIE, CSRF_HEADER } from '../../../shared/auth';
import { ApiError, toApiError } from './errors';
import type { BodyCheck } from './http';

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
}

export interface Sent<T> {
  data: T;
  status: number;
  /** The ETag (a node's version) when the server sent one. */
  etag: string | null;
}

export async function sendJson<T>(
  operation: string,
  method: 'POST' | 'PATCH' | 'DELETE',
  url: string,
  schema: BodyCheck<T> | null,
  options: SendOptions = {},
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
  const etag = response.headers.get('ETag');
  if (!schema) return { data: undefined as T, status: response.status, etag };
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('BAD_RESPONSE', `${operation}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { data: parsed.data, status: response.status, etag };
}
