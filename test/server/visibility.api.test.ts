// Visibility in every read, tried as each role: visitor, member (not the author), the author, a seed's
// editor, an admin — over public, members and private nodes. A hidden node never appears: not as a node,
// an edge end, a count, a search hit or snippet, a path, a history event, nor as a 403 where an unknown id
// gets 404.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode } from '../support/contribute';
import { count } from '../support/database';
import { anonymous, type Client, type Session, signUp } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const { db, app } = await apiSuite({ wipe: 'once' });
const ids: Record<string, string> = {};
const readers: Record<string, Client> = {};
let persons = 0;

// S (public seed) ← QP (public) explored in S; QM (members) refines QP; QX (private, not in a seed)
// challenges QP; QS (private) explored in S; QF (public) echoes QX only, so QP → QF goes through QX.
// Eve is an editor of S; QD (private, linked to QP) was deleted by its author.
beforeAll(async () => {
  const alice = await signUp(app, { name: 'Alice' });
  const eve = await signUp(app, { name: 'Eve' });
  Object.assign(readers, {
    visitor: await anonymous(app),
    member: await signUp(app, { name: 'Bob' }),
    author: alice,
    seedEditor: eve,
    admin: await signUp(app, { admin: true }),
  });
  const node = (title: string, visibility: string, kind = 'Question') =>
    createNode(alice, { kind, title, body: `corps ${title}`, visibility });
  ids.S = await node('Compostage collectif', 'public', 'Seed');
  ids.QP = await node('Pourquoi composter ensemble', 'public');
  ids.QM = await node('Composter entre membres', 'members');
  ids.QX = await node('Composter secretement', 'private');
  ids.QS = await node('Composter discretement', 'private');
  ids.QF = await node('Composter au loin', 'public');
  await createLink(alice, ids.QP, ids.S, 'EXPLORED_IN');
  await createLink(alice, ids.QM, ids.QP, 'REFINES');
  await createLink(alice, ids.QX, ids.QP, 'CHALLENGES');
  await createLink(alice, ids.QS, ids.S, 'EXPLORED_IN');
  await createLink(alice, ids.QF, ids.QX, 'ECHOES');
  await createLink(alice, eve.person.id, ids.S, 'HAS_ROLE', { role: 'editor' });
  const gone = await node('Composter oublie', 'private');
  await createLink(alice, gone, ids.QP, 'ECHOES');
  expect((await alice.delete(`/api/nodes/${gone}`)).status).toBe(204);
  persons = await count(db, 'MATCH (p:Entity:Person) RETURN count(p)');
}, 300_000);

const SEES: Record<string, string[]> = {
  visitor: ['S', 'QP', 'QF'],
  member: ['S', 'QP', 'QF', 'QM'],
  author: ['S', 'QP', 'QF', 'QM', 'QX', 'QS'],
  seedEditor: ['S', 'QP', 'QF', 'QM', 'QS'],
  admin: ['S', 'QP', 'QF', 'QM', 'QX', 'QS'],
};
const ROLES = Object.keys(SEES);
const fixture = (found: string[]) =>
  Object.entries(ids)
    .filter(([, id]) => found.includes(id))
    .map(([name]) => name)
    .sort();
const hiddenFrom = (role: string) => Object.keys(ids).filter((name) => !SEES[role]?.includes(name));
const sorted = (names: string[] | undefined) => [...(names ?? [])].sort();

interface Payload {
  attributes: { total: number };
  nodes: { key: string }[];
  edges: { key: string; source: string; target: string }[];
}
function expectClosed(payload: Payload) {
  const keys = new Set(payload.nodes.map((n) => n.key));
  for (const edge of payload.edges) {
    expect(keys.has(edge.source) && keys.has(edge.target), `edge ${edge.key}`).toBe(true);
  }
}

