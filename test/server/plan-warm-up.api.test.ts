// The background warm-up after start: it asks the running Semis what a first visitor's page asks (landscape,
// a node in both languages, its neighbourhood and history, a search, the activity feed), every answer a success, and says so.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoLandscape } from '../../seeds-data/loader';
import { warmPlans } from '../../server/plan-warm-up';
import { apiSuite } from '../support/api-suite';
import { testApp } from '../support/database';

const { db } = await apiSuite({ wipe: 'once' });

beforeAll(async () => {
  await loadDemoLandscape(db);
});

describe('plan warm-up', () => {
  it('asks for the first page’s reads, each answered 200, and changes nothing', async () => {
    const app = testApp(db);
    const seen: string[] = [];
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const before = await db.read(async (tx) =>
      (await tx.run('MATCH (e:Event) RETURN count(e) AS n')).records[0]?.get('n'),
    );
    try {
      await warmPlans(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, (line) =>
        seen.push(line),
      );
    } finally {
      server.close();
    }
    expect(seen).toEqual([expect.stringMatching(/^query plans warmed \(9 requests, 0 not ok\) in \d+ ms$/)]);
    const after = await db.read(async (tx) =>
      (await tx.run('MATCH (e:Event) RETURN count(e) AS n')).records[0]?.get('n'),
    );
    expect(after).toEqual(before);
  });

  it('logs, never throws, when Semis cannot be reached', async () => {
    const seen: string[] = [];
    await warmPlans('http://127.0.0.1:9', (line) => seen.push(line));
    expect(seen).toEqual([expect.stringMatching(/^query plans not warmed: /)]);
  });
});
