// API tests for erasing (issue 13 §3, "deleting is not erasing"): an admin erases a node — gone from the
// graph, its text and its links' texts gone from every event, a photo's files gone from disk, a node.erase
// recorded, and no revert bringing any of it back (410 ERASED) — and a person erases their account, keeping
// their contributions under « une personne » or erasing them. Refusals (visitor, member, an account's
// person, a wrong password, an unknown id) write nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ERASED_ACTOR_ID, historyResponseSchema } from '../../shared/history';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode, fingerprint } from '../support/contribute';
import { count } from '../support/database';
import { plainJpeg } from '../support/photos';
import { anonymous, logIn, type Session } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-erasure-test-'));
afterAll(() => fs.rmSync(uploadsDir, { recursive: true, force: true }));

const {
  db,
  app,
  people: { alice, bob, admin },
} = await apiSuite({
  app: { uploadsDir },
  people: {
    alice: { name: 'Alice Martin' },
    bob: { name: 'Bob Lenoir' },
    admin: { name: 'Marie Curie', admin: true },
  },
});

/** How many events still hold `text` anywhere in their snapshots or names. */
const eventsHolding = (text: string) =>
  count(
    db,
    `MATCH (e:Event) WHERE e.before CONTAINS $text OR e.after CONTAINS $text OR e.actorName CONTAINS $text
     RETURN count(e)`,
    { text },
  );
/** How many nodes (any label) still hold `text` in a property. */
const nodesHolding = (text: string) =>
  count(
    db,
    `MATCH (n) WHERE any(key IN keys(n) WHERE any(v IN CASE WHEN n[key] IS :: LIST<ANY> THEN n[key] ELSE [n[key]] END
       WHERE toString(v) CONTAINS $text)) RETURN count(n)`,
    {
      text,
    },
  );
const nodeExists = (id: string) => count(db, 'MATCH (n:Entity {id: $id}) RETURN count(n)', { id });

