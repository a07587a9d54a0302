// The path finder's pure state: picking the ends and the length, the request they make, a path told
// step by step in its real directions, what it highlights on the map (keys of the map's graph), what
// sigma is asked to draw for it, and the API call that fetches it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPaths } from '../../client/src/api/endpoints';
import { ApiError } from '../../client/src/api/errors';
import {
  asVerb,
  canEndPathAt,
  chosenPath,
  endPathAt,
  highlightOfPath,
  NO_PATH_ENDS,
  nodesNotOnMap,
  type Path,
  pathQuery,
  pathRequestKey,
  pathSteps,
  startPathAt,
  withMaxLength,
} from '../../client/src/features/paths';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { replaceLandscape } from '../../client/src/map/map-store';
import { KIND_COLORS, MAP_COLORS } from '../../client/src/map/sigma/colors';
import {
  PATH_EDGE_COLOR,
  PATH_EDGE_SIZE,
  pathEdgeDisplay,
  pathNodeDisplay,
} from '../../client/src/map/sigma/path-display';
import type { GraphNodeAttributes } from '../../shared/graph';
import { payload } from './fixture';

const graph = createLandscapeGraph();
replaceLandscape(graph, payload);

// person-p asked q-hub; seed-a grows from q-hub (walked against its direction); seed-a → q-off (not on the map).
const path: Path = {
  nodes: [
    { id: 'person-p', kind: 'Person', title: 'Person P' },
    { id: 'q-hub', kind: 'Question', title: 'Hub question' },
    { id: 'seed-a', kind: 'Seed', title: 'Seed A' },
    { id: 'q-off', kind: 'Question', title: 'Off-map question' },
  ],
  edges: [
    { id: 'e3', relation: 'ASKED', source: 'person-p', target: 'q-hub' },
    { id: 'e1', relation: 'GROWS_FROM', source: 'seed-a', target: 'q-hub' },
    { id: 'e9', relation: 'GROWS_FROM', source: 'seed-a', target: 'q-off' },
  ],
};

describe('choosing the ends', () => {
  it('starts anywhere, ends only at another node once a start is chosen', () => {
    expect(NO_PATH_ENDS).toEqual({ from: null, to: null, max: 4 });
    expect(canEndPathAt(NO_PATH_ENDS, 'q-hub')).toBe(false);
    expect(endPathAt(NO_PATH_ENDS, 'q-hub')).toBe(NO_PATH_ENDS);
    const started = startPathAt(NO_PATH_ENDS, 'person-p');
    expect(started).toEqual({ from: 'person-p', to: null, max: 4 });
    expect(canEndPathAt(started, 'person-p')).toBe(false);
    expect(endPathAt(started, 'person-p')).toBe(started);
    expect(endPathAt(started, 'seed-a')).toEqual({ from: 'person-p', to: 'seed-a', max: 4 });
  });

  it('forgets the end when starting again, and keeps the length', () => {
    const ended = { from: 'person-p', to: 'seed-a', max: 6 };
    expect(startPathAt(ended, 'q-hub')).toEqual({ from: 'q-hub', to: null, max: 6 });
  });

  it('keeps the length within 1 to 8 whole steps', () => {
    expect(withMaxLength(NO_PATH_ENDS, 2).max).toBe(2);
    expect(withMaxLength(NO_PATH_ENDS, 12).max).toBe(8);
    expect(withMaxLength(NO_PATH_ENDS, 0).max).toBe(1);
    expect(withMaxLength(NO_PATH_ENDS, 2.6).max).toBe(3);
    expect(withMaxLength({ ...NO_PATH_ENDS, max: 5 }, Number.NaN).max).toBe(5);
  });

  it('asks the API only with both ends, and changes the request key with ends, length and language', () => {
    expect(pathQuery(startPathAt(NO_PATH_ENDS, 'a'))).toBeNull();
    expect(pathRequestKey(startPathAt(NO_PATH_ENDS, 'a'), 'fr')).toBeNull();
    const ends = { from: 'a', to: 'b', max: 4 };
    expect(pathQuery(ends)).toEqual({ from: 'a', to: 'b', max: 4 });
    const keys = new Set([
      pathRequestKey(ends, 'fr'),
      pathRequestKey(ends, 'en'),
      pathRequestKey({ ...ends, max: 3 }, 'fr'),
      pathRequestKey({ ...ends, from: 'b', to: 'a' }, 'fr'),
    ]);
    expect(keys.size).toBe(4);
    expect(pathRequestKey({ ...ends }, 'fr')).toBe(pathRequestKey(ends, 'fr'));
  });
});

