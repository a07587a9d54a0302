// The landscape at a date (GET /api/landscape?at=) and its timeline, against a replay this test computes
// itself from what it wrote: nodes and links created, a label edited, nodes deleted — each through the
// write path at a controlled clock date. Exact node ids, labels at that date and edges; a deleted private
// node shown at a date only to who could see it when it was deleted; before the first event, nothing; a
// date that is no date, 400 with its code.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import * as graph from '../../server/graph-writes/graph-writes';
import { accountActor } from '../../server/http/actor';
import type { StoredNode } from '../../server/nodes/nodes.repository';
import type { GraphPayload } from '../../shared/graph';
import type { Timeline } from '../../shared/time';
import { openTestDatabase, testApp, wipe } from '../support/database';
import { type Session, signUp } from '../support/session';

let db: Database;
let app: ReturnType<typeof testApp>;
let author: Session;

/** What the test did, in its own words: the replay it checks the server against. */
type Step =
  | { at: string; op: 'node'; id: string; label: string; private?: boolean }
  | { at: string; op: 'link'; id: string; source: string; target: string }
  | { at: string; op: 'relabel'; id: string; label: string }
  | { at: string; op: 'delete'; id: string };
const steps: Step[] = [];

/** Nodes (id → label) and links (id → "source>target") standing at `t`, for a reader who sees `private` or not. */
function expected(t: string, seesPrivate: boolean) {
  const nodes = new Map<string, string>();
  const links = new Map<string, string>();
  const hidden = new Set<string>();
  for (const s of steps) {
    if (Date.parse(s.at) > Date.parse(t)) break;
    if (s.op === 'node') {
      nodes.set(s.id, s.label);
      if (s.private && !seesPrivate) hidden.add(s.id);
    } else if (s.op === 'link') links.set(s.id, `${s.source}>${s.target}`);
    else if (s.op === 'relabel') nodes.set(s.id, s.label);
    else {
      nodes.delete(s.id);
      for (const [id, ends] of links) if (ends.split('>').includes(s.id)) links.delete(id);
    }
  }
  for (const id of hidden) nodes.delete(id);
  for (const [id, ends] of links) if (!ends.split('>').every((end) => nodes.has(end))) links.delete(id);
  return { nodes: Object.fromEntries([...nodes].sort()), links: [...links.values()].sort() };
}

function shown(payload: GraphPayload) {
  return {
    nodes: Object.fromEntries(payload.nodes.map((n) => [n.key, n.attributes.label]).sort()),
    links: payload.edges.map((e) => `${e.source}>${e.target}`).sort(),
  };
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await openTestDatabase();
  await wipe(db);
  app = testApp(db);
  author = await signUp(app, { name: 'Autrice du temps' });
  const actor = accountActor(author.person.id, author.person.name, 'member');
  const nodes = new Map<string, StoredNode>();
  const at = (iso: string) => (tx: Parameters<Parameters<Database['write']>[0]>[0]) =>
    graph.writer(tx, actor, () => iso);
  const create = async (iso: string, name: string, title: string, visibility?: 'private') => {
    const node = await db.write((tx) =>
      graph.createNode(at(iso)(tx), { kind: 'Question', title, ...(visibility ? { visibility } : {}) }),
    );
    nodes.set(name, node);
    ids[name] = node.id;
    steps.push({ at: iso, op: 'node', id: node.id, label: title, private: visibility === 'private' });
  };
  const link = async (iso: string, source: string, target: string) => {
    const a = nodes.get(source) as StoredNode;
    const b = nodes.get(target) as StoredNode;
    const made = await db.write((tx) =>
      graph.createLink(at(iso)(tx), { source: a.id, target: b.id, relation: 'REFINES' }, [
        { id: a.id, x: 0, y: 0, autoPlaced: false },
        { id: b.id, x: 0, y: 0, autoPlaced: false },
      ]),
    );
    steps.push({ at: iso, op: 'link', id: made.id, source: a.id, target: b.id });
  };
  await create('2025-01-10T10:00:00.000Z', 'A', 'Première question ?');
  await create('2025-02-10T10:00:00.000Z', 'B', 'Deuxième question ?');
  await link('2025-02-10T11:00:00.000Z', 'B', 'A');
  const edited = await db.write((tx) =>
    graph.editNode(at('2025-03-10T12:00:00.000Z')(tx), nodes.get('A') as StoredNode, {
      title: 'Première question, reformulée ?',
    }),
  );
  nodes.set('A', edited.node);
  steps.push({
    at: '2025-03-10T12:00:00.000Z',
    op: 'relabel',
    id: ids.A as string,
    label: 'Première question, reformulée ?',
  });
  await create('2025-04-10T10:00:00.000Z', 'P', 'Une question privée ?', 'private');
  await link('2025-04-10T11:00:00.000Z', 'P', 'A');
  for (const [iso, name] of [
    ['2025-05-10T10:00:00.000Z', 'P'],
    ['2025-06-10T10:00:00.000Z', 'B'],
  ] as const) {
    const current = await db.read((tx) =>
      tx.run('MATCH (n:Entity {id: $id}) RETURN n {.*} AS n', { id: ids[name] }),
    );
    await db.write((tx) => graph.deleteNode(at(iso)(tx), current.records[0]?.get('n') as StoredNode));
    steps.push({ at: iso, op: 'delete', id: ids[name] as string });
  }
});
afterAll(() => db.close());

