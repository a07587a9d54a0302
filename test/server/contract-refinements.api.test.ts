// Issue 10 §7: the contract says what the server enforces. Each rule that once got a 400 for an input the
// OpenAPI document allowed is now in the document (a JSON Schema pattern, minLength, dependentRequired, or
// the operation's description where no schema can say it), and the server still answers 400 with its code.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../server/openapi/openapi';
import { KIND_LIST_PATTERN } from '../../shared/api';
import { EMAIL_PATTERN, registerSchema } from '../../shared/auth';
import { CLEAN_TEXT_PATTERN, trimmedMinPattern } from '../../shared/text';
import { apiSuite } from '../support/api-suite';
import { createNode } from '../support/contribute';
import { anonymous } from '../support/session';

const {
  app,
  people: { member },
} = await apiSuite({ wipe: 'once', people: { member: {} } });

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        description?: string;
        parameters: { name: string; schema: Record<string, unknown> }[];
        requestBody?: { content: Record<string, { schema: Record<string, any> }> };
      }
    >
  >;
};
const doc = buildOpenApiDocument() as unknown as Doc;
const op = (path: string, method: string) => {
  const found = doc.paths[path]?.[method];
  if (!found) throw new Error(`no ${method} ${path}`);
  return found;
};
const bodySchema = (path: string) =>
  op(path, 'post').requestBody?.content['application/json']?.schema as Record<string, any>;
const emailSchemaCheck = (value: string) => registerSchema.shape.email.safeParse(value).success;
const matches = (pattern: string, value: string) => new RegExp(pattern, 'u').test(value);

