// API tests for following and the inbox (issue 13 §1): following is idempotent, private to its owner and
// refused (404) for a node the reader may not see; the inbox holds answers and stances on my questions
// and others' changes to what I follow, with read marks and unread counts kept per person and filtered by
// visibility; bad input is refused with nothing written.
import { describe, expect, it, vi } from 'vitest';
import { followsResponseSchema, inboxResponseSchema } from '../../shared/activity';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode, fingerprint } from '../support/contribute';
import { count } from '../support/database';
import { anonymous, type Session } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  app,
  people: { alice, bob, carol },
} = await apiSuite({ people: { alice: { name: 'Alice' }, bob: { name: 'Bob' }, carol: { name: 'Carol' } } });

async function inbox(who: Session, query = '') {
  const res = await who.get(`/api/inbox${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return inboxResponseSchema.parse(res.body);
}
async function unread(who: Session) {
  const res = await who.get('/api/inbox/unread');
  expect(res.status).toBe(200);
  return res.body.unread as number;
}
async function follows(who: Session) {
  const res = await who.get('/api/follows');
  expect(res.status).toBe(200);
  return followsResponseSchema.parse(res.body).follows;
}
const edit = async (who: Session, id: string, patch: Record<string, unknown>) => {
  const version = (await who.get(`/api/nodes/${id}`)).headers.etag ?? '"1"';
  const res = await who.patch(`/api/nodes/${id}`).set('If-Match', version).send(patch);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};

describe('following', () => {
  it('is idempotent, listed for its owner only, and never an Entity', async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Pourquoi semer ?' });
    const first = await bob.put(`/api/follows/${q}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ nodeId: q, kind: 'Question', title: 'Pourquoi semer ?' });
    expect((await bob.put(`/api/follows/${q}`)).status).toBe(200);
    expect(await count(db, 'MATCH (f:Follow) RETURN count(f)')).toBe(1);
    expect(await count(db, 'MATCH (f:Follow:Entity) RETURN count(f)')).toBe(0);
    expect((await follows(bob)).map((f) => f.nodeId)).toEqual([q]);
    expect(await follows(alice)).toEqual([]);
    // nothing of it shows to anyone else: not in the landscape, nor the node's relations
    const landscape = await alice.get('/api/landscape');
    expect(JSON.stringify(landscape.body)).not.toContain('Follow');
    expect((await alice.get(`/api/nodes/${q}`)).body.relations).toEqual([]);

    expect((await bob.delete(`/api/follows/${q}`)).status).toBe(204);
    expect((await bob.delete(`/api/follows/${q}`)).status).toBe(204);
    expect(await follows(bob)).toEqual([]);
  });

  it('answers 404 for a node the follower may not see, as for an unknown id; 401 for a visitor; 400 for a bad id', async () => {
    const secret = await createNode(alice, { kind: 'Question', title: 'Secret ?', visibility: 'private' });
    const before = await fingerprint(db);
    for (const id of [secret, 'no-such-node']) {
      const res = await bob.put(`/api/follows/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual({ code: 'NOT_FOUND', message: `Node ${id} was not found` });
      expect((await bob.delete(`/api/follows/${id}`)).status).toBe(404);
    }
    expect((await bob.put('/api/follows/not%20an%20id')).body.error.code).toBe('VALIDATION_FAILED');
    const visitor = await anonymous(app);
    for (const res of [
      await visitor.put(`/api/follows/${secret}`),
      await visitor.delete(`/api/follows/${secret}`),
      await visitor.get('/api/follows'),
      await visitor.get('/api/inbox'),
      await visitor.get('/api/inbox/unread'),
      await visitor.post('/api/inbox/read').send({ all: true }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
    expect(await fingerprint(db)).toBe(before);
    expect(await count(db, 'MATCH (f:Follow) RETURN count(f)')).toBe(0);
    // the author may follow their own private node
    expect((await alice.put(`/api/follows/${secret}`)).status).toBe(200);
  });
});

describe('the inbox', () => {
  it("holds answers and stances on my questions and others' changes to what I follow, read marks per person", async () => {
    const mine = await createNode(alice, { kind: 'Question', title: 'Pourquoi semer ?' });
    const followed = await createNode(carol, { kind: 'Question', title: 'Quand récolter ?' });
    expect((await alice.put(`/api/follows/${followed}`)).status).toBe(200);
    expect(await unread(alice)).toBe(0);

    // an answer: a sub-question refining mine; a stance on mine; a change to what I follow
    const sub = await createNode(bob, { kind: 'Question', title: 'Pourquoi semer tôt ?' });
    const refines = await createLink(bob, sub, mine, 'REFINES');
    const stance = await createLink(bob, bob.person.id, mine, 'TAKES_STANCE', { stance: 'supports' });
    await edit(carol, followed, { title: 'Quand récolter les courges ?' });
    // my own acts are not in it (an echo of the question I follow: an answer in Carol's inbox)
    const echoes = await createLink(alice, sub, followed, 'ECHOES');

    const box = await inbox(alice);
    expect(box.items.map((i) => [i.reason, i.action, i.entity.id])).toEqual([
      ['following', 'node.edit', followed],
      ['stance', 'link.create', stance],
      ['answer', 'link.create', refines],
    ]);
    expect(box.items.every((i) => !i.read)).toBe(true);
    expect(box.unread).toBe(3);
    expect(await unread(alice)).toBe(3);
    expect(box.items[2]?.nodes.map((n) => n.title)).toEqual(['Pourquoi semer tôt ?', 'Pourquoi semer ?']);
    const carols = await inbox(carol);
    expect(carols.items.map((i) => [i.reason, i.entity.id, i.actor.name])).toEqual([
      ['answer', echoes, 'Alice'],
    ]);

    // paging
    const first = await inbox(alice, '?limit=2');
    expect(first.items.map((i) => i.entity.id)).toEqual([followed, stance]);
    const second = await inbox(alice, `?limit=2&before=${first.nextBefore}`);
    expect(second.items.map((i) => i.entity.id)).toEqual([refines]);
    expect(second.nextBefore).toBeNull();

    // one item read, then all; kept for Alice only
    const marked = await alice.post('/api/inbox/read').send({ eventIds: [box.items[1]?.id] });
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ unread: 2 });
    expect((await inbox(alice)).items.map((i) => i.read)).toEqual([false, true, false]);
    expect((await alice.post('/api/inbox/read').send({ all: true })).body).toEqual({ unread: 0 });
    expect((await inbox(alice)).items.every((i) => i.read)).toBe(true);
    // a new change after "all read" is unread again
    await edit(carol, followed, { body: 'Encore' });
    expect(await unread(alice)).toBe(1);
    expect((await inbox(alice)).items.map((i) => i.read)).toEqual([false, true, true, true]);
  });

  it('follows a seed through the questions it explores, and counts only what the reader may see', async () => {
    const seed = await createNode(alice, { kind: 'Seed', title: 'Compostage' });
    expect((await bob.put(`/api/follows/${seed}`)).status).toBe(200);
    const q = await createNode(alice, { kind: 'Question', title: 'Que composter ?' });
    await createLink(alice, q, seed, 'EXPLORED_IN');
    // Alice's private question linked into the seed: Bob may not see it, nor the link
    const secret = await createNode(alice, { kind: 'Question', title: 'Secret ?', visibility: 'private' });
    await createLink(alice, secret, seed, 'EXPLORED_IN');
    await edit(alice, q, { title: 'Que composter chez soi ?' });

    const box = await inbox(bob);
    expect(box.items.map((i) => i.entity.id)).not.toContain(secret);
    expect(JSON.stringify(box)).not.toContain('Secret');
    // since Bob followed: q, made then linked into the seed, its EXPLORED_IN and its edit (Semis's own
    // status change is not an item; the seed's creation came before the follow)
    expect(box.items.map((i) => [i.action, i.entity.type])).toEqual([
      ['node.edit', 'node'],
      ['link.create', 'link'],
      ['node.create', 'node'],
    ]);
    expect(box.items.every((i) => i.reason === 'following')).toBe(true);
    expect(box.unread).toBe(3);
    // the following feed says the same, as a feed
    const feed = await bob.get('/api/activity?scope=following');
    expect(feed.status).toBe(200);
    expect(feed.body.events.map((e: { entity: { id: string } }) => e.entity.id)).not.toContain(secret);
  });

  it('refuses a bad read body with 400, writing nothing', async () => {
    const before = await count(db, 'MATCH (n) WHERE n:InboxRead OR n:InboxState RETURN count(n)');
    for (const body of [
      {},
      { eventIds: [] },
      { all: false },
      { eventIds: ['x'], all: true },
      { eventIds: [' '] },
    ]) {
      const res = await alice.post('/api/inbox/read').send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    for (const query of ['?before=abc', '?before=', '?limit=0', '?scope=x']) {
      expect((await alice.get(`/api/inbox${query}`)).status, query).toBe(400);
    }
    expect(await count(db, 'MATCH (n) WHERE n:InboxRead OR n:InboxState RETURN count(n)')).toBe(before);
  });
});
