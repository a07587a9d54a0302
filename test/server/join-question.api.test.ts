// POST /api/questions/:id/join against the real Neo4j: the person is recorded as asking the existing
// question (one ASKED link, one event), joining twice writes nothing more, their own wording is kept as
// a new question that ECHOES it, and a visitor, an unknown question or a bad body write nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import { count, openTestDatabase, testApp, wipe } from '../support/database';
import { anonymous, type Session, signUp } from '../support/session';

let db: Database;
let app: ReturnType<typeof testApp>;
let asker: Session;
let joiner: Session;
let questionId: string;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await wipe(db);
  app = testApp(db);
  asker = await signUp(app);
  joiner = await signUp(app);
  const asked = await asker.post('/api/questions').send({ title: 'Où composter nos restes de cuisine ?' });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  questionId = asked.body.node.id;
});

const traces = async () => ({
  asked: await count(db, 'MATCH (:Person {id: $p})-[r:ASKED]->() RETURN count(r)', { p: joiner.person.id }),
  questions: await count(db, 'MATCH (q:Question) RETURN count(q)'),
  events: await count(db, 'MATCH (e:Event) RETURN count(e)'),
});

describe('POST /api/questions/:id/join', () => {
  it('records the person as asking it, with one link.create event; joining again changes nothing', async () => {
    const before = await traces();
    const res = await joiner.post(`/api/questions/${questionId}/join`).send({});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ joined: true, reformulation: null });
    expect(res.body.links).toHaveLength(1);
    expect(await traces()).toEqual({ ...before, asked: 1, events: before.events + 1 });
    expect(
      await count(db, "MATCH (e:Event {action: 'link.create', entityId: $l, actorId: $p}) RETURN count(e)", {
        l: res.body.links[0],
        p: joiner.person.id,
      }),
    ).toBe(1);

    const again = await joiner.post(`/api/questions/${questionId}/join`).send({});
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ joined: false, reformulation: null, links: [] });
    expect(await traces()).toEqual({ ...before, asked: 1, events: before.events + 1 });
  });

  it('keeps their wording as a new question they ask, which ECHOES the joined one', async () => {
    const res = await joiner
      .post(`/api/questions/${questionId}/join`)
      .send({ reformulation: 'Dans le quartier, où composter nos restes de cuisine ?' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.joined).toBe(true);
    expect(res.body.reformulation).toMatchObject({
      kind: 'Question',
      title: 'Dans le quartier, où composter nos restes de cuisine ?',
      createdBy: joiner.person.id,
    });
    const id = res.body.reformulation.id;
    expect(
      await count(
        db,
        `MATCH (p:Person {id: $p})-[:ASKED]->(r:Question {id: $r})-[:ECHOES]->(q:Question {id: $q}),
               (p)-[:ASKED]->(q) RETURN count(*)`,
        { p: joiner.person.id, r: id, q: questionId },
      ),
    ).toBe(1);
    expect(res.body.links).toHaveLength(3);
  });

  it('401 for a visitor, 404 for an unknown question or a node of another kind, 400 for a bad body: nothing written', async () => {
    const before = await traces();
    const visitor = await anonymous(app);
    expect((await visitor.post(`/api/questions/${questionId}/join`).send({})).status).toBe(401);
    const unknown = await joiner.post('/api/questions/00000000-0000-4000-8000-000000000000/join').send({});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    const person = await joiner.post(`/api/questions/${asker.person.id}/join`).send({});
    expect(person.status).toBe(404);
    const bad = await joiner.post(`/api/questions/${questionId}/join`).send({ reformulation: 'x', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(await traces()).toEqual(before);
  });
});
