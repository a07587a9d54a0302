// The write path's clock (server/graph-writes): a write given a clock is dated by it — the node's times,
// the link's and the events' — so a demo history with past dates goes through the same path; without
// one, the database's clock dates it, as for every request. Every event still carries its user action id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import * as graph from '../../server/graph-writes/graph-writes';
import { nodeEvents } from '../../server/history/history.repository';
import { SYSTEM } from '../../server/http/actor';
import { openTestDatabase, wipe } from '../support/database';

let db: Database;
const everything = { canSee: ['public', 'members', 'private'] as string[], actorId: null };

beforeAll(async () => {
  db = await openTestDatabase();
  await wipe(db);
});
afterAll(() => db.close());

describe('graph-writes with a clock', () => {
  it('dates the nodes, the link and every event of one action by the clock given', async () => {
    const past = '2021-03-04T05:06:07.000Z';
    const { question, seed } = await db.write(async (tx) => {
      const w = graph.writer(tx, SYSTEM, () => new Date(past));
      const question = await graph.createNode(w, { kind: 'Question', title: 'Qui arrose le jardin ?' });
      const seed = await graph.createNode(w, { kind: 'Seed', title: 'Un tour d’arrosage' });
      await graph.createLinks(w, [{ source: seed.id, target: question.id, relation: 'GROWS_FROM' }]);
      return { question, seed };
    });
    expect(String(question.createdAt)).toMatch(/^2021-03-04T05:06:07/);
    expect(String(seed.updatedAt)).toMatch(/^2021-03-04T05:06:07/);
    const events = await db.read((tx) => nodeEvents(tx, question.id, everything, 10));
    // created, linked, then `seeded` by Semis: all at the clock's time, all one action
    expect(events.map((e) => e.action).sort()).toEqual(['link.create', 'node.create', 'node.edit']);
    for (const event of events) expect(event.at).toMatch(/^2021-03-04T05:06:07/);
    expect(new Set(events.map((e) => e.actionId)).size).toBe(1);
  });

  it("without a clock, dates a write by the database's clock", async () => {
    const before = Date.now();
    const node = await db.write((tx) =>
      graph.createNode(graph.writer(tx, SYSTEM), { kind: 'Question', title: 'Et maintenant ?' }),
    );
    const events = await db.read((tx) => nodeEvents(tx, node.id, everything, 10));
    expect(Date.parse(String(events[0]?.at))).toBeGreaterThanOrEqual(before - 5_000);
    expect(Date.parse(String(node.createdAt))).toBeGreaterThanOrEqual(before - 5_000);
  });
});
