// API tests for stigmergic traces and next-action hints (issue 13 §4): each hint kind found exactly on a
// small graph built through the API, a private node neither named nor counted for a visitor (nor does a
// hidden resource inform a question for them) but for its author, `since` respected, a bad date refused
// with nothing written; traces: each node's newest visible event, a hidden node absent.
import { describe, expect, it, vi } from 'vitest';
import { type HintKind, hintsResponseSchema, tracesResponseSchema } from '../../shared/hints';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode, fingerprint } from '../support/contribute';
import { anonymous, type Client } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const {
  db,
  app,
  people: { alice, bob },
} = await apiSuite({
  app: { traceHalfLifeDays: 3 },
  people: { alice: { name: 'Alice' }, bob: { name: 'Bob' } },
});

async function hints(who: Client, query = '') {
  const res = await who.get(`/api/hints?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return hintsResponseSchema.parse(res.body);
}

/** The node ids of one kind, in the answer's order. */
const idsOf = (answer: { hints: { kind: HintKind; nodeId: string }[] }, kind: HintKind) =>
  answer.hints.filter((h) => h.kind === kind).map((h) => h.nodeId);

const question = (who: Client, title: string, extra: Record<string, unknown> = {}) =>
  createNode(who, { kind: 'Question', title, ...extra });
const pause = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

/** The newest time among the events of these entities, or (`concerning`) of every event naming this node. */
async function newestEventAt(ids: string[], concerning?: string): Promise<string> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (e:Event) WHERE e.entityId IN $ids OR $concerning IN e.nodeIds
       RETURN toString(max(e.at)) AS at`,
      { ids, concerning: concerning ?? null },
    ),
  );
  return new Date(String(result.records[0]?.get('at')).replace(/\[.*\]$/, '')).toISOString();
}

describe('GET /api/hints', () => {
  it('finds each kind exactly, with titles, node kinds, the one stance taken, and counts', async () => {
    const informed = await question(alice, 'Qui arrose ?');
    const alone = await question(alice, 'Que planter ?');
    const oneSided = await question(alice, 'Faut-il pailler ?');
    const debated = await question(alice, 'Faut-il labourer ?');
    await createNode(alice, {
      kind: 'Resource',
      title: 'Guide de l’arrosage',
      resourceKind: 'web',
      url: 'https://example.org/arrosage',
      informs: { target: informed, stance: 'supports' },
    });
    const lonelySeed = await createNode(alice, { kind: 'Seed', title: 'Graine du potager' });
    const animated = await createNode(alice, { kind: 'Seed', title: 'Graine du verger' });
    await createLink(alice, alice.person.id, animated, 'HAS_ROLE', { role: 'animator' });
    await createLink(alice, alice.person.id, oneSided, 'TAKES_STANCE', { stance: 'supports' });
    await createLink(bob, bob.person.id, oneSided, 'TAKES_STANCE', { stance: 'supports' });
    await createLink(alice, alice.person.id, debated, 'TAKES_STANCE', { stance: 'supports' });
    await createLink(bob, bob.person.id, debated, 'TAKES_STANCE', { stance: 'challenges' });
    const prompting = await createNode(alice, {
      kind: 'Resource',
      title: 'Photo du compost',
      resourceKind: 'photo',
    });
    const idle = await createNode(alice, {
      kind: 'Resource',
      title: 'Photo de la haie',
      resourceKind: 'photo',
    });
    await createLink(alice, prompting, alone, 'PROMPTED');

    const answer = await hints(await anonymous(app));
    expect(idsOf(answer, 'question-without-resource')).toEqual([alone, oneSided, debated]);
    expect(idsOf(answer, 'seed-without-animator')).toEqual([lonelySeed]);
    expect(idsOf(answer, 'one-sided-stances')).toEqual([oneSided]);
    expect(idsOf(answer, 'photo-without-question')).toEqual([idle]);
    // every question was asked just now: none stood 30 days ago
    expect(idsOf(answer, 'unanswered-question')).toEqual([]);
    expect(answer.counts).toEqual({
      'question-without-resource': 3,
      'seed-without-animator': 1,
      'one-sided-stances': 1,
      'photo-without-question': 1,
      'unanswered-question': 0,
    });
    expect(answer.hints.find((h) => h.kind === 'one-sided-stances')).toEqual({
      kind: 'one-sided-stances',
      nodeId: oneSided,
      title: 'Faut-il pailler ?',
      nodeKind: 'Question',
      detail: 'supports',
    });
    expect(answer.hints.find((h) => h.kind === 'photo-without-question')).toEqual({
      kind: 'photo-without-question',
      nodeId: idle,
      title: 'Photo de la haie',
      nodeKind: 'Resource',
    });

    // `limit` cuts each kind's list, never its count
    const one = await hints(alice, 'limit=1');
    expect(idsOf(one, 'question-without-resource')).toEqual([alone]);
    expect(one.counts['question-without-resource']).toBe(3);
  });

  it('neither names nor counts a private node for a visitor or another member, but does for its author', async () => {
    const open = await question(alice, 'Où composter ?');
    const secret = await question(alice, 'Question privée ?', { visibility: 'private' });
    // a private resource informs the open question: only for those who can see it
    await createNode(alice, {
      kind: 'Resource',
      title: 'Notes privées',
      resourceKind: 'web',
      url: 'https://example.org/notes',
      visibility: 'private',
      informs: { target: open },
    });
    const secretSeed = await createNode(alice, {
      kind: 'Seed',
      title: 'Graine privée',
      visibility: 'private',
    });

    for (const reader of [await anonymous(app), bob]) {
      const answer = await hints(reader);
      expect(idsOf(answer, 'question-without-resource')).toEqual([open]);
      expect(answer.counts['question-without-resource']).toBe(1);
      expect(answer.counts['seed-without-animator']).toBe(0);
      expect(answer.counts['photo-without-question']).toBe(0);
      expect(JSON.stringify(answer)).not.toContain('privé');
    }
    const mine = await hints(alice);
    expect(idsOf(mine, 'question-without-resource')).toEqual([secret]);
    expect(idsOf(mine, 'seed-without-animator')).toEqual([secretSeed]);
    expect(mine.counts['question-without-resource']).toBe(1);
  });

  it('unanswered-question: questions that stood at `since` with no answer made after it', async () => {
    const beforeAll = new Date(Date.now() - 1_000).toISOString();
    const byResource = await question(alice, 'Quand semer ?');
    const byQuestion = await question(alice, 'Comment semer ?');
    const unanswered = await question(alice, 'Pourquoi semer ?');
    const hidden = await question(alice, 'Avec qui semer ?');
    await pause();
    const t0 = new Date().toISOString();
    await pause();
    await createNode(alice, {
      kind: 'Resource',
      title: 'Calendrier',
      resourceKind: 'web',
      url: 'https://example.org/calendrier',
      informs: { target: byResource },
    });
    const refining = await question(bob, 'Comment semer en hiver ?');
    await createLink(bob, refining, byQuestion, 'REFINES');
    // an answer only its author may see answers only for her
    await createNode(alice, {
      kind: 'Resource',
      title: 'Carnet',
      resourceKind: 'web',
      url: 'https://example.org/carnet',
      visibility: 'private',
      informs: { target: hidden },
    });
    await pause();
    const t1 = new Date().toISOString();

    const visitor = await anonymous(app);
    expect(idsOf(await hints(visitor, `since=${encodeURIComponent(t0)}`), 'unanswered-question')).toEqual([
      unanswered,
      hidden,
    ]);
    expect(idsOf(await hints(alice, `since=${encodeURIComponent(t0)}`), 'unanswered-question')).toEqual([
      unanswered,
    ]);
    const later = await hints(visitor, `since=${encodeURIComponent(t1)}`);
    expect(idsOf(later, 'unanswered-question')).toEqual([
      byResource,
      byQuestion,
      unanswered,
      hidden,
      refining,
    ]);
    expect(later.counts['unanswered-question']).toBe(5);
    expect(
      idsOf(await hints(visitor, `since=${encodeURIComponent(beforeAll)}`), 'unanswered-question'),
    ).toEqual([]);
    // a day alone means its end: tomorrow, every question stands and nothing was made since
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await hints(visitor, `since=${tomorrow}`)).counts['unanswered-question']).toBe(5);
  });

  it('400 VALIDATION_FAILED naming `since` for a date that is not one, with nothing written', async () => {
    await question(alice, 'Une question ?');
    const before = await fingerprint(db);
    for (const since of ['hier', '2025-02-29', '2026-05-01T10:00:00', '']) {
      const res = await alice.get(`/api/hints?since=${encodeURIComponent(since)}`);
      expect(res.status, since).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body)).toContain('since');
    }
    const unknown = await alice.get('/api/hints?kind=seed');
    expect(unknown.status).toBe(400);
    expect(await fingerprint(db)).toBe(before);
  });
});

