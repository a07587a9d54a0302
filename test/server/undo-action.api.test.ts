// API tests for undo by user action (issue 11 §4): every event one request wrote carries the same
// `actionId` — asking a question is one action: the question, who asked it, its links, and the status
// Semis gave it as a consequence. Reverting any event of the action reverts all of it, atomically; the
// revert is itself one action, so reverting it (redo) makes it all again. A conflict anywhere writes nothing.
import { describe, expect, it, vi } from 'vitest';
import { historyResponseSchema, revertResponseSchema, SYSTEM_ACTOR_ID } from '../../shared/history';
import { apiSuite } from '../support/api-suite';
import { createNode, fingerprint } from '../support/contribute';
import { count } from '../support/database';
import { type Session, signUp } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  app,
  people: { alice, bob },
} = await apiSuite({ people: { alice: { name: 'Alice' }, bob: { name: 'Bob' } } });

const linksOf = (id: string) => count(db, 'MATCH (n:Entity {id: $id})-[r]-() RETURN count(r)', { id });
const statusOf = async (id: string) =>
  (await db.read((tx) => tx.run('MATCH (n:Entity {id: $id}) RETURN n.status AS s', { id }))).records[0]?.get(
    's',
  ) ?? null;

async function mine(who: Session) {
  const res = await who.get('/api/history/mine');
  expect(res.status).toBe(200);
  return historyResponseSchema.parse(res.body).events;
}

