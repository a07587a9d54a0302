// Issue 13 §2, more than one instance: two Semis processes, started as `npm start` starts them, on one
// Neo4j (the test database, through NEO4J_URI). A question asked through the first reaches a stream opened
// on the second, and the other way round: each process tails the event log in Neo4j, so no delivery
// depends on the process that wrote.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/auth';
import { liveChangeSchema } from '../../shared/live';
import { type RunningSemis, startAsNpmStart } from '../support/as-npm-start';
import { openTestDatabase, wipe } from '../support/database';
import { cookieFrom, TEST_PASSWORD } from '../support/session';
import { type OpenStream, openStream } from '../support/sse';

let first: RunningSemis;
let second: RunningSemis;
const streams: OpenStream[] = [];

beforeAll(async () => {
  const db = await openTestDatabase();
  await wipe(db);
  await db.close();
  const env = { NEO4J_URI: inject('neo4jUri'), SEMIS_NO_DEMO: 'true' };
  [first, second] = await Promise.all([startAsNpmStart(240_000, env), startAsNpmStart(240_000, env)]);
}, 300_000);
afterAll(async () => {
  for (const s of streams) s.close();
  await Promise.all([first?.stop(), second?.stop()]);
});

/** Registers through `base` and returns the headers a member's writes carry there. */
async function member(base: string, name: string) {
  const me = await fetch(`${base}/api/auth/me`);
  const csrf = cookieFrom(me.headers.getSetCookie(), CSRF_COOKIE) ?? '';
  const res = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: {
      Origin: base,
      Cookie: `${CSRF_COOKIE}=${csrf}`,
      [CSRF_HEADER]: csrf,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ name, email: `${name.toLowerCase()}@semis.test`, password: TEST_PASSWORD }),
  });
  expect(res.status).toBe(201);
  const set = res.headers.getSetCookie();
  const token = cookieFrom(set, CSRF_COOKIE) ?? csrf;
  const cookie = set.map((line) => line.split(';')[0]).join('; ');
  return { Origin: base, Cookie: cookie, [CSRF_HEADER]: token, 'Content-Type': 'application/json' };
}

async function ask(base: string, headers: Record<string, string>, title: string): Promise<string> {
  const res = await fetch(`${base}/api/nodes`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ kind: 'Question', title }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function nextNode(s: OpenStream): Promise<string | undefined> {
  const message = await s.next(20_000);
  expect(message.event).toBe('change');
  return liveChangeSchema.parse(message.data).map.nodes[0]?.key;
}

describe('two Semis processes on one Neo4j', () => {
  it('deliver to their own streams what was written through the other', async () => {
    const onSecond = await openStream(`${second.baseUrl}/api/stream`);
    const onFirst = await openStream(`${first.baseUrl}/api/stream`);
    streams.push(onSecond, onFirst);
    const alice = await member(first.baseUrl, 'Alice');
    const bob = await member(second.baseUrl, 'Bob');
    // a registration writes the person's node: both streams see it go by, in the same order
    const people = [await nextNode(onSecond), await nextNode(onSecond)];
    expect([await nextNode(onFirst), await nextNode(onFirst)]).toEqual(people);

    const fromFirst = await ask(first.baseUrl, alice, 'Qui arrose quand il gèle ?');
    expect(await nextNode(onSecond)).toBe(fromFirst);
    expect(await nextNode(onFirst)).toBe(fromFirst);
    const fromSecond = await ask(second.baseUrl, bob, 'Et qui sème en retour ?');
    expect(await nextNode(onFirst)).toBe(fromSecond);
    expect(await nextNode(onSecond)).toBe(fromSecond);
  });
});
