// API tests for full-text search: the French analyzer (plurals, accents), Lucene syntax searched as
// text (never a 500), kinds filter, visibility, limits and bad input.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrations';
import { apiSuite } from '../support/api-suite';
import { signUp } from '../support/session';

const { db, app } = await apiSuite({ wipe: 'once' });
const ids: Record<string, string> = {};

beforeAll(async () => {
  const nodes = {
    graines: {
      kind: 'Seed',
      title: 'Les graines de connaissance',
      title_en: 'Knowledge seeds',
      summary: 'Chaque question devient une graine.',
    },
    compost: {
      kind: 'Seed',
      title: 'Compostage',
      body: 'Transformer nos restes en terre fertile, ensemble, au pied des immeubles.',
    },
    demarche: { kind: 'Question', title: 'Quelle démarche pour apprendre ensemble ?' },
    operators: { kind: 'Question', title: 'Que veut dire AND (ou title:) dans une recherche ?' },
    hidden: { kind: 'Question', title: 'Compostage secret entre membres ?', visibility: 'members' },
  };
  const member = await signUp(app);
  for (const [name, body] of Object.entries(nodes)) {
    const res = await member.post('/api/nodes').send(body);
    expect(res.status).toBe(201);
    ids[name] = res.body.id;
  }
  await migrate(db); // waits for the full-text index to catch up
});

const search = (query: Record<string, string>) => request(app).get('/api/search').query(query);

describe('GET /api/search', () => {
  it('finds "Les graines de connaissance" from "graine" (French stemming)', async () => {
    const res = await search({ q: 'graine' });
    expect(res.status).toBe(200);
    expect(res.body.hits[0]).toMatchObject({
      id: ids.graines,
      kind: 'Seed',
      title: 'Les graines de connaissance',
    });
    expect(res.body.hits[0].score).toBeGreaterThan(0);
  });

  it('finds the compostage seed, with a snippet of its text', async () => {
    const res = await search({ q: 'compostage' });
    expect(res.body.hits.map((h: { id: string }) => h.id)).toEqual([ids.compost]);
    expect(res.body.hits[0].snippet).toBe(
      'Transformer nos restes en terre fertile, ensemble, au pied des immeubles.',
    );
  });

  it('finds "démarche" from "demarche" without the accent', async () => {
    const res = await search({ q: 'demarche' });
    expect(res.body.hits.map((h: { id: string }) => h.id)).toEqual([ids.demarche]);
  });

  it('matches the last word as a prefix while typing', async () => {
    const res = await search({ q: 'compos' });
    expect(res.body.hits.map((h: { id: string }) => h.id)).toEqual([ids.compost]);
  });

  it('gives titles in the requested language', async () => {
    const res = await search({ q: 'graines', lang: 'en' });
    expect(res.body.hits[0]).toMatchObject({ id: ids.graines, title: 'Knowledge seeds' });
  });

  it.each(['"AND (', 'title:', '*~?', 'AND', 'OR NOT', '\\', '[x TO y]', 'a:b:c ~2 ^3 {}'])(
    'searches Lucene syntax %j as text, never a 500',
    async (q) => {
      const res = await search({ q });
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body.hits)).toBe(true);
    },
  );

  it('finds text that contains operator characters', async () => {
    const res = await search({ q: 'title: AND (' });
    expect(res.body.hits.map((h: { id: string }) => h.id)).toContain(ids.operators);
  });

  it('filters by kind and respects the limit', async () => {
    const seeds = await search({ q: 'compostage graine', kinds: 'Question' });
    expect(seeds.body.hits).toEqual([]);
    const limited = await search({ q: 'ensemble', limit: '1' });
    expect(limited.body.hits).toHaveLength(1);
  });

  it('never returns a node hidden from the reader', async () => {
    const res = await search({ q: 'secret membres' });
    expect(res.body.hits).toEqual([]);
  });

  it.each([
    [{}, 'q'],
    [{ q: '   ' }, 'q'],
    [{ q: 'x'.repeat(201) }, 'q'],
    [{ q: 'ok', limit: '0' }, 'limit'],
    [{ q: 'ok', limit: 'many' }, 'limit'],
    [{ q: 'ok', kinds: 'Planet' }, 'kinds'],
    [{ q: 'ok', lang: 'de' }, 'lang'],
    [{ q: 'ok', sort: 'x' }, 'sort'],
  ])('refuses %j with 400 naming %s', async (query, field) => {
    const res = await search(query as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toContain(field);
  });
});

describe('GET /api/search: the tolerant fallback when exact terms find little', () => {
  const more: Record<string, string> = {};
  beforeAll(async () => {
    const member = await signUp(app);
    for (const [name, body] of Object.entries({
      exact: { kind: 'Question', title: 'Une photographie de quartier dit-elle vrai ?' },
      form: {
        kind: 'Seed',
        title: '36 photos',
        summary: 'Photographier ce qui, près de nous, nous questionne.',
      },
    })) {
      const res = await member.post('/api/nodes').send(body);
      expect(res.status).toBe(201);
      more[name] = res.body.id;
    }
    await migrate(db);
  });

  it('"photographie" finds the node that says "photographier", after the exact match', async () => {
    const res = await search({ q: 'photographie' });
    expect(res.status).toBe(200);
    const hits: { id: string; score: number }[] = res.body.hits;
    expect(hits.map((h) => h.id)).toEqual([more.exact, more.form]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Number.POSITIVE_INFINITY);
  });

  it('finds through one typo and without accents ("compostge", "photographié" → the exact forms)', async () => {
    expect((await search({ q: 'compostge' })).body.hits.map((h: { id: string }) => h.id)).toEqual([
      ids.compost,
    ]);
    const accented = (await search({ q: 'photographiér' })).body.hits.map((h: { id: string }) => h.id);
    expect(accented).toContain(more.form);
  });

  it('never shows a hidden node through the fallback ("compostage secrt" is the members-only question)', async () => {
    expect((await search({ q: 'compostage secrt' })).body.hits).toEqual([]);
  });
});
