// API tests for Idempotency-Key on the POSTs that create or change: a retry gets the first answer and
// writes nothing; another body with the key is 422; concurrent twins make exactly one node (the others
// 409 or the replay); keys are per account, expire after 24 h, are validated, live in Neo4j as
// :IdempotencyKey (never :Entity), and the OpenAPI document names the header where it applies.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { count } from '../support/database';
import type { Session } from '../support/session';

const {
  db,
  app,
  people: { member, other },
} = await apiSuite({ wipe: 'once', people: { member: {}, other: {} } });

const titled = (title: string) =>
  count(db, 'MATCH (n:Entity:Question {title: $title}) RETURN count(n)', { title });
const ask = (who: Session, key: string, title: string) =>
  who.post('/api/nodes').set('Idempotency-Key', key).send({ kind: 'Question', title });

describe('Idempotency-Key', () => {
  it('a retry with the same key and body gets the first answer again and writes nothing', async () => {
    const key = randomUUID();
    const first = await ask(member, key, 'Pourquoi semer ?');
    expect(first.status).toBe(201);
    const events = await count(db, 'MATCH (e:Event) RETURN count(e)');
    const again = await ask(member, key, 'Pourquoi semer ?');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await titled('Pourquoi semer ?')).toBe(1);
    expect(await count(db, 'MATCH (e:Event) RETURN count(e)')).toBe(events);
    const stored = await db.read((tx) =>
      tx.run(
        `MATCH (k:IdempotencyKey {key: $key}) RETURN k.accountId AS account, k:Entity AS entity,
           duration.inSeconds(datetime(), k.expiresAt).seconds AS ttl, k.status AS status`,
        { key },
      ),
    );
    expect(stored.records).toHaveLength(1);
    const row = stored.records[0];
    expect(row?.get('account')).toBe(member.person.id);
    expect(row?.get('entity')).toBe(false);
    expect(row?.get('status')).toBe(201);
    expect(Number(row?.get('ttl'))).toBeGreaterThan(24 * 3600 - 120);
    expect(Number(row?.get('ttl'))).toBeLessThanOrEqual(24 * 3600);
  });

  it('the same key with another body is 422 IDEMPOTENCY_KEY_REUSED, nothing written', async () => {
    const key = randomUUID();
    expect((await ask(member, key, 'Première ?')).status).toBe(201);
    const reused = await ask(member, key, 'Seconde ?');
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await titled('Seconde ?')).toBe(0);
  });

  it('concurrent twins: exactly one write, the others 409 IN_FLIGHT or the replay', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => ask(member, key, 'Jumelles ?')));
    const statuses = answers.map((a) => a.status);
    const fresh = answers.filter((a) => a.status === 201 && a.headers['idempotent-replayed'] === undefined);
    expect(fresh, statuses.join(',')).toHaveLength(1);
    for (const a of answers) {
      if (a.status === 409) expect(a.body.error.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
      else {
        expect(a.status).toBe(201);
        expect(a.body.id).toBe(fresh[0]?.body.id);
      }
    }
    expect(await titled('Jumelles ?')).toBe(1);
    expect(await count(db, 'MATCH (k:IdempotencyKey {key: $key}) RETURN count(k)', { key })).toBe(1);
  });

  it('keys belong to an account: another member with the same key makes their own node', async () => {
    const key = randomUUID();
    const mine = await ask(member, key, 'À chacun ?');
    const theirs = await ask(other, key, 'À chacun ?');
    expect(theirs.status).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.createdBy).toBe(other.person.id);
    expect(await titled('À chacun ?')).toBe(2);
  });

  it('an expired key is purged on use: the key then works afresh', async () => {
    const key = randomUUID();
    expect((await ask(member, key, 'Hier ?')).status).toBe(201);
    await db.write((tx) =>
      tx.run('MATCH (k:IdempotencyKey {key: $key}) SET k.expiresAt = datetime() - duration({minutes: 1})', {
        key,
      }),
    );
    const later = await ask(member, key, "Aujourd'hui ?");
    expect(later.status).toBe(201);
    expect(await titled("Aujourd'hui ?")).toBe(1);
    const left = await db.read((tx) =>
      tx.run('MATCH (k:IdempotencyKey {key: $key}) WHERE k.expiresAt <= datetime() RETURN count(k) AS n', {
        key,
      }),
    );
    expect(left.records[0]?.get('n')).toBe(0);
  });

  it('other writes honour it too: a link and a question asked', async () => {
    const a = (await member.post('/api/nodes').send({ kind: 'Question', title: 'Lien A ?' })).body.id;
    const b = (await member.post('/api/nodes').send({ kind: 'Question', title: 'Lien B ?' })).body.id;
    const key = randomUUID();
    const link = () =>
      member
        .post('/api/links')
        .set('Idempotency-Key', key)
        .send({ source: a, relation: 'REFINES', target: b });
    const first = await link();
    expect([200, 201]).toContain(first.status);
    const again = await link();
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const askKey = randomUUID();
    const asked = () =>
      member.post('/api/questions').set('Idempotency-Key', askKey).send({ title: 'Demandée une fois ?' });
    const q1 = await asked();
    expect(q1.status, JSON.stringify(q1.body)).toBe(201);
    const q2 = await asked();
    expect(q2.body).toEqual(q1.body);
    expect(await titled('Demandée une fois ?')).toBe(1);
  });

  it('a malformed key is 400 IDEMPOTENCY_KEY_INVALID, nothing written', async () => {
    for (const key of ['', 'a b', 'x'.repeat(256), 'clé']) {
      const res = await member
        .post('/api/nodes')
        .set('Idempotency-Key', key)
        .send({ kind: 'Question', title: 'Mal formée ?' });
      expect(res.status, key).toBe(400);
      expect(res.body.error.code).toBe('IDEMPOTENCY_KEY_INVALID');
    }
    expect(await titled('Mal formée ?')).toBe(0);
    // a structured-field string is accepted: "…"
    expect((await ask(member, `"${randomUUID()}"`, 'Entre guillemets ?')).status).toBe(201);
  });

  it('a request refused before any write leaves no key behind', async () => {
    const key = randomUUID();
    const bad = await member
      .post('/api/nodes')
      .set('Idempotency-Key', key)
      .send({ kind: 'Question', title: '' });
    expect(bad.status).toBe(400);
    expect(await count(db, 'MATCH (k:IdempotencyKey {key: $key}) RETURN count(k)', { key })).toBe(0);
  });

  it('the OpenAPI document names the header on the writes, not on the account routes', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body;
    const names = (op: { parameters: { name: string; in: string }[] }) =>
      op.parameters.filter((p) => p.in === 'header').map((p) => p.name);
    expect(names(doc.paths['/api/nodes'].post)).toContain('Idempotency-Key');
    expect(names(doc.paths['/api/links'].post)).toContain('Idempotency-Key');
    expect(doc.paths['/api/nodes'].post.responses['422']).toBeDefined();
    expect(names(doc.paths['/api/auth/login'].post)).not.toContain('Idempotency-Key');
  });
});
