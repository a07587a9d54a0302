// API tests for POST /api/questions/suggestions: ranking on a small French fixture, the reasons, the
// duplicate threshold (accents, case, punctuation), context boosts (selection, community), visibility
// (a hidden question is never suggested, a hidden context node is the same as an unknown one), bad input.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_BOOST, DUPLICATE_THRESHOLD } from '../../server/questions/ranking';
import { apiSuite } from '../support/api-suite';
import { insertGraph } from '../support/graph-fixture';
import { anonymous, type Client, type Session, signUp } from '../support/session';

const { db, app } = await apiSuite({ wipe: 'once' });
let visitor: Client;
let member: Session;

beforeAll(async () => {
  visitor = await anonymous(app);
  member = await signUp(app);
  await insertGraph(
    db,
    [
      { id: 'q-dechets', kind: 'Question', title: 'Pourquoi composter nos déchets de cuisine ?' },
      { id: 'q-appart', kind: 'Question', title: 'Comment composter en appartement ?' },
      {
        id: 'q-restes',
        kind: 'Question',
        title: 'Que faire de nos restes alimentaires ?',
        body: 'Composter les déchets de cuisine, nourrir des poules, donner aux voisins.',
      },
      { id: 'q-jardin', kind: 'Question', title: 'Comment organiser un jardin partagé ?' },
      { id: 'q-abeilles', kind: 'Question', title: 'Quelle place pour les abeilles en ville ?' },
      {
        id: 'q-membres',
        kind: 'Question',
        title: 'Pourquoi composter nos déchets de cuisine ?',
        visibility: 'members',
      },
      {
        id: 'q-prive',
        kind: 'Question',
        title: 'Faut-il composter les déchets de cuisine ?',
        visibility: 'private',
      },
      {
        id: 's-compost',
        kind: 'Seed',
        title: 'Compostage de quartier',
        summary: 'Un bac partagé au pied des immeubles.',
      },
      { id: 's-jardins', kind: 'Seed', title: 'Jardins partagés', summary: 'Cultiver ensemble.' },
      { id: 's-cache', kind: 'Seed', title: 'Compost caché', visibility: 'members' },
      { id: 'c-quartier', kind: 'Community', title: 'Voisins du quartier' },
      { id: 'c-cachee', kind: 'Community', title: 'Cercle privé', visibility: 'members' },
    ],
    [
      ['s-compost', 'GROWS_FROM', 'q-dechets'],
      ['s-cache', 'GROWS_FROM', 'q-dechets'],
      ['q-appart', 'EXPLORED_IN', 's-compost'],
      ['s-jardins', 'GROWS_FROM', 'q-jardin'],
      ['q-abeilles', 'REFINES', 'q-jardin'],
      ['c-quartier', 'GATHERS', 's-jardins'],
      ['c-cachee', 'GATHERS', 's-compost'],
    ],
  );
});

async function suggest(body: Record<string, unknown>, as: Client = visitor) {
  const res = await as.post('/api/questions/suggestions').send(body);
  expect(res.status).toBe(200);
  return res.body.suggestions as {
    id: string;
    kind: string;
    title: string;
    score: number;
    reasons: string[];
    likelyDuplicate: boolean;
  }[];
}

/** [id, score, reasons, likelyDuplicate] rows, for exact comparisons. */
const rows = (list: Awaited<ReturnType<typeof suggest>>) =>
  list.map((s) => [s.id, s.score, s.reasons.join(','), s.likelyDuplicate]);

const ABEILLES = 'Comment accueillir des abeilles au jardin ?';