const DATES = [
  '2025-01-10T09:59:59.000Z',
  '2025-01-10T10:00:00.000Z',
  '2025-02-10T10:30:00.000Z',
  '2025-02-15T00:00:00.000Z',
  '2025-03-10T11:59:00.000Z',
  '2025-03-15T00:00:00.000Z',
  '2025-04-15T00:00:00.000Z',
  '2025-05-15T00:00:00.000Z',
  '2025-06-15T00:00:00.000Z',
];

describe('GET /api/landscape?at=', () => {
  it('gives, at each date, exactly the nodes, labels and links of the replay, to the visitor and the author', async () => {
    for (const at of DATES) {
      const visitor = await request(app).get('/api/landscape').query({ at });
      expect(visitor.status, at).toBe(200);
      expect(shown(visitor.body), `visitor at ${at}`).toEqual(expected(at, false));
      const own = await author.get(`/api/landscape?at=${encodeURIComponent(at)}`);
      expect(shown(own.body), `author at ${at}`).toEqual(expected(at, true));
    }
  });

  it('shows the deleted private node, at a date it stood, to its author only', async () => {
    const at = '2025-04-15T00:00:00Z';
    const visitor = await request(app).get('/api/landscape').query({ at });
    expect(visitor.body.nodes.map((n: { key: string }) => n.key)).not.toContain(ids.P);
    const own = await author.get(`/api/landscape?at=${at}`);
    expect(own.body.nodes.map((n: { key: string }) => n.key)).toContain(ids.P);
    const stranger = await signUp(app);
    const theirs = await stranger.get(`/api/landscape?at=${at}`);
    expect(theirs.body.nodes.map((n: { key: string }) => n.key)).not.toContain(ids.P);
  });

  it('reads a day alone as its end (UTC), with the label of that evening, and an offset as its instant', async () => {
    const day = await request(app).get('/api/landscape').query({ at: '2025-03-10' });
    expect(shown(day.body)).toEqual(expected('2025-03-10T23:59:59.999Z', false));
    expect(shown(day.body).nodes[ids.A as string]).toBe('Première question, reformulée ?');
    const offset = await request(app).get('/api/landscape').query({ at: '2025-03-10T13:30:00+02:00' });
    expect(shown(offset.body).nodes[ids.A as string]).toBe('Première question ?');
  });

  it('is empty before the first event, in the landscape payload shape', async () => {
    const res = await request(app).get('/api/landscape').query({ at: '1999-12-31' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      attributes: { total: 0, truncated: false },
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      nodes: [],
      edges: [],
    });
  });

  it('keeps the other query parameters: kinds, lang, limit', async () => {
    const at = '2025-02-15T00:00:00Z';
    const seeds = await request(app).get('/api/landscape').query({ at, kinds: 'Seed' });
    expect(seeds.body.nodes).toEqual([]);
    const one = await request(app).get('/api/landscape').query({ at, limit: 1, lang: 'en' });
    expect(one.body.nodes).toHaveLength(1);
    expect(one.body.attributes).toEqual({ total: 2, truncated: true });
  });

  it('answers 400 VALIDATION_FAILED with a message for a date that is no date', async () => {
    for (const at of [
      'hier',
      '2025-13-01',
      '2025-02-29',
      '2025-02-10T25:00:00Z',
      '2025-02-10T10:00:00',
      '',
    ]) {
      const res = await request(app).get('/api/landscape').query({ at });
      expect(res.status, at).toBe(400);
      expect(res.body.error.code, at).toBe('VALIDATION_FAILED');
      expect(res.body.error.message, at).toMatch(/at/);
    }
  });
});

