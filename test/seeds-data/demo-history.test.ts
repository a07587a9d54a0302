// The demo's history: a first load writes months of events through the write path, dated in the past,
// each by one of the demo's people, oldest first — every node born before its links, a seed after the
// question it grows from, reworded titles and one withdrawn question — and ending in the file's landscape.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoLandscape } from '../../seeds-data/demo-file';
import { loadDemoLandscape } from '../../seeds-data/loader';
import type { Database } from '../../server/db/database';
import { openTestDatabase, testApp, wipe } from '../support/database';

const demo = readDemoLandscape();
const people = demo.nodes.filter((n) => n.node.kind === 'Person').map((n) => n.id);
let db: Database;
let events: {
  position: number;
  at: string;
  actorId: string;
  action: string;
  entityId: string;
  nodeIds: string[];
}[];
const loadedAt = Date.now();
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipe(db);
  await loadDemoLandscape(db, { reset: true });
  const result = await db.read((tx) =>
    tx.run(`MATCH (e:Event) WITH e ORDER BY e.position
            RETURN e { .position, at: toString(e.at), .actorId, .action, .entityId, .nodeIds } AS e`),
  );
  events = result.records.map((r) => {
    const e = r.get('e');
    return { ...e, position: Number(e.position), at: new Date(e.at).toISOString() };
  });
});
afterAll(() => db.close());

describe('the demo history', () => {
  it('has an event for every node and link, dated over months before the load, oldest first', () => {
    const created = events.filter((e) => e.action === 'node.create').map((e) => e.entityId);
    for (const n of demo.nodes) expect(created, n.id).toContain(n.id);
    expect(events.filter((e) => e.action === 'link.create').length).toBe(demo.links.length + 1);
    const times = events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(events.map((e) => e.position)).toEqual(events.map((_, i) => i + 1));
    expect(Math.max(...times)).toBeLessThan(loadedAt);
    expect((Math.max(...times) - Math.min(...times)) / DAY).toBeGreaterThan(180);
    const months = new Set(events.map((e) => e.at.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(7);
  });

  it("is the demo people's doing: each event by one of them, several of them", () => {
    for (const e of events) expect(people, e.entityId).toContain(e.actorId);
    expect(new Set(events.map((e) => e.actorId)).size).toBeGreaterThanOrEqual(5);
    const asked = demo.links.find((l) => l.relation === 'ASKED');
    const question = events.find((e) => e.action === 'node.create' && e.entityId === asked?.target);
    expect(question?.actorId).toBe(asked?.source);
  });

  it('makes a node before its links and a seed after the question it grows from', () => {
    const born = new Map(
      events.filter((e) => e.action === 'node.create').map((e) => [e.entityId, e.position]),
    );
    for (const e of events.filter((x) => x.action === 'link.create')) {
      for (const end of e.nodeIds) expect(born.get(end), end).toBeLessThan(e.position);
    }
    for (const l of demo.links.filter((x) => x.relation === 'GROWS_FROM')) {
      expect(born.get(l.target), l.source).toBeLessThan(born.get(l.source) as number);
    }
  });

  it('rewords some titles and withdraws one question, ending in the landscape of the file', async () => {
    expect(events.filter((e) => e.action === 'node.edit').length).toBeGreaterThanOrEqual(3);
    const deleted = events.filter((e) => e.action === 'node.delete');
    expect(deleted).toHaveLength(1);
    const app = testApp(db);
    const now = (await request(app).get('/api/landscape')).body;
    expect(now.nodes.map((n: { key: string }) => n.key).sort()).toEqual(demo.nodes.map((n) => n.id).sort());
    const withdrawnAt = Date.parse((deleted[0] as { at: string }).at);
    const before = await request(app)
      .get('/api/landscape')
      .query({ at: new Date(withdrawnAt - 3600_000).toISOString() });
    expect(before.body.nodes.map((n: { key: string }) => n.key)).toContain(deleted[0]?.entityId);
    const early = await request(app)
      .get('/api/landscape')
      .query({ at: new Date(Date.parse(events[0]?.at as string) + 30 * DAY).toISOString() });
    expect(early.body.nodes.length).toBeGreaterThan(0);
    expect(early.body.nodes.length).toBeLessThan(demo.nodes.length / 3);
    const end = await request(app).get('/api/landscape').query({ at: new Date().toISOString() });
    expect(end.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(
      demo.nodes.map((n) => n.id).sort(),
    );
    expect(end.body.edges.length).toBe(now.edges.length);
  });
});
