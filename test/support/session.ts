// Acting as someone in API tests: `signUp` registers an account through the API and returns a Session
// whose get/post/patch/delete carry its session cookie, the test Origin and the CSRF token; `anonymous`
// does the same without an account (its writes reach the 401). `logIn` opens another session.
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import type { Me } from '../../shared/auth';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/auth';
import { TEST_ADMIN_EMAILS, TEST_ORIGIN } from './database';

type Agent = ReturnType<typeof request.agent>;
type Call = ReturnType<Agent['get']>;

export interface Client {
  agent: Agent;
  csrf: string;
  get(url: string): Call;
  post(url: string): Call;
  patch(url: string): Call;
  put(url: string): Call;
  delete(url: string): Call;
}

export interface Session extends Client, Me {
  email: string;
  password: string;
}

export const TEST_PASSWORD = 'une graine, dix questions';

/** The value a Set-Cookie header gives to `name`, if it sets it. */
export function cookieFrom(setCookie: string[] | string | undefined, name: string): string | undefined {
  const lines = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  for (const line of lines) {
    const [pair] = line.split(';');
    const [key, ...value] = (pair ?? '').split('=');
    if (key?.trim() === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** A client (an agent keeping cookies) that has its CSRF cookie and sends Origin + X-CSRF-Token. */
async function client(app: Express): Promise<Client> {
  const agent = request.agent(app);
  const first = await agent.get('/api/auth/me');
  const csrf = cookieFrom(first.headers['set-cookie'], CSRF_COOKIE);
  if (!csrf) throw new Error('GET /api/auth/me did not hand out the CSRF cookie');
  return withToken(agent, csrf);
}

/** The same agent sending `csrf`: the token is signed for the session, so a login or logout hands out a new one. */
function withToken(agent: Agent, csrf: string): Client {
  const withHeaders = (call: Call) => call.set('Origin', TEST_ORIGIN).set(CSRF_HEADER, csrf);
  return {
    agent,
    csrf,
    get: (url) => withHeaders(agent.get(url)),
    post: (url) => withHeaders(agent.post(url)),
    patch: (url) => withHeaders(agent.patch(url)),
    put: (url) => withHeaders(agent.put(url)),
    delete: (url) => withHeaders(agent.delete(url)),
  };
}

/** A visitor: no account, but Origin and CSRF are right, so its writes are refused with 401 only. */
export const anonymous = (app: Express) => client(app);

/** The client with the CSRF token a login, registration or logout answer handed out (its own if none). */
export function renewed(c: Client, setCookie: string[] | string | undefined): Client {
  const csrf = cookieFrom(setCookie, CSRF_COOKIE);
  return csrf ? withToken(c.agent, csrf) : c;
}

export interface SignUpOptions {
  name?: string;
  email?: string;
  password?: string;
  /** Register with an email testApp makes admin (logs in instead when that account exists). */
  admin?: boolean;
}

/** Registers an account through the API (expecting 201) and returns its logged-in session. */
export async function signUp(app: Express, options: SignUpOptions = {}): Promise<Session> {
  const name = options.name ?? `Membre ${randomUUID().slice(0, 6)}`;
  const email =
    options.email ?? (options.admin ? TEST_ADMIN_EMAILS[0] : undefined) ?? `m-${randomUUID()}@semis.test`;
  const password = options.password ?? TEST_PASSWORD;
  const c = await client(app);
  const res = await c.post('/api/auth/register').send({ name, email, password });
  if (res.status === 409 && options.admin) return logIn(app, { email, password });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { ...renewed(c, res.headers['set-cookie']), ...(res.body as Me), email, password };
}

/** Logs in an existing account (expecting 200): a new session. */
export async function logIn(
  app: Express,
  credentials: { email: string; password: string },
): Promise<Session> {
  const c = await client(app);
  const res = await c.post('/api/auth/login').send(credentials);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { ...renewed(c, res.headers['set-cookie']), ...(res.body as Me), ...credentials };
}
