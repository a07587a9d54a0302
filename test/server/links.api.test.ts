// API tests for links: kinds rules, properties per relation, idempotence (including 20 concurrent
// identical requests), placement of a new node next to its first neighbour, and deletion.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { minimumGap } from '../../server/landscape/placement';
import { apiSuite } from '../support/api-suite';
import { count } from '../support/database';
import { signUp } from '../support/session';

const {
  db,
  app,
  people: { member },
} = await apiSuite({ people: { member: {} } });

/** Nodes in the database besides the member's own Person node. */
const countOthers = () =>
  count(db, 'MATCH (n:Entity) WHERE n.id <> $me RETURN count(n)', { me: member.person.id });

async function create(body: Record<string, unknown>): Promise<string> {
  const res = await member.post('/api/nodes').send(body);
  expect(res.status).toBe(201);
  return res.body.id;
}

describe('POST /api/links', () => {
  it('creates a link (201) and answers a repeat with the same link (200)', async () => {
    const seed = await create({ kind: 'Seed', title: 'Compostage' });
    const question = await create({ kind: 'Question', title: 'Que faire de nos restes ?' });
    const first = await member
      .post('/api/links')
      .send({ source: seed, target: question, relation: 'GROWS_FROM' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      source: seed,
      target: question,
      relation: 'GROWS_FROM',
      properties: {},
      createdBy: member.person.id,
    });
    const again = await member
      .post('/api/links')
      .send({ source: seed, target: question, relation: 'GROWS_FROM' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await count(db, 'MATCH ()-[r:GROWS_FROM]->() RETURN count(r)')).toBe(1);
  });

  it('leaves exactly one relationship after 20 concurrent identical requests', async () => {
    const a = await create({ kind: 'Question', title: 'Pourquoi ?' });
    const b = await create({ kind: 'Question', title: 'Pourquoi pas ?' });
    const body = { source: b, target: a, relation: 'CHALLENGES' };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => member.post('/api/links').send(body)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await count(db, 'MATCH ()-[r:CHALLENGES]->() RETURN count(r)')).toBe(1);
  });

  it('keeps one HAS_ROLE per role: author and animator of the same seed are two links', async () => {
    const person = await create({ kind: 'Person', title: 'Une animatrice' });
    const seed = await create({ kind: 'Seed', title: 'Révolution du sourire' });
    const author = await member
      .post('/api/links')
      .send({ source: person, target: seed, relation: 'HAS_ROLE', properties: { role: 'author' } });
    const animator = await member
      .post('/api/links')
      .send({ source: person, target: seed, relation: 'HAS_ROLE', properties: { role: 'animator' } });
    const repeat = await member
      .post('/api/links')
      .send({ source: person, target: seed, relation: 'HAS_ROLE', properties: { role: 'author' } });
    expect([author.status, animator.status, repeat.status]).toEqual([201, 201, 200]);
    expect(repeat.body.id).toBe(author.body.id);
    const roles = await db.read((tx) =>
      tx.run('MATCH ()-[r:HAS_ROLE]->() RETURN r.role AS role ORDER BY role'),
    );
    expect(roles.records.map((r) => r.get('role'))).toEqual(['animator', 'author']);
  });

  it('refuses a relation that does not fit the kinds, naming the rule', async () => {
    const seed = await create({ kind: 'Seed', title: 'Compostage' });
    const question = await create({ kind: 'Question', title: 'Que faire ?' });
    const res = await member
      .post('/api/links')
      .send({ source: question, target: seed, relation: 'GROWS_FROM' });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: 'RELATION_NOT_ALLOWED',
      message: 'GROWS_FROM links Seed → Question, not Question → Seed',
      details: { relation: 'GROWS_FROM' },
    });
    expect(await count(db, 'MATCH ()-[r]->() RETURN count(r)')).toBe(0);
  });

  it.each([
    [{ relation: 'LIKES' }, 'relation'],
    [{ relation: 'HAS_ROLE' }, 'properties'],
    [{ relation: 'HAS_ROLE', properties: { role: 'king' } }, 'role'],
    [{ relation: 'TAKES_STANCE', properties: { stance: 'maybe' } }, 'stance'],
    [{ relation: 'REFINES', properties: { weight: 3 } }, 'weight'],
  ])('refuses %j with 400 (%s)', async (extra, word) => {
    const a = await create({ kind: 'Question', title: 'A ?' });
    const b = await create({ kind: 'Question', title: 'B ?' });
    const res = await member.post('/api/links').send({ source: a, target: b, ...extra });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toContain(word);
    expect(await count(db, 'MATCH ()-[r]->() RETURN count(r)')).toBe(0);
  });

  it('stores relation properties: stance on INFORMS, a photo region on PROMPTED', async () => {
    const photo = await create({ kind: 'Resource', title: 'Une photo', resourceKind: 'photo' });
    const question = await create({ kind: 'Question', title: 'Pourquoi cette fleur ?' });
    const informs = await member
      .post('/api/links')
      .send({ source: photo, target: question, relation: 'INFORMS', properties: { stance: 'nuances' } });
    const prompted = await member.post('/api/links').send({
      source: photo,
      target: question,
      relation: 'PROMPTED',
      properties: { regionX: 0.1, regionY: 0.2, regionW: 0.3, regionH: 0.4 },
    });
    expect(informs.body.properties).toEqual({ stance: 'nuances' });
    expect(prompted.body.properties).toEqual({ regionX: 0.1, regionY: 0.2, regionW: 0.3, regionH: 0.4 });
    const outside = await member.post('/api/links').send({
      source: photo,
      target: question,
      relation: 'PROMPTED',
      properties: { regionX: 0.9, regionY: 0.2, regionW: 0.3, regionH: 0.4 },
    });
    expect(outside.status).toBe(400);
  });

  it('answers 404 for an unknown or hidden end, and 400 for a self-link', async () => {
    const q = await create({ kind: 'Question', title: 'Seule ?' });
    const someoneElse = await signUp(app);
    const privateOfOther = await someoneElse
      .post('/api/nodes')
      .send({ kind: 'Question', title: 'Cachée ?', visibility: 'private' });
    const hidden: string = privateOfOther.body.id;
    const unknown = await member.post('/api/links').send({ source: q, target: 'nope', relation: 'ECHOES' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Target node nope was not found');
    const toHidden = await member.post('/api/links').send({ source: q, target: hidden, relation: 'ECHOES' });
    expect(toHidden.status).toBe(404);
    expect(toHidden.body.error.message).toBe(`Target node ${hidden} was not found`);
    const self = await member.post('/api/links').send({ source: q, target: q, relation: 'ECHOES' });
    expect(self.status).toBe(400);
    expect(await count(db, 'MATCH ()-[r]->() RETURN count(r)')).toBe(0);
  });

  it('places a new node next to what it first links to', async () => {
    const anchor = await create({ kind: 'Seed', title: 'Ancre' });
    await db.write((tx) =>
      tx.run('MATCH (n {id: $id}) SET n.x = 1000.0, n.y = -500.0, n.autoPlaced = false', { id: anchor }),
    );
    const newcomer = await create({ kind: 'Question', title: 'Nouvelle ?' });
    await member.post('/api/links').send({ source: anchor, target: newcomer, relation: 'GROWS_FROM' });
    const { body } = await request(app).get(`/api/nodes/${newcomer}`);
    const distance = Math.hypot(body.node.x - 1000, body.node.y + 500);
    // One gap (2.5 % of the landscape's extent) away: the first free ring around the anchor.
    const { records } = await db.read((tx) =>
      tx.run('MATCH (n:Entity) WHERE n.id <> $id RETURN max(n.x) - min(n.x) AS w, max(n.y) - min(n.y) AS h', {
        id: newcomer,
      }),
    );
    const gap = minimumGap(Math.max(records[0]?.get('w'), records[0]?.get('h')));
    expect(distance).toBeGreaterThanOrEqual(gap - 0.01);
    expect(distance).toBeLessThanOrEqual(2 * gap);
    const anchorAfter = await request(app).get(`/api/nodes/${anchor}`);
    expect([anchorAfter.body.node.x, anchorAfter.body.node.y]).toEqual([1000, -500]);
  });
});

describe('DELETE /api/links/:id', () => {
  it('removes the link (204), then answers 404', async () => {
    const a = await create({ kind: 'Question', title: 'A ?' });
    const b = await create({ kind: 'Question', title: 'B ?' });
    const link = await member.post('/api/links').send({ source: a, target: b, relation: 'REFINES' });
    expect((await member.delete(`/api/links/${link.body.id}`)).status).toBe(204);
    expect(await count(db, 'MATCH ()-[r]->() RETURN count(r)')).toBe(0);
    const again = await member.delete(`/api/links/${link.body.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('NOT_FOUND');
    expect(await countOthers()).toBe(2);
  });
});
