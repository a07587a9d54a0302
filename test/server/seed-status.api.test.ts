// API tests for a question's status as a consequence of the graph (server/graph-writes/question-status.ts):
// growing a seed from someone else's question makes it `seeded` as an event of Semis itself (the system
// actor), which the grower's undo never picks and only who may edit the question can revert; removing
// the GROWS_FROM link, deleting the seed or undoing the growth moves the status back (to `explored` when
// a seed explores it), and bringing them back makes it `seeded` again — each time a system event.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type HistoryEvent, historyResponseSchema, SYSTEM_ACTOR_ID } from '../../shared/history';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode, fingerprint } from '../support/contribute';
import { count } from '../support/database';
import type { Session } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  people: { author, grower },
} = await apiSuite({ people: { author: { name: 'Autrice' }, grower: { name: 'Jardinier' } } });
let question: string;

beforeEach(async () => {
  question = await createNode(author, { kind: 'Question', title: 'Pourquoi composter ?' });
});

async function grow(title = 'Composteur de quartier') {
  const res = await grower.post('/api/seeds').send({ question, title });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const links = res.body.links as { id: string; relation: string }[];
  return {
    seed: res.body.node.id as string,
    growsFrom: links.find((l) => l.relation === 'GROWS_FROM')?.id ?? '',
  };
}

/** The question as stored: status and version. */
async function stored() {
  const result = await db.read((tx) =>
    tx.run('MATCH (q:Entity {id: $id}) RETURN q.status AS status, q.version AS version', { id: question }),
  );
  const row = result.records[0];
  return { status: row?.get('status'), version: row?.get('version') };
}

async function historyOf(who: Session, id: string): Promise<HistoryEvent[]> {
  const res = await who.get(`/api/nodes/${id}/history`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return historyResponseSchema.parse(res.body).events;
}

/** The question's status events, newest first, as [actor id, before status, after status]. */
async function statusEvents() {
  return (await historyOf(author, question))
    .filter((e) => e.action === 'node.edit' && e.after && 'status' in e.after)
    .map((e) => [e.actor.id, e.before?.status, e.after?.status]);
}

/** "Undo my last action" as the client does it: revert my newest event not reverted, not a revert. */
async function undo(who: Session) {
  const mine = historyResponseSchema.parse((await who.get('/api/history/mine')).body).events;
  const target = mine.find((e) => e.action !== 'event.revert' && !e.revertedBy);
  expect(target).toBeDefined();
  const res = await who.post(`/api/history/${target?.id}/revert`);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return target as HistoryEvent;
}

describe('a seed the question’s readers may not see', () => {
  it('leaves a public question open when the seed is private or members-only', async () => {
    for (const visibility of ['private', 'members']) {
      const res = await grower
        .post('/api/seeds')
        .send({ question, title: `Graine ${visibility}`, visibility });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(await stored()).toEqual({ status: 'open', version: 1 });
    }
    await grow('Graine publique');
    expect((await stored()).status).toBe('seeded');
  });

  it('follows the seed becoming private and public again, and the question going members-only', async () => {
    const { seed } = await grow();
    expect((await stored()).status).toBe('seeded');
    const hide = await grower
      .patch(`/api/nodes/${seed}`)
      .set('If-Match', '1')
      .send({ visibility: 'private' });
    expect(hide.status, JSON.stringify(hide.body)).toBe(200);
    expect((await stored()).status).toBe('open');
    await grower.patch(`/api/nodes/${seed}`).set('If-Match', '2').send({ visibility: 'members' });
    expect((await stored()).status).toBe('open'); // a public question: visitors may not see the seed
    // the question goes members-only: every reader may see the members-only seed; the answer is current
    const version = (await stored()).version;
    const res = await author
      .patch(`/api/nodes/${question}`)
      .set('If-Match', String(version))
      .send({ visibility: 'members' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'seeded', version: (await stored()).version });
  });

  it('a question asked as the founding one of a private seed stays open', async () => {
    const hidden = await createNode(grower, { kind: 'Seed', title: 'Graine cachée', visibility: 'private' });
    const res = await grower.post('/api/questions').send({ title: 'D’où vient-elle ?', foundingOf: hidden });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.node.status).toBe('open');
  });
});

