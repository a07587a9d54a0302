// GET a JSON document from the API and check it against the shared zod schema, so a response that drifts
// from the contract fails loudly here rather than somewhere in a view.
import { ApiError, isAbort, toApiError } from './errors';

export type Query = Record<string, string | number | undefined>;

/** What getJson checks a body with: a zod schema, or anything with the same `safeParse`. */
export interface BodyCheck<T> {
  safeParse(
    body: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
}

/** Requests started before the page is mounted (main.tsx), taken over by the first getJson of that URL. */
const early = new Map<string, Promise<Response>>();

/** Starts fetching `url` now; the first getJson for the same URL uses this response. */
export function prefetch(url: string): void {
  if (!early.has(url)) early.set(url, fetch(url, { headers: { Accept: 'application/json' } }));
}

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function getJson<T>(
  operation: string,
  url: string,
  schema: BodyCheck<T>,
  signal?: AbortSignal,
  /** 'no-store' for an answer the browser must not revalidate by its ETag (see fetchNode). */
  cache?: RequestCache,
): Promise<T> {
  let response: Response;
  try {
    const started = early.get(url);
    early.delete(url);
    response = await (started ?? fetch(url, { headers: { Accept: 'application/json' }, signal, cache }));
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('NETWORK_ERROR', `${operation}: the API could not be reached`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(operation, response.status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('BAD_RESPONSE', `${operation}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
