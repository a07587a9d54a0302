// API tests for accounts against the real Neo4j: register, log in, log out, me; the cookies' flags; idle
// and absolute expiry; the CSRF checks (Origin and double submit); the rate limit; 401 for anonymous
// writes on every write route; and what the database holds (an :Account apart from the landscape, a
// session stored as the hash of its token, never the token).
import { createHash } from 'node:crypto';
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrations';
import { apiSuite } from '../support/api-suite';
import { count, TEST_ORIGIN, testApp } from '../support/database';
import {
  anonymous,
  type Client,
  cookieFrom,
  logIn,
  renewed,
  type Session,
  signUp,
  TEST_PASSWORD,
} from '../support/session';

const { db, app } = await apiSuite();

/** What GET /api/auth/me answers when no one is logged in. */
const NO_ONE = { person: null, role: null };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const setCookies = (res: { headers: Record<string, unknown> }) =>
  (res.headers['set-cookie'] as string[] | undefined) ?? [];
const cookieLine = (res: { headers: Record<string, unknown> }, name: string) =>
  setCookies(res).find((line) => line.startsWith(`${name}=`));

async function row(cypher: string, params: Record<string, unknown> = {}) {
  const result = await db.read((tx) => tx.run(cypher, params));
  return result.records[0]?.toObject() as Record<string, unknown> | undefined;
}

describe('POST /api/auth/register', () => {
  it('creates an account, its public Person node and its event, and logs in', async () => {
    const visitor = await anonymous(app);
    const res = await visitor
      .post('/api/auth/register')
      .send({ name: 'Camille Martin', email: ' Camille@Example.org ', password: TEST_PASSWORD });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ person: { id: expect.any(String), name: 'Camille Martin' }, role: 'member' });
    const personId: string = res.body.person.id;

    const line = cookieLine(res, 'semis_session');
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; SameSite=Lax/);
    expect(line).toMatch(/; Path=\//);
    expect(line).not.toMatch(/; Secure/);

    const account = await row(
      `MATCH (a:Account) RETURN a.email AS email, a.passwordHash AS hash, a.role AS role,
         a.personId AS personId, a:Entity AS isEntity, a.createdAt IS NOT NULL AS dated`,
    );
    expect(account).toMatchObject({
      email: 'camille@example.org',
      role: 'member',
      personId,
      isEntity: false,
    });
    expect(account?.dated).toBe(true);
    expect(String(account?.hash)).toMatch(/^\$argon2id\$/);

    const person = await row('MATCH (p:Entity:Person {id: $personId}) RETURN p {.*} AS p', { personId });
    expect(person?.p).toMatchObject({
      kind: 'Person',
      title: 'Camille Martin',
      visibility: 'public',
      createdBy: personId,
      version: 1,
    });
    const p = person?.p as Record<string, unknown>;
    expect(typeof p.x).toBe('number');
    expect(Object.values(p).join(' ')).not.toContain('example.org');

    const event = await row(
      `MATCH (e:Event) RETURN e.action AS action, e.actorId AS actorId, e.entityId AS entityId,
         e.before AS before, e.after AS after`,
    );
    expect(event).toMatchObject({
      action: 'node.create',
      actorId: personId,
      entityId: personId,
      before: null,
    });
    expect(JSON.parse(String(event?.after))).toMatchObject({ id: personId, title: 'Camille Martin' });

    const me = await visitor.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual(res.body);
  });

  it('makes admins of the emails in the admin list (case does not matter)', async () => {
    const admin = await signUp(app, { email: 'ADMIN@semis.test' });
    expect(admin.role).toBe('admin');
    expect((await admin.get('/api/auth/me')).body.role).toBe('admin');
    expect((await signUp(app)).role).toBe('member');
  });

  it('refuses an email already used (409 EMAIL_TAKEN), whatever its case', async () => {
    await signUp(app, { email: 'lea@example.org' });
    const visitor = await anonymous(app);
    const res = await visitor
      .post('/api/auth/register')
      .send({ name: 'Autre Léa', email: 'LEA@example.org', password: TEST_PASSWORD });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('EMAIL_TAKEN');
    expect(cookieLine(res, 'semis_session')).toBeUndefined();
    expect(await count(db, 'MATCH (a:Account) RETURN count(a)')).toBe(1);
    expect(await count(db, 'MATCH (p:Person) RETURN count(p)')).toBe(1);
  });

  it.each([
    [{ name: '', email: 'a@example.org', password: TEST_PASSWORD }, 'name'],
    [{ name: 'A', email: 'not-an-email', password: TEST_PASSWORD }, 'email'],
    [{ name: 'A', email: 'a@example.org', password: 'short' }, 'password'],
    [{ name: 'A', email: 'a@example.org' }, 'password'],
    [{ name: 'A', email: 'a@example.org', password: TEST_PASSWORD, role: 'admin' }, 'role'],
  ])('refuses %j with 400 naming %s, writing nothing', async (body, field) => {
    const visitor = await anonymous(app);
    const res = await visitor.post('/api/auth/register').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toContain(field);
    expect(JSON.stringify(res.body.error.details)).toContain(field);
    expect(await count(db, 'MATCH (n) RETURN count(n)')).toBe(0);
  });
});

