// API tests for the HTTP layer's refusals: every body-reading failure (compression that is not what it
// says, an unknown encoding or charset, a body shorter than its Content-Length, malformed JSON, too
// large) is a 4xx with its own code and writes nothing; a path's unsupported method answers 405 with
// `Allow` from the shared contract; TRACE is always 405.
import type http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import { CSRF_COOKIE } from '../../shared/auth';
import { count, openTestDatabase, TEST_ORIGIN, testApp, wipe } from '../support/database';
import { cookieFrom, renewed, type Session, signUp } from '../support/session';

let db: Database;
let app: Express;
let member: Session;
let server: http.Server;
let port: number;
let cookies: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipe(db);
  app = testApp(db, { bodyLimit: '1kb' });
  member = await signUp(app);
  // the same member's cookies, for requests made with fetch
  const me = await member.get('/api/auth/me');
  expect(me.body.person.id).toBe(member.person.id);
  const login = await member.post('/api/auth/login').send({ email: member.email, password: member.password });
  // the CSRF token is signed for the session: the login hands out a new one
  member = { ...member, ...renewed(member, login.headers['set-cookie']) };
  cookies = [CSRF_COOKIE, 'semis_session']
    .map(
      (name) =>
        `${name}=${name === CSRF_COOKIE ? member.csrf : cookieFrom(login.headers['set-cookie'], name)}`,
    )
    .join('; ');
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

/** POST /api/nodes as the member with these exact bytes (supertest would re-encode a Buffer as JSON). */
async function postBytes(headers: Record<string, string>, body: Buffer | string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/nodes`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: TEST_ORIGIN,
      'X-CSRF-Token': member.csrf,
      Cookie: cookies,
      ...headers,
    },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: await res.json() };
}

const QUESTION = JSON.stringify({ kind: 'Question', title: 'Pourquoi composter ?' });
const questions = () => count(db, 'MATCH (n:Question) RETURN count(n) AS n');

describe('body-reading failures are 4xx with their own code', () => {
  const cases: [string, Record<string, string>, Buffer | string, number, string][] = [
    ['gzip that is not gzip', { 'Content-Encoding': 'gzip' }, QUESTION, 400, 'BAD_CONTENT_ENCODING'],
    ['deflate that is not deflate', { 'Content-Encoding': 'deflate' }, QUESTION, 400, 'BAD_CONTENT_ENCODING'],
    ['br that is not brotli', { 'Content-Encoding': 'br' }, QUESTION, 400, 'BAD_CONTENT_ENCODING'],
    [
      'truncated gzip',
      { 'Content-Encoding': 'gzip' },
      zlib.gzipSync(QUESTION).subarray(0, 12),
      400,
      'BAD_CONTENT_ENCODING',
    ],
    [
      'an unknown encoding',
      { 'Content-Encoding': 'compress' },
      QUESTION,
      415,
      'UNSUPPORTED_CONTENT_ENCODING',
    ],
    [
      'an unknown charset',
      { 'Content-Type': 'application/json; charset=ebcdic' },
      QUESTION,
      415,
      'UNSUPPORTED_CHARSET',
    ],
    ['malformed JSON', {}, '{"kind": "Question",', 400, 'MALFORMED_JSON'],
    [
      'a body over the limit',
      {},
      JSON.stringify({ kind: 'Question', title: 'x'.repeat(2000) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'gzip that inflates over the limit',
      { 'Content-Encoding': 'gzip' },
      zlib.gzipSync(JSON.stringify({ kind: 'Question', title: 'x'.repeat(5000) })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ];
  for (const [what, headers, body, status, code] of cases) {
    it(`${what}: ${status} ${code}, nothing written`, async () => {
      const before = await questions();
      const res = await postBytes(headers, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/\w/);
      expect(await questions()).toBe(before);
    });
  }

  it('a real gzip body is read (the encodings are supported, not refused)', async () => {
    const res = await postBytes({ 'Content-Encoding': 'gzip' }, zlib.gzipSync(QUESTION));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.title).toBe('Pourquoi composter ?');
  });

  it('a body shorter than its Content-Length (the client gives up): no 5xx, nothing written', async () => {
    const before = await questions();
    const statusLine = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":',
        );
        socket.end(); // half-close: the body never arrives in full
      });
      let answer = '';
      socket.on('data', (d) => {
        answer += d.toString();
      });
      socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    });
    expect(statusLine).not.toMatch(/ 5\d\d /);
    expect(await questions()).toBe(before);
  });

  it('a path parameter that is not valid percent-encoding is a 400, not a 500', async () => {
    const res = await request(app).get('/api/nodes/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_REQUEST');
  });
});

describe('405 Method Not Allowed with Allow, from the shared contract', () => {
  it('PUT on a node: 405, Allow lists GET, HEAD, PATCH, DELETE', async () => {
    const res = await member.agent
      .put('/api/nodes/00000000-0000-4000-8000-000000000000')
      .set('Origin', 'http://semis.test')
      .set('X-CSRF-Token', member.csrf)
      .send({});
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, PATCH, DELETE');
    expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('DELETE on the landscape and GET on login: 405 with their own Allow', async () => {
    const del = await member.delete('/api/landscape');
    expect(del.status).toBe(405);
    expect(del.headers.allow).toBe('GET, HEAD');
    const get = await request(app).get('/api/auth/login');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('PUT on the photo upload with a multipart body: 405 before the body is looked at (not 415)', async () => {
    const res = await member.agent
      .put('/api/photos')
      .set('Origin', 'http://semis.test')
      .set('X-CSRF-Token', member.csrf)
      .field('title', 'Une photo')
      .attach('file', Buffer.from('not an image'), 'photo.png');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('TRACE is 405 anywhere, an unknown path stays 404', async () => {
    const trace = await request(app).trace('/api/landscape');
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, HEAD');
    const traceUnknown = await request(app).trace('/api/nothing-here');
    expect(traceUnknown.status).toBe(405);
    const unknown = await request(app).get('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('ROUTE_NOT_FOUND');
  });
});