describe.each(ROLES)('as %s', (role) => {
  const reader = () => readers[role] as Client;

  it('landscape: only visible nodes, edges between them, the visible total', async () => {
    const res = await reader().get('/api/landscape');
    expect(res.status).toBe(200);
    const payload = res.body as Payload;
    expect(fixture(payload.nodes.map((n) => n.key))).toEqual(sorted(SEES[role]));
    expectClosed(payload);
    expect(payload.attributes.total).toBe((SEES[role]?.length ?? 0) + persons);
  });

  it('node: visible → 200 without hidden relations; hidden → the same 404 as an unknown id', async () => {
    for (const [name, id] of Object.entries(ids)) {
      const res = await reader().get(`/api/nodes/${id}`);
      if (SEES[role]?.includes(name)) {
        expect(res.status, name).toBe(200);
        const others = res.body.relations.map((r: { other: { id: string } }) => r.other.id);
        expect(fixture(others).every((o) => SEES[role]?.includes(o))).toBe(true);
        expect(res.body.access.visibility).toBe(res.body.node.visibility);
      } else {
        expect(res.status, name).toBe(404);
        expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: `Node ${id} was not found` } });
      }
    }
  });

  it('neighbourhood (depth 2 from QP): only visible nodes, reached through visible nodes', async () => {
    const res = await reader().get(`/api/nodes/${ids.QP}/neighborhood?depth=2`);
    expect(res.status).toBe(200);
    const payload = res.body as Payload;
    // QF is two steps away only through QX: who cannot see QX does not reach it either.
    const reached = SEES[role]?.filter((n) => n !== 'QF' || SEES[role]?.includes('QX'));
    expect(fixture(payload.nodes.map((n) => n.key))).toEqual(sorted(reached));
    expect(payload.attributes.total).toBe(payload.nodes.length);
    expectClosed(payload);
    for (const name of hiddenFrom(role)) {
      expect((await reader().get(`/api/nodes/${ids[name]}/neighborhood`)).status).toBe(404);
    }
  });

  it('search: hits, their count and snippets hold only visible nodes', async () => {
    const res = await reader().get('/api/search?q=composter&limit=50');
    expect(res.status).toBe(200);
    const hits = res.body.hits as { id: string; title: string; snippet: string }[];
    // "composter" matches the questions exactly; with fewer than 5 exact hits the tolerant fallback adds
    // the seed "Compostage collectif" (a word form), after every exact hit.
    const exact = SEES[role]?.filter((n) => n.startsWith('Q')) ?? [];
    const expected = exact.length < 5 ? [...exact, 'S'] : exact;
    expect(fixture(hits.map((h) => h.id))).toEqual(sorted(expected));
    if (exact.length < 5) expect(hits.at(-1)?.id).toBe(ids.S);
    const text = JSON.stringify(hits);
    for (const name of hiddenFrom(role)) expect(text).not.toContain(ids[name]);
    if (!SEES[role]?.includes('QX')) expect(text).not.toMatch(/secretement/);
    expect(text).not.toMatch(/oublie/);
  });

  it('paths: never through a hidden node; a hidden end answers like an unknown one', async () => {
    const res = await reader().get(`/api/paths?from=${ids.QP}&to=${ids.QF}`);
    expect(res.status).toBe(200);
    const through = res.body.paths.flatMap((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id));
    expect(fixture(through)).toEqual(SEES[role]?.includes('QX') ? ['QF', 'QP', 'QX'] : []);
    for (const name of hiddenFrom(role)) {
      const hidden = await reader().get(`/api/paths?from=${ids.QP}&to=${ids[name]}`);
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.message).toBe(`Node ${ids[name]} was not found`);
    }
  });

  it("history (QP): events about links to hidden nodes are left out, and so is a hidden node's deletion", async () => {
    const res = await reader().get(`/api/nodes/${ids.QP}/history`);
    expect(res.status).toBe(200);
    const events = res.body.events as { action: string; entity: { id: string } }[];
    const text = JSON.stringify(events);
    for (const name of hiddenFrom(role)) expect(text).not.toContain(ids[name]);
    const deletion = events.filter((e) => e.action === 'node.delete');
    expect(deletion).toHaveLength(role === 'author' || role === 'admin' ? 1 : 0);
    if (!['author', 'admin'].includes(role)) expect(text).not.toMatch(/oublie/);
    for (const name of hiddenFrom(role)) {
      expect((await reader().get(`/api/nodes/${ids[name]}/history`)).status).toBe(404);
    }
  });

  it('writes on a hidden node answer 404 (or 401 for the visitor), never 403', async () => {
    for (const name of hiddenFrom(role)) {
      const patch = await reader().patch(`/api/nodes/${ids[name]}`).set('If-Match', '1').send({ title: 'x' });
      const remove = await reader().delete(`/api/nodes/${ids[name]}`);
      const link = await reader()
        .post('/api/links')
        .send({ source: ids[name], target: ids.QP, relation: 'ECHOES' });
      for (const res of [patch, remove, link]) expect(res.status).toBe(role === 'visitor' ? 401 : 404);
      if (role !== 'visitor') expect(JSON.stringify(link.body)).not.toMatch(/Composter/);
    }
  });
});

it('a seed editor who is not the author sees the private node of the seed, not the other one', async () => {
  const eve = readers.seedEditor as Session;
  expect((await eve.get(`/api/nodes/${ids.QS}`)).status).toBe(200);
  expect((await eve.get(`/api/nodes/${ids.QX}`)).status).toBe(404);
});
