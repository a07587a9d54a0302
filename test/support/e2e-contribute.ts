// Helpers for end-to-end tests of contributing: open a node's panel through the search, wait for it, poll
// long enough for a request and a render, and call the API as the page's own session (same cookies and
// CSRF token) to read what the server holds or to write "from elsewhere".
import { expect } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/auth';
import type { E2E } from './e2e';

/** Searches `query` and picks the hit of node `id`; resolves once the panel shows that node's prompts. */
export async function openNode(e2e: E2E, query: string, id: string): Promise<void> {
  const { page } = e2e;
  await page.getByTestId('search-input').fill(query);
  const hit = page.locator(`[data-testid="search-hit"][data-node-id="${id}"]`);
  await hit.waitFor({ timeout: 30_000 });
  await hit.click();
  await panelReady(e2e, id);
}

/** Resolves once the panel shows node `id` with its maieutic prompts. */
export async function panelReady(e2e: E2E, id: string): Promise<void> {
  await e2e.page
    .locator(`[data-testid="node-panel"][data-node-id="${id}"] [data-testid="maieutic-prompts"]`)
    .waitFor({ timeout: 30_000 });
}

/** Polls long enough for a request and a render (a first request pays Cypher planning: seconds on a busy 2-core machine) (expect.poll's own default is one second). */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

/** The API as the page's own session: what the server holds, and a write "from elsewhere". */
export async function pageApi(
  e2e: E2E,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  options: { data?: unknown; ifMatch?: number } = {},
): Promise<{ status: number; body: unknown }> {
  const { page, baseUrl } = e2e;
  const cookies = await page.context().cookies(baseUrl);
  const csrf = cookies.find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  const response = await page.request.fetch(new URL(url, baseUrl).href, {
    method,
    data: options.data,
    headers: {
      Origin: baseUrl,
      [CSRF_HEADER]: decodeURIComponent(csrf),
      ...(options.ifMatch !== undefined ? { 'If-Match': `"${options.ifMatch}"` } : {}),
    },
  });
  return { status: response.status(), body: await response.json().catch(() => undefined) };
}

/** What a write cost the page: the API requests it sent from `act` until `done`, and the time it took. */
export async function measureWrite(
  e2e: E2E,
  act: () => Promise<void>,
  done: () => Promise<void>,
): Promise<{ requests: string[]; ms: number }> {
  const requests: string[] = [];
  const listen = (request: { url(): string; method(): string }) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) requests.push(`${request.method()} ${url.pathname}`);
  };
  e2e.page.on('request', listen);
  const started = performance.now();
  try {
    await act();
    await done();
    return { requests, ms: Math.round(performance.now() - started) };
  } finally {
    e2e.page.off('request', listen);
  }
}