describe('an empty kinds= list', () => {
  it('is refused by the pattern the document gives kinds on /api/landscape and /api/search', () => {
    for (const path of ['/api/landscape', '/api/search']) {
      const kinds = op(path, 'get').parameters.find((p) => p.name === 'kinds');
      expect(kinds?.schema).toEqual({ type: 'string', pattern: KIND_LIST_PATTERN });
    }
    for (const ok of ['Question', 'Question,Seed', ' Seed , Person ', ',Question,', 'Community,,Resource'])
      expect(matches(KIND_LIST_PATTERN, ok), ok).toBe(true);
    for (const bad of ['', ',', ' , ', 'question', 'Question Seed', 'Nope', 'Question,Nope'])
      expect(matches(KIND_LIST_PATTERN, bad), bad).toBe(false);
  });

  it('still answers 400 VALIDATION_FAILED', async () => {
    for (const url of ['/api/landscape?kinds=', '/api/landscape?kinds=,', '/api/search?q=eau&kinds=']) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('from = to in /api/paths', () => {
  it('is said in the operation description, and answers 400 VALIDATION_FAILED', async () => {
    expect(op('/api/paths', 'get').description).toContain('`from` and `to` must be two different nodes');
    const res = await request(app).get('/api/paths').query({ from: 'same', to: 'same' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('links: a self-link and the relation ↔ kind rules', () => {
  it('are said in the description of POST /api/links, with every rule', () => {
    const description = op('/api/links', 'post').description ?? '';
    expect(description).toContain('a self-link answers 400 RELATION_NOT_ALLOWED');
    expect(description).toContain('GROWS_FROM: Seed → Question');
    expect(description).toContain('INFORMS: Resource → Question|Seed');
    expect(description).toContain('ANIMATES: Person → Community');
    expect(op('/api/questions', 'post').description).toContain('400 RELATION_NOT_ALLOWED');
  });

  it('answer 400 RELATION_NOT_ALLOWED', async () => {
    const question = await createNode(member, { kind: 'Question', title: 'Quelle eau boire ?' });
    const seed = await createNode(member, { kind: 'Seed', title: 'Une graine' });
    const self = await member
      .post('/api/links')
      .send({ source: question, target: question, relation: 'REFINES' });
    expect(self.status).toBe(400);
    expect(self.body.error.code).toBe('RELATION_NOT_ALLOWED');
    const backwards = await member
      .post('/api/links')
      .send({ source: question, target: seed, relation: 'GROWS_FROM' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('RELATION_NOT_ALLOWED');
  });
});

describe('an empty or malformed email', () => {
  it('is refused by the pattern of register and login, which agrees with the server’s rule', () => {
    for (const path of ['/api/auth/register', '/api/auth/login']) {
      expect(bodySchema(path).properties.email).toEqual({
        type: 'string',
        maxLength: 254,
        pattern: EMAIL_PATTERN,
      });
    }
    for (const value of [
      'a@b.co',
      ' Ana.Lopez+semis@example.org ',
      "o'neil@mail.example.com",
      '',
      '   ',
      'a@b',
      '.a@b.co',
      'a.@b.co',
      'a..b@c.co',
      'a@-b.co',
      'a b@c.co',
    ])
      expect(matches(EMAIL_PATTERN, value), JSON.stringify(value)).toBe(emailSchemaCheck(value));
  });

  it('still answers 400 VALIDATION_FAILED', async () => {
    const visitor = await anonymous(app);
    for (const email of ['', '   ', 'pas-une-adresse']) {
      const res = await visitor
        .post('/api/auth/register')
        .send({ name: 'Quelqu’un', email, password: 'une graine, dix questions' });
      expect(res.status, email).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('a photo region outside the image', () => {
  it('is said in the descriptions, the four PROMPTED coordinates go together, and it answers 400', async () => {
    expect(op('/api/questions', 'post').description).toContain('x + w ≤ 1 and y + h ≤ 1');
    expect(op('/api/links', 'post').description).toContain('regionX + regionW ≤ 1 and regionY + regionH ≤ 1');
    const prompted = bodySchema('/api/links').oneOf.find(
      (variant: any) => variant.properties.relation.const === 'PROMPTED',
    );
    expect(prompted.properties.properties.dependentRequired).toEqual({
      regionX: ['regionY', 'regionW', 'regionH'],
      regionY: ['regionX', 'regionW', 'regionH'],
      regionW: ['regionX', 'regionY', 'regionH'],
      regionH: ['regionX', 'regionY', 'regionW'],
    });
    const res = await member.post('/api/questions').send({
      title: 'Que montre ce coin ?',
      promptedBy: { resource: 'r-photo', region: { x: 0.8, y: 0, w: 0.5, h: 0.1 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('a suggestion text under 3 characters once trimmed', () => {
  it('is refused by the pattern of text; a join’s reformulation has a title’s (no control characters)', () => {
    const pattern = trimmedMinPattern(3);
    expect(bodySchema('/api/questions/suggestions').properties.text).toEqual({
      type: 'string',
      minLength: 3,
      maxLength: 300,
      pattern,
    });
    expect(bodySchema('/api/questions/{id}/join').properties.reformulation.pattern).toBe(CLEAN_TEXT_PATTERN);
    for (const ok of ['eau', ' eau ', 'a b', '\u00a0abc\u3000']) expect(matches(pattern, ok), ok).toBe(true);
    for (const bad of ['', 'ab', '  ab  ', ' a ', '\u00a0\u00a0ab\ufeff', '      '])
      expect(matches(pattern, bad), JSON.stringify(bad)).toBe(false);
  });

  it('still answers 400 VALIDATION_FAILED', async () => {
    const res = await (await anonymous(app)).post('/api/questions/suggestions').send({ text: '  ab  ' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('a blank skill or search text (only spaces once trimmed)', () => {
  it('is refused by the pattern the document gives it, as the server refuses it with 400', async () => {
    const person = bodySchema('/api/nodes').oneOf.find(
      (variant: { properties: { kind: { const: string } } }) => variant.properties.kind.const === 'Person',
    );
    const skill = person.properties.skills.items as { pattern: string };
    const q = op('/api/search', 'get').parameters.find((p) => p.name === 'q')?.schema as { pattern: string };
    for (const pattern of [skill.pattern, q.pattern]) {
      for (const blank of ['\f', ' ', '\t\u3000'])
        expect(matches(pattern, blank), JSON.stringify(blank)).toBe(false);
      for (const text of ['compost', ' eau ']) expect(matches(pattern, text), text).toBe(true);
    }
    const blankSkill = await member
      .post('/api/nodes')
      .send({ kind: 'Person', title: 'Une personne', skills: ['\f'] });
    expect([blankSkill.status, blankSkill.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const blankQuery = await request(app).get('/api/search?q=%0C');
    expect([blankQuery.status, blankQuery.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