describe('growing a seed from someone else’s question', () => {
  it('needs no right to edit the question; the status change is an event of Semis itself', async () => {
    // the grower may not edit the question…
    const edit = await grower.patch(`/api/nodes/${question}`).set('If-Match', '1').send({ title: 'Non ?' });
    expect([edit.status, edit.body.error.code]).toEqual([403, 'FORBIDDEN']);
    // …but grows a seed from it
    const { seed } = await grow();
    expect(await stored()).toEqual({ status: 'seeded', version: 2 });

    const [latest] = await historyOf(author, question);
    expect(latest).toMatchObject({
      action: 'node.edit',
      actor: { id: SYSTEM_ACTOR_ID, name: 'Semis' },
      entity: { type: 'node', id: question },
      before: { status: 'open', version: 1 },
      after: { status: 'seeded', version: 2 },
    });
    // the grower's own events are the seed and its two links, none about the question's status
    const mine = historyResponseSchema.parse((await grower.get('/api/history/mine')).body).events;
    expect(mine.filter((e) => e.entity.id !== grower.person.id).map((e) => e.action)).toEqual([
      'link.create',
      'link.create',
      'node.create',
    ]);
    expect(mine.some((e) => e.entity.id === question)).toBe(false);
    expect(mine.find((e) => e.action === 'node.create')?.entity.id).toBe(seed);
  });

  it("the grower's undo takes the whole growth back, status included; the status alone is not another's to revert", async () => {
    await grow();
    const system = (await historyOf(author, question)).find((e) => e.actor.id === SYSTEM_ACTOR_ID);
    expect(system?.action).toBe('node.edit');
    // the question's author may not undo the grower's growth through the status Semis set (the seed is not theirs)
    const before = await fingerprint(db);
    const refused = await author.post(`/api/history/${system?.id}/revert`);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect(await fingerprint(db)).toBe(before);

    const undone = await undo(grower);
    expect([undone.action, undone.after?.relation]).toEqual(['link.create', 'HAS_ROLE']);
    expect(await count(db, 'MATCH (s:Seed) RETURN count(s)')).toBe(0);
    expect(await stored()).toEqual({ status: 'open', version: 3 });
    const after = (await historyOf(author, question)).find((e) => e.id === system?.id);
    expect(after?.revertedBy).toBeDefined();
    const again = await grower.post(`/api/history/${system?.id}/revert`);
    expect([again.status, again.body.error.code]).toEqual([409, 'CONFLICT']);
  });
});

describe('the status follows the GROWS_FROM links', () => {
  it('removing the link moves it back, reverting the removal brings it again', async () => {
    const { growsFrom } = await grow();
    const removed = await grower.delete(`/api/links/${growsFrom}`);
    expect(removed.status, JSON.stringify(removed.body)).toBe(204);
    expect(await stored()).toEqual({ status: 'open', version: 3 });

    const mine = historyResponseSchema.parse((await grower.get('/api/history/mine')).body).events;
    expect(mine[0]?.action).toBe('link.delete');
    expect((await grower.post(`/api/history/${mine[0]?.id}/revert`)).status).toBe(201);
    expect(await stored()).toEqual({ status: 'seeded', version: 4 });
    expect(await statusEvents()).toEqual([
      [SYSTEM_ACTOR_ID, 'open', 'seeded'],
      [SYSTEM_ACTOR_ID, 'seeded', 'open'],
      [SYSTEM_ACTOR_ID, 'open', 'seeded'],
    ]);
  });

  it('undoing the growth is one step: seed, links and status go; redoing it makes them again', async () => {
    await grow();
    expect((await undo(grower)).after?.relation).toBe('HAS_ROLE');
    expect(await count(db, 'MATCH (s:Seed) RETURN count(s)')).toBe(0);
    expect(await stored()).toEqual({ status: 'open', version: 3 });
    const mine = historyResponseSchema.parse((await grower.get('/api/history/mine')).body).events;
    expect(mine[0]?.action).toBe('event.revert');
    expect((await grower.post(`/api/history/${mine[0]?.id}/revert`)).status).toBe(201);
    expect(await count(db, 'MATCH (s:Seed) RETURN count(s)')).toBe(1);
    expect(await stored()).toEqual({ status: 'seeded', version: 4 });
  });

  it('deleting the seed moves it back (to explored when a seed explores it); restoring it, seeded again', async () => {
    const other = await createNode(author, { kind: 'Seed', title: 'Jardins partagés' });
    await createLink(author, question, other, 'EXPLORED_IN');
    const { seed } = await grow();
    expect((await grower.delete(`/api/nodes/${seed}`)).status).toBe(204);
    expect(await stored()).toEqual({ status: 'explored', version: 3 });

    const mine = historyResponseSchema.parse((await grower.get('/api/history/mine')).body).events;
    expect(mine[0]?.action).toBe('node.delete');
    expect((await grower.post(`/api/history/${mine[0]?.id}/revert`)).status).toBe(201);
    expect(await stored()).toEqual({ status: 'seeded', version: 4 });
  });

  it('stays seeded while another seed grows from it; a GROWS_FROM made by hand seeds it too', async () => {
    const first = await grow('Première graine');
    await grow('Deuxième graine');
    expect((await grower.delete(`/api/nodes/${first.seed}`)).status).toBe(204);
    expect(await stored()).toEqual({ status: 'seeded', version: 2 });

    const plain = await createNode(author, { kind: 'Question', title: 'Et les feuilles mortes ?' });
    const seed = await createNode(grower, { kind: 'Seed', title: 'Feuilles' });
    await createLink(grower, seed, plain, 'GROWS_FROM');
    const events = await historyOf(author, plain);
    expect(events[0]).toMatchObject({
      actor: { id: SYSTEM_ACTOR_ID },
      before: { status: 'open' },
      after: { status: 'seeded' },
    });
  });
});
