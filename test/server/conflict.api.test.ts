// API tests for what a stale edit's 412 says about the change it missed (details.lastChange): when, and
// who — a person the reader may see by id and public name, nobody named when that person is hidden from
// the reader (never an email), Semis itself for a status that followed a seed; null when nothing was
// recorded.
import { describe, expect, it, vi } from 'vitest';
import { nodeConflictDetailsSchema } from '../../shared/api';
import { apiSuite } from '../support/api-suite';
import { createNode } from '../support/contribute';
import { insertGraph } from '../support/graph-fixture';

vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  people: { alice, admin },
} = await apiSuite({
  people: { alice: { name: 'Alice Martin' }, admin: { name: 'Marie Curie', admin: true } },
});

/** Alice's edit from version 1 of `id`, after someone else's: the 412 and its parsed details. */
async function staleEdit(id: string) {
  const res = await alice.patch(`/api/nodes/${id}`).set('If-Match', '1').send({ body: 'Ma version.' });
  expect(res.status, JSON.stringify(res.body)).toBe(412);
  return { raw: JSON.stringify(res.body), details: nodeConflictDetailsSchema.parse(res.body.error.details) };
}

/** When the node's newest event happened, as stored. */
async function lastEventAt(id: string): Promise<string> {
  const res = await alice.get(`/api/nodes/${id}/history?limit=1`);
  return res.body.events[0].at as string;
}

describe('PATCH /api/nodes/:id, stale: details.lastChange', () => {
  it('names the person who changed it, with the time of the change, never an email', async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Pourquoi semer ?' });
    const theirs = await admin
      .patch(`/api/nodes/${q}`)
      .set('If-Match', '1')
      .send({ title: 'Pourquoi semer tôt ?' });
    expect(theirs.status).toBe(200);
    const { raw, details } = await staleEdit(q);
    expect(details.currentVersion).toBe(2);
    expect(details.lastChange).toEqual({
      at: await lastEventAt(q),
      by: { kind: 'person', id: admin.person.id, name: 'Marie Curie' },
    });
    expect(Number.isNaN(Date.parse(details.lastChange?.at ?? ''))).toBe(false);
    expect(raw).not.toContain(admin.email);
    expect(raw).not.toContain('@');
  });

  it('names nobody when the reader may not see that person', async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Pourquoi semer ?' });
    // the admin's own person becomes private: Alice no longer sees it (404 like an unknown id)
    const hide = await admin
      .patch(`/api/nodes/${admin.person.id}`)
      .set('If-Match', '1')
      .send({ visibility: 'private' });
    expect(hide.status, JSON.stringify(hide.body)).toBe(200);
    expect((await alice.get(`/api/nodes/${admin.person.id}`)).status).toBe(404);
    await admin.patch(`/api/nodes/${q}`).set('If-Match', '1').send({ title: 'Pourquoi semer tôt ?' });

    const { raw, details } = await staleEdit(q);
    expect(details.lastChange).toEqual({ at: await lastEventAt(q), by: null });
    expect(raw).not.toContain(admin.person.id);
    expect(raw).not.toContain('Marie Curie');
  });

  it('says Semis itself changed it when a seed grew from the question meanwhile', async () => {
    const q = await createNode(alice, { kind: 'Question', title: 'Pourquoi semer ?' });
    expect((await admin.post('/api/seeds').send({ question: q, title: 'Semis précoces' })).status).toBe(201);
    const { details } = await staleEdit(q);
    expect(details.current.node).toMatchObject({ status: 'seeded', version: 2 });
    expect(details.lastChange).toEqual({ at: await lastEventAt(q), by: { kind: 'system' } });
  });

  it('is null for a node no event recorded (the demo landscape)', async () => {
    await insertGraph(db, [{ id: 'q-demo', kind: 'Question', title: 'Question du paysage ?' }]);
    await db.write((tx) => tx.run("MATCH (n:Entity {id: 'q-demo'}) SET n.version = 2")); // changed, unrecorded
    const res = await admin.patch('/api/nodes/q-demo').set('If-Match', '1').send({ body: 'Trop tard.' });
    expect(res.status).toBe(412);
    expect(nodeConflictDetailsSchema.parse(res.body.error.details).lastChange).toBeNull();
  });
});
