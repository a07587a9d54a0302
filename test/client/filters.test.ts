// The map's filters: the exact nodes and edges left visible on a small landscape for each kind of filter.
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  communitiesOf,
  communityScope,
  comparedTotal,
  edgeCounts,
  type Filters,
  isFiltering,
  NO_FILTERS,
  toggled,
  visibleItems,
} from '../../client/src/features/explore/filters';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { replaceLandscape } from '../../client/src/map/map-store';
import type { GraphPayload } from '../../shared/graph';
import type { Kind } from '../../shared/vocabulary';

const node = (key: string, kind: Kind, label = key) => ({
  key,
  attributes: { kind, label, x: 0, y: 0, size: 5, degree: 1 },
});

// q1 ← seed (GROWS_FROM); q2 refines q1; r1 informs q1 (supports), r2 informs q2 (challenges);
// p1 takes a stance on q2 (nuances); com gathers seed; p1 member of com, p2 animates com; q-alone linked to nothing.
const payload: GraphPayload = {
  attributes: { total: 40, truncated: true },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    node('q1', 'Question'),
    node('q2', 'Question'),
    node('q-alone', 'Question'),
    node('seed', 'Seed'),
    node('r1', 'Resource'),
    node('r2', 'Resource'),
    node('p1', 'Person'),
    node('p2', 'Person'),
    node('com', 'Community', 'Zeta community'),
    node('com-2', 'Community', 'Alpha community'),
  ],
  edges: [
    { key: 'grows', source: 'seed', target: 'q1', attributes: { relation: 'GROWS_FROM' } },
    { key: 'refines', source: 'q2', target: 'q1', attributes: { relation: 'REFINES' } },
    { key: 'r1-q1', source: 'r1', target: 'q1', attributes: { relation: 'INFORMS', stance: 'supports' } },
    { key: 'r2-q2', source: 'r2', target: 'q2', attributes: { relation: 'INFORMS', stance: 'challenges' } },
    { key: 'p1-q2', source: 'p1', target: 'q2', attributes: { relation: 'TAKES_STANCE', stance: 'nuances' } },
    { key: 'gathers', source: 'com', target: 'seed', attributes: { relation: 'GATHERS' } },
    { key: 'member', source: 'p1', target: 'com', attributes: { relation: 'MEMBER_OF' } },
    { key: 'animates', source: 'p2', target: 'com', attributes: { relation: 'ANIMATES' } },
  ],
};

const graph = createLandscapeGraph();
replaceLandscape(graph, payload);

const ALL_NODES = ['com', 'com-2', 'p1', 'p2', 'q-alone', 'q1', 'q2', 'r1', 'r2', 'seed'];
const ALL_EDGES = ['animates', 'gathers', 'grows', 'member', 'p1-q2', 'r1-q1', 'r2-q2', 'refines'];

const visible = (changes: Partial<Filters>) => {
  const result = visibleItems(graph, { ...NO_FILTERS, ...changes });
  return { nodes: [...result.nodes].sort(), edges: [...result.edges].sort() };
};

describe('visibleItems', () => {
  it('shows everything without filters', () => {
    expect(visible({})).toEqual({ nodes: ALL_NODES, edges: ALL_EDGES });
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });

  it('hides the nodes of a hidden kind and every edge touching them', () => {
    expect(visible({ hiddenKinds: ['Person', 'Community'] })).toEqual({
      nodes: ['q-alone', 'q1', 'q2', 'r1', 'r2', 'seed'],
      edges: ['grows', 'r1-q1', 'r2-q2', 'refines'],
    });
  });

  it('hides the edges of a hidden relation, keeping their ends', () => {
    expect(visible({ hiddenRelations: ['INFORMS', 'GATHERS'] })).toEqual({
      nodes: ALL_NODES,
      edges: ['animates', 'grows', 'member', 'p1-q2', 'refines'],
    });
  });

  it('hides the edges of a hidden stance and leaves edges without a stance alone', () => {
    expect(visible({ hiddenStances: ['supports', 'nuances'] })).toEqual({
      nodes: ALL_NODES,
      edges: ['animates', 'gathers', 'grows', 'member', 'r2-q2', 'refines'],
    });
  });

  it('keeps a community, the seeds it gathers and its members and animators', () => {
    expect(visible({ communities: ['com'] })).toEqual({
      nodes: ['com', 'p1', 'p2', 'seed'],
      edges: ['animates', 'gathers', 'member'],
    });
    expect(visible({ communities: ['com', 'com-2'] }).nodes).toEqual(['com', 'com-2', 'p1', 'p2', 'seed']);
  });

  it('ignores community ids that are not communities on the map', () => {
    expect([...communityScope(graph, ['q1', 'nowhere'])]).toEqual([]);
    expect(visible({ communities: ['nowhere'] })).toEqual({ nodes: [], edges: [] });
  });

  it('hides isolated nodes after the other filters', () => {
    expect(visible({ hideIsolated: true }).nodes).toEqual(
      ALL_NODES.filter((n) => n !== 'q-alone' && n !== 'com-2'),
    );
    // Without INFORMS, the resources are left alone; without Persons, the community keeps its seed only.
    expect(visible({ hideIsolated: true, hiddenRelations: ['INFORMS'], hiddenKinds: ['Person'] })).toEqual({
      nodes: ['com', 'q1', 'q2', 'seed'],
      edges: ['gathers', 'grows', 'refines'],
    });
    expect(visible({ hideIsolated: true, communities: ['com-2'] })).toEqual({ nodes: [], edges: [] });
  });

  it('combines every filter', () => {
    const filters: Filters = {
      hiddenKinds: ['Seed'],
      hiddenRelations: ['MEMBER_OF'],
      hiddenStances: ['challenges'],
      communities: [],
      hideIsolated: true,
    };
    expect(activeFilterCount(filters)).toBe(4);
    expect(isFiltering(filters)).toBe(true);
    expect(
      visible({
        hiddenKinds: ['Seed'],
        hiddenRelations: ['MEMBER_OF'],
        hiddenStances: ['challenges'],
        communities: [],
        hideIsolated: true,
      }),
    ).toEqual({
      nodes: ['com', 'p1', 'p2', 'q1', 'q2', 'r1'],
      edges: ['animates', 'p1-q2', 'r1-q1', 'refines'],
    });
  });
});

describe('filter helpers', () => {
  it('lists the communities on the map by title', () => {
    expect(communitiesOf(graph, 'fr')).toEqual([
      { id: 'com-2', label: 'Alpha community' },
      { id: 'com', label: 'Zeta community' },
    ]);
  });

  it('counts the edges of each relation and stance', () => {
    expect(edgeCounts(graph)).toEqual({
      relations: {
        GROWS_FROM: 1,
        REFINES: 1,
        INFORMS: 2,
        TAKES_STANCE: 1,
        GATHERS: 1,
        MEMBER_OF: 1,
        ANIMATES: 1,
      },
      stances: { supports: 1, challenges: 1, nuances: 1 },
    });
  });

  it('compares with the landscape’s total only when it was cut', () => {
    expect(comparedTotal(graph, { total: 40, truncated: true })).toBe(40);
    expect(comparedTotal(graph, { total: 40, truncated: false })).toBe(10);
    expect(comparedTotal(graph, { total: 4, truncated: true })).toBe(10); // expansions added more
  });

  it('toggles a value in a list, in the given order', () => {
    const order = ['a', 'b', 'c'];
    expect(toggled(['c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(toggled(['a', 'c'], 'a', false, order)).toEqual(['c']);
    expect(toggled(['a'], 'a', true, order)).toEqual(['a']);
  });
});
