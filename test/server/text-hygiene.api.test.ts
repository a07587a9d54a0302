// API tests for text hygiene (issue 10 §8): titles and names are stored in NFC; NUL, other control
// characters, bidirectional overrides, and text that is only spaces or zero-width characters are refused
// with a 400 naming the field, and nothing is written.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/entities';
import { apiSuite } from '../support/api-suite';
import { count } from '../support/database';
import { anonymous, signUp } from '../support/session';

const {
  db,
  app,
  people: { member },
} = await apiSuite({ people: { member: {} } });

/** Everything a write may leave behind: nodes (the member's Person included) and events. */
const traces = async () => ({
  nodes: await count(db, 'MATCH (n) RETURN count(n)'),
  events: await count(db, 'MATCH (e:Event) RETURN count(e)'),
});

/** One property of one node, as stored. */
async function stored(id: string, property: string): Promise<unknown> {
  const result = await db.read((tx) =>
    tx.run(`MATCH (n {id: $id}) RETURN n[$property] AS v`, { id, property }),
  );
  return result.records[0]?.get('v');
}

const DECOMPOSED = 'Cafe\u0301 compost'; // "e" + combining acute accent
const COMPOSED = 'Caf\u00e9 compost';

const BAD: [string, string, string][] = [
  ['NUL', 'Un\u0000titre', 'control characters or bidirectional overrides'],
  ['a newline', 'Un\ntitre', 'control characters or bidirectional overrides'],
  ['DEL', 'Un\u007ftitre', 'control characters or bidirectional overrides'],
  ['a C1 control', 'Un\u0085titre', 'control characters or bidirectional overrides'],
  ['a right-to-left override', 'Un \u202etitre', 'control characters or bidirectional overrides'],
  ['a left-to-right embedding', 'Un \u202atitre', 'control characters or bidirectional overrides'],
  ['a first-strong isolate', 'Un \u2068titre\u2069', 'control characters or bidirectional overrides'],
  ['only zero-width characters', '\u200b\u200c\u200d\u2060\ufeff', 'must contain visible characters'],
  ['only spaces', '\u00a0 \u3000 ', 'must'],
];

describe('titles', () => {
  it('POST /api/nodes stores the title in NFC', async () => {
    const res = await member.post('/api/nodes').send({ kind: 'Question', title: DECOMPOSED });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.title).toBe(COMPOSED);
    expect(await stored(res.body.id, 'title')).toBe(COMPOSED);
  });

  it.each(BAD)(
    'POST /api/nodes refuses %s with a 400 naming title, writing nothing',
    async (_, title, msg) => {
      const before = await traces();
      const res = await member.post('/api/nodes').send({ kind: 'Seed', title });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.message).toContain('title:');
      expect(res.body.error.message).toContain(msg);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('title');
      expect(await traces()).toEqual(before);
    },
  );

  it('PATCH /api/nodes/:id refuses a bidi override in title_en and stores NFC', async () => {
    const created = await member.post('/api/nodes').send({ kind: 'Question', title: 'Pourquoi ?' });
    const bad = await member
      .patch(`/api/nodes/${created.body.id}`)
      .set('If-Match', '"1"')
      .send({ title_en: 'Why \u202e?' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['title_en']);
    const good = await member
      .patch(`/api/nodes/${created.body.id}`)
      .set('If-Match', '"1"')
      .send({ title_en: DECOMPOSED });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(await stored(created.body.id, 'title_en')).toBe(COMPOSED);
  });

  it('POST /api/questions and POST /api/seeds refuse control characters and store NFC', async () => {
    const before = await traces();
    const bad = await member.post('/api/questions').send({ title: 'Pourquoi\u0000 ?' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['title']);
    expect(await traces()).toEqual(before);
    const asked = await member.post('/api/questions').send({ title: DECOMPOSED });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const seedBad = await member.post('/api/seeds').send({ question: asked.body.node.id, title: '\u200b' });
    expect(seedBad.status).toBe(400);
    expect(seedBad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['title']);
    expect(await stored(asked.body.node.id, 'title')).toBe(COMPOSED);
    expect(await count(db, 'MATCH (n:Question) RETURN count(n)')).toBe(1);
    expect(await count(db, 'MATCH (n:Seed) RETURN count(n)')).toBe(0);
  });
});

describe("lengths count what was sent, as the document's maxLength says (found by schemathesis)", () => {
  const padded = `${' '.repeat(10)}${'q'.repeat(LIMITS.title - 5)}`; // over the limit as sent, under once trimmed

  it('POST /api/nodes refuses a title longer than the limit before trimming, writing nothing', async () => {
    const before = await traces();
    const res = await member.post('/api/nodes').send({ kind: 'Question', title: padded });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['title']);
    expect(await traces()).toEqual(before);
  });

  it('POST /api/questions/suggestions refuses such a text with a 400 naming text', async () => {
    const res = await member.post('/api/questions/suggestions').send({ text: padded });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['text']);
    const ok = await member
      .post('/api/questions/suggestions')
      .send({ text: `  ${'q'.repeat(LIMITS.title - 2)}` });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });
});

describe('names', () => {
  it.each(BAD)(
    'POST /api/auth/register refuses a name with %s, creating no account',
    async (_, name, msg) => {
      const before = await traces();
      const visitor = await anonymous(app);
      const res = await visitor
        .post('/api/auth/register')
        .send({ name, email: 'new@semis.test', password: 'une graine, dix questions' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.message).toContain('name:');
      expect(res.body.error.message).toContain(msg);
      expect(await traces()).toEqual(before);
    },
  );

  it('stores the name in NFC', async () => {
    const s = await signUp(app, { name: DECOMPOSED });
    expect(s.person.name).toBe(COMPOSED);
    expect(await stored(s.person.id, 'title')).toBe(COMPOSED);
  });
});