describe('a path told step by step', () => {
  it('gives each relationship its real source and target, and whether the walk follows it', () => {
    expect(pathSteps(path).map((s) => [s.source.id, s.relation, s.target.id, s.forward, s.edgeId])).toEqual([
      ['person-p', 'ASKED', 'q-hub', true, 'e3'],
      ['seed-a', 'GROWS_FROM', 'q-hub', false, 'e1'],
      ['seed-a', 'GROWS_FROM', 'q-off', true, 'e9'],
    ]);
  });

  it('turns a panel heading into a verb inside a sentence', () => {
    expect(asVerb('Précise', 'fr')).toBe('précise');
    expect(asVerb('Has a role in', 'en')).toBe('has a role in');
    expect(asVerb('Éclaire', 'fr')).toBe('éclaire');
  });

  it('shows one of several shortest paths, the index kept in range', () => {
    const other: Path = { ...path, edges: [...path.edges].reverse() };
    expect(chosenPath([], 0)).toBeNull();
    expect(chosenPath([path, other], 1)).toBe(other);
    expect(chosenPath([path, other], 7)).toBe(other);
    expect(chosenPath([path, other], -1)).toBe(path);
  });

  it('lists the nodes the map does not show', () => {
    expect(nodesNotOnMap(path, (id) => graph.hasNode(id))).toEqual(['q-off']);
  });
});

describe('what a path highlights', () => {
  it('takes its nodes, its relationships by id (the map’s edge keys) and its two ends', () => {
    const highlight = highlightOfPath(path);
    expect([...(highlight?.nodes ?? [])]).toEqual(['person-p', 'q-hub', 'seed-a', 'q-off']);
    expect([...(highlight?.edges ?? [])]).toEqual(['e3', 'e1', 'e9']);
    expect([...(highlight?.ends ?? [])]).toEqual(['person-p', 'q-off']);
    expect(['e3', 'e1'].every((edge) => graph.hasEdge(edge))).toBe(true);
    expect(graph.extremities('e1')).toEqual(['seed-a', 'q-hub']);
    expect(highlightOfPath(null)).toBeNull();
  });

  const seed: GraphNodeAttributes = { kind: 'Seed', label: 'Seed A', x: 1, y: 0, size: 6, degree: 2 };
  const person: GraphNodeAttributes = { kind: 'Person', label: 'Person P', x: 0, y: 10, size: 5, degree: 2 };
  const resource: GraphNodeAttributes = {
    kind: 'Resource',
    label: 'Resource R',
    x: -10,
    y: 0,
    size: 5,
    degree: 1,
  };
  const highlight = highlightOfPath(path);

  it('draws the path’s nodes in their colour with their labels, its ends outlined, the others faded', () => {
    const base = { ...seed, label: 'Seed A', color: KIND_COLORS.Seed, zIndex: 1 };
    expect(pathNodeDisplay('seed-a', seed, base, highlight)).toEqual({
      ...base,
      forceLabel: true,
      highlighted: false,
      zIndex: 2,
    });
    const start = { ...person, color: KIND_COLORS.Person, zIndex: 1 };
    expect(pathNodeDisplay('person-p', person, start, highlight)).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
    const other = { ...resource, color: KIND_COLORS.Resource, zIndex: 1 };
    expect(pathNodeDisplay('res-r', resource, other, highlight)).toEqual({
      ...other,
      color: MAP_COLORS.faded,
      label: '',
      forceLabel: false,
      zIndex: 0,
    });
  });

  it('keeps the selected node as the selection draws it, and changes nothing without a path', () => {
    const selected = { ...resource, highlighted: true, forceLabel: true, zIndex: 3 };
    expect(pathNodeDisplay('res-r', resource, selected, highlight)).toBe(selected);
    const plain = { ...seed, color: KIND_COLORS.Seed };
    expect(pathNodeDisplay('seed-a', seed, plain, null)).toBe(plain);
  });

  it('draws the path’s relationships thick and dark, the others faded', () => {
    const edge = { relation: 'GROWS_FROM' as const, color: MAP_COLORS.edge, size: 1 };
    expect(pathEdgeDisplay('e1', edge, highlight)).toEqual({
      ...edge,
      color: PATH_EDGE_COLOR,
      size: PATH_EDGE_SIZE,
      zIndex: 2,
    });
    expect(pathEdgeDisplay('e2', edge, highlight)).toEqual({
      ...edge,
      color: MAP_COLORS.fadedEdge,
      size: 1,
      zIndex: 0,
    });
    expect(pathEdgeDisplay('e2', edge, null)).toBe(edge);
  });
});

describe('fetchPaths', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (status: number, body: unknown) =>
    vi.fn(
      async (_url: string, _init?: RequestInit) =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    );

  it('sends from, to, max and lang, and returns the paths checked against the contract', async () => {
    const fetch = answer(200, { paths: [path] });
    vi.stubGlobal('fetch', fetch);
    expect(await fetchPaths({ from: 'person-p', to: 'q-off', max: 3 }, 'en')).toEqual([path]);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/paths?from=person-p&to=q-off&max=3&lang=en');
  });

  it('refuses an answer off the contract, and keeps the server’s error code', async () => {
    vi.stubGlobal('fetch', answer(200, { paths: [{ nodes: [{ id: 'x' }], edges: [] }] }));
    await expect(fetchPaths({ from: 'a', to: 'b', max: 4 }, 'fr')).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
    vi.stubGlobal('fetch', answer(404, { error: { code: 'NOT_FOUND', message: 'Node b was not found' } }));
    const error = await fetchPaths({ from: 'a', to: 'b', max: 4 }, 'fr').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('NOT_FOUND');
  });
});
