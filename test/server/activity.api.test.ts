// API tests for activity (issue 13 §1): feeds at every scope filtered by the reader's visibility (items
// and "since" counts, as visitor, member and author of a private node), a hidden actor named `hidden`,
// cursor paging with exact items, bad input refused with nothing written.
import { describe, expect, it, vi } from 'vitest';
import { activityResponseSchema } from '../../shared/activity';
import { HIDDEN_ACTOR_ID } from '../../shared/history';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode, fingerprint } from '../support/contribute';
import { anonymous, type Client } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  app,
  people: { alice, bob },
} = await apiSuite({ people: { alice: { name: 'Alice' }, bob: { name: 'Bob' } } });

async function feed(who: Client, query: string) {
  const res = await who.get(`/api/activity?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return activityResponseSchema.parse(res.body);
}

/** The log's position now: what came before (the people signing up) is left out with `after`. */
const now = async () => (await feed(await anonymous(app), 'limit=1')).latest;

describe('GET /api/activity', () => {
  it('lists the landscape newest first, with positions, node labels and only what the reader may see', async () => {
    const start = await now();
    const open = await createNode(alice, { kind: 'Question', title: 'Pourquoi semer ?' });
    const secret = await createNode(alice, { kind: 'Question', title: 'Secret ?', visibility: 'private' });
    const members = await createNode(alice, {
      kind: 'Question',
      title: 'Entre nous ?',
      visibility: 'members',
    });
    const link = await createLink(alice, members, open, 'REFINES');

    const mine = await feed(alice, `scope=landscape&after=${start}`);
    expect(mine.events.map((e) => [e.action, e.entity.id])).toEqual([
      ['link.create', link],
      ['node.create', members],
      ['node.create', secret],
      ['node.create', open],
    ]);
    const positions = mine.events.map((e) => e.position);
    expect(positions).toEqual([start + 4, start + 3, start + 2, start + 1]);
    expect(mine.latest).toBe(start + 4);
    expect(mine.nextBefore).toBeNull();
    expect(mine.events[0]?.nodes).toEqual([
      { id: members, kind: 'Question', title: 'Entre nous ?' },
      { id: open, kind: 'Question', title: 'Pourquoi semer ?' },
    ]);
    expect(mine.events[0]?.actor).toEqual({ id: alice.person.id, name: 'Alice' });

    const bobs = await feed(bob, `scope=landscape&after=${start}`);
    expect(bobs.events.map((e) => e.entity.id)).toEqual([link, members, open]);
    const visitor = await feed(await anonymous(app), `scope=landscape&after=${start}`);
    expect(visitor.events.map((e) => e.entity.id)).toEqual([open]);
    expect(JSON.stringify(visitor)).not.toMatch(/Secret|Entre nous/);

    // "since your last visit": counts and node ids follow the same rule
    const since = (who: Client) => feed(who, `scope=landscape&after=${positions[3]}`);
    expect((await since(alice)).since).toEqual({ count: 3, capped: false, nodeIds: [members, open, secret] });
    const bobSince = await since(bob);
    expect(bobSince.since?.count).toBe(2);
    expect(bobSince.since?.nodeIds.sort()).toEqual([members, open].sort());
    expect((await since(await anonymous(app))).since).toEqual({ count: 0, capped: false, nodeIds: [] });
    expect(mine.since).toEqual({ count: 4, capped: false, nodeIds: expect.any(Array) });
    expect(visitor.since?.count).toBe(1);
  });

  it('names an actor the reader may not see as hidden', async () => {
    await db.write((tx) =>
      tx.run("MATCH (p:Entity {id: $id}) SET p.visibility = 'members'", { id: bob.person.id }),
    );
    await createNode(bob, { kind: 'Question', title: 'Qui demande ?' });
    const visitor = await feed(await anonymous(app), 'scope=landscape&limit=1');
    expect(visitor.events[0]?.actor).toEqual({ id: HIDDEN_ACTOR_ID, name: '' });
    expect(JSON.stringify(visitor)).not.toContain('Bob');
    expect((await feed(alice, 'scope=landscape&limit=1')).events[0]?.actor).toEqual({
      id: bob.person.id,
      name: 'Bob',
    });
    // a person's feed needs their Person node: hidden from the visitor, so 404 as for an unknown id
    const res = await (await anonymous(app)).get(`/api/activity?scope=person&id=${bob.person.id}`);
    expect(res.status).toBe(404);
    const bobs = await feed(alice, `scope=person&id=${bob.person.id}`);
    expect(bobs.events.map((e) => e.action)).toEqual(['node.create', 'node.create']); // the question, his person
    expect(bobs.events.every((e) => e.actor.id === bob.person.id)).toBe(true);
  });

  it('pages by cursor with the exact items, no repeat and no gap', async () => {
    const start = await now();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(await createNode(alice, { kind: 'Question', title: `Question ${i} ?` }));
    const first = await feed(bob, `scope=landscape&limit=2&after=${start}`);
    expect(first.events.map((e) => e.entity.id)).toEqual([ids[4], ids[3]]);
    expect(first.nextBefore).toBe(first.events[1]?.position);
    const second = await feed(bob, `scope=landscape&limit=2&after=${start}&before=${first.nextBefore}`);
    expect(second.events.map((e) => e.entity.id)).toEqual([ids[2], ids[1]]);
    const third = await feed(bob, `scope=landscape&limit=2&after=${start}&before=${second.nextBefore}`);
    expect(third.events.map((e) => e.entity.id)).toEqual([ids[0]]);
    expect(third.nextBefore).toBeNull();
    // without a lower bound, the page after goes on into older events (the sign-ups)
    const older = await feed(bob, `scope=landscape&limit=2&before=${third.events[0]?.position}`);
    expect(older.events.map((e) => e.position)).toEqual([start, start - 1]);
  });

  it('a seed covers itself and the questions it explores; a community its seeds; a person their acts', async () => {
    const seed = await createNode(alice, { kind: 'Seed', title: 'Compostage' });
    const q = await createNode(alice, { kind: 'Question', title: 'Que composter ?' });
    const elsewhere = await createNode(alice, { kind: 'Question', title: 'Ailleurs ?' });
    const explored = await createLink(alice, q, seed, 'EXPLORED_IN');
    // the question's status followed EXPLORED_IN (a Semis edit): edit at the version it is at now
    const version = (await alice.get(`/api/nodes/${q}`)).headers.etag ?? '"1"';
    const edit = await alice
      .patch(`/api/nodes/${q}`)
      .set('If-Match', version)
      .send({ title: 'Que composter donc ?' });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    const community = await createNode(bob, { kind: 'Community', title: 'Mutuelle' });
    const gathers = await createLink(bob, community, seed, 'GATHERS');

    const seedFeed = await feed(bob, `scope=seed&id=${seed}`);
    const seedIds = seedFeed.events.map((e) => e.entity.id);
    expect(seedIds).toContain(explored);
    expect(seedIds).toContain(q);
    expect(seedIds).toContain(seed);
    expect(seedIds).toContain(gathers);
    expect(seedIds).not.toContain(elsewhere);

    const communityFeed = await feed(bob, `scope=community&id=${community}`);
    const communityIds = communityFeed.events.map((e) => e.entity.id);
    for (const id of [community, gathers, seed, q, explored]) expect(communityIds).toContain(id);
    expect(communityIds).not.toContain(elsewhere);

    const bobFeed = await feed(alice, `scope=person&id=${bob.person.id}`);
    expect(bobFeed.events.every((e) => e.actor.id === bob.person.id)).toBe(true);
    expect(bobFeed.events.map((e) => e.entity.id)).toContain(community);

    // a scope's id of another kind is not found, like an unknown one
    for (const query of [`scope=seed&id=${q}`, 'scope=community&id=no-such', `scope=person&id=${seed}`]) {
      const res = await bob.get(`/api/activity?${query}`);
      expect(res.status, query).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('refuses bad input with 400 and a machine code, writing nothing; following needs an account', async () => {
    await createNode(alice, { kind: 'Question', title: 'Pourquoi ?' });
    const before = await fingerprint(db);
    for (const query of [
      'scope=planet',
      'before=abc',
      'before=',
      'before=-1',
      'after=1.5',
      'scope=seed',
      'scope=person&id=',
      'scope=landscape&id=abc',
      'limit=0',
      'limit=101',
      'colour=blue',
    ]) {
      const res = await bob.get(`/api/activity?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code, query).toBe('VALIDATION_FAILED');
    }
    const visitor = await (await anonymous(app)).get('/api/activity?scope=following');
    expect(visitor.status).toBe(401);
    expect(visitor.body.error.code).toBe('UNAUTHENTICATED');
    expect(await fingerprint(db)).toBe(before);
  });
});
