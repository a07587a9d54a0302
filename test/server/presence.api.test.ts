// POST /api/nodes/:id/presence: how many people look at a node now — visitors counted by their browser's
// id, a person once whatever their browsers, lapsed presences gone, a node the reader may not see a 404
// that writes nothing, a bad viewer id a 400.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { notePresence } from '../../server/live/presence.repository';
import { apiSuite } from '../support/api-suite';
import { createNode } from '../support/contribute';
import { count } from '../support/database';
import { anonymous } from '../support/session';

const {
  db,
  app,
  people: { alice },
} = await apiSuite({ people: { alice: { name: 'Alice' } } });

const presences = (nodeId: string) =>
  count(db, 'MATCH (p:Presence {nodeId: $nodeId}) RETURN count(p)', { nodeId });

describe('POST /api/nodes/:id/presence', () => {
  it('counts the people looking at a node: browsers for visitors, persons for members', async () => {
    const seed = await createNode(alice, { kind: 'Seed', title: 'Une graine regardée' });
    const [one, two] = [await anonymous(app), await anonymous(app)];
    const [first, second] = [randomUUID(), randomUUID()];
    const beat = async (who: typeof one, viewer: string) => {
      const res = await who.post(`/api/nodes/${seed}/presence`).send({ viewer });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.watching as number;
    };
    expect(await beat(one, first)).toBe(1);
    expect(await beat(two, second)).toBe(2);
    expect(await beat(one, first)).toBe(2); // the same browser again
    expect(await beat(alice, randomUUID())).toBe(3);
    expect(await beat(alice, randomUUID())).toBe(3); // Alice from another browser: still Alice
    expect(await presences(seed)).toBe(3);
  });

  it('forgets a presence once it lapsed', async () => {
    const seed = await createNode(alice, { kind: 'Seed', title: 'Une graine quittée' });
    await db.write((tx) => notePresence(tx, seed, 'browser:gone', 1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.write((tx) => notePresence(tx, seed, 'browser:here', 45_000))).toBe(1);
    expect(await presences(seed)).toBe(1);
  });

  it('answers 404 for a node the reader may not see, and 400 for a bad viewer, writing nothing', async () => {
    const secret = await createNode(alice, {
      kind: 'Seed',
      title: 'Une graine à moi',
      visibility: 'private',
    });
    const visitor = await anonymous(app);
    const hidden = await visitor.post(`/api/nodes/${secret}/presence`).send({ viewer: randomUUID() });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('NOT_FOUND');
    const bad = await visitor.post(`/api/nodes/${secret}/presence`).send({ viewer: 'moi' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(await presences(secret)).toBe(0);
    const own = await alice.post(`/api/nodes/${secret}/presence`).send({ viewer: randomUUID() });
    expect(own.body).toEqual({ watching: 1 });
  });
});
