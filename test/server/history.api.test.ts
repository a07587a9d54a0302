// API tests for history: every write records its event with before/after; GET /api/nodes/:id/history
// (newest first, visibility-aware); POST /api/history/:eventId/revert for each kind of event, with its
// conflicts (409) and permissions; GET /api/history/mine for "undo my last action".
import { describe, expect, it, vi } from 'vitest';
import { captureCypher } from '../../bench/bare-driver';
import { visibilityParams } from '../../server/db/visibility';
import { nodeEvents } from '../../server/history/history.repository';
import { accountActor } from '../../server/http/actor';
import {
  eventSchema,
  HIDDEN_ACTOR_ID,
  historyResponseSchema,
  linkSnapshotSchema,
} from '../../shared/history';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode, fingerprint } from '../support/contribute';
import { count } from '../support/database';
import { anonymous, type Session, signUp } from '../support/session';

// The first requests plan their queries; on a loaded machine that takes longer than the default.
vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  app,
  people: { alice, bob },
} = await apiSuite({ people: { alice: { name: 'Alice' }, bob: { name: 'Bob' } } });

async function history(who: Session | Awaited<ReturnType<typeof anonymous>>, id: string) {
  const res = await who.get(`/api/nodes/${id}/history`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return historyResponseSchema.parse(res.body).events;
}

const nodeExists = (id: string) => count(db, 'MATCH (n:Entity {id: $id}) RETURN count(n)', { id });
const linkCount = () => count(db, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)');

describe('events', () => {
  it('records create, edit, link, unlink and delete with before/after, newest first', async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Pourquoi semer ?' });
    const other = await createNode(bob, { kind: 'Question', title: 'Quand semer ?' });
    const edit = await alice
      .patch(`/api/nodes/${q}`)
      .set('If-Match', '1')
      .send({ title: 'Pourquoi planter ?' });
    expect(edit.status).toBe(200);
    const link = await createLink(bob, other, q, 'REFINES');
    expect((await bob.delete(`/api/links/${link}`)).status).toBe(204);

    const events = await history(alice, q);
    expect(events.map((e) => e.action)).toEqual(['link.delete', 'link.create', 'node.edit', 'node.create']);
    const [unlinked, linked, edited, created] = events;
    expect(created).toMatchObject({
      actor: { id: alice.person.id, name: 'Alice' },
      entity: { type: 'node', id: q },
      before: null,
      after: { id: q, kind: 'Question', title: 'Pourquoi semer ?', version: 1, createdBy: alice.person.id },
    });
    expect(edited).toMatchObject({
      before: { title: 'Pourquoi semer ?', version: 1 },
      after: { title: 'Pourquoi planter ?', version: 2 },
    });
    expect(Object.keys(edited?.after ?? {}).sort()).toEqual(['title', 'version']);
    const linkSnapshot = { id: link, source: other, target: q, relation: 'REFINES', properties: {} };
    expect(linked).toMatchObject({ actor: { id: bob.person.id }, entity: { type: 'link', id: link } });
    expect(linked?.after).toMatchObject(linkSnapshot);
    expect(unlinked).toMatchObject({ before: linkSnapshot, after: null });
    expect(new Date(created?.at ?? 0).getTime()).toBeLessThanOrEqual(new Date(unlinked?.at ?? 0).getTime());

    const limited = await alice.get(`/api/nodes/${q}/history?limit=2`);
    expect(limited.body.events.map((e: { action: string }) => e.action)).toEqual([
      'link.delete',
      'link.create',
    ]);
  });

  it('keeps a deleted node and its relationships in the delete event, shown in a neighbour history', async () => {
    const seed = await createNode(alice, { kind: 'Seed', title: 'Compostage' });
    const q = await createNode(alice, { kind: 'Question', title: 'Que faire des restes ?' });
    const link = await createLink(alice, seed, q, 'GROWS_FROM');
    expect((await alice.delete(`/api/nodes/${q}`)).status).toBe(204);
    const [deleted] = await history(bob, seed);
    expect(deleted).toMatchObject({
      action: 'node.delete',
      entity: { type: 'node', id: q },
      after: null,
      before: {
        id: q,
        title: 'Que faire des restes ?',
        relationships: [{ id: link, relation: 'GROWS_FROM', source: seed, target: q, properties: {} }],
      },
    });
  });

  it('answers 404 for the history of an unknown or hidden node, and a visitor reads a public one', async () => {
    const hidden = await createNode(alice, { kind: 'Question', title: 'Secret ?', visibility: 'private' });
    for (const id of [hidden, 'no-such-node']) {
      const res = await bob.get(`/api/nodes/${id}/history`);
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual({ code: 'NOT_FOUND', message: `Node ${id} was not found` });
    }
    const open = await createNode(alice, { kind: 'Question', title: 'Public ?' });
    expect((await history(await anonymous(app), open)).map((e) => e.action)).toEqual(['node.create']);
  });

  it('names a person only to readers who may see their node: others read "hidden" as the actor', async () => {
    // an admin made Bob's person members-only (the only role allowed to)
    await db.write((tx) =>
      tx.run("MATCH (p:Entity {id: $id}) SET p.visibility = 'members'", { id: bob.person.id }),
    );
    const q = await createNode(bob, { kind: 'Question', title: 'Qui a posé cette question ?' });
    const [visitorSees] = await history(await anonymous(app), q);
    expect(visitorSees?.actor).toEqual({ id: HIDDEN_ACTOR_ID, name: '' });
    // the name never reaches the visitor (ids are opaque: node views carry createdBy too)
    expect(JSON.stringify(await history(await anonymous(app), q))).not.toContain('Bob');
    expect((await history(alice, q))[0]?.actor).toEqual({ id: bob.person.id, name: 'Bob' });
    expect((await history(bob, q))[0]?.actor).toEqual({ id: bob.person.id, name: 'Bob' });
  });
});

