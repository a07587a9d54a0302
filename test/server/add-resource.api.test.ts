// API tests for a web resource added from a question (POST /api/nodes with `informs`): the resource and its
// INFORMS link, with its stance, are one action (both events share the user action id, so one undo takes
// both); an unknown or hidden target is a 404, a target INFORMS does not fit is a 400, and each refusal
// writes nothing.
import { describe, expect, it, vi } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { createNode } from '../support/contribute';
import { count } from '../support/database';

vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  people: { alice, bruno },
} = await apiSuite({ people: { alice: { name: 'Alice Martin' }, bruno: { name: 'Bruno Petit' } } });

const RESOURCE = {
  kind: 'Resource',
  resourceKind: 'web',
  title: 'Atlas des sols',
  url: 'https://example.org/atlas',
};
const resources = () => count(db, "MATCH (r:Resource {title: 'Atlas des sols'}) RETURN count(r)");

describe('POST /api/nodes with informs', () => {
  it('writes the resource and its INFORMS link, with its stance, as one action', async () => {
    const question = await createNode(alice, { kind: 'Question', title: 'Que disent les sols ?' });
    const res = await bruno
      .post('/api/nodes')
      .send({ ...RESOURCE, informs: { target: question, stance: 'supports' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).not.toHaveProperty('informs');
    const link = await db.read((tx) =>
      tx.run(
        `MATCH (r:Resource {id: $id})-[l:INFORMS]->(q:Question {id: $question})
         RETURN l.stance AS stance, l.createdBy AS by`,
        { id: res.body.id, question },
      ),
    );
    expect(link.records.map((r) => [r.get('stance'), r.get('by')])).toEqual([['supports', bruno.person.id]]);
    // the resource's node.create and the link's link.create are the events of one user action
    const actions = await db.read((tx) =>
      tx.run(
        `MATCH (c:Event {action: 'node.create'}) WHERE $id IN c.nodeIds
         MATCH (e:Event {actionId: c.actionId})
         RETURN e.action AS action ORDER BY action`,
        { id: res.body.id },
      ),
    );
    expect(actions.records.map((r) => r.get('action'))).toEqual(['link.create', 'node.create']);

    // one undo takes both
    const mine = await bruno.get('/api/history/mine?limit=1');
    const undo = await bruno.post(`/api/history/${mine.body.events[0].id}/revert`).send();
    expect(undo.status, JSON.stringify(undo.body)).toBe(201);
    expect(await resources()).toBe(0);
    expect(await count(db, 'MATCH (:Resource)-[l:INFORMS]->() RETURN count(l)')).toBe(0);
  });

  it('answers 404 for an unknown or hidden target, 400 for a target INFORMS does not fit; nothing written', async () => {
    const hidden = await createNode(alice, {
      kind: 'Question',
      title: 'Ma question secrète',
      visibility: 'private',
    });
    const events = () => count(db, 'MATCH (e:Event) RETURN count(e)');
    const before = await events();
    const unknown = await bruno.post('/api/nodes').send({ ...RESOURCE, informs: { target: 'q-nowhere' } });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const secret = await bruno.post('/api/nodes').send({ ...RESOURCE, informs: { target: hidden } });
    expect([secret.status, secret.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const person = await bruno.post('/api/nodes').send({ ...RESOURCE, informs: { target: alice.person.id } });
    expect([person.status, person.body.error.code]).toEqual([400, 'RELATION_NOT_ALLOWED']);
    const question = await bruno
      .post('/api/nodes')
      .send({ kind: 'Question', title: 'Et alors ?', informs: { target: hidden } });
    expect([question.status, question.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await resources()).toBe(0);
    expect(await events()).toBe(before);
  });
});
