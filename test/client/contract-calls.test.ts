// The page's calls come from the shared contract: no module of client/src writes an `/api/` path of its
// own, every `ENDPOINTS.<name>` it uses is in the contract, and `call` fills the path, the query, the
// method and the Idempotency-Key from the endpoint — and checks the answer with its schema.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, fillPath, urlOf } from '../../client/src/api/call';
import { ENDPOINTS } from '../../shared/api';

afterEach(() => vi.unstubAllGlobals());

const CLIENT = path.resolve(__dirname, '../../client/src');
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
/** The code of a file without its comments (the banners name the endpoints they call). */
const code = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the client uses the contract', () => {
  const files = sources(CLIENT);

  it('writes no /api/ path of its own', () => {
    const offenders = files.filter((file) => /['"`]\/api\//.test(code(file)));
    expect(offenders.map((file) => path.relative(CLIENT, file))).toEqual([]);
  });

  it('calls only endpoints the contract has, and calls some of each kind', () => {
    const used = new Set(
      files.flatMap((file) => [...code(file).matchAll(/ENDPOINTS\.(\w+)/g)].map((m) => m[1])),
    );
    expect([...used].filter((name) => !((name as string) in ENDPOINTS))).toEqual([]);
    for (const name of ['landscape', 'getNode', 'createLink', 'revertEvent', 'uploadPhoto', 'me'])
      expect(used).toContain(name);
  });
});

describe('call', () => {
  it('fills and encodes the path parameters, and refuses a missing one', () => {
    expect(fillPath('/api/history/:eventId/revert', { eventId: 'e 1/2' })).toBe(
      '/api/history/e%201%2F2/revert',
    );
    expect(() => fillPath('/api/nodes/:id', {})).toThrow(':id');
    expect(urlOf(ENDPOINTS.neighbourhood, { params: { id: 'q-1' }, query: { depth: 2, lang: 'en' } })).toBe(
      '/api/nodes/q-1/neighborhood?depth=2&lang=en',
    );
  });

  it('sends a write with its method, CSRF header and body; an idempotent one with a key', async () => {
    const fetch = vi
      .fn<(url: string, init?: RequestInit) => Promise<Response>>()
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockResolvedValueOnce(
        json(201, {
          id: 'l-1',
          source: 'a',
          target: 'b',
          relation: 'REFINES',
          properties: {},
          createdAt: '2026-12-04T12:00:00.000Z',
          createdBy: 'p-1',
        }),
      );
    vi.stubGlobal('fetch', fetch);
    expect(await call(ENDPOINTS.deleteLink, { params: { id: 'l-9' } })).toBeUndefined();
    const link = await call(ENDPOINTS.createLink, {
      body: { source: 'a', target: 'b', relation: 'REFINES', properties: {} },
    });
    expect(link.id).toBe('l-1');
    const [deleteUrl, deleteInit] = fetch.mock.calls[0] ?? [];
    expect([deleteUrl, deleteInit?.method]).toEqual(['/api/links/l-9', 'DELETE']);
    const deleteHeaders = deleteInit?.headers as Record<string, string>;
    expect(deleteHeaders['X-CSRF-Token']).toBeDefined();
    expect(deleteHeaders['Idempotency-Key']).toBeUndefined();
    const [createUrl, createInit] = fetch.mock.calls[1] ?? [];
    expect([createUrl, createInit?.method, createInit?.body]).toEqual([
      '/api/links',
      'POST',
      JSON.stringify({ source: 'a', target: 'b', relation: 'REFINES', properties: {} }),
    ]);
    const createHeaders = (createInit?.headers ?? {}) as Record<string, string>;
    expect(createHeaders['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('checks a read against the endpoint’s answer schema', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { hits: [{ id: 'q-1' }] })),
    );
    await expect(call(ENDPOINTS.search, { query: { q: 'compost' } })).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
  });
});