it("finds a node's events by index seeks, never by scanning every event", async () => {
  const viewer = visibilityParams(accountActor('someone', 'Someone', 'member'));
  const [statement] = await captureCypher((tx) => nodeEvents(tx, 'some-node', viewer, 50));
  const explained = await db.read((tx) => tx.run(`EXPLAIN ${statement?.query}`, statement?.params));
  type Plan = { operatorType: string; children: Plan[] };
  const operators = (p: Plan): string[] => [p.operatorType, ...p.children.flatMap(operators)];
  const used = operators(explained.summary.plan as unknown as Plan);
  expect(used.filter((o) => /Scan/.test(o))).toEqual([]);
  expect(used.filter((o) => /IndexSeek/.test(o)).length).toBeGreaterThanOrEqual(2);
});

describe('POST /api/history/:eventId/revert', () => {
  async function eventOf(id: string, action: string) {
    const found = (await history(alice, id)).find((e) => e.action === action);
    if (!found) throw new Error(`no ${action} event for ${id}`);
    return found;
  }

  it('reverts an edit: the fields come back, version + 1, the revert is an event; twice is 409; its revert redoes it', async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Avant ?' });
    await alice.patch(`/api/nodes/${q}`).set('If-Match', '1').send({ title: 'Après ?', body: 'Un corps' });
    const edit = await eventOf(q, 'node.edit');
    const res = await alice.post(`/api/history/${edit.id}/revert`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const revert = eventSchema.parse(res.body);
    expect(revert).toMatchObject({
      action: 'event.revert',
      reverts: edit.id,
      entity: { type: 'node', id: q },
      before: { title: 'Après ?', body: 'Un corps', version: 2 },
      after: { title: 'Avant ?', body: null, version: 3 },
    });
    const now = await alice.get(`/api/nodes/${q}`);
    expect(now.body.node).toMatchObject({ title: 'Avant ?', version: 3 });
    expect(now.body.node).not.toHaveProperty('body');
    expect((await eventOf(q, 'node.edit')).revertedBy).toBe(revert.id);

    const again = await alice.post(`/api/history/${edit.id}/revert`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    // Redo: reverting the revert makes the edit again, as a new revert event.
    const redo = await alice.post(`/api/history/${revert.id}/revert`);
    expect(redo.status, JSON.stringify(redo.body)).toBe(201);
    expect(redo.body).toMatchObject({
      action: 'event.revert',
      reverts: revert.id,
      before: { title: 'Avant ?', body: null, version: 3 },
      after: { title: 'Après ?', body: 'Un corps', version: 4 },
    });
    expect((await alice.get(`/api/nodes/${q}`)).body.node).toMatchObject({
      title: 'Après ?',
      body: 'Un corps',
      version: 4,
    });
    expect((await alice.post(`/api/history/${revert.id}/revert`)).status).toBe(409); // redone already
  });

  it('redoes an undone creation (the node comes back, same id), undoes the redo; refused to who may not', async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Revenante ?' });
    const undo = await alice.post(`/api/history/${(await eventOf(q, 'node.create')).id}/revert`);
    expect(undo.status).toBe(201);
    expect(await nodeExists(q)).toBe(0);
    const before = await fingerprint(db);
    const refused = await bob.post(`/api/history/${undo.body.id}/revert`);
    expect(refused.status, JSON.stringify(refused.body)).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect(await fingerprint(db)).toBe(before);
    const redo = await alice.post(`/api/history/${undo.body.id}/revert`);
    expect(redo.status, JSON.stringify(redo.body)).toBe(201);
    expect(redo.body).toMatchObject({ action: 'event.revert', reverts: undo.body.id, before: null });
    expect(await nodeExists(q)).toBe(1);
    expect((await alice.get(`/api/nodes/${q}`)).body.node).toMatchObject({ id: q, title: 'Revenante ?' });
    // and undo again: the redo is reverted as the creation it amounts to
    const again = await alice.post(`/api/history/${redo.body.id}/revert`);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(await nodeExists(q)).toBe(0);
  });

  it('refuses (409) to revert an edit overtaken by a newer version, naming it, writing nothing', async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Un ?' });
    await alice.patch(`/api/nodes/${q}`).set('If-Match', '1').send({ title: 'Deux ?' });
    await alice.patch(`/api/nodes/${q}`).set('If-Match', '2').send({ title: 'Trois ?' });
    const first = (await history(alice, q)).filter((e) => e.action === 'node.edit').at(-1);
    const before = await fingerprint(db);
    const res = await alice.post(`/api/history/${first?.id}/revert`);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 3 } });
    expect(res.body.error.message).toContain('version 3');
    expect(await fingerprint(db)).toBe(before);
  });

  it('reverts a create by deleting the node, unless it changed since (409)', async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Éphémère ?' });
    const res = await alice.post(`/api/history/${(await eventOf(q, 'node.create')).id}/revert`);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ action: 'event.revert', before: { id: q }, after: null });
    expect(await nodeExists(q)).toBe(0);

    const kept = await createNode(alice, { kind: 'Question', title: 'Durable ?' });
    await alice.patch(`/api/nodes/${kept}`).set('If-Match', '1').send({ title: 'Très durable ?' });
    const refused = await alice.post(`/api/history/${(await eventOf(kept, 'node.create')).id}/revert`);
    expect(refused.status).toBe(409);
    expect(await nodeExists(kept)).toBe(1);
  });

  it('reverts a delete: same id, same properties, the relationships whose other end still exists', async () => {
    const seed = await createNode(alice, { kind: 'Seed', title: 'Compostage', summary: 'Nos restes' });
    const q1 = await createNode(alice, { kind: 'Question', title: 'Un ?' });
    const q2 = await createNode(alice, { kind: 'Question', title: 'Deux ?' });
    const kept = await createLink(alice, seed, q1, 'GROWS_FROM');
    await createLink(alice, q2, q1, 'REFINES');
    expect((await alice.delete(`/api/nodes/${q1}`)).status).toBe(204);
    expect((await alice.delete(`/api/nodes/${q2}`)).status).toBe(204);
    const deletion = (await history(alice, seed)).find((e) => e.action === 'node.delete');
    const res = await alice.post(`/api/history/${deletion?.id}/revert`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const back = await alice.get(`/api/nodes/${q1}`);
    expect(back.status).toBe(200);
    // version 2: Semis made it `seeded` when the seed's GROWS_FROM came (server/graph-writes/question-status.ts)
    expect(back.body.node).toMatchObject({
      id: q1,
      title: 'Un ?',
      status: 'seeded',
      version: 2,
      createdBy: alice.person.id,
    });
    expect(back.body.relations.map((r: { id: string }) => r.id)).toEqual([kept]);
    expect(res.body.after.relationships.map((r: { id: string }) => r.id)).toEqual([kept]);
    expect(await linkCount()).toBe(1);
  });

  it('reverts a link and an unlink (the same link id comes back)', async () => {
    const a = await createNode(alice, { kind: 'Question', title: 'A ?' });
    const b = await createNode(alice, { kind: 'Question', title: 'B ?' });
    const link = await createLink(alice, a, b, 'ECHOES');
    const made = await alice.post(`/api/history/${(await eventOf(a, 'link.create')).id}/revert`);
    expect(made.status).toBe(201);
    expect(await linkCount()).toBe(0);
    // The answer says what the map drops: the link, by its id (the edge's key), with its ends.
    const dropped = eventSchema.parse(made.body);
    expect(dropped).toMatchObject({
      action: 'event.revert',
      entity: { type: 'link', id: link },
      after: null,
    });
    expect(linkSnapshotSchema.parse(dropped.before)).toEqual({
      id: link,
      source: a,
      target: b,
      relation: 'ECHOES',
      properties: {},
    });

    const again = await createLink(alice, a, b, 'CHALLENGES');
    expect((await alice.delete(`/api/links/${again}`)).status).toBe(204);
    const undone = await alice.post(`/api/history/${(await eventOf(a, 'link.delete')).id}/revert`);
    expect(undone.status).toBe(201);
    // The answer says what the map draws again: the same link, its relation and properties.
    const back = eventSchema.parse(undone.body);
    expect(back).toMatchObject({ action: 'event.revert', entity: { type: 'link', id: again }, before: null });
    expect(linkSnapshotSchema.parse(back.after)).toEqual({
      id: again,
      source: a,
      target: b,
      relation: 'CHALLENGES',
      properties: {},
    });
    expect(await count(db, 'MATCH ()-[r:CHALLENGES {id: $id}]->() RETURN count(r)', { id: again })).toBe(1);
    expect(link).not.toBe(again);
  });

  it("answers a link revert with the link's properties (a stance), for the map to draw it as it was", async () => {
    const r = await createNode(alice, {
      kind: 'Resource',
      title: 'Un article',
      resourceKind: 'web',
      url: 'https://example.org/a',
    });
    const q = await createNode(alice, { kind: 'Question', title: 'Pourquoi ?' });
    const link = await createLink(alice, r, q, 'INFORMS', { stance: 'supports' });
    expect((await alice.delete(`/api/links/${link}`)).status).toBe(204);
    const res = await alice.post(`/api/history/${(await eventOf(q, 'link.delete')).id}/revert`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(linkSnapshotSchema.parse(eventSchema.parse(res.body).after)).toEqual({
      id: link,
      source: r,
      target: q,
      relation: 'INFORMS',
      properties: { stance: 'supports' },
    });
  });

  it("lets a seed's editor and an admin revert, refuses a stranger (403) and a visitor (401)", async () => {
    const seed = await createNode(alice, { kind: 'Seed', title: 'Compostage' });
    const q = await createNode(alice, { kind: 'Question', title: 'Pourquoi ?' });
    await createLink(alice, q, seed, 'EXPLORED_IN');
    const editor = await signUp(app, { name: 'Éditrice' });
    await createLink(alice, editor.person.id, seed, 'HAS_ROLE', { role: 'editor' });
    await alice.patch(`/api/nodes/${q}`).set('If-Match', '1').send({ title: 'Pourquoi donc ?' });
    const edit = await eventOf(q, 'node.edit');

    const before = await fingerprint(db);
    const stranger = await bob.post(`/api/history/${edit.id}/revert`);
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.code).toBe('FORBIDDEN');
    const visitor = await (await anonymous(app)).post(`/api/history/${edit.id}/revert`);
    expect(visitor.status).toBe(401);
    expect(await fingerprint(db)).toBe(before);

    expect((await editor.post(`/api/history/${edit.id}/revert`)).status).toBe(201);
    await alice.patch(`/api/nodes/${q}`).set('If-Match', '3').send({ title: 'Encore ?' });
    const admin = await signUp(app, { admin: true });
    const latest = (await history(alice, q)).find((e) => e.action === 'node.edit' && !e.revertedBy);
    expect((await admin.post(`/api/history/${latest?.id}/revert`)).status).toBe(201);
  });

  it('answers 404 for an unknown event and for one about a node the actor cannot see', async () => {
    const hidden = await createNode(alice, { kind: 'Question', title: 'Secret ?', visibility: 'private' });
    const created = (await history(alice, hidden))[0];
    for (const id of [created?.id, 'no-such-event']) {
      const res = await bob.post(`/api/history/${id}/revert`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect(await nodeExists(hidden)).toBe(1);
  });
});

describe('GET /api/history/mine (undo)', () => {
  it("lists the actor's own events newest first; undoing the latest reverts it", async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Mienne ?' });
    await createNode(bob, { kind: 'Question', title: 'À Bob ?' });
    await alice.patch(`/api/nodes/${q}`).set('If-Match', '1').send({ title: 'Vraiment mienne ?' });
    const mine = historyResponseSchema.parse((await alice.get('/api/history/mine')).body).events;
    expect(mine.map((e) => e.action)).toEqual(['node.edit', 'node.create', 'node.create']);
    expect(mine.every((e) => e.actor.id === alice.person.id)).toBe(true);
    expect(mine[2]?.entity.id).toBe(alice.person.id); // registering created her person

    const undo = await alice.post(`/api/history/${mine[0]?.id}/revert`);
    expect(undo.status).toBe(201);
    expect((await alice.get(`/api/nodes/${q}`)).body.node.title).toBe('Mienne ?');
    const after = (await alice.get('/api/history/mine?limit=2')).body.events;
    expect(after.map((e: { action: string }) => e.action)).toEqual(['event.revert', 'node.edit']);
    expect(after[1].revertedBy).toBe(after[0].id);
  });

  it('answers 401 to a visitor', async () => {
    const res = await (await anonymous(app)).get('/api/history/mine');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });
});
