// API tests for the landscape under load: a strong ETag that every write (and a demo load, which writes
// without events) changes, 304 on If-None-Match, one cached answer shared only by readers who see
// exactly the same landscape (never across different reach), and answers compressed with gzip or br.
import zlib from 'node:zlib';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { markLandscapeLoaded } from '../../server/graph-writes/import.repository';
import { apiSuite } from '../support/api-suite';
import { type Client, type Session, signUp } from '../support/session';

const { db, app } = await apiSuite({ wipe: 'once' });
let plain: Session;
let otherPlain: Session;
let writer: Session;
let grower: Session;

const ids = (body: { nodes: { key: string }[] }) => body.nodes.map((n) => n.key).sort();
const landscape = (who?: Client) => (who ? who.get('/api/landscape') : request(app).get('/api/landscape'));

beforeAll(async () => {
  [plain, otherPlain, writer, grower] = [
    await signUp(app),
    await signUp(app),
    await signUp(app),
    await signUp(app),
  ];
  const q = await writer.post('/api/nodes').send({ kind: 'Question', title: 'Pourquoi composter ?' });
  expect(q.status).toBe(201);
  const grown = await grower.post('/api/seeds').send({ question: q.body.id, title: 'Compostage' });
  expect(grown.status).toBe(201);
});

describe('ETag and 304', () => {
  it('the same reader gets the same strong ETag and a 304 with no body on If-None-Match', async () => {
    const first = await landscape();
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^"L[\w-]{27}"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await landscape();
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.body).toEqual(first.body);
    const revalidated = await request(app)
      .get('/api/landscape')
      .set('If-None-Match', String(first.headers.etag));
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.headers.etag).toBe(first.headers.etag);
    const weak = await request(app)
      .get('/api/landscape')
      .set('If-None-Match', `"x", W/${first.headers.etag}`);
    expect(weak.status).toBe(304);
  });

  it('the query is part of the tag: another kinds, lang or limit is another answer', async () => {
    const all = await landscape();
    const seeds = await request(app).get('/api/landscape?kinds=Seed');
    const english = await request(app).get('/api/landscape?lang=en');
    expect(new Set([all.headers.etag, seeds.headers.etag, english.headers.etag]).size).toBe(3);
    expect(seeds.body.nodes.map((n: { attributes: { kind: string } }) => n.attributes.kind)).toEqual([
      'Seed',
    ]);
  });

  it('a write changes the ETag, and the old tag then gets the new answer (200), not a 304', async () => {
    const before = await landscape();
    const created = await writer.post('/api/nodes').send({ kind: 'Question', title: 'Et les vers ?' });
    expect(created.status).toBe(201);
    const after = await request(app).get('/api/landscape').set('If-None-Match', String(before.headers.etag));
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(ids(after.body)).toEqual([...ids(before.body), created.body.id].sort());
  });

  it('a landscape load (which writes without events) changes the ETag too', async () => {
    const before = await landscape();
    await db.write((tx) =>
      tx.run(`CREATE (:Entity:Question {id: 'loaded', kind: 'Question', title: 'Chargée', lang: 'fr',
                visibility: 'public', x: 1.0, y: 1.0, version: 1})`),
    );
    await markLandscapeLoaded(db);
    const after = await request(app).get('/api/landscape').set('If-None-Match', String(before.headers.etag));
    expect(after.status).toBe(200);
    expect(ids(after.body)).toContain('loaded');
  });

  it('concurrent revalidations share version reads, yet none answers from before a commit it follows', async () => {
    const before = await landscape();
    const tag = String(before.headers.etag);
    const revalidate = () => request(app).get('/api/landscape').set('If-None-Match', tag);
    const quiet = await Promise.all(Array.from({ length: 20 }, revalidate));
    expect(quiet.map((r) => r.status)).toEqual(Array(20).fill(304));
    // a commit by another process (no event through this app), then a burst: every request follows it
    await db.write((tx) => tx.run(`MATCH (log:EventLog {id: 'main'}) SET log.position = log.position + 1`));
    const burst = await Promise.all(Array.from({ length: 20 }, revalidate));
    expect(burst.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(burst.map((r) => r.headers.etag)).size).toBe(1);
  });
});