describe('POST /api/auth/login and /api/auth/logout, GET /api/auth/me', () => {
  let member: Session;
  beforeEach(async () => {
    member = await signUp(app, { name: 'Sam', email: 'sam@example.org' });
  });

  it('logs in with a new session (a new token) at every login', async () => {
    const first = await logIn(app, { email: 'SAM@example.org', password: TEST_PASSWORD });
    const second = await logIn(app, { email: 'sam@example.org', password: TEST_PASSWORD });
    expect(first.person).toEqual(member.person);
    expect(second.role).toBe('member');
    const tokens = await db.read((tx) => tx.run('MATCH (s:Session) RETURN s.tokenHash AS h'));
    expect(new Set(tokens.records.map((r) => r.get('h'))).size).toBe(3);
    for (const session of [member, first, second])
      expect((await session.get('/api/auth/me')).body.person.id).toBe(member.person.id);
  });

  it('answers a wrong password and an unknown email alike: 401 INVALID_CREDENTIALS', async () => {
    const visitor = await anonymous(app);
    const wrong = await visitor
      .post('/api/auth/login')
      .send({ email: 'sam@example.org', password: 'not it at all' });
    const unknown = await visitor
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password: TEST_PASSWORD });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error: { code: 'INVALID_CREDENTIALS', message: 'The email or the password is not right' },
      });
      expect(cookieLine(res, 'semis_session')).toBeUndefined();
    }
    expect((await visitor.get('/api/auth/me')).body).toEqual(NO_ONE);
  });

  it('answers a visitor on /me with 200 { person: null, role: null }: no one is logged in, not an error', async () => {
    const res = await request(app).get('/api/auth/me');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ person: null, role: null });
  });

  it("keeps 401 UNAUTHENTICATED for a visitor's write", async () => {
    const res = await (await anonymous(app)).post('/api/nodes').send({ kind: 'Question', title: 'Et moi ?' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('stores only the SHA-256 of the session token', async () => {
    const res = await (await anonymous(app))
      .post('/api/auth/login')
      .send({ email: 'sam@example.org', password: TEST_PASSWORD });
    const token = cookieFrom(res.headers['set-cookie'], 'semis_session');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await row(
      'MATCH (s:Session {tokenHash: $h}) RETURN s.accountId AS accountId, s.expiresAt > s.createdAt AS ok',
      { h: sha256(String(token)) },
    );
    expect(stored?.ok).toBe(true);
    const everything = await db.read((tx) => tx.run('MATCH (n) RETURN properties(n) AS p'));
    const anywhere = everything.records.filter((r) => JSON.stringify(r.get('p')).includes(String(token)));
    expect(anywhere).toHaveLength(0);
  });

  it('logs out: 204, the session is deleted and its token no longer works', async () => {
    const token = await row('MATCH (s:Session) RETURN count(s) AS n');
    expect(token?.n).toBe(1);
    const res = await member.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(cookieLine(res, 'semis_session')).toMatch(/^semis_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await count(db, 'MATCH (s:Session) RETURN count(s)')).toBe(0);
    expect((await member.get('/api/auth/me')).body).toEqual(NO_ONE);
    // with the CSRF token logout handed out (the old one was signed for the closed session)
    const write = await renewed(member, res.headers['set-cookie'])
      .post('/api/nodes')
      .send({ kind: 'Question', title: 'Encore là ?' });
    expect(write.status).toBe(401);
  });

  it('forgets a session idle too long, and one past its absolute expiry', async () => {
    await db.write((tx) => tx.run('MATCH (s:Session) SET s.lastSeenAt = datetime() - duration({hours: 73})'));
    const idle = await member.get('/api/auth/me');
    expect(idle.status).toBe(200);
    expect(idle.body).toEqual(NO_ONE);
    expect(cookieLine(idle, 'semis_session')).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await count(db, 'MATCH (s:Session) RETURN count(s)')).toBe(0);

    const again = await logIn(app, { email: 'sam@example.org', password: TEST_PASSWORD });
    await db.write((tx) => tx.run('MATCH (s:Session) SET s.expiresAt = datetime() - duration({seconds: 1})'));
    expect((await again.get('/api/auth/me')).body).toEqual(NO_ONE);
    expect(await count(db, 'MATCH (s:Session) RETURN count(s)')).toBe(0);
  });

  it('keeps a session in use alive, writing lastSeenAt at most once a minute', async () => {
    const lastSeen = async () =>
      Number((await row('MATCH (s:Session) RETURN s.lastSeenAt.epochMillis AS t'))?.t);
    const before = await lastSeen();
    await member.get('/api/auth/me');
    expect(await lastSeen()).toBe(before);
    await db.write((tx) => tx.run('MATCH (s:Session) SET s.lastSeenAt = datetime() - duration({hours: 71})'));
    expect((await member.get('/api/auth/me')).status).toBe(200);
    expect(await lastSeen()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('honours tiny lifetimes given to the app', async () => {
    const shortLived = testApp(db, { auth: { idleMs: 200 } });
    const session = await logIn(shortLived, { email: 'sam@example.org', password: TEST_PASSWORD });
    expect((await session.get('/api/auth/me')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await session.get('/api/auth/me')).body).toEqual(NO_ONE);
  });
});

describe('cookies behind HTTPS', () => {
  it('uses __Host-semis_session with Secure, and a Secure readable CSRF cookie', async () => {
    const secure = testApp(db, { auth: { secureCookies: true } });
    const first = await request(secure).get('/api/auth/me');
    const csrfLine = cookieLine(first, 'semis_csrf');
    expect(csrfLine).toMatch(/; Secure/);
    expect(csrfLine).not.toMatch(/HttpOnly/);
    const csrf = String(cookieFrom(first.headers['set-cookie'], 'semis_csrf'));
    const res = await request(secure)
      .post('/api/auth/register')
      .set('Origin', TEST_ORIGIN)
      .set('Cookie', `semis_csrf=${csrf}`)
      .set('X-CSRF-Token', csrf)
      .send({ name: 'Sécurisée', email: 'secure@example.org', password: TEST_PASSWORD });
    expect(res.status).toBe(201);
    const line = String(cookieLine(res, '__Host-semis_session'));
    expect(line).toMatch(/; Path=\//);
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; Secure/);
    expect(line).toMatch(/; SameSite=Lax/);
    expect(line).not.toMatch(/Domain=/);
    const token = cookieFrom(res.headers['set-cookie'], '__Host-semis_session');
    const me = await request(secure).get('/api/auth/me').set('Cookie', `__Host-semis_session=${token}`);
    expect(me.status).toBe(200);
    // The plain name means nothing to a secure app.
    const plain = await request(secure).get('/api/auth/me').set('Cookie', `semis_session=${token}`);
    expect(plain.body).toEqual(NO_ONE);
  });
});

describe('CSRF', () => {
  let member: Session;
  beforeEach(async () => {
    member = await signUp(app);
  });
  const question = { kind: 'Question', title: 'Forgée ?' };
  const questions = () => count(db, 'MATCH (n:Question) RETURN count(n)');

  it('hands out a readable semis_csrf cookie once, on any API answer', async () => {
    const first = await request(app).get('/api/health');
    const line = String(cookieLine(first, 'semis_csrf'));
    expect(line).toMatch(/^semis_csrf=[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}; Path=\/; SameSite=Lax$/);
    const token = cookieFrom(first.headers['set-cookie'], 'semis_csrf');
    const next = await request(app).get('/api/health').set('Cookie', `semis_csrf=${token}`);
    expect(cookieLine(next, 'semis_csrf')).toBeUndefined();
  });

  it('refuses a matching cookie/header pair not signed for this session (403 CSRF_NOT_SIGNED), writing nothing', async () => {
    const visitor = await anonymous(app);
    const login = await visitor
      .post('/api/auth/login')
      .send({ email: member.email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const session = cookieFrom(login.headers['set-cookie'], 'semis_session');
    const signed = String(cookieFrom(login.headers['set-cookie'], 'semis_csrf'));
    const other = await signUp(app);
    const unsigned = 'a'.repeat(43);
    const forged = `${unsigned}.${'b'.repeat(43)}`;
    // the token this client held before logging in, and tokens of other sessions or made up
    for (const token of [visitor.csrf, unsigned, forged, other.csrf]) {
      // the pair matches, as a cookie planted by a sibling subdomain would
      const res = await request(app)
        .post('/api/nodes')
        .set('Origin', TEST_ORIGIN)
        .set('Cookie', `semis_session=${session}; semis_csrf=${token}`)
        .set('X-CSRF-Token', token)
        .send(question);
      expect(res.status, token).toBe(403);
      expect(res.body.error.code).toBe('CSRF_NOT_SIGNED');
      // and a token signed for this session comes back with the refusal
      expect(cookieLine(res, 'semis_csrf')).toMatch(/^semis_csrf=[A-Za-z0-9_-]{43}\./);
    }
    expect(await questions()).toBe(0);
    const good = await request(app)
      .post('/api/nodes')
      .set('Origin', TEST_ORIGIN)
      .set('Cookie', `semis_session=${session}; semis_csrf=${signed}`)
      .set('X-CSRF-Token', signed)
      .send(question);
    expect(good.status).toBe(201);
  });

  it('refuses a write with no Origin and no Referer, or from another origin (403), writing nothing', async () => {
    const noOrigin = await member.agent.post('/api/nodes').set('X-CSRF-Token', member.csrf).send(question);
    const otherOrigin = await member.post('/api/nodes').set('Origin', 'https://evil.example').send(question);
    const otherReferer = await member.agent
      .post('/api/nodes')
      .set('X-CSRF-Token', member.csrf)
      .set('Referer', 'https://evil.example/semis.test')
      .send(question);
    const nullOrigin = await member.post('/api/nodes').set('Origin', 'null').send(question);
    for (const res of [noOrigin, otherOrigin, otherReferer, nullOrigin]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('CSRF_FAILED');
    }
    expect(await questions()).toBe(0);
  });

  it('refuses a write whose X-CSRF-Token is missing or does not match the cookie (403)', async () => {
    const missing = await member.agent.post('/api/nodes').set('Origin', TEST_ORIGIN).send(question);
    const wrong = await member.post('/api/nodes').set('X-CSRF-Token', `${member.csrf}x`).send(question);
    const noCookie = await request(app)
      .post('/api/auth/register')
      .set('Origin', TEST_ORIGIN)
      .set('X-CSRF-Token', member.csrf)
      .send({ name: 'Sans cookie', email: 'nocookie@example.org', password: TEST_PASSWORD });
    for (const res of [missing, wrong, noCookie]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('CSRF_FAILED');
    }
    expect(await questions()).toBe(0);
    expect(await count(db, 'MATCH (a:Account) RETURN count(a)')).toBe(1);
  });

  it('checks login and logout too', async () => {
    const login = await member.agent
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .set('X-CSRF-Token', member.csrf)
      .send({ email: member.email, password: member.password });
    expect(login.status).toBe(403);
    const logout = await member.agent.post('/api/auth/logout').set('Origin', TEST_ORIGIN);
    expect(logout.status).toBe(403);
    expect(await count(db, 'MATCH (s:Session) RETURN count(s)')).toBe(1);
  });

  it("accepts the request's own origin from Host, and a same-origin Referer when Origin is absent", async () => {
    const own = await member.agent
      .post('/api/nodes')
      .set('Host', 'semis.example.org')
      .set('Origin', 'https://semis.example.org')
      .set('X-CSRF-Token', member.csrf)
      .send(question);
    expect(own.status).toBe(201);
    const byReferer = await member.agent
      .post('/api/nodes')
      .set('Referer', `${TEST_ORIGIN}/?node=abc`)
      .set('X-CSRF-Token', member.csrf)
      .send(question);
    expect(byReferer.status).toBe(201);
    expect(await questions()).toBe(2);
  });
});

describe('rate limit of login and registration', () => {
  it('answers 429 RATE_LIMITED with Retry-After beyond the limit per address', async () => {
    const limited = testApp(db, { auth: { rateLimit: 3 } });
    let visitor = await anonymous(limited);
    const attempt = () =>
      visitor.post('/api/auth/login').send({ email: 'who@example.org', password: 'guessing again' });
    expect((await attempt()).status).toBe(401);
    const registration = await visitor
      .post('/api/auth/register')
      .send({ name: 'Nouvelle', email: 'new@example.org', password: TEST_PASSWORD });
    expect(registration.status).toBe(201);
    visitor = renewed(visitor, registration.headers['set-cookie']);
    expect((await attempt()).status).toBe(401);
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const blockedRegistration = await visitor
      .post('/api/auth/register')
      .send({ name: 'Encore', email: 'again@example.org', password: TEST_PASSWORD });
    expect(blockedRegistration.status).toBe(429);
    expect(await count(db, 'MATCH (a:Account) RETURN count(a)')).toBe(1);
    // Other routes are not limited.
    expect((await visitor.get('/api/auth/me')).status).toBe(200);
  });
});

describe('behind a reverse proxy (SEMIS_TRUST_PROXY)', () => {
  const attempt = (client: Client, forwardedFor: string) =>
    client
      .post('/api/auth/login')
      .set('X-Forwarded-For', forwardedFor)
      .send({ email: 'who@example.org', password: 'guessing again' });

  it('without it, X-Forwarded-For is ignored: every client behind the proxy shares one bucket', async () => {
    const limited = testApp(db, { auth: { rateLimit: 2 } });
    const [first, second] = [await anonymous(limited), await anonymous(limited)];
    expect((await attempt(first, '203.0.113.1')).status).toBe(401);
    expect((await attempt(first, '203.0.113.1')).status).toBe(401);
    expect((await attempt(second, '203.0.113.2')).status).toBe(429);
  });

  it('with it, each client address the trusted proxy names has its own bucket', async () => {
    const limited = testApp(db, { auth: { rateLimit: 2 }, trustProxy: ['loopback'] });
    const [first, second] = [await anonymous(limited), await anonymous(limited)];
    expect((await attempt(first, '203.0.113.1')).status).toBe(401);
    expect((await attempt(first, '203.0.113.1')).status).toBe(401);
    expect((await attempt(first, '203.0.113.1')).status).toBe(429);
    expect((await attempt(second, '203.0.113.2')).status).toBe(401);
    // a hop count works the same way: the address the one proxy in front saw
    const oneHop = testApp(db, { auth: { rateLimit: 1 }, trustProxy: 1 });
    const client = await anonymous(oneHop);
    expect((await attempt(client, '198.51.100.1, 203.0.113.1')).status).toBe(401);
    expect((await attempt(client, '198.51.100.1, 203.0.113.1')).status).toBe(429);
    expect((await attempt(client, '198.51.100.1, 203.0.113.2')).status).toBe(401);
  });

  it('keeps Secure cookies and the Origin check: X-Forwarded-Host never widens the accepted origins', async () => {
    const publicOrigin = 'https://semis.example.org';
    const behind = testApp(db, {
      trustProxy: 1,
      auth: { secureCookies: true, extraOrigins: [publicOrigin] },
    });
    const proxied = (call: ReturnType<ReturnType<typeof request>['get']>) =>
      call
        .set('Host', 'semis-internal:3000')
        .set('X-Forwarded-Proto', 'https')
        .set('X-Forwarded-Host', 'semis.example.org')
        .set('X-Forwarded-For', '203.0.113.9');
    const first = await proxied(request(behind).get('/api/auth/me'));
    const csrfLine = cookieLine(first, 'semis_csrf');
    expect(csrfLine).toMatch(/; Secure/);
    const csrf = cookieFrom(csrfLine, 'semis_csrf') ?? '';
    const write = (path: string, origin: string, forwardedHost = 'semis.example.org') =>
      proxied(request(behind).post(path))
        .set('X-Forwarded-Host', forwardedHost)
        .set('Origin', origin)
        .set('Cookie', `semis_csrf=${encodeURIComponent(csrf)}`)
        .set('X-CSRF-Token', csrf);

    const registered = await write('/api/auth/register', publicOrigin).send({
      name: 'Derrière le proxy',
      email: 'proxy@example.org',
      password: TEST_PASSWORD,
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const session = cookieLine(registered, '__Host-semis_session');
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; HttpOnly/);

    const forged = await write('/api/auth/login', 'https://evil.example', 'evil.example').send({
      email: 'proxy@example.org',
      password: TEST_PASSWORD,
    });
    expect([forged.status, forged.body.error.code]).toEqual([403, 'CSRF_FAILED']);
  });
});

describe('anonymous writes', () => {
  it('refuses every write route with 401 UNAUTHENTICATED, writing nothing', async () => {
    const member = await signUp(app);
    const q = await member.post('/api/nodes').send({ kind: 'Question', title: 'Pourquoi ?' });
    const seed = await member.post('/api/nodes').send({ kind: 'Seed', title: 'Graine' });
    const link = await member
      .post('/api/links')
      .send({ source: seed.body.id, target: q.body.id, relation: 'GROWS_FROM' });
    expect(link.status).toBe(201);
    const visitor = await anonymous(app);
    const attempts = [
      visitor.post('/api/nodes').send({ kind: 'Question', title: 'Anonyme ?' }),
      visitor.patch(`/api/nodes/${q.body.id}`).set('If-Match', '1').send({ title: 'Changée ?' }),
      visitor.delete(`/api/nodes/${q.body.id}`),
      visitor.post('/api/links').send({ source: q.body.id, target: q.body.id, relation: 'ECHOES' }),
      visitor.delete(`/api/links/${link.body.id}`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
    expect(await count(db, 'MATCH (n:Entity) RETURN count(n)')).toBe(3);
    expect(await count(db, 'MATCH ()-[r]->() RETURN count(r)')).toBe(1);
    // version 2: the GROWS_FROM above made it `seeded` (server/graph-writes/question-status.ts); nothing since
    expect(await row('MATCH (n {id: $id}) RETURN n.title AS t, n.version AS v', { id: q.body.id })).toEqual({
      t: 'Pourquoi ?',
      v: 2,
    });
  });
});

describe('what never leaves the server', () => {
  it('shows no email or password hash in /me, the Person node, search, the landscape or a neighbourhood', async () => {
    const member = await signUp(app, { name: 'Zoé Lumière', email: 'zoe.secret@example.org' });
    await migrate(db); // the full-text index catches up
    const id = member.person.id;
    const answers = [
      await member.get('/api/auth/me'),
      await member.get(`/api/nodes/${id}`),
      await member.get('/api/search?q=Lumière'),
      await member.get('/api/landscape'),
      await member.get(`/api/nodes/${id}/neighborhood`),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers[2]?.body.hits.map((h: { id: string }) => h.id)).toContain(id);
    expect(answers[3]?.body.nodes.map((n: { key: string }) => n.key)).toContain(id);
    for (const res of answers) {
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('zoe.secret');
      expect(text).not.toContain('argon2');
      expect(text).not.toMatch(/passwordHash|email/i);
    }
  });
});
