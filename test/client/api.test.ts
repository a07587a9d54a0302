// The client's API layer without a server: URLs, and failures turned into ApiErrors with a code.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchNode, searchNodes } from '../../client/src/api/endpoints';
import { ApiError, toApiError } from '../../client/src/api/errors';
import { apiUrl } from '../../client/src/api/http';

afterEach(() => vi.unstubAllGlobals());

const answer = (status: number, body: unknown) =>
  vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );

describe('apiUrl', () => {
  it('encodes the parameters and leaves out the undefined ones', () => {
    expect(apiUrl('/api/search', { q: 'café & thé', lang: 'fr', limit: undefined })).toBe(
      '/api/search?q=caf%C3%A9+%26+th%C3%A9&lang=fr',
    );
    expect(apiUrl('/api/landscape')).toBe('/api/landscape');
  });
});

describe('toApiError', () => {
  it('keeps the code of a contract error body', () => {
    const error = toApiError('GET /api/nodes/:id', 404, {
      error: { code: 'NOT_FOUND', message: 'Node x was not found' },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect([error.code, error.status, error.message]).toEqual([
      'NOT_FOUND',
      404,
      'GET /api/nodes/:id: Node x was not found',
    ]);
  });

  it('names the failure from the status when the body is not the contract’s', () => {
    expect(toApiError('op', 502, '<html>Bad gateway</html>').code).toBe('NETWORK_ERROR');
    expect(toApiError('op', 404, undefined).code).toBe('ROUTE_NOT_FOUND');
    expect(toApiError('op', 500, {}).code).toBe('INTERNAL');
    expect(toApiError('op', 418, { error: { code: 'TEAPOT', message: '' } }).code).toBe('BAD_RESPONSE');
  });
});

describe('calls', () => {
  it('returns the search hits and sends q, lang and limit', async () => {
    const fetch = answer(200, {
      hits: [{ id: 'q-1', kind: 'Question', title: 'Q', snippet: '', score: 1.5 }],
    });
    vi.stubGlobal('fetch', fetch);
    expect(await searchNodes('compost', 'en')).toEqual([
      { id: 'q-1', kind: 'Question', title: 'Q', snippet: '', score: 1.5 },
    ]);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/search?q=compost&lang=en&limit=10');
  });

  it('turns an error answer into an ApiError with its code', async () => {
    vi.stubGlobal('fetch', answer(503, { error: { code: 'DATABASE_UNAVAILABLE', message: 'down' } }));
    await expect(fetchNode('q-1', 'fr')).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
  });

  it('rejects an answer that is off the contract', async () => {
    vi.stubGlobal('fetch', answer(200, { hits: [{ id: 'q-1' }] }));
    await expect(searchNodes('compost', 'fr')).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('says NETWORK_ERROR when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(fetchNode('q-1', 'fr')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
