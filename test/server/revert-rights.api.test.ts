// Reverting a deletion needs the delete right on the node as it was (issue 10 §2): a seed counts as the
// deleted node's seed only when the node's own author (or Semis) linked it there, as for a live node
// (server/db/visibility.ts seedTies). Another seed's author who tied it to their seed may not bring it back.
import { describe, expect, it, vi } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode, fingerprint } from '../support/contribute';
import type { Session } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  people: { asker, gardener },
} = await apiSuite({
  wipe: 'once',
  people: { asker: { name: 'Asker' }, gardener: { name: 'Gardener' } },
  hookTimeout: 300_000,
});

/** A seed whose author (HAS_ROLE author) is the gardener. */
async function gardenersSeed(): Promise<string> {
  const seed = await createNode(gardener, { kind: 'Seed', title: 'Une graine' });
  await db.write((tx) =>
    tx.run(
      `MATCH (p:Entity:Person {id: $person}), (s:Entity:Seed {id: $seed})
       MERGE (p)-[r:HAS_ROLE {role: 'author'}]->(s)
       ON CREATE SET r.id = $seed + '-author', r.createdBy = $person, r.createdAt = datetime()`,
      { person: gardener.person.id, seed },
    ),
  );
  return seed;
}

/** The asker's question tied to the gardener's seed by `tier`, then deleted by the asker. */
async function deletedQuestion(tier: Session): Promise<{ question: string; deleteEvent: string }> {
  const seed = await gardenersSeed();
  const question = await createNode(asker, { kind: 'Question', title: 'Pourquoi donc ?' });
  await createLink(tier, question, seed, 'EXPLORED_IN');
  expect((await asker.delete(`/api/nodes/${question}`)).status).toBe(204);
  const events = (await asker.get('/api/history/mine').query({ limit: 5 })).body.events as {
    id: string;
    action: string;
    entity: { id: string };
  }[];
  const deleted = events.find((e) => e.action === 'node.delete' && e.entity.id === question);
  expect(deleted).toBeDefined();
  return { question, deleteEvent: deleted?.id ?? '' };
}

describe('reverting a deletion', () => {
  it("refuses (403) a seed's author who tied the node to their seed themself, writing nothing", async () => {
    const { question, deleteEvent } = await deletedQuestion(gardener);
    const before = await fingerprint(db);
    const res = await gardener.post(`/api/history/${deleteEvent}/revert`);
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(await fingerprint(db)).toBe(before);
    expect((await asker.get(`/api/nodes/${question}`)).status).toBe(404);
  });

  it("lets the seed's author bring it back when the node's own author tied it to the seed", async () => {
    const { question, deleteEvent } = await deletedQuestion(asker);
    const res = await gardener.post(`/api/history/${deleteEvent}/revert`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const back = await asker.get(`/api/nodes/${question}`);
    expect(back.status).toBe(200);
    expect(back.body.node.title).toBe('Pourquoi donc ?');
  });
});