describe('POST /api/questions/suggestions', () => {
  it('ranks by score: the same question first (a likely duplicate), the seed it grew, then body and word matches', async () => {
    const list = await suggest({ text: 'Pourquoi composter nos déchets de cuisine ?' });
    expect(rows(list)).toEqual([
      ['q-dechets', 1, 'similar-text', true],
      ['s-compost', 0.9, 'seed-of-similar', false],
      ['q-restes', 0.375, 'similar-text', false],
      ['q-appart', 0.358, 'similar-text', false],
    ]);
    expect(list[0]).toEqual({
      id: 'q-dechets',
      kind: 'Question',
      title: 'Pourquoi composter nos déchets de cuisine ?',
      score: 1,
      reasons: ['similar-text'],
      likelyDuplicate: true,
    });
  });

  it('sees through case, accents and punctuation: still the same question', async () => {
    const list = await suggest({ text: 'pourquoi COMPOSTER nos dechets de cuisine' });
    expect(rows(list)[0]).toEqual(['q-dechets', 1, 'similar-text', true]);
  });

  it('marks a duplicate only at DUPLICATE_THRESHOLD (0.69, calibrated): 0.839 and 0.73 are, 0.404 is not', async () => {
    expect(DUPLICATE_THRESHOLD).toBe(0.69);
    const broader = await suggest({ text: 'Pourquoi composter nos déchets ?' });
    expect(rows(broader)[0]).toEqual(['q-dechets', 0.839, 'similar-text', true]);
    const other = await suggest({ text: 'Pourquoi composter les déchets du jardin ?' });
    expect(rows(other)[0]).toEqual(['q-dechets', 0.73, 'similar-text', true]);
    expect(rows(await suggest({ text: ABEILLES }))[0]).toEqual(['q-jardin', 0.404, 'similar-text', false]);
  });

  it('without context, ranks on the text alone', async () => {
    expect(rows(await suggest({ text: ABEILLES }))).toEqual([
      ['q-jardin', 0.404, 'similar-text', false],
      ['s-jardins', 0.364, 'similar-text,seed-of-similar', false],
      ['q-abeilles', 0.316, 'similar-text', false],
    ]);
  });

  it('boosts what is linked to the selection (and the selection itself) by CONTEXT_BOOST: a new order', async () => {
    expect(CONTEXT_BOOST).toBe(0.15);
    expect(rows(await suggest({ text: ABEILLES, context: { selected: 'q-abeilles' } }))).toEqual([
      ['q-jardin', 0.554, 'similar-text,linked-to-selection', false],
      ['q-abeilles', 0.466, 'similar-text,linked-to-selection', false],
      ['s-jardins', 0.364, 'similar-text,seed-of-similar', false],
    ]);
  });

  it('offers what the selection links to even with other words (the boost on a low text score)', async () => {
    const list = await suggest({ text: ABEILLES, context: { selected: 's-compost' } });
    expect(rows(list)).toEqual([
      ['q-jardin', 0.404, 'similar-text', false],
      ['s-jardins', 0.364, 'similar-text,seed-of-similar', false],
      ['q-appart', 0.358, 'linked-to-selection', false],
      ['q-abeilles', 0.316, 'similar-text', false],
      ['s-compost', 0.196, 'linked-to-selection', false],
      ['q-dechets', 0.189, 'linked-to-selection', false],
    ]);
  });

  it('boosts the seeds a community gathers and their questions, with the reason in-community', async () => {
    expect(rows(await suggest({ text: ABEILLES, context: { community: 'c-quartier' } }))).toEqual([
      ['q-jardin', 0.554, 'similar-text,in-community', false],
      ['s-jardins', 0.514, 'similar-text,in-community,seed-of-similar', false],
      ['q-abeilles', 0.316, 'similar-text', false],
    ]);
  });

  it('honours the limit', async () => {
    expect(rows(await suggest({ text: ABEILLES, limit: 1 }))).toEqual([
      ['q-jardin', 0.404, 'similar-text', false],
    ]);
  });

  it('suggests no members-only or private question or seed to a visitor', async () => {
    const list = await suggest({ text: 'Faut-il composter les déchets de cuisine ?', limit: 20 });
    const ids = list.map((s) => s.id);
    expect(ids).not.toContain('q-membres');
    expect(ids).not.toContain('q-prive');
    expect(ids).not.toContain('s-cache');
    expect(ids).toEqual(['q-dechets', 's-compost', 'q-restes', 'q-appart']);
  });

  it('suggests members-only nodes to a member, and a private one to its author only', async () => {
    await insertGraph(db, [
      {
        id: 'q-mien',
        kind: 'Question',
        title: 'Faut-il composter les déchets du jardin ?',
        visibility: 'private',
        createdBy: member.person.id,
      },
    ]);
    const ids = (
      await suggest({ text: 'Faut-il composter les déchets de cuisine ?', limit: 20 }, member)
    ).map((s) => s.id);
    expect(ids).toContain('q-membres');
    expect(ids).toContain('s-cache');
    expect(ids).toContain('q-mien');
    expect(ids).not.toContain('q-prive');
    const other = await signUp(app);
    const theirs = (
      await suggest({ text: 'Faut-il composter les déchets de cuisine ?', limit: 20 }, other)
    ).map((s) => s.id);
    expect(theirs).toContain('q-membres');
    expect(theirs).not.toContain('q-mien');
    const visitors = (await suggest({ text: 'Faut-il composter les déchets de cuisine ?', limit: 20 })).map(
      (s) => s.id,
    );
    expect(visitors).not.toContain('q-mien');
    await db.write((tx) => tx.run("MATCH (n:Entity {id: 'q-mien'}) DETACH DELETE n"));
  });

  it('lets a member use a members-only context node the visitor cannot', async () => {
    const list = await suggest({ text: ABEILLES, context: { community: 'c-cachee' } }, member);
    expect(list.find((s) => s.id === 's-compost')?.reasons).toEqual(['in-community']);
  });

  it('is a POST like any other: refused without the CSRF token', async () => {
    const res = await request(app).post('/api/questions/suggestions').send({ text: ABEILLES });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_FAILED');
  });

  it('treats a hidden context node exactly like an unknown one (nothing reached through it)', async () => {
    const none = await suggest({ text: ABEILLES });
    const hiddenCommunity = await suggest({ text: ABEILLES, context: { community: 'c-cachee' } });
    const unknownCommunity = await suggest({ text: ABEILLES, context: { community: 'c-inconnue' } });
    const hiddenSelection = await suggest({ text: ABEILLES, context: { selected: 's-cache' } });
    const unknownSelection = await suggest({ text: ABEILLES, context: { selected: 'nowhere' } });
    expect(hiddenCommunity).toEqual(none);
    expect(unknownCommunity).toEqual(none);
    expect(hiddenSelection).toEqual(none);
    expect(unknownSelection).toEqual(none);
  });

  it('answers an empty list when nothing is close, and when the text names no subject', async () => {
    expect(await suggest({ text: 'Quelle heure est-il à Tokyo ?' })).toEqual([]);
    expect(await suggest({ text: 'Pourquoi pas ?' })).toEqual([]);
  });

  it('searches Lucene syntax as text (never a 500)', async () => {
    expect(await suggest({ text: 'composter AND (title:* OR "~' })).toEqual(
      await suggest({ text: 'composter and title or' }),
    );
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ text: 'ab' }, 'text'],
      [{ text: 'Pourquoi composter ?', limit: 50 }, 'limit'],
      [{ text: 'Pourquoi composter ?', lang: 'de' }, 'lang'],
      [{ text: 'Pourquoi composter ?', context: { selected: 'a b' } }, 'context.selected'],
      [{ text: 'Pourquoi composter ?', extra: 1 }, ''],
    ];
    for (const [body, field] of cases) {
      const res = await visitor.post('/api/questions/suggestions').send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([field]);
    }
  });
});
