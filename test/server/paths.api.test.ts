// API tests for GET /api/paths on the real Neo4j: exact shortest paths in walk order with each
// relationship in its stored direction, several shortest paths in a stable order, `max` honoured, hidden
// nodes never crossed nor named, input errors, and one known answer on the demo landscape.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoLinkId, loadDemoLandscape } from '../../seeds-data/loader';
import { pathsResponseSchema } from '../../shared/paths';
import { apiSuite } from '../support/api-suite';
import { count, wipe } from '../support/database';

const { db, app } = await apiSuite({ wipe: 'once' });

const question = (id: string, visibility = 'public') =>
  `CREATE (${id}:Entity:Question {id: '${id}', kind: 'Question', title: 'Question ${id} ?', title_en: 'Question ${id}?', lang: 'fr', visibility: '${visibility}', version: 1})`;

// 1. a → b ← c → d, and a shortcut a → h → d through the private question h.
// 2. p asked x1 and x2; x1 refines t and echoes t; t challenges x2: three shortest paths p…t.
// 3. a chain u → v → w → z. 4. secret (members only) linked to a; lonely linked to nothing.
beforeAll(async () => {
  await db.write((tx) =>
    tx.run(
      [
        ...['a', 'b', 'c', 'd', 'x1', 'x2', 't', 'u', 'v', 'w', 'z', 'lonely'].map((id) => question(id)),
        question('h', 'private'),
        question('secret', 'members'),
        `CREATE (p:Entity:Person {id: 'p', kind: 'Person', title: 'Une personne', lang: 'fr', visibility: 'public', version: 1})`,
        `CREATE (a)-[:REFINES {id: 'ab'}]->(b), (c)-[:CHALLENGES {id: 'cb'}]->(b), (c)-[:ECHOES {id: 'cd'}]->(d)`,
        `CREATE (a)-[:ECHOES {id: 'ah'}]->(h), (h)-[:ECHOES {id: 'hd'}]->(d)`,
        `CREATE (p)-[:ASKED {id: 'k1'}]->(x1), (p)-[:ASKED {id: 'k2'}]->(x2)`,
        `CREATE (x1)-[:REFINES {id: 'k3'}]->(t), (x1)-[:ECHOES {id: 'k5'}]->(t), (t)-[:CHALLENGES {id: 'k4'}]->(x2)`,
        `CREATE (u)-[:REFINES {id: 'u1'}]->(v), (v)-[:REFINES {id: 'u2'}]->(w), (w)-[:REFINES {id: 'u3'}]->(z)`,
        `CREATE (secret)-[:ECHOES {id: 'sa'}]->(a)`,
      ].join('\n'),
    ),
  );
});

const paths = (query: Record<string, string>) => request(app).get('/api/paths').query(query);
const q = (id: string) => ({ id, kind: 'Question', title: `Question ${id} ?` });