/** Alice asks a question founding her seed and refining Bob's question: one action of four events. */
async function askFounding() {
  const seed = await createNode(alice, { kind: 'Seed', title: 'Compost de quartier' });
  const other = await createNode(bob, { kind: 'Question', title: 'Que faire des épluchures ?' });
  const res = await alice.post('/api/questions').send({
    title: 'Comment lancer un compost partagé ?',
    foundingOf: seed,
    links: [{ target: other, relation: 'REFINES' }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { seed, other, question: res.body.node.id as string };
}

describe('one action, one undo', () => {
  it('gives every event of an ask, and the status Semis set, the same action id', async () => {
    const { seed, other, question } = await askFounding();
    const events = await mine(alice);
    const asked = events.filter((e) => e.actionId === events[0]?.actionId);
    // the question, ASKED, GROWS_FROM, REFINES: four events of Alice's, one action
    expect(asked.map((e) => e.action).sort()).toEqual([
      'link.create',
      'link.create',
      'link.create',
      'node.create',
    ]);
    const all = await db.read((tx) =>
      tx.run('MATCH (e:Event {actionId: $a}) RETURN e.actorId AS who, e.action AS action', {
        a: asked[0]?.actionId,
      }),
    );
    const bySystem = all.records.filter((r) => r.get('who') === SYSTEM_ACTOR_ID).map((r) => r.get('action'));
    expect(bySystem).toEqual(['node.edit']);
    expect(await statusOf(question)).toBe('seeded');
    // another request is another action
    const seedEvents = await db.read((tx) =>
      tx.run(
        "MATCH (e:Event {action: 'node.create'}) WHERE e.entityId IN $ids RETURN count(DISTINCT e.actionId) AS n",
        { ids: [seed, other, question] },
      ),
    );
    expect(Number(seedEvents.records[0]?.get('n'))).toBe(3);
  });

  it('undoes the whole ask from its newest event: no orphan question, no link left; redo makes it again', async () => {
    const { seed, other, question } = await askFounding();
    const before = await fingerprint(db);
    const newest = (await mine(alice))[0];
    expect(newest?.action).toBe('link.create');

    const undo = await alice.post(`/api/history/${newest?.id}/revert`);
    expect(undo.status, JSON.stringify(undo.body)).toBe(201);
    const undone = revertResponseSchema.parse(undo.body);
    expect(undone.reverts).toBe(newest?.id);
    const persons = undone.actionEvents.filter((e) => e.actor.id !== SYSTEM_ACTOR_ID);
    expect(persons).toHaveLength(4);
    expect(new Set(undone.actionEvents.map((e) => e.actionId))).toEqual(new Set([undone.actionId]));
    // the question is gone with all its links; the seed and Bob's question stay, unlinked
    expect(await count(db, 'MATCH (n:Entity {id: $id}) RETURN count(n)', { id: question })).toBe(0);
    expect(await linksOf(seed)).toBe(0);
    expect(await linksOf(other)).toBe(0);
    expect((await alice.get(`/api/nodes/${question}`)).status).toBe(404);
    // every event of the ask reads as reverted: nothing of it is offered to undo again
    const after = await mine(alice);
    const ofAsk = after.filter((e) => e.actionId === newest?.actionId);
    expect(ofAsk).toHaveLength(4);
    expect(ofAsk.every((e) => e.revertedBy !== undefined)).toBe(true);

    const redo = await alice.post(`/api/history/${undone.id}/revert`);
    expect(redo.status, JSON.stringify(redo.body)).toBe(201);
    const redone = revertResponseSchema.parse(redo.body);
    expect(redone.actionEvents.filter((e) => e.actor.id !== SYSTEM_ACTOR_ID)).toHaveLength(4);
    expect(await count(db, 'MATCH (n:Entity {id: $id}) RETURN count(n)', { id: question })).toBe(1);
    expect(await linksOf(question)).toBe(3);
    expect(await statusOf(question)).toBe('seeded');
    const asked = await alice.get(`/api/nodes/${question}`);
    expect(asked.status).toBe(200);
    // the same nodes and links as after the ask (versions and the event log grew)
    const strip = (f: string) => JSON.parse(f).nodes.map((n: { id: string }) => n.id);
    expect(strip(await fingerprint(db))).toEqual(strip(before));
  });

  it('refuses (409) the undo of an ask whose question was changed since, and writes nothing', async () => {
    const { question } = await askFounding();
    const version = (await alice.get(`/api/nodes/${question}`)).body.node.version as number;
    const edit = await alice
      .patch(`/api/nodes/${question}`)
      .set('If-Match', String(version))
      .send({ body: 'Avec les voisins du 3e.' });
    expect(edit.status).toBe(200);
    const ask = (await mine(alice)).find((e) => e.action === 'node.create' && e.entity.id === question);
    const before = await fingerprint(db);
    const undo = await alice.post(`/api/history/${ask?.id}/revert`);
    expect(undo.status, JSON.stringify(undo.body)).toBe(409);
    expect(undo.body.error.code).toBe('CONFLICT');
    expect(await fingerprint(db)).toBe(before);
    expect(await linksOf(question)).toBe(3);
  });

  it('undoes a growth although the grown question was edited since: Semis’s status event is not checked', async () => {
    const question = await createNode(alice, { kind: 'Question', title: 'Où mettre le compost ?' });
    const statusBefore = await statusOf(question);
    const grown = await bob.post('/api/seeds').send({ question, title: 'Compost du square' });
    expect(grown.status, JSON.stringify(grown.body)).toBe(201);
    expect(await statusOf(question)).not.toBe(statusBefore);
    const version = (await alice.get(`/api/nodes/${question}`)).body.node.version as number;
    const edit = await alice
      .patch(`/api/nodes/${question}`)
      .set('If-Match', String(version))
      .send({ body: 'Près des jardins partagés.' });
    expect(edit.status).toBe(200);
    const growth = (await mine(bob)).find((e) => e.action === 'node.create');
    const undo = await bob.post(`/api/history/${growth?.id}/revert`);
    expect(undo.status, JSON.stringify(undo.body)).toBe(201);
    expect(await count(db, 'MATCH (s:Seed {title: $t}) RETURN count(s)', { t: 'Compost du square' })).toBe(0);
    expect(await statusOf(question)).toBe(statusBefore);
    expect((await alice.get(`/api/nodes/${question}`)).body.node.body).toBe('Près des jardins partagés.');
  });

  it('refuses a stranger (403) the revert of an ask, and writes nothing', async () => {
    await askFounding();
    const carol = await signUp(app, { name: 'Carol' });
    const newest = (await mine(alice))[0];
    const before = await fingerprint(db);
    const res = await carol.post(`/api/history/${newest?.id}/revert`);
    expect(res.status).toBe(403);
    expect(await fingerprint(db)).toBe(before);
  });
});
