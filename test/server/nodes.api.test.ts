// API tests for nodes against the real Neo4j: create, read with ETag, edit with If-Match, delete, and
// bad input answered with 4xx codes that leave nothing half-written.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { nodeConflictDetailsSchema } from '../../shared/api';
import { apiSuite } from '../support/api-suite';
import { count } from '../support/database';
import { anonymous } from '../support/session';

const {
  db,
  app,
  people: { member },
} = await apiSuite({ app: { bodyLimit: '64kb' }, people: { member: {} } });

/** Nodes in the database besides the member's own Person node. */
const countOthers = () =>
  count(db, 'MATCH (n:Entity) WHERE n.id <> $me RETURN count(n)', { me: member.person.id });

describe('POST /api/nodes', () => {
  it('creates a question with defaults and stores it with its kind label', async () => {
    const res = await member.post('/api/nodes').send({ kind: 'Question', title: 'Pourquoi composter ?' });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      kind: 'Question',
      title: 'Pourquoi composter ?',
      lang: 'fr',
      visibility: 'public',
      status: 'open',
      version: 1,
      createdBy: member.person.id,
    });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).not.toHaveProperty('autoPlaced');
    expect(await count(db, 'MATCH (n:Entity:Question {id: $id}) RETURN count(n)', { id: res.body.id })).toBe(
      1,
    );
  });

  it('creates each kind with its own fields', async () => {
    const bodies = [
      { kind: 'Seed', title: 'Compostage', summary: 'Transformer nos restes', status: 'active' },
      { kind: 'Person', title: 'Une personne', skills: ['compost'] },
      { kind: 'Resource', title: 'Un site', resourceKind: 'web', url: 'https://example.org/compost' },
      { kind: 'Community', title: 'Mutuelle', purpose: 'Partager', rules: 'Ouvert à tous' },
    ];
    for (const body of bodies) {
      const res = await member.post('/api/nodes').send(body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject(body);
    }
    expect(await countOthers()).toBe(4);
  });

  it.each([
    [{ kind: 'Question', title: '' }, 'title'],
    [{ kind: 'Question', title: 'x'.repeat(301) }, 'title'],
    [{ kind: 'Question', title: 'ok', body: 'x'.repeat(20_001) }, 'body'],
    [{ kind: 'Planet', title: 'Mars' }, 'kind'],
    [{ kind: 'Resource', title: 'no kind of resource' }, 'resourceKind'],
    [{ kind: 'Resource', title: 'bad url', resourceKind: 'web', url: 'javascript:alert(1)' }, 'url'],
    [{ kind: 'Question', title: 'ok', id: 'chosen-by-client' }, 'id'],
    [{ kind: 'Question', title: 'ok', visibility: 'everyone' }, 'visibility'],
  ])('refuses %j with 400 naming %s, writing nothing', async (body, field) => {
    const res = await member.post('/api/nodes').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toContain(field === 'id' ? '"id"' : field);
    expect(Array.isArray(res.body.error.details)).toBe(true);
    expect(await countOthers()).toBe(0);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await member.post('/api/nodes').set('Content-Type', 'application/json').send('{"kind": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
  });

  it('answers a body over the limit with 413 and a non-JSON body with 415', async () => {
    const big = await member
      .post('/api/nodes')
      .send({ kind: 'Question', title: 'big', body: 'x'.repeat(70_000) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const text = await member.post('/api/nodes').set('Content-Type', 'text/plain').send('kind=Question');
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await countOthers()).toBe(0);
  });
});

describe('GET, PATCH and DELETE /api/nodes/:id', () => {
  async function createQuestion(title = 'Qu’est-ce qu’une graine ?') {
    const res = await member
      .post('/api/nodes')
      .send({ kind: 'Question', title, title_en: 'What is a seed?' });
    return res.body as { id: string; version: number };
  }

  it('reads a node with its ETag and relations', async () => {
    const q = await createQuestion();
    const seed = await member.post('/api/nodes').send({ kind: 'Seed', title: 'Graines' });
    await member.post('/api/links').send({ source: seed.body.id, target: q.id, relation: 'GROWS_FROM' });
    const res = await request(app).get(`/api/nodes/${q.id}`);
    expect(res.status).toBe(200);
    // a seed grows from it: Semis made it `seeded` (version 2; server/graph-writes/question-status.ts)
    expect(res.headers.etag).toBe('"2"');
    expect(res.body.node).toMatchObject({
      id: q.id,
      title: 'Qu’est-ce qu’une graine ?',
      status: 'seeded',
      version: 2,
    });
    expect(res.body.relations).toEqual([
      {
        id: expect.any(String),
        relation: 'GROWS_FROM',
        direction: 'in',
        properties: {},
        other: { id: seed.body.id, kind: 'Seed', title: 'Graines' },
      },
    ]);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await request(app).get('/api/nodes/does-not-exist');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ code: 'NOT_FOUND', message: 'Node does-not-exist was not found' });
    const bad = await request(app).get('/api/nodes/bad%20id!');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('edits with If-Match and bumps the version; refuses stale (412) and missing (428)', async () => {
    const q = await createQuestion();
    const ok = await member
      .patch(`/api/nodes/${q.id}`)
      .set('If-Match', '"1"')
      .send({ title: 'Pourquoi semer ?' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ title: 'Pourquoi semer ?', version: 2 });
    expect(ok.headers.etag).toBe('"2"');

    const bare = await member.patch(`/api/nodes/${q.id}`).set('If-Match', '2').send({ status: 'explored' });
    expect(bare.body.version).toBe(3);

    const stale = await member
      .patch(`/api/nodes/${q.id}`)
      .set('If-Match', '"1"')
      .send({ title: 'Trop tard ?' });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('PRECONDITION_FAILED');
    // Both versions: the client keeps its own edit, the details carry the stored one as GET returns it.
    const details = nodeConflictDetailsSchema.parse(stale.body.error.details);
    const now = await member.get(`/api/nodes/${q.id}`);
    expect(details).toEqual({
      currentVersion: 3,
      current: now.body,
      lastChange: {
        at: expect.any(String),
        by: { kind: 'person', id: member.person.id, name: member.person.name },
      },
    });
    expect(details.current.node).toMatchObject({ title: 'Pourquoi semer ?', status: 'explored', version: 3 });
    expect(await count(db, 'MATCH (n:Entity {id: $id}) RETURN n.version', { id: q.id })).toBe(3);

    const missing = await member.patch(`/api/nodes/${q.id}`).send({ title: 'Sans version ?' });
    expect(missing.status).toBe(428);
    expect(missing.body.error.code).toBe('PRECONDITION_REQUIRED');

    const stored = await db.read((tx) =>
      tx.run('MATCH (n {id: $id}) RETURN n.title AS title, n.version AS v', { id: q.id }),
    );
    expect(stored.records[0]?.toObject()).toEqual({ title: 'Pourquoi semer ?', v: 3 });
  });

  it("refuses a patch with another kind's field or an unknown field", async () => {
    const q = await createQuestion();
    const res = await member.patch(`/api/nodes/${q.id}`).set('If-Match', '1').send({ resourceKind: 'web' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('resourceKind');
    const status = await member.patch(`/api/nodes/${q.id}`).set('If-Match', '1').send({ status: 'dormant' });
    expect(status.status).toBe(400);
    expect(status.body.error.message).toContain('status');
  });

  it('deletes a node with its relations (204), then 404', async () => {
    const q = await createQuestion();
    const seed = await member.post('/api/nodes').send({ kind: 'Seed', title: 'Graines' });
    await member.post('/api/links').send({ source: seed.body.id, target: q.id, relation: 'GROWS_FROM' });
    expect((await member.delete(`/api/nodes/${q.id}`)).status).toBe(204);
    expect((await member.delete(`/api/nodes/${q.id}`)).status).toBe(404);
    expect(await count(db, 'MATCH ()-[r]->() RETURN count(r)')).toBe(0);
  });

  it('hides nodes that are not public from an anonymous reader, who may not delete them either', async () => {
    const res = await member
      .post('/api/nodes')
      .send({ kind: 'Question', title: 'Secret ?', visibility: 'members' });
    expect(res.status).toBe(201);
    expect((await request(app).get(`/api/nodes/${res.body.id}`)).status).toBe(404);
    expect((await member.get(`/api/nodes/${res.body.id}`)).status).toBe(200);
    const visitor = await anonymous(app);
    expect((await visitor.delete(`/api/nodes/${res.body.id}`)).status).toBe(401);
    expect(await count(db, 'MATCH (n {id: $id}) RETURN count(n)', { id: res.body.id })).toBe(1);
  });
});
