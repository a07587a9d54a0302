// A browser's session against a Semis over HTTP, for the benchmarks: the cookies of every answer are kept,
// and every request carries them with the Origin and the CSRF header, as the client does. A body is sent
// as JSON, or as multipart/form-data when it is a FormData (a photo upload).
import { CSRF_COOKIE, CSRF_HEADER } from '../shared/auth';

export interface SessionAnswer {
  status: number;
  body: Record<string, unknown>;
}

export type Send = (method: string, url: string, body?: unknown) => Promise<SessionAnswer>;

/** The request's body and the content-type it needs (none for FormData: fetch sets the boundary). */
function encodeBody(body: unknown): { body?: string | FormData; contentType?: string } {
  if (body === undefined) return {};
  if (body instanceof FormData) return { body };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

function parseBody(text: string): Record<string, unknown> {
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { text };
  }
}

export function browserSession(origin: string): Send {
  const cookies = new Map<string, string>();
  const keepCookies = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  return async (method, url, body) => {
    const csrf = cookies.get(CSRF_COOKIE);
    const encoded = encodeBody(body);
    const res = await fetch(origin + url, {
      method,
      headers: {
        accept: 'application/json',
        origin,
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(encoded.contentType ? { 'content-type': encoded.contentType } : {}),
        ...(csrf ? { [CSRF_HEADER]: decodeURIComponent(csrf) } : {}),
      },
      body: encoded.body,
    });
    keepCookies(res);
    return { status: res.status, body: parseBody(await res.text()) };
  };
}