describe('GET /api/landscape/timeline', () => {
  it("gives each readable node's and link's lives and a node's labels through its edits", async () => {
    const visitor = (await request(app).get('/api/landscape/timeline')).body as Timeline;
    expect(visitor.first).toBe('2025-01-10T10:00:00.000Z');
    // beside the people who signed up today, the questions the visitor may read
    const written = Object.values(ids);
    expect(
      visitor.nodes
        .map((n) => n.id)
        .filter((id) => written.includes(id))
        .sort(),
    ).toEqual([ids.A, ids.B].sort());
    const a = visitor.nodes.find((n) => n.id === ids.A);
    expect(a?.lives).toEqual([{ from: '2025-01-10T10:00:00.000Z', until: null }]);
    expect(a?.labels).toEqual([
      { at: '2025-01-10T10:00:00.000Z', label: 'Première question ?' },
      { at: '2025-03-10T12:00:00.000Z', label: 'Première question, reformulée ?' },
    ]);
    expect(visitor.nodes.find((n) => n.id === ids.B)?.lives).toEqual([
      { from: '2025-02-10T10:00:00.000Z', until: '2025-06-10T10:00:00.000Z' },
    ]);
    expect(visitor.links).toEqual([
      expect.objectContaining({
        source: ids.B,
        target: ids.A,
        relation: 'REFINES',
        lives: [{ from: '2025-02-10T11:00:00.000Z', until: '2025-06-10T10:00:00.000Z' }],
      }),
    ]);
    const own = (await author.get('/api/landscape/timeline')).body as Timeline;
    expect(own.nodes.find((n) => n.id === ids.P)?.lives).toEqual([
      { from: '2025-04-10T10:00:00.000Z', until: '2025-05-10T10:00:00.000Z' },
    ]);
    expect(own.links).toHaveLength(2);
  });
});

describe('a node deleted since, read as it was then', () => {
  it('never gives a visitor the title it had while private, before it was made public', async () => {
    const actor = accountActor(author.person.id, author.person.name, 'member');
    const at = (iso: string) => (tx: Parameters<Parameters<Database['write']>[0]>[0]) =>
      graph.writer(tx, actor, () => iso);
    const secret = await db.write((tx) =>
      graph.createNode(at('2025-08-01T10:00:00.000Z')(tx), {
        kind: 'Question',
        title: 'Un titre encore secret ?',
        visibility: 'private',
      }),
    );
    const shared = await db.write((tx) =>
      graph.editNode(at('2025-08-05T10:00:00.000Z')(tx), secret, {
        title: 'Un titre rendu public ?',
        visibility: 'public',
      }),
    );
    await db.write((tx) => graph.deleteNode(at('2025-08-09T10:00:00.000Z')(tx), shared.node));
    const visitor = await request(app).get('/api/landscape/timeline');
    expect(JSON.stringify(visitor.body)).not.toContain('Un titre encore secret');
    const during = await request(app).get('/api/landscape').query({ at: '2025-08-02' });
    expect(JSON.stringify(during.body)).not.toContain('Un titre encore secret');
    // its author saw it all along
    const own = (await author.get('/api/landscape/timeline')).body as Timeline;
    expect(own.nodes.find((n) => n.id === secret.id)?.labels.map((l) => l.label)).toEqual([
      'Un titre encore secret ?',
      'Un titre rendu public ?',
    ]);
  });
});
