// API tests for graph views: the landscape and a node's neighbourhood as graphology payloads that
// graph.import() accepts, with kinds and limits, truncation flagged, and hidden nodes left out.
import { MultiDirectedGraph } from 'graphology';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphPayloadSchema } from '../../shared/graph';
import { apiSuite } from '../support/api-suite';

const { db, app } = await apiSuite({ wipe: 'once' });

// seed ← q1 ← q2 ← q3 (a chain), a person with a role, and a hidden question linked to q1.
beforeAll(async () => {
  await db.write((tx) =>
    tx.run(`
      CREATE (s:Entity:Seed {id: 'seed', kind: 'Seed', title: 'Compostage', title_en: 'Composting', lang: 'fr', visibility: 'public', x: 0.0, y: 0.0, version: 1})
      CREATE (q1:Entity:Question {id: 'q1', kind: 'Question', title: 'Que faire de nos restes ?', title_en: 'What to do with our scraps?', lang: 'fr', visibility: 'public', x: 10.0, y: 0.0, version: 1})
      CREATE (q2:Entity:Question {id: 'q2', kind: 'Question', title: 'Pourquoi composter ?', lang: 'fr', visibility: 'public', x: 20.0, y: 0.0, version: 1})
      CREATE (q3:Entity:Question {id: 'q3', kind: 'Question', title: 'Pourquoi pas ?', lang: 'fr', visibility: 'public', x: 30.0, y: 0.0, version: 1})
      CREATE (p:Entity:Person {id: 'p', kind: 'Person', title: 'Une personne', lang: 'fr', visibility: 'public', x: 0.0, y: 10.0, version: 1})
      CREATE (h:Entity:Question {id: 'hidden', kind: 'Question', title: 'Cachée ?', lang: 'fr', visibility: 'private', x: 5.0, y: 5.0, version: 1})
      CREATE (s)-[:GROWS_FROM {id: 'e1'}]->(q1)
      CREATE (q2)-[:REFINES {id: 'e2'}]->(q1)
      CREATE (q3)-[:CHALLENGES {id: 'e3'}]->(q2)
      CREATE (p)-[:HAS_ROLE {id: 'e4', role: 'animator'}]->(s)
      CREATE (h)-[:ECHOES {id: 'e5'}]->(q1)
      CREATE (h)-[:ECHOES {id: 'e6'}]->(q3)
    `),
  );
});

describe('GET /api/landscape', () => {
  it('returns every visible node and edge as a graphology payload', async () => {
    const res = await request(app).get('/api/landscape');
    expect(res.status).toBe(200);
    const payload = graphPayloadSchema.parse(res.body);
    expect(payload.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(payload.attributes).toEqual({ total: 5, truncated: false });
    const graph = new MultiDirectedGraph();
    graph.import(payload);
    expect(graph.nodes().sort()).toEqual(['p', 'q1', 'q2', 'q3', 'seed']);
    expect(graph.edges().sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(graph.getNodeAttributes('q1')).toMatchObject({
      kind: 'Question',
      label: 'Que faire de nos restes ?',
      x: 10,
      y: 0,
      degree: 2,
    });
    expect(graph.getNodeAttribute('q1', 'size')).toBeGreaterThan(graph.getNodeAttribute('q3', 'size'));
    expect(graph.getEdgeAttributes('e4')).toEqual({ relation: 'HAS_ROLE', role: 'animator' });
    expect(graph.source('e2')).toBe('q2');
    expect(graph.target('e2')).toBe('q1');
  });

  it('labels nodes in the requested language, falling back to the original title', async () => {
    const res = await request(app).get('/api/landscape').query({ lang: 'en' });
    const labels = Object.fromEntries(
      res.body.nodes.map((n: { key: string; attributes: { label: string } }) => [n.key, n.attributes.label]),
    );
    expect(labels).toMatchObject({
      seed: 'Composting',
      q1: 'What to do with our scraps?',
      q2: 'Pourquoi composter ?',
    });
  });

  it('filters by kinds and flags truncation, keeping the most connected nodes', async () => {
    const questions = await request(app).get('/api/landscape').query({ kinds: 'Question' });
    expect(questions.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['q1', 'q2', 'q3']);
    expect(questions.body.edges.map((e: { key: string }) => e.key).sort()).toEqual(['e2', 'e3']);
    // Visible degrees: q1, q2 and seed 2 each, p and q3 1 (q3's edge to the hidden node does not count).
    const truncated = await request(app).get('/api/landscape').query({ limit: '3' });
    expect(truncated.body.attributes).toEqual({ total: 5, truncated: true });
    expect(truncated.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['q1', 'q2', 'seed']);
  });

  it.each([
    [{ kinds: 'Question,Planet' }, 'kinds'],
    [{ limit: '50001' }, 'limit'],
    [{ limit: '-1' }, 'limit'],
    [{ lang: 'xx' }, 'lang'],
  ])('refuses %j with 400 naming %s', async (query, field) => {
    const res = await request(app).get('/api/landscape').query(query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });
});

describe('GET /api/nodes/:id/neighborhood', () => {
  const keys = (body: { nodes: { key: string }[] }) => body.nodes.map((n) => n.key).sort();

  it('returns depth 1 by default, through visible nodes only', async () => {
    const res = await request(app).get('/api/nodes/q1/neighborhood');
    expect(res.status).toBe(200);
    expect(keys(res.body)).toEqual(['q1', 'q2', 'seed']);
    expect(res.body.edges.map((e: { key: string }) => e.key).sort()).toEqual(['e1', 'e2']);
    expect(res.body.attributes).toEqual({ total: 3, truncated: false });
  });

  it('returns depth 2, never reaching q3 through the hidden node', async () => {
    const res = await request(app).get('/api/nodes/q1/neighborhood').query({ depth: '2' });
    expect(keys(res.body)).toEqual(['p', 'q1', 'q2', 'q3', 'seed']);
    const fromSeed = await request(app).get('/api/nodes/seed/neighborhood').query({ depth: '2' });
    expect(keys(fromSeed.body)).toEqual(['p', 'q1', 'q2', 'seed']);
  });

  it('flags truncation, keeping the nearest nodes first', async () => {
    const res = await request(app).get('/api/nodes/q2/neighborhood').query({ depth: '2', limit: '3' });
    expect(res.body.attributes).toEqual({ total: 4, truncated: true });
    expect(keys(res.body)).toEqual(['q1', 'q2', 'q3']);
  });

  it('answers 404 for unknown and hidden nodes, 400 for a bad depth or limit', async () => {
    expect((await request(app).get('/api/nodes/nope/neighborhood')).status).toBe(404);
    expect((await request(app).get('/api/nodes/hidden/neighborhood')).status).toBe(404);
    const depth = await request(app).get('/api/nodes/q1/neighborhood').query({ depth: '3' });
    expect(depth.status).toBe(400);
    expect(depth.body.error.message).toContain('depth');
    const limit = await request(app).get('/api/nodes/q1/neighborhood').query({ limit: '2001' });
    expect(limit.status).toBe(400);
  });
});
