// GET a JSON document from the API and check it against the shared zod schema, so a response that drifts
// from the contract fails loudly here rather than somewhere in a view.
import type { z } from 'zod';
import { ApiError, isAbort, toApiError } from './errors';

export type Query = Record<string, string | number | undefined>;

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function getJson<S extends z.ZodType>(
  operation: string,
  url: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
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
