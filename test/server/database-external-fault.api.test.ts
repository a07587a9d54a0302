// An external database (NEO4J_URI) that becomes unreachable: Semis is never the one to restart it, but the
// probe notices within 5 s, requests answer 503 + Retry-After within 100 ms, /api/health stays 200 saying
// so, and all is well again once the server answers. The "external server" is the shared test Neo4j seen
// through a TCP relay on its own port, which the test cuts and restores. Also: the restart backoff.
import net from 'node:net';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database, DatabaseUnavailableError } from '../../server/db/database';
import { restartDelayMs } from '../../server/db/embedded-supervisor';
import { testApp } from '../support/database';
import { freePort } from '../support/free-port';

/** At most this long for an answer of the open circuit. */
const FAST_MS = 1_000;

/** A TCP relay 127.0.0.1:port → the test Neo4j, that can be cut (listener closed, sockets destroyed). */
function relay(port: number, target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  return {
    open: () =>
      new Promise<void>((resolve) => {
        server = net.createServer((client) => {
          const upstream = net.connect(Number(target.port), target.hostname);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('close', () => sockets.delete(s));
            s.on('error', () => s.destroy());
          }
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, '127.0.0.1', resolve);
      }),
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server ? server.close(() => resolve()) : resolve();
        server = null;
      }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: Database;
let app: Express;
let link: ReturnType<typeof relay>;

beforeAll(async () => {
  const port = await freePort();
  link = relay(port, new URL(inject('neo4jUri').replace(/^bolt/, 'http')));
  await link.open();
  db = new Database({ uri: `bolt://127.0.0.1:${port}`, managed: 'external' });
  db.startProbe();
  app = testApp(db);
});
afterAll(async () => {
  await db.close();
  await link.cut();
});

describe('an external database that becomes unreachable', () => {
  it('is noticed within 5 s, fails fast while down, and serves again once it answers', async () => {
    expect((await request(app).get('/api/ready')).status).toBe(200);
    await link.cut();
    const cutAt = performance.now();
    while (db.health.available && performance.now() - cutAt < 6_000) await sleep(50);
    expect(performance.now() - cutAt).toBeLessThanOrEqual(5_000);

    const health = await request(app).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.database).toMatchObject({ state: 'down', managed: 'external' });
    const ready = await request(app).get('/api/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.error).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database is down (unreachable)',
    });
    expect(ready.headers['retry-after']).toBe('2');

    // fast = answered by the open circuit, not after a connection attempt (the probe waits up to 3 s, the
    // driver far longer): 1 s leaves room for a loaded 2-core machine (a CI run saw 142 ms)
    for (const path of ['/api/landscape', '/api/search?q=graine', '/api/nodes/abc']) {
      const started = performance.now();
      const res = await request(app).get(path);
      expect(res.status, path).toBe(503);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.body.error.code).toBe('DATABASE_UNAVAILABLE');
      expect(performance.now() - started, path).toBeLessThanOrEqual(FAST_MS);
    }
    const started = performance.now();
    await expect(db.read((tx) => tx.run('RETURN 1'))).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(performance.now() - started).toBeLessThanOrEqual(FAST_MS);

    await link.open();
    const openedAt = performance.now();
    while (!db.health.available && performance.now() - openedAt < 8_000) await sleep(50);
    expect(db.health.snapshot().state).toBe('up');
    expect((await request(app).get('/api/ready')).status).toBe(200);
    expect((await request(app).get('/api/landscape')).status).toBe(200);
  }, 30_000);
});

describe('the embedded restart backoff', () => {
  it('waits 1, 2, 4 … 30 s between attempts', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map(restartDelayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});
