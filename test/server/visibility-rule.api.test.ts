// Issue 10 §1: a private node is seen by exactly those who may edit it — its author, admins, and the
// authors, editors and animators of the seeds that its OWN author (or Semis) linked it to. The
// reproduction: Bruno grows a seed, links Alice's public question to it, Alice makes it private with a
// secret body; Bruno and the people of his seed then get 404 through every read and every write. The
// allowed case: Alice links her private question to Bruno's seed herself, and its stewards see and edit
// it. The access card names that set, by role, and by name only for people the reader may see.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode, fingerprint } from '../support/contribute';
import { count } from '../support/database';
import { plainJpeg } from '../support/photos';
import { type Client, type Session, signUp } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const { db, app } = await apiSuite({ wipe: 'once' });
let alice: Session;
let bruno: Session;
let eve: Session;
let ani: Session;
let admin: Session;
const ids: Record<string, string> = {};

const SECRET = 'Zygomorphe confidentiel';

/** Alice changes a node of hers to `visibility` (with `body`, for a question), at its current version. */
async function makeVisibility(who: Client, id: string, visibility: string, body?: Record<string, unknown>) {
  const current = await who.get(`/api/nodes/${id}`);
  expect(current.status).toBe(200);
  const res = await who
    .patch(`/api/nodes/${id}`)
    .set('If-Match', `"${current.body.node.version}"`)
    .send({ visibility, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

beforeAll(async () => {
  alice = await signUp(app, { name: 'Alice' });
  bruno = await signUp(app, { name: 'Bruno' });
  eve = await signUp(app, { name: 'Eve' });
  ani = await signUp(app, { name: 'Ani' });
  admin = await signUp(app, { admin: true });

  // Bruno's seed SB grows from his own question QB; Eve edits it, Ani animates it.
  ids.QB = await createNode(bruno, { kind: 'Question', title: 'Comment partager les outils' });
  const grown = await bruno.post('/api/seeds').send({ question: ids.QB, title: 'Outilthèque du quartier' });
  expect(grown.status, JSON.stringify(grown.body)).toBe(201);
  ids.SB = grown.body.node.id as string;
  await createLink(bruno, eve.person.id, ids.SB, 'HAS_ROLE', { role: 'editor' });
  await createLink(bruno, ani.person.id, ids.SB, 'HAS_ROLE', { role: 'animator' });

  // The reproduction: Alice's public question QA, linked to SB by Bruno, then made private by Alice.
  ids.QA = await createNode(alice, { kind: 'Question', title: 'Pourquoi les outils dorment-ils' });
  ids.QC = await createNode(alice, { kind: 'Question', title: 'Qui prête sa perceuse' });
  await createLink(alice, ids.QC, ids.QA, 'ECHOES');
  await createLink(bruno, ids.QA, ids.SB, 'EXPLORED_IN');
  await makeVisibility(alice, ids.QA, 'private', { body: SECRET });

  // A photo of Alice's, linked the same way (INFORMS, by Bruno), then made private.
  const photo = await alice
    .post('/api/photos')
    .field('title', 'Atelier zygomorphe')
    .attach('file', await plainJpeg(), 'atelier.jpg');
  expect(photo.status, JSON.stringify(photo.body)).toBe(201);
  ids.PA = photo.body.id as string;
  await createLink(bruno, ids.PA, ids.SB, 'INFORMS');
  await makeVisibility(alice, ids.PA, 'private');

  // The allowed case: Alice links her private question QL to Bruno's seed herself.
  ids.QL = await createNode(alice, {
    kind: 'Question',
    title: 'Faut-il assurer les outils prêtés',
    body: 'Une question zygomorphe mais partagée',
    visibility: 'private',
  });
  await createLink(alice, ids.QL, ids.SB, 'EXPLORED_IN');
}, 300_000);

const notFound = (id: string) => ({ error: { code: 'NOT_FOUND', message: `Node ${id} was not found` } });

describe.each(['bruno', 'eve', 'ani'])('%s, of the seed Bruno linked the private node to', (name) => {
  const reader = () => ({ bruno, eve, ani })[name] as Session;

  it('node and photo: the same 404 as an unknown id, the image and thumbnail too', async () => {
    for (const id of [ids.QA, ids.PA] as string[]) {
      const res = await reader().get(`/api/nodes/${id}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(notFound(id));
    }
    expect((await reader().get(`/api/photos/${ids.PA}/image`)).status).toBe(404);
    expect((await reader().get(`/api/photos/${ids.PA}/thumbnail`)).status).toBe(404);
  });

  it('search: no hit, no snippet — only the shared question counts', async () => {
    const res = await reader().get('/api/search?q=zygomorphe&limit=50');
    expect(res.status).toBe(200);
    expect(res.body.hits.map((h: { id: string }) => h.id)).toEqual([ids.QL]);
    expect(JSON.stringify(res.body)).not.toMatch(/confidentiel|dorment|Atelier/);
  });

  it('landscape: neither node, nor an edge to them, and the total leaves them out', async () => {
    const res = await reader().get('/api/landscape');
    expect(res.status).toBe(200);
    const keys = res.body.nodes.map((n: { key: string }) => n.key);
    expect(keys).not.toContain(ids.QA);
    expect(keys).not.toContain(ids.PA);
    expect(keys).toContain(ids.QL);
    const edges = res.body.edges as { source: string; target: string }[];
    expect(
      edges.filter((e) => [ids.QA, ids.PA].includes(e.source) || [ids.QA, ids.PA].includes(e.target)),
    ).toEqual([]);
    // QB, SB, QC, QL and the five persons; Alice sees QA and PA as well.
    expect(res.body.attributes.total).toBe(4 + 5);
    expect((await alice.get('/api/landscape')).body.attributes.total).toBe(6 + 5);
  });

  it('neighbourhood: the seed shows neither; their own is a 404', async () => {
    const res = await reader().get(`/api/nodes/${ids.SB}/neighborhood?depth=2`);
    expect(res.status).toBe(200);
    const keys = res.body.nodes.map((n: { key: string }) => n.key);
    expect(keys).toContain(ids.QL);
    expect(keys).not.toContain(ids.QA);
    expect(keys).not.toContain(ids.PA);
    // QC hangs on QA only: not reached through it.
    expect(keys).not.toContain(ids.QC);
    expect((await reader().get(`/api/nodes/${ids.QA}/neighborhood`)).status).toBe(404);
  });

  it('paths: none through it, and as an end it answers like an unknown node', async () => {
    const through = await reader().get(`/api/paths?from=${ids.SB}&to=${ids.QC}`);
    expect(through.status).toBe(200);
    expect(through.body.paths).toEqual([]);
    expect((await alice.get(`/api/paths?from=${ids.SB}&to=${ids.QC}`)).body.paths.length).toBeGreaterThan(0);
    const end = await reader().get(`/api/paths?from=${ids.SB}&to=${ids.QA}`);
    expect(end.status).toBe(404);
    expect(end.body).toEqual(notFound(ids.QA as string));
  });

  it('suggestions: never proposed, not even around the seed', async () => {
    for (const context of [undefined, { selected: ids.SB }]) {
      const res = await reader()
        .post('/api/questions/suggestions')
        .send({ text: 'Pourquoi les outils dorment-ils', context });
      expect(res.status).toBe(200);
      expect(res.body.suggestions.map((s: { id: string }) => s.id)).not.toContain(ids.QA);
    }
    const own = await alice
      .post('/api/questions/suggestions')
      .send({ text: 'Pourquoi les outils dorment-ils' });
    expect(own.body.suggestions.map((s: { id: string }) => s.id)).toContain(ids.QA);
  });

  it("history: the node's own is a 404; the seed's says nothing of it", async () => {
    expect((await reader().get(`/api/nodes/${ids.QA}/history`)).status).toBe(404);
    expect((await reader().get(`/api/nodes/${ids.PA}/history`)).status).toBe(404);
    const seed = await reader().get(`/api/nodes/${ids.SB}/history`);
    expect(seed.status).toBe(200);
    const text = JSON.stringify(seed.body);
    expect(text).not.toContain(ids.QA);
    expect(text).not.toContain(ids.PA);
    expect(text).not.toMatch(/confidentiel/);
  });

  it('writes: edit, delete, link, visibility all answer 404, and nothing changes', async () => {
    const before = await fingerprint(db);
    const patch = await reader().patch(`/api/nodes/${ids.QA}`).set('If-Match', '"3"').send({ title: 'Pris' });
    const visibility = await reader()
      .patch(`/api/nodes/${ids.QA}`)
      .set('If-Match', '"3"')
      .send({ visibility: 'public' });
    const remove = await reader().delete(`/api/nodes/${ids.PA}`);
    const link = await reader()
      .post('/api/links')
      .send({ source: ids.QA, target: ids.QB, relation: 'ECHOES' });
    for (const res of [patch, visibility, remove, link]) expect(res.status).toBe(404);
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe('the author links her private node to the seed herself', () => {
  it("the seed's author, editor and animator see it; a stranger does not", async () => {
    for (const who of [alice, bruno, eve, ani, admin]) {
      const res = await who.get(`/api/nodes/${ids.QL}`);
      expect(res.status, who.person.name).toBe(200);
      expect(res.body.node.body).toBe('Une question zygomorphe mais partagée');
    }
    const stranger = await signUp(app, { name: 'Xavier' });
    expect((await stranger.get(`/api/nodes/${ids.QL}`)).status).toBe(404);
    const hits = await stranger.get('/api/search?q=zygomorphe');
    expect(hits.body.hits).toEqual([]);
    expect((await admin.get('/api/search?q=zygomorphe&limit=50')).body.hits).toHaveLength(3);
  });

  it('whoever may see it may edit it: the animator edits, but only the seed author may delete', async () => {
    const seen = await ani.get(`/api/nodes/${ids.QL}`);
    expect(seen.body.access).toMatchObject({
      whoCanSee: 'editors-only',
      because: 'seed-animator',
      you: { edit: true, delete: false, changeVisibility: false },
    });
    const edit = await ani
      .patch(`/api/nodes/${ids.QL}`)
      .set('If-Match', `"${seen.body.node.version}"`)
      .send({ title: 'Faut-il assurer les outils que l’on prête' });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    const stored = await db.read((tx) =>
      tx.run('MATCH (n:Entity {id: $id}) RETURN n.title AS title, n.visibility AS visibility', {
        id: ids.QL,
      }),
    );
    expect(stored.records[0]?.toObject()).toEqual({
      title: 'Faut-il assurer les outils que l’on prête',
      visibility: 'private',
    });
    expect((await ani.delete(`/api/nodes/${ids.QL}`)).status).toBe(403);
    expect((await bruno.get(`/api/nodes/${ids.QL}`)).body.access).toMatchObject({
      because: 'seed-author',
      you: { edit: true, delete: true, changeVisibility: true },
    });
  });
});

it("a private community: seen by its creator and animators (who edit it), not by its seeds' stewards", async () => {
  const community = await createNode(alice, {
    kind: 'Community',
    title: 'Amis des outils',
    visibility: 'private',
  });
  await createLink(alice, community, ids.SB as string, 'GATHERS');
  await createLink(alice, ani.person.id, community, 'ANIMATES');
  const seen = await ani.get(`/api/nodes/${community}`);
  expect(seen.status).toBe(200);
  expect(seen.body.access).toMatchObject({ because: 'community-animator', you: { edit: true } });
  expect(seen.body.access.editors).toEqual([
    { role: 'author', person: { id: alice.person.id, title: 'Alice' } },
    { role: 'community-animator', person: { id: ani.person.id, title: 'Ani' } },
  ]);
  for (const who of [bruno, eve]) expect((await who.get(`/api/nodes/${community}`)).status).toBe(404);
  // Both links hold, made by the creator: the community's seeds are not its editors.
  expect(await count(db, 'MATCH (:Entity {id: $id})-[r]-() RETURN count(r)', { id: community })).toBe(2);
});

describe('the access card names who may see and edit', () => {
  const person = (who: Session) => ({ id: who.person.id, title: who.person.name });

  it('a node linked by someone else: only its author', async () => {
    const res = await alice.get(`/api/nodes/${ids.QA}`);
    expect(res.body.access).toMatchObject({
      visibility: 'private',
      whoCanSee: 'editors-only',
      whoCanEdit: ['author', 'seed-author', 'seed-editor', 'seed-animator', 'admin'],
      editors: [{ role: 'author', person: person(alice) }],
      because: 'author',
    });
  });

  it('a node its author linked to a seed: the author and the seed’s stewards, by role', async () => {
    const res = await eve.get(`/api/nodes/${ids.QL}`);
    expect(res.body.access.editors).toEqual([
      { role: 'author', person: person(alice) },
      { role: 'seed-author', person: person(bruno) },
      { role: 'seed-editor', person: person(eve) },
      { role: 'seed-animator', person: person(ani) },
    ]);
    expect(res.body.access.because).toBe('seed-editor');
  });

  it('names only the people the reader may see; the others by their role alone', async () => {
    await makeVisibility(admin, ani.person.id, 'private');
    try {
      const hidden = await eve.get(`/api/nodes/${ids.QL}`);
      expect(hidden.body.access.editors).toEqual([
        { role: 'author', person: person(alice) },
        { role: 'seed-author', person: person(bruno) },
        { role: 'seed-editor', person: person(eve) },
        { role: 'seed-animator', person: null },
      ]);
      expect(JSON.stringify(hidden.body)).not.toContain(ani.person.id);
      // An account's person, private: only that person (and admins) may see it, as only they edit it.
      for (const who of [eve, bruno]) expect((await who.get(`/api/nodes/${ani.person.id}`)).status).toBe(404);
      for (const who of [ani, admin]) {
        const named = await who.get(`/api/nodes/${ids.QL}`);
        expect(named.body.access.editors[3]).toEqual({ role: 'seed-animator', person: person(ani) });
      }
    } finally {
      await makeVisibility(admin, ani.person.id, 'public');
    }
  });

  it("an account's person: edited by that person alone, named as 'self'", async () => {
    const res = await bruno.get(`/api/nodes/${alice.person.id}`);
    expect(res.body.access).toMatchObject({
      whoCanEdit: ['self', 'admin'],
      editors: [{ role: 'self', person: person(alice) }],
      because: 'none',
    });
  });
});