describe('GET /api/paths', () => {
  it('returns the shortest visible path in walk order, each relationship in its stored direction', async () => {
    const res = await paths({ from: 'a', to: 'd' });
    expect(res.status).toBe(200);
    expect(pathsResponseSchema.parse(res.body)).toEqual(res.body);
    expect(res.body).toEqual({
      paths: [
        {
          nodes: [q('a'), q('b'), q('c'), q('d')],
          edges: [
            { id: 'ab', relation: 'REFINES', source: 'a', target: 'b' },
            { id: 'cb', relation: 'CHALLENGES', source: 'c', target: 'b' },
            { id: 'cd', relation: 'ECHOES', source: 'c', target: 'd' },
          ],
        },
      ],
    });
  });

  it('never crosses a hidden node, even when the path through it is shorter', async () => {
    // The 2-step path a → h → d is really there; the visitor may not see h.
    expect(
      await count(db, `MATCH (:Entity {id: 'a'})--(:Entity {id: 'h'})--(d:Entity {id: 'd'}) RETURN count(d)`),
    ).toBe(1);
    const res = await paths({ from: 'a', to: 'd', max: '2' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ paths: [] });
    const body = JSON.stringify((await paths({ from: 'a', to: 'd' })).body);
    expect(body).not.toContain('"h"');
    expect(body).not.toContain('hd');
  });

  it('walks the same relationships backwards from the other end, directions unchanged', async () => {
    const res = await paths({ from: 'd', to: 'a' });
    expect(res.status).toBe(200);
    expect(res.body.paths).toHaveLength(1);
    expect(res.body.paths[0].nodes.map((n: { id: string }) => n.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(res.body.paths[0].edges).toEqual([
      { id: 'cd', relation: 'ECHOES', source: 'c', target: 'd' },
      { id: 'cb', relation: 'CHALLENGES', source: 'c', target: 'b' },
      { id: 'ab', relation: 'REFINES', source: 'a', target: 'b' },
    ]);
  });

  it('returns every shortest path, parallel relationships included, ordered by node then relationship ids', async () => {
    const res = await paths({ from: 'p', to: 't' });
    expect(res.status).toBe(200);
    const person = { id: 'p', kind: 'Person', title: 'Une personne' };
    expect(res.body.paths).toEqual([
      {
        nodes: [person, q('x1'), q('t')],
        edges: [
          { id: 'k1', relation: 'ASKED', source: 'p', target: 'x1' },
          { id: 'k3', relation: 'REFINES', source: 'x1', target: 't' },
        ],
      },
      {
        nodes: [person, q('x1'), q('t')],
        edges: [
          { id: 'k1', relation: 'ASKED', source: 'p', target: 'x1' },
          { id: 'k5', relation: 'ECHOES', source: 'x1', target: 't' },
        ],
      },
      {
        nodes: [person, q('x2'), q('t')],
        edges: [
          { id: 'k2', relation: 'ASKED', source: 'p', target: 'x2' },
          { id: 'k4', relation: 'CHALLENGES', source: 't', target: 'x2' },
        ],
      },
    ]);
    const limited = await paths({ from: 'p', to: 't', limit: '2' });
    expect(limited.body.paths).toEqual(res.body.paths.slice(0, 2));
  });

  it('gives titles in the requested language, the original when there is no translation', async () => {
    const res = await paths({ from: 'p', to: 'x2', lang: 'en' });
    expect(res.body.paths[0].nodes).toEqual([
      { id: 'p', kind: 'Person', title: 'Une personne' },
      { id: 'x2', kind: 'Question', title: 'Question x2?' },
    ]);
  });

  it('honours max: a 3-step path is not found with max=2, found with max=3 and by default (4)', async () => {
    expect((await paths({ from: 'u', to: 'z', max: '2' })).body).toEqual({ paths: [] });
    for (const max of ['3', undefined]) {
      const res = await paths({ from: 'u', to: 'z', ...(max ? { max } : {}) });
      expect(res.body.paths.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id))).toEqual([
        ['u', 'v', 'w', 'z'],
      ]);
    }
  });

  it('answers 200 with no paths when the ends are not connected', async () => {
    const res = await paths({ from: 'a', to: 'lonely', max: '8' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ paths: [] });
  });

  it.each([
    [{ from: 'a', to: 'd', max: '9' }, 'max', 'max must be at most 8 steps'],
    [{ from: 'a', to: 'd', max: '0' }, 'max', 'max must be at least 1 step'],
    [{ from: 'a', to: 'd', max: '2.5' }, 'max', 'max must be a whole number of steps'],
    [{ from: 'a', to: 'a' }, 'to', 'from and to must be two different nodes'],
    [{ from: 'a' }, 'to', ''],
    [{ to: 'a' }, 'from', ''],
    [{ from: 'a', to: 'not an id' }, 'to', 'an id is'],
    [{ from: 'a', to: 'd', limit: '21' }, 'limit', ''],
  ])('refuses %j with 400 VALIDATION_FAILED naming %s', async (query, field, message) => {
    const res = await paths(query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toContain(`${field}: ${message}`);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: field })]);
  });

  it('answers a hidden end exactly like an unknown one: 404, nothing about the node', async () => {
    const unknown = await paths({ from: 'a', to: 'nope' });
    const hidden = await paths({ from: 'a', to: 'secret' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Node nope was not found' } });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Node secret was not found' } });
    const hiddenStart = await paths({ from: 'secret', to: 'a' });
    expect(hiddenStart.status).toBe(404);
    expect(hiddenStart.body).toEqual(hidden.body);
    expect((await paths({ from: 'nope', to: 'a' })).body).toEqual(unknown.body);
  });
});

describe('GET /api/paths on the demo landscape', () => {
  beforeAll(async () => {
    await wipe(db);
    await loadDemoLandscape(db);
  });

  it('connects Mathieu Coste to the question on past experiences through two seeds', async () => {
    // landscape.json: Mathieu Coste HAS_ROLE (author) in #CodeSocial; the compost seed DERIVED_FROM
    // #CodeSocial; the compost seed GROWS_FROM the question. No shorter path exists in the file.
    const res = await paths({ from: 'person-mathieu-coste', to: 'q-experiences-passees' });
    expect(res.status).toBe(200);
    expect(res.body.paths).toHaveLength(1);
    const [path] = res.body.paths;
    expect(path.nodes).toEqual([
      { id: 'person-mathieu-coste', kind: 'Person', title: 'Mathieu Coste' },
      { id: 'seed-codesocial', kind: 'Seed', title: 'La démarche #CodeSocial' },
      { id: 'seed-compostage', kind: 'Seed', title: 'Le compostage dans la démarche #CodeSocial' },
      {
        id: 'q-experiences-passees',
        kind: 'Question',
        title:
          'Comment transformer nos expériences passées en ressources fertiles pour le présent et le futur ?',
      },
    ]);
    expect(path.edges).toEqual([
      {
        id: demoLinkId('person-mathieu-coste', 'HAS_ROLE', 'seed-codesocial', 'author'),
        relation: 'HAS_ROLE',
        source: 'person-mathieu-coste',
        target: 'seed-codesocial',
      },
      {
        id: demoLinkId('seed-compostage', 'DERIVED_FROM', 'seed-codesocial'),
        relation: 'DERIVED_FROM',
        source: 'seed-compostage',
        target: 'seed-codesocial',
      },
      {
        id: demoLinkId('seed-compostage', 'GROWS_FROM', 'q-experiences-passees'),
        relation: 'GROWS_FROM',
        source: 'seed-compostage',
        target: 'q-experiences-passees',
      },
    ]);
    expect(
      (await paths({ from: 'person-mathieu-coste', to: 'q-experiences-passees', max: '2' })).body,
    ).toEqual({
      paths: [],
    });
  });
});