async function historyOf(who: Session, id: string) {
  const res = await who.get(`/api/nodes/${id}/history`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return historyResponseSchema.parse(res.body).events;
}

describe('POST /api/nodes/:id/erase', () => {
  it('deletes the node and scrubs it and its links from every event; nothing can bring it back', async () => {
    const question = await createNode(alice, {
      kind: 'Question',
      title: 'Où vit Léonie Secret ?',
      body: 'Au 12 rue Cachée',
    });
    const seed = await createNode(alice, { kind: 'Seed', title: 'Jardins partagés' });
    const edit = await alice
      .patch(`/api/nodes/${question}`)
      .set('If-Match', '1')
      .send({ title: 'Où vit Léonie Secret, vraiment ?' });
    expect(edit.status).toBe(200);
    await createLink(alice, question, seed, 'EXPLORED_IN');
    await createLink(bob, bob.person.id, question, 'TAKES_STANCE', {
      stance: 'challenges',
      statement: 'Je connais sa voisine Odile',
    });
    const createEvent = (await historyOf(alice, question)).find((e) => e.action === 'node.create');
    expect(createEvent).toBeDefined();

    const res = await admin.post(`/api/nodes/${question}/erase`).send({ reason: 'données personnelles' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.nodeIds).toEqual([question]);
    // create, edit, the two links, the delete
    expect(res.body.scrubbedEvents).toBe(5);

    expect(await nodeExists(question)).toBe(0);
    expect(await nodeExists(seed)).toBe(1);
    for (const text of ['Léonie', 'rue Cachée', 'voisine Odile']) {
      expect(await eventsHolding(text), text).toBe(0);
      expect(await nodesHolding(text), text).toBe(0);
    }
    // the history keeps its shape: the events are still there, told about « Contenu effacé »
    const seedHistory = await historyOf(alice, seed);
    const linkEvent = seedHistory.find((e) => e.action === 'link.create' && e.entity.type === 'link');
    expect(linkEvent?.after).toMatchObject({
      source: question,
      target: seed,
      relation: 'EXPLORED_IN',
      properties: {},
    });
    const erase = await db.read((tx) =>
      tx.run(
        "MATCH (e:Event {entityId: $id, action: 'node.erase'}) RETURN e.actorId AS actor, e.after AS after, e.erased AS erased",
        { id: question },
      ),
    );
    expect(erase.records).toHaveLength(1);
    expect(erase.records[0]?.get('actor')).toBe(admin.person.id);
    expect(JSON.parse(erase.records[0]?.get('after'))).toMatchObject({
      id: question,
      kind: 'Question',
      erased: true,
      reason: 'données personnelles',
      title: 'Contenu effacé',
      title_en: 'Erased content',
    });
    // search finds nothing of it
    const search = await (await anonymous(app)).get('/api/search').query({ q: 'Léonie' });
    expect(search.status).toBe(200);
    expect(JSON.stringify(search.body)).not.toContain(question);

    // no revert brings anything back: not the deletion, not the creation, not the erasure
    const before = await fingerprint(db);
    const deleteEvent = await db.read((tx) =>
      tx.run("MATCH (e:Event {entityId: $id, action: 'node.delete'}) RETURN e.id AS id", { id: question }),
    );
    for (const eventId of [createEvent?.id, deleteEvent.records[0]?.get('id')]) {
      const revert = await admin.post(`/api/history/${eventId}/revert`).send({});
      expect(revert.status, JSON.stringify(revert.body)).toBe(410);
      expect(revert.body.error.code).toBe('ERASED');
    }
    expect(await fingerprint(db)).toBe(before);
  });

  it('erases an already deleted node from the history, and a photo from the disk', async () => {
    const upload = await alice
      .post('/api/photos')
      .field('title', 'Portrait de Gaston Privé')
      .attach('file', await plainJpeg(), 'gaston.jpg');
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const photo = upload.body.id as string;
    const files = () => fs.readdirSync(path.join(uploadsDir, 'photos'));
    const stored = files();
    expect(stored.length).toBeGreaterThanOrEqual(2);
    expect((await alice.delete(`/api/nodes/${photo}`)).status).toBe(204);
    expect(await eventsHolding('Gaston')).toBeGreaterThan(0);

    const res = await admin.post(`/api/nodes/${photo}/erase`).send({ reason: 'droit à l’image' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.nodeIds).toEqual([photo]);
    expect(await eventsHolding('Gaston')).toBe(0);
    expect(files().filter((f) => stored.includes(f))).toEqual([]);
  });

  it('refuses a visitor (401), a member (403), an account person (409), an unknown id (404), a blank reason (400)', async () => {
    const question = await createNode(alice, { kind: 'Question', title: 'Qui garde les clés ?' });
    const before = await fingerprint(db);
    const visitor = await anonymous(app);
    const cases: [Session | typeof visitor, string, object, number, string][] = [
      [visitor, question, { reason: 'x' }, 401, 'UNAUTHENTICATED'],
      [alice, question, { reason: 'x' }, 403, 'FORBIDDEN'],
      [admin, alice.person.id, { reason: 'x' }, 409, 'CONFLICT'],
      [admin, 'no-such-node', { reason: 'x' }, 404, 'NOT_FOUND'],
      [admin, question, { reason: '   ' }, 400, 'VALIDATION_FAILED'],
      [admin, question, {}, 400, 'VALIDATION_FAILED'],
    ];
    for (const [who, id, body, status, code] of cases) {
      const res = await who.post(`/api/nodes/${id}/erase`).send(body);
      expect(res.status, `${id} ${JSON.stringify(res.body)}`).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/\w/);
    }
    expect(await fingerprint(db)).toBe(before);
  });
});

describe('POST /api/auth/erase', () => {
  it('keeps the contributions under « une personne »: no name left, the account gone', async () => {
    const question = await createNode(bob, { kind: 'Question', title: 'Comment composter en ville ?' });
    await createLink(bob, bob.person.id, question, 'TAKES_STANCE', {
      stance: 'supports',
      statement: 'Oui, en bac',
    });
    const edit = await bob
      .patch(`/api/nodes/${bob.person.id}`)
      .set('If-Match', '1')
      .send({ bio: 'Habite à Montreuil-Lenoir', skills: ['maraîchage'] });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);

    const wrong = await bob.post('/api/auth/erase').send({ password: 'pas le bon', contributions: 'keep' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(await nodesHolding('Lenoir')).toBeGreaterThan(0);

    const res = await bob.post('/api/auth/erase').send({ password: bob.password, contributions: 'keep' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.nodeIds).toEqual([bob.person.id]);
    expect(String(res.headers['set-cookie'])).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);

    // the question and the stance stay; the person is a tombstone; nothing names Bob any more
    expect(await nodeExists(question)).toBe(1);
    const person = await db.read((tx) =>
      tx.run('MATCH (p:Person {id: $id}) RETURN properties(p) AS p', { id: bob.person.id }),
    );
    expect(person.records[0]?.get('p')).toMatchObject({
      title: 'Une personne',
      title_en: 'A person',
      erased: true,
    });
    expect(person.records[0]?.get('p')).not.toHaveProperty('bio');
    expect(person.records[0]?.get('p')).not.toHaveProperty('skills');
    for (const text of ['Bob Lenoir', 'Montreuil', 'maraîchage', bob.email]) {
      expect(await eventsHolding(text), text).toBe(0);
      expect(await nodesHolding(text), text).toBe(0);
    }
    expect(await count(db, 'MATCH (e:Event {actorId: $id}) RETURN count(e)', { id: bob.person.id })).toBe(0);
    expect(await count(db, 'MATCH (a:Account {personId: $id}) RETURN count(a)', { id: bob.person.id })).toBe(
      0,
    );
    expect(
      await count(db, 'MATCH (:Person {id: $id})-[s:TAKES_STANCE]->() RETURN count(s)', {
        id: bob.person.id,
      }),
    ).toBe(1);
    // the history tells it as made by « une personne »
    const events = await historyOf(alice, question);
    expect(events.map((e) => e.actor)).toEqual(events.map(() => ({ id: ERASED_ACTOR_ID, name: '' })));
    // the old session is gone and the account cannot log in
    const me = await bob.get('/api/auth/me');
    expect(me.body).toEqual({ person: null, role: null });
    const login = await (await anonymous(app))
      .post('/api/auth/login')
      .send({ email: bob.email, password: bob.password });
    expect(login.status).toBe(401);
  });

  it('removes the contributions: the nodes and links they made erased, the others’ left as they were', async () => {
    const alicesQuestion = await createNode(alice, { kind: 'Question', title: 'Que planter en avril ?' });
    const alicesSeed = await createNode(alice, { kind: 'Seed', title: 'Potagers' });
    const bobsQuestion = await createNode(bob, { kind: 'Question', title: 'Faut-il pailler Vérochamp ?' });
    await createLink(bob, bobsQuestion, alicesQuestion, 'REFINES');
    const bobsLink = await createLink(bob, alicesQuestion, alicesSeed, 'EXPLORED_IN');
    await createLink(bob, bob.person.id, alicesQuestion, 'TAKES_STANCE', {
      stance: 'nuances',
      statement: 'Selon Vérochamp',
    });

    const res = await bob.post('/api/auth/erase').send({ password: bob.password, contributions: 'remove' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect([...res.body.nodeIds].sort()).toEqual([bob.person.id, bobsQuestion].sort());

    expect(await nodeExists(bobsQuestion)).toBe(0);
    expect(await nodeExists(bob.person.id)).toBe(0);
    expect(await nodeExists(alicesQuestion)).toBe(1);
    expect(await nodeExists(alicesSeed)).toBe(1);
    expect(await count(db, 'MATCH ()-[r {id: $id}]->() RETURN count(r)', { id: bobsLink })).toBe(0);
    for (const text of ['Vérochamp', 'Bob Lenoir', bob.email]) {
      expect(await eventsHolding(text), text).toBe(0);
      expect(await nodesHolding(text), text).toBe(0);
    }
    // Alice's question keeps its own history, its title included
    expect(await eventsHolding('Que planter en avril ?')).toBeGreaterThan(0);
    const login = await (await anonymous(app))
      .post('/api/auth/login')
      .send({ email: bob.email, password: bob.password });
    expect(login.status).toBe(401);
    // and a later login of the same email is a new, empty account
    await (await anonymous(app))
      .post('/api/auth/register')
      .send({ name: 'Bob', email: bob.email, password: bob.password });
    const again = await logIn(app, { email: bob.email, password: bob.password });
    expect(again.person.id).not.toBe(bob.person.id);
  });

  it('refuses a visitor and a body that says nothing of the contributions, writing nothing', async () => {
    const before = await fingerprint(db);
    const visitor = await (await anonymous(app))
      .post('/api/auth/erase')
      .send({ password: 'x', contributions: 'keep' });
    expect(visitor.status).toBe(401);
    const bad = await alice.post('/api/auth/erase').send({ password: alice.password });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(await fingerprint(db)).toBe(before);
  });
});
