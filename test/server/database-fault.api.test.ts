// Fault test (issue 10 §5, §9): `kill -9` of the embedded Neo4j JVM during concurrent writes. Starts its
// OWN embedded Neo4j (free port, temporary folder) through openDatabase, the way `npm start` does, and a
// listening Semis over it; then: /api/ready goes 503 within 5 s naming why, requests during the outage
// answer 503 + Retry-After within 100 ms, the JVM is restarted by itself, ready answers 200 again, every
// write acknowledged with 201 is in Neo4j afterwards, and writes retried with their Idempotency-Key made
// no duplicate. The JVM is stopped (or killed) in afterAll, whatever happened.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { pidAlive } from '../../server/db/launcher-build';
import { migrate } from '../../server/db/migrations';
import { type OpenDatabase, openDatabase } from '../../server/db/open-database';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/auth';
import { count, TEST_ORIGIN, testApp } from '../support/database';
import { freePort } from '../support/free-port';
import { cookieFrom, TEST_PASSWORD } from '../support/session';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-fault-'));
const logged: { level: string; line: string }[] = [];
let database: OpenDatabase | undefined;
let server: Server | undefined;
let base = '';
let cookie = '';
let csrf = '';
const pidsSeen = new Set<number>();

/** What these calls read of an answer: an error's code and message, or health's database state. */
type ApiBody = {
  error: { code: string; message: string };
  database: { state: string; managed: string };
};

async function call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const started = performance.now();
  const res = await fetch(base + url, {
    method,
    headers: {
      Origin: TEST_ORIGIN,
      Cookie: cookie,
      [CSRF_HEADER]: csrf,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    ms: performance.now() - started,
    retryAfter: res.headers.get('retry-after'),
    body: (text ? JSON.parse(text) : {}) as ApiBody,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const config = loadConfig({
    SEMIS_DATA_DIR: folder,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
  });
  const keep = (level: string) => (line: string) => void logged.push({ level, line });
  database = await openDatabase(config, {
    log: () => {},
    supervise: { info: keep('info'), warn: keep('warn'), error: keep('error') },
  });
  const pid = database.embeddedPid?.();
  if (pid) pidsSeen.add(pid);
  await migrate(database.db);
  database.db.startProbe();
  const app = testApp(database.db);
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // a member: the CSRF cookie from a first GET, then the session cookie from registering
  const first = await fetch(`${base}/api/auth/me`);
  csrf = cookieFrom(first.headers.getSetCookie(), CSRF_COOKIE) ?? '';
  cookie = `${CSRF_COOKIE}=${csrf}`;
  const registered = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { Origin: TEST_ORIGIN, Cookie: cookie, [CSRF_HEADER]: csrf, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Panne',
      email: `panne-${randomUUID()}@semis.test`,
      password: TEST_PASSWORD,
    }),
  });
  expect(registered.status).toBe(201);
  const jar = new Map([[CSRF_COOKIE, csrf]]);
  for (const line of registered.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
  csrf = cookieFrom(registered.headers.getSetCookie(), CSRF_COOKIE) ?? csrf;
  cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}, 90_000);

afterAll(async () => {
  if (process.env.TEST_LOG) console.log(logged);
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  const stopping = database?.close();
  // bounded: a JVM that does not stop in time is killed, so none stays behind even on failure
  await Promise.race([stopping, sleep(40_000)]);
  for (const pid of pidsSeen) if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(folder, { recursive: true, force: true });
}, 60_000);

interface Write {
  title: string;
  key: string;
  attempts: number;
  acknowledged: boolean;
}

