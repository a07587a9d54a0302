// Every API call of the page, from the shared contract: `call(ENDPOINTS.createLink, { body })` takes the
// method, the path and the answer's schema from `ENDPOINTS` (shared/api.ts), fills the path's parameters,
// adds the query, and goes through getJson (reads) or sendJson (writes: the CSRF header, and an
// Idempotency-Key with retries where the contract marks the endpoint `idempotent`). It returns the parsed
// answer or throws an ApiError. No other code of the page builds an `/api/` path.
import type { z } from 'zod';
import type { Endpoint } from '../../../shared/api';
import { apiUrl, type BodyCheck, getJson, type Query } from './http';
import { type Sent, sendJson } from './send';

type Responses = Endpoint['responses'];
type SchemaAt<R, S extends number> = R extends { [K in S]: { schema: infer T extends z.ZodType } }
  ? z.output<T>
  : never;
/** What an endpoint answers on success: its 200's schema, else its 201's, else nothing (a 204). */
export type AnswerOf<E extends Endpoint> = [SchemaAt<E['responses'], 200>] extends [never]
  ? [SchemaAt<E['responses'], 201>] extends [never]
    ? undefined
    : SchemaAt<E['responses'], 201>
  : SchemaAt<E['responses'], 200>;

type ParamsOf<E extends Endpoint> = E extends { params: infer P extends z.ZodType }
  ? { params: z.input<P> }
  : { params?: never };
type QueryOf<E extends Endpoint> = E extends { query: infer Q extends z.ZodType }
  ? { query?: z.input<Q> }
  : { query?: never };
type BodyOf<E extends Endpoint> = E extends { body: infer B extends z.ZodType }
  ? E extends { bodyMediaType: 'multipart/form-data' }
    ? { body: FormData }
    : { body: z.input<B> }
  : { body?: never };

/** One call's parts, as its endpoint declares them, and how it is sent. */
export type CallRequest<E extends Endpoint> = ParamsOf<E> &
  QueryOf<E> &
  BodyOf<E> & {
    signal?: AbortSignal;
    headers?: Record<string, string>;
    /** Reads only: 'no-store' for an answer the browser must not revalidate by its ETag. */
    cache?: RequestCache;
    /** Instead of the contract's schema: a cheaper check of the same shape (a large landscape's sample). */
    check?: BodyCheck<AnswerOf<E>>;
  };

/** `/api/nodes/:id` with `{ id }` → `/api/nodes/<id, percent-encoded>`; a missing parameter is a bug here. */
export function fillPath(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '')
      throw new TypeError(`${template}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
}

/** The URL of a read, as `call` fetches it (main.tsx prefetches the landscape's before the page mounts). */
export function urlOf<E extends Endpoint>(
  endpoint: E,
  request: { params?: Record<string, unknown>; query?: object } = {},
): string {
  return apiUrl(fillPath(endpoint.path, request.params), (request.query ?? {}) as Query);
}

/** How the operation is named in an error message: `POST /api/links`. */
const operationOf = (endpoint: Endpoint) => `${endpoint.method.toUpperCase()} ${endpoint.path}`;

/** The answer's schema: the first success status that has one (200, then 201), none for a 204. */
function answerSchema(responses: Responses): BodyCheck<unknown> | null {
  for (const status of [200, 201]) {
    const schema = responses[status]?.schema;
    if (schema) return schema as BodyCheck<unknown>;
  }
  return null;
}

/** Calls `endpoint` with its parts; the parsed answer, with its status and ETag. */
export async function callSent<E extends Endpoint>(
  endpoint: E,
  request: CallRequest<E>,
): Promise<Sent<AnswerOf<E>>> {
  const parts = request as CallRequest<Endpoint> & { params?: Record<string, unknown>; body?: unknown };
  const url = urlOf(endpoint, parts);
  const check = (parts.check ?? answerSchema(endpoint.responses)) as BodyCheck<AnswerOf<E>> | null;
  if (endpoint.method === 'get') {
    if (!check) throw new TypeError(`${operationOf(endpoint)}: a read without an answer schema`);
    const data = await getJson(operationOf(endpoint), url, check, parts.signal, parts.cache);
    return { data, status: 200, etag: null };
  }
  const method = endpoint.method.toUpperCase() as 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  return sendJson(operationOf(endpoint), method, url, check, {
    body: parts.body,
    headers: parts.headers,
    signal: parts.signal,
    idempotent: endpoint.idempotent === true,
  });
}

/** Calls `endpoint` with its parts; the parsed answer (undefined for a 204). */
export async function call<E extends Endpoint>(endpoint: E, request: CallRequest<E>): Promise<AnswerOf<E>> {
  return (await callSent(endpoint, request)).data;
}
