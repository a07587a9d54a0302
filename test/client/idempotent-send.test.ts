// The client's idempotent commands without a server: one Idempotency-Key per command, the same key on
// each retry of a lost (network error), 503 or in-flight answer, no retry of a refusal, no key on the
// account routes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logIn } from '../../client/src/api/auth';
import { createNode } from '../../client/src/api/contribute';

afterEach(() => vi.unstubAllGlobals());

const NODE = {
  id: 'q-1',
  kind: 'Question',
  title: 'Pourquoi ?',
  lang: 'fr',
  visibility: 'public',
  status: 'open',
  version: 1,
  x: 0,
  y: 0,
  createdBy: 'p-1',
  createdAt: '2026-12-03T12:00:00.000Z',
  updatedAt: '2026-12-03T12:00:00.000Z',
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const keyOf = (init: RequestInit | undefined) =>
  ((init?.headers ?? {}) as Record<string, string>)['Idempotency-Key'];

describe('idempotent commands', () => {
  it('a lost answer then a 503 are retried with the same key; the next command has its own', async () => {
    const fetch = vi
      .fn<(url: string, init?: RequestInit) => Promise<Response>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json(503, { error: { code: 'DATABASE_UNAVAILABLE', message: 'down' } }))
      .mockResolvedValueOnce(json(201, NODE))
      .mockResolvedValueOnce(json(201, NODE));
    vi.stubGlobal('fetch', fetch);
    const created = await createNode({ kind: 'Question', title: 'Pourquoi ?' });
    expect(created.id).toBe('q-1');
    expect(fetch).toHaveBeenCalledTimes(3);
    const keys = fetch.mock.calls.map(([, init]) => keyOf(init));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    await createNode({ kind: 'Question', title: 'Pourquoi ?' });
    expect(keyOf(fetch.mock.calls[3]?.[1])).not.toBe(keys[0]);
  });

  it('a refusal is not retried, and gives up after three lost answers', async () => {
    const refusing = vi.fn(async () =>
      json(422, { error: { code: 'IDEMPOTENCY_KEY_REUSED', message: 'no' } }),
    );
    vi.stubGlobal('fetch', refusing);
    await expect(createNode({ kind: 'Question', title: 'Non ?' })).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(refusing).toHaveBeenCalledTimes(1);
    const lost = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', lost);
    await expect(createNode({ kind: 'Question', title: 'Perdue ?' })).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
    });
    expect(lost).toHaveBeenCalledTimes(3);
  });

  it('the account routes send no key', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) =>
      json(200, { person: { id: 'p', name: 'A' }, role: 'member' }),
    );
    vi.stubGlobal('fetch', fetch);
    await logIn({ email: 'a@b.c', password: 'x' }).catch(() => undefined);
    expect(keyOf(fetch.mock.calls[0]?.[1])).toBeUndefined();
  });
});