describe('kill -9 of the embedded Neo4j during concurrent writes', () => {
  const writes: Write[] = [];
  const outage: { status: number; ms: number; retryAfter: string | null }[] = [];
  let downAfterMs = Number.NaN;
  let readyAgainAfterMs = Number.NaN;

  it('notices within 5 s, fails fast while down, restarts by itself and is ready again', async () => {
    const db = database?.db;
    if (!db || !database?.embeddedPid) throw new Error('the embedded database did not open');
    expect((await call('GET', '/api/ready')).status).toBe(200);

    let recovered = false;
    let writesAfterRecovery = 0;
    const writer = async (worker: number) => {
      for (let i = 0; !recovered || writesAfterRecovery < 12; i++) {
        const write: Write = {
          title: `Panne ${worker}-${i} ${randomUUID().slice(0, 8)}`,
          key: randomUUID(),
          attempts: 0,
          acknowledged: false,
        };
        writes.push(write);
        // a 503 is retried with the same Idempotency-Key and body until the database is back
        while (!write.acknowledged) {
          write.attempts++;
          const res = await call(
            'POST',
            '/api/nodes',
            { kind: 'Question', title: write.title },
            { 'Idempotency-Key': write.key },
          );
          if (res.status === 201) {
            write.acknowledged = true;
            if (recovered) writesAfterRecovery++;
          } else if (write.attempts > 1 && res.status === 409) {
            // the key exists only with its write: the first try committed, its answer was lost with the
            // database. The retry is refused rather than repeated (no duplicate), and the write stands.
            expect(res.body.error.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
            write.acknowledged = true;
          } else {
            expect(res.status, JSON.stringify(res.body)).toBe(503);
            expect(res.retryAfter).toMatch(/^\d+$/);
            await sleep(200);
          }
        }
      }
    };
    let failure: unknown = null;
    const writers = Promise.all(
      [0, 1, 2, 3].map((worker) =>
        writer(worker).catch((error: unknown) => {
          failure ??= error;
          recovered = true;
          writesAfterRecovery = Number.POSITIVE_INFINITY; // every writer stops
        }),
      ),
    );
    const rethrow = () => {
      if (failure) throw failure;
    };

    const warmUp = performance.now();
    while (writes.filter((w) => w.acknowledged).length < 20 && performance.now() - warmUp < 20_000) {
      rethrow();
      await sleep(50);
    }
    rethrow();
    expect(writes.filter((w) => w.acknowledged).length).toBeGreaterThanOrEqual(20);
    const pid = database.embeddedPid();
    if (!pid) throw new Error('no JVM to kill');
    process.kill(pid, 'SIGKILL');
    const killedAt = performance.now();

    // ready goes 503 within 5 s, naming why
    let ready = await call('GET', '/api/ready');
    while (ready.status === 200 && performance.now() - killedAt < 6_000) {
      await sleep(50);
      ready = await call('GET', '/api/ready');
    }
    downAfterMs = performance.now() - killedAt;
    expect(ready.status).toBe(503);
    expect(downAfterMs).toBeLessThanOrEqual(5_000);
    expect(ready.body.error.code).toBe('DATABASE_UNAVAILABLE');
    expect(ready.body.error.message).toMatch(/restarting \(attempt \d+\)|down/);
    expect(ready.retryAfter).toMatch(/^\d+$/);
    // liveness stays 200 and says the database's state
    const health = await call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body.database).toMatchObject({ managed: 'embedded' });
    expect(['down', 'restarting']).toContain(health.body.database.state);

    // during the outage: reads and writes answer 503 + Retry-After at once
    for (let i = 0; i < 5; i++) {
      for (const res of [
        await call('GET', '/api/landscape'),
        await call('POST', '/api/nodes', { kind: 'Question', title: `Pendant la panne ${i}` }),
      ]) {
        if (res.status !== 503) break; // already back: nothing more to measure
        outage.push(res);
      }
    }
    expect(outage.length).toBeGreaterThan(0);
    for (const res of outage) {
      expect(res.retryAfter).toMatch(/^\d+$/);
      expect(res.ms).toBeLessThanOrEqual(100);
    }

    // the database comes back by itself: ready 200 again, on a new JVM
    while (ready.status !== 200 && performance.now() - killedAt < 75_000) {
      await sleep(200);
      ready = await call('GET', '/api/ready');
    }
    readyAgainAfterMs = performance.now() - killedAt;
    console.log(
      `[fault test] ready 503 ${(downAfterMs / 1000).toFixed(2)} s after kill -9; ready 200 again after ${(readyAgainAfterMs / 1000).toFixed(1)} s; ${outage.length} outage answers, slowest ${Math.max(...outage.map((o) => o.ms)).toFixed(0)} ms`,
    );
    expect(ready.status).toBe(200);
    expect(readyAgainAfterMs).toBeLessThanOrEqual(60_000);
    const newPid = database.embeddedPid();
    expect(newPid).not.toBeNull();
    expect(newPid).not.toBe(pid);
    if (newPid) pidsSeen.add(newPid);
    expect((await call('GET', '/api/health')).body.database.state).toBe('up');
    // the fall and the return were told at error/warn level
    expect(logged.some((l) => l.level === 'error' && /stopped/.test(l.line))).toBe(true);
    expect(logged.some((l) => l.level === 'warn' && /is back/.test(l.line))).toBe(true);

    recovered = true;
    await writers;
    rethrow();
    expect(writes.some((w) => w.attempts > 1)).toBe(true); // some writes did meet the outage
  }, 100_000);

  it('lost no acknowledged write', async () => {
    const db = database?.db;
    if (!db) throw new Error('no database');
    const acknowledged = writes.filter((w) => w.acknowledged).map((w) => w.title);
    expect(acknowledged.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const title of acknowledged) {
      if ((await count(db, 'MATCH (n:Question {title: $title}) RETURN count(n)', { title })) < 1)
        missing.push(title);
    }
    expect(missing).toEqual([]);
  });

  // Needs the Idempotency-Key support (issue 10 §4, another branch): a write answered 503 though it was
  // committed, then retried with the same key, must not create a second node.
  it('made no duplicate from writes retried with the same Idempotency-Key', async () => {
    const db = database?.db;
    if (!db) throw new Error('no database');
    const duplicated: string[] = [];
    for (const write of writes.filter((w) => w.attempts > 1)) {
      const n = await count(db, 'MATCH (n:Question {title: $title}) RETURN count(n)', {
        title: write.title,
      });
      if (n > 1) duplicated.push(`${write.title} ×${n}`);
    }
    expect(duplicated).toEqual([]);
  });
});