describe('the shared cache never crosses reach', () => {
  it('a private node is seen by its author only, whoever warmed the cache first', async () => {
    const secret = await writer
      .post('/api/nodes')
      .send({ kind: 'Question', title: 'Secrète', visibility: 'private' });
    expect(secret.status).toBe(201);
    const mine = await landscape(writer); // the author's answer is built (and cached) first
    expect(ids(mine.body)).toContain(secret.body.id);
    for (const other of [plain, otherPlain, undefined]) {
      const theirs = await landscape(other);
      expect(ids(theirs.body)).not.toContain(secret.body.id);
      expect(theirs.headers.etag).not.toBe(mine.headers.etag);
      expect(theirs.body.attributes.total).toBe(mine.body.attributes.total - 1);
    }
    // and the author's own tag does not revalidate another reader's answer
    const crossed = await plain.get('/api/landscape').set('If-None-Match', String(mine.headers.etag));
    expect(crossed.status).toBe(200);
  });

  it('members see their level, visitors do not: a members-only node stays out of the visitors’ answer', async () => {
    const inner = await writer
      .post('/api/nodes')
      .send({ kind: 'Question', title: 'Entre nous', visibility: 'members' });
    expect(inner.status).toBe(201);
    const member = await landscape(plain);
    expect(ids(member.body)).toContain(inner.body.id);
    const visitor = await landscape();
    expect(ids(visitor.body)).not.toContain(inner.body.id);
    expect(visitor.headers.etag).not.toBe(member.headers.etag);
  });

  it('members with nothing of their own share one answer (one entry); a seed role gets its own key', async () => {
    const a = await landscape(plain);
    const b = await landscape(otherPlain);
    expect(b.headers.etag).toBe(a.headers.etag);
    expect(b.body).toEqual(a.body);
    // the grower (author of a seed) sees what plain members see here, yet is keyed alone
    const g = await landscape(grower);
    expect(ids(g.body)).toEqual(ids(a.body));
    expect(g.headers.etag).not.toBe(a.headers.etag);
  });

  it('a seed editor sees the seed’s private question: not in the members’ shared answer', async () => {
    const seed = await grower.post('/api/nodes').send({ kind: 'Seed', title: 'Potager' });
    expect(seed.status).toBe(201);
    const hidden = await writer
      .post('/api/nodes')
      .send({ kind: 'Question', title: 'Privée du semis', visibility: 'private' });
    expect(hidden.status).toBe(201);
    // written straight into the graph: a link the writer made to the grower's seed
    await db.write((tx) =>
      tx.run(
        `MATCH (q:Entity {id: $q}), (s:Entity {id: $s}) CREATE (q)-[:EXPLORED_IN {id: randomUUID(), createdBy: $by}]->(s)`,
        { q: hidden.body.id, s: seed.body.id, by: writer.person.id },
      ),
    );
    await markLandscapeLoaded(db);
    const members = await landscape(plain);
    expect(ids(members.body)).not.toContain(hidden.body.id);
    const steward = await landscape(grower);
    // whichever visibility rule applies to the grower, their answer is never the members' shared one
    expect(steward.headers.etag).not.toBe(members.headers.etag);
  });
});

describe('compression', () => {
  it('sends the landscape with br or gzip as accepted, the same JSON once decoded', async () => {
    const plainRes = await request(app).get('/api/landscape').set('Accept-Encoding', 'identity');
    expect(plainRes.headers['content-encoding']).toBeUndefined();
    for (const encoding of ['gzip', 'br'] as const) {
      const res = await request(app)
        .get('/api/landscape')
        .set('Accept-Encoding', encoding)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/Accept-Encoding/);
      const raw = res.body as Buffer;
      // supertest may already have decoded it; otherwise decode it here
      const text =
        raw[0] === 0x7b
          ? raw.toString()
          : (encoding === 'br' ? zlib.brotliDecompressSync(raw) : zlib.gunzipSync(raw)).toString();
      expect(JSON.parse(text)).toEqual(plainRes.body);
    }
  });

  it('other JSON answers are compressed too (the OpenAPI document)', async () => {
    const res = await request(app).get('/api/openapi.json').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.openapi).toBe('3.1.0');
  });
});