describe('GET /api/traces', () => {
  it("gives each visible node's newest visible event time, the half-life, and leaves hidden nodes out", async () => {
    const q = await question(alice, 'Qui récolte ?');
    await pause();
    const other = await question(bob, 'Qui mange ?');
    await pause();
    const link = await createLink(bob, other, q, 'ECHOES');
    await pause();
    const secret = await question(alice, 'Secret ?', { visibility: 'private' });
    await pause();
    // a link to a private resource: an event the visitor may not see
    const res = await alice.post('/api/nodes').send({
      kind: 'Resource',
      title: 'Privée',
      resourceKind: 'web',
      url: 'https://example.org/p',
      visibility: 'private',
      informs: { target: q },
    });
    expect(res.status).toBe(201);
    const privateResource = res.body.id as string;

    const visitorRes = await (await anonymous(app)).get('/api/traces');
    expect(visitorRes.status).toBe(200);
    const visitor = tracesResponseSchema.parse(visitorRes.body);
    expect(visitor.halfLifeDays).toBe(3);
    const seen = new Map(visitor.nodes.map((n) => [n.id, n.lastAt]));
    expect(seen.get(q)).toBe(await newestEventAt([link]));
    expect(seen.get(other)).toBe(await newestEventAt([link]));
    expect(seen.has(secret)).toBe(false);
    expect(seen.has(privateResource)).toBe(false);

    const mine = new Map(
      tracesResponseSchema.parse((await alice.get('/api/traces')).body).nodes.map((n) => [n.id, n.lastAt]),
    );
    expect(mine.get(secret)).toBe(await newestEventAt([secret]));
    // for her, the private resource's link is q's newest event
    expect(mine.get(q)).toBe(await newestEventAt([], q));
    expect(String(mine.get(q)) > String(seen.get(q))).toBe(true);
    expect((await alice.get('/api/traces?x=1')).status).toBe(400);
  });
});
