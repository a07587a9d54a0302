// A seed's roles reach the nodes linked to it only through links their own authors made: linking is open
// to every member, so linking someone else's node (or seed) to my seed must not hand it to me. And a
// revert cannot bring back a role the reverter may not give.
import { describe, expect, it, vi } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode, fingerprint } from '../support/contribute';

vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  people: { victim, mallory },
} = await apiSuite({ people: { victim: { name: 'Véronique' }, mallory: { name: 'Mallory' } } });

describe('seed authority over linked nodes', () => {
  it("linking someone else's question to my seed gives me no right to edit or delete it", async () => {
    const question = await createNode(victim, { kind: 'Question', title: 'À qui est cette question ?' });
    const mySeed = await createNode(mallory, { kind: 'Seed', title: 'Ma graine' });
    await createLink(mallory, mallory.person.id, mySeed, 'HAS_ROLE', { role: 'author' });
    await createLink(mallory, question, mySeed, 'EXPLORED_IN');
    const before = await fingerprint(db);
    const edit = await mallory
      .patch(`/api/nodes/${question}`)
      .set('If-Match', '1')
      .send({ title: 'Volée ?' });
    expect(edit.status).toBe(403);
    expect(edit.body.error.code).toBe('FORBIDDEN');
    expect((await mallory.delete(`/api/nodes/${question}`)).status).toBe(403);
    expect(await fingerprint(db)).toBe(before);
  });

  it('the authors of a seed still edit a question its own author put in the seed', async () => {
    const seed = await createNode(victim, { kind: 'Seed', title: 'Graine commune' });
    await createLink(victim, victim.person.id, seed, 'HAS_ROLE', { role: 'author' });
    const question = await createNode(mallory, { kind: 'Question', title: 'Ma question dans ta graine ?' });
    await createLink(mallory, question, seed, 'EXPLORED_IN');
    const edit = await victim
      .patch(`/api/nodes/${question}`)
      .set('If-Match', '1')
      .send({ title: 'Affinée ?' });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
  });

  it('deriving my seed from yours does not let me give myself a role in yours', async () => {
    const theirSeed = await createNode(victim, { kind: 'Seed', title: 'Leur graine' });
    const mySeed = await createNode(mallory, { kind: 'Seed', title: 'Ma graine dérivée' });
    await createLink(mallory, mallory.person.id, mySeed, 'HAS_ROLE', { role: 'author' });
    await createLink(mallory, mySeed, theirSeed, 'DERIVED_FROM');
    const before = await fingerprint(db);
    const grab = await mallory.post('/api/links').send({
      source: mallory.person.id,
      target: theirSeed,
      relation: 'HAS_ROLE',
      properties: { role: 'author' },
    });
    expect(grab.status).toBe(403);
    expect(await fingerprint(db)).toBe(before);
  });
});
