// API tests for what every route shares: health and readiness, the generated OpenAPI document (and that
// no Express route is missing from it), JSON 404s, 503 + Retry-After when Neo4j is unreachable.
import type { Express } from 'express';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { Database } from '../../server/db/database';
import { toOpenApiPath } from '../../server/openapi/openapi';
import { ENDPOINTS } from '../../shared/api';
import { apiSuite } from '../support/api-suite';
import { TEST_ORIGIN, testApp } from '../support/database';
import { freePort } from '../support/free-port';
import { cookieFrom } from '../support/session';

const { db, app } = await apiSuite({ wipe: 'never' });

/** Every (method, path) Express actually routes, read from the app's router stack. */
function expressRoutes(express: Express): string[] {
  const found: string[] = [];
  const walk = (stack: unknown[]) => {
    for (const layer of stack as {
      route?: { path: string; methods: Record<string, boolean> };
      handle?: { stack?: unknown[] };
    }[]) {
      if (layer.route && typeof layer.route.path === 'string' && layer.route.path.startsWith('/api')) {
        for (const method of Object.keys(layer.route.methods))
          found.push(`${method} ${toOpenApiPath(layer.route.path)}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((express as unknown as { router: { stack: unknown[] } }).router.stack);
  return found.sort();
}

describe('health and readiness', () => {
  it('answers /api/health and /api/ready', async () => {
    expect((await request(app).get('/api/health')).body).toEqual({
      status: 'ok',
      database: { state: 'up', since: expect.any(String), managed: 'external', message: 'reachable' },
    });
    expect((await request(app).get('/api/ready')).body).toEqual({ status: 'ready', database: 'neo4j' });
  });

  it('is not ready while migrations run', async () => {
    const starting = createApp({ db, logger: pino({ level: 'silent' }), migrationsDone: () => false });
    const res = await request(starting).get('/api/ready');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every Express route, generated from the shared schemas', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`))
      .sort();
    expect(expressRoutes(app)).toEqual(documented);
    expect(documented).toHaveLength(Object.keys(ENDPOINTS).length);
  });

  it('carries the request schemas (kinds of node, relation rules as variants)', async () => {
    const { body } = await request(app).get('/api/openapi.json');
    const createNode = body.paths['/api/nodes'].post.requestBody.content['application/json'].schema;
    expect(createNode.oneOf ?? createNode.anyOf).toHaveLength(5);
    const landscapeParams = body.paths['/api/landscape'].get.parameters.map((p: { name: string }) => p.name);
    expect(landscapeParams).toEqual(['at', 'kinds', 'lang', 'limit']);
    const patch = body.paths['/api/nodes/{id}'].patch.parameters.map(
      (p: { name: string; in: string }) => `${p.in}:${p.name}`,
    );
    expect(patch).toEqual(['path:id', 'header:If-Match']);
  });
});

describe('errors', () => {
  it('answers unknown API routes with a JSON 404', async () => {
    const res = await request(app).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'No route GET /api/nothing-here' },
    });
  });

  it('answers 503 with Retry-After when Neo4j is unreachable, with no stack trace', async () => {
    const closedPort = await freePort();
    const unreachable = new Database({ uri: `bolt://127.0.0.1:${closedPort}`, retryTimeMs: 500 });
    const down = testApp(unreachable);
    try {
      for (const path of ['/api/landscape', '/api/search?q=graine', '/api/nodes/abc', '/api/ready']) {
        const res = await request(down).get(path);
        expect(res.status, path).toBe(503);
        expect(res.headers['retry-after']).toBe('5');
        expect(res.body.error.code).toBe('DATABASE_UNAVAILABLE');
        expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
      }
      // A write with a (any) session cookie: the session lookup itself meets the unreachable database.
      // Its CSRF token is signed for that cookie (handed out by an answer that needs no database).
      const handed = await request(down).get('/api/health').set('Cookie', 'semis_session=some-token');
      const token = String(cookieFrom(handed.headers['set-cookie'], 'semis_csrf'));
      const write = await request(down)
        .post('/api/nodes')
        .set('Origin', TEST_ORIGIN)
        .set('Cookie', `semis_session=some-token; semis_csrf=${token}`)
        .set('X-CSRF-Token', token)
        .send({ kind: 'Question', title: 'Là ?' });
      expect(write.status).toBe(503);
      expect(write.body.error.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await unreachable.close();
    }
  });

  it('sends security headers', async () => {
    const res = await request(app).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
