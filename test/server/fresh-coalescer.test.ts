// The landscape's version reads are shared between concurrent requests, but never with a read that
// started before a request arrived (it could miss a commit made just before that request).
import { describe, expect, it } from 'vitest';
import { createFreshCoalescer } from '../../server/db/fresh-coalescer';

/** A read whose result is the number of reads started so far, settled by hand. */
function manualReads() {
  const started: Array<{ resolve: (n: number) => void; reject: (e: Error) => void }> = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started.push({ resolve: () => resolve(started.length), reject });
    });
  return { started, read };
}

/** The n-th read started (it must have started). */
function settle<T>(started: T[], n: number): T {
  const read = started[n];
  if (!read) throw new Error(`read ${n} has not started`);
  return read;
}

const tick = () => new Promise((r) => setImmediate(r));

describe('fresh coalescer', () => {
  it('starts one read for a lone request and forgets the key once it settles', async () => {
    const c = createFreshCoalescer<number>();
    const { started, read } = manualReads();
    const answer = c.read('k', read);
    expect(started).toHaveLength(1);
    settle(started, 0).resolve(0);
    expect(await answer).toBe(1);
    expect(c.pending).toBe(0);
  });

  it('gives requests arriving during a read the next read, shared, started after the first settles', async () => {
    const c = createFreshCoalescer<number>();
    const { started, read } = manualReads();
    const first = c.read('k', read);
    const second = c.read('k', read);
    const third = c.read('k', read);
    expect(started).toHaveLength(1); // the next read waits for the running one
    settle(started, 0).resolve(0);
    expect(await first).toBe(1);
    await tick();
    expect(started).toHaveLength(2);
    const fourth = c.read('k', read); // arrives while the second read runs: gets a third read
    settle(started, 1).resolve(0);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    await tick();
    expect(started).toHaveLength(3);
    settle(started, 2).resolve(0);
    expect(await fourth).toBe(3);
    expect(c.pending).toBe(0);
  });

  it('keeps keys apart', async () => {
    const c = createFreshCoalescer<number>();
    const { started, read } = manualReads();
    const a = c.read('a', read);
    const b = c.read('b', read);
    expect(started).toHaveLength(2);
    settle(started, 1).resolve(0);
    settle(started, 0).resolve(0);
    expect(await a).toBe(2);
    expect(await b).toBe(2);
  });

  it('passes a failed read to the requests that share it and still runs the next one', async () => {
    const c = createFreshCoalescer<number>();
    const { started, read } = manualReads();
    const first = c.read('k', read);
    const second = c.read('k', read);
    settle(started, 0).reject(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await tick();
    expect(started).toHaveLength(2);
    settle(started, 1).resolve(0);
    expect(await second).toBe(2);
    expect(c.pending).toBe(0);
  });
});
