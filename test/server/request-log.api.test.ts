// API test of the request log: one short line per API request (its method, path and status), and never a
// header — so neither the session cookie, nor the CSRF token, nor a Set-Cookie reaches the logs.
import { Writable } from 'node:stream';
import pino from 'pino';
import { expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { testApp } from '../support/database';
import { signUp } from '../support/session';

const { db } = await apiSuite({ wipe: 'once' });
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
    done();
  },
});

it('logs each API request as its method, path and status, without any header', async () => {
  const app = testApp(db, { logger: pino({ level: 'info' }, sink) });
  const member = await signUp(app);
  await member.get('/api/auth/me').expect(200);
  await member.get('/api/nodes/no-such-node').expect(404);

  const requests = lines.filter((line) => line.req !== undefined);
  const me = requests.find((line) => (line.req as { url: string }).url === '/api/auth/me');
  expect(me).toMatchObject({
    level: 30,
    req: { method: 'GET', url: '/api/auth/me' },
    res: { statusCode: 200 },
  });
  expect(Object.keys(me?.req as object).sort()).toEqual(['id', 'method', 'url']);
  expect(Object.keys(me?.res as object)).toEqual(['statusCode']);
  const missing = requests.find((line) => (line.req as { url: string }).url === '/api/nodes/no-such-node');
  expect(missing).toMatchObject({ level: 30, res: { statusCode: 404 } });
  // the register and login answers set cookies; no line holds a cookie, a token or any header
  const all = JSON.stringify(lines);
  expect(all).not.toContain('semis_session');
  expect(all).not.toContain(member.csrf);
  expect(all).not.toMatch(/cookie|headers/i);
});
