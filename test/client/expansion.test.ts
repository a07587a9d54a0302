// Expand / collapse bookkeeping: what each step adds and removes on a small landscape, and that
// collapsing gives back exactly the map as it was, whatever the order.
import { describe, expect, it } from 'vitest';
import {
  collapseStep,
  type Expansions,
  entriesOf,
  expandStep,
  expansionOrigin,
  NO_EXPANSIONS,
  neighbourhoodOf,
} from '../../client/src/features/explore/expansion';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { applyStep, replaceLandscape } from '../../client/src/map/map-store';
import type { GraphPayload } from '../../shared/graph';

const node = (key: string, x: number, y: number) => ({
  key,
  attributes: { kind: 'Question' as const, label: key, x, y, size: 5, degree: 1 },
});
const edge = (key: string, source: string, target: string) => ({
  key,
  source,
  target,
  attributes: { relation: 'ECHOES' as const },
});
const graphPayload = (nodes: GraphPayload['nodes'], edges: GraphPayload['edges']): GraphPayload => ({
  attributes: { total: nodes.length, truncated: false },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes,
  edges,
});

// The landscape: a, b, c with a→b. Off the map: x, y, z.
const landscape = graphPayload([node('a', 0, 0), node('b', 10, 0), node('c', 20, 0)], [edge('ab', 'a', 'b')]);
// a's neighbourhood (depth 2): b and x, and y beyond x.
const aHood = graphPayload(
  [node('a', 0, 0), node('b', 10, 0), node('x', 0, 10), node('y', 0, 20)],
  [edge('ab', 'a', 'b'), edge('ax', 'a', 'x'), edge('xy', 'x', 'y')],
);
// b's neighbourhood (depth 1): a, x and z.
const bHood = graphPayload(
  [node('b', 10, 0), node('a', 0, 0), node('x', 0, 10), node('z', 10, 10)],
  [edge('ab', 'a', 'b'), edge('bx', 'b', 'x'), edge('bz', 'b', 'z')],
);

function freshMap() {
  const graph = createLandscapeGraph();
  replaceLandscape(graph, landscape);
  return graph;
}
const contents = (graph: ReturnType<typeof freshMap>) => ({
  nodes: graph.nodes().sort(),
  edges: graph.edges().sort(),
});

describe('expandStep / collapseStep', () => {
  it('adds what is not on the map and records what the expansion needs beyond the landscape', () => {
    const graph = freshMap();
    const step = expandStep(NO_EXPANSIONS, graph, 'a', 2, neighbourhoodOf(aHood));
    expect(step).toMatchObject({
      addNodes: ['x', 'y'],
      addEdges: ['ax', 'xy'],
      removeNodes: [],
      removeEdges: [],
    });
    expect(step.expansions.get('a')).toEqual({
      nodeId: 'a',
      depth: 2,
      nodes: ['x', 'y'],
      edges: ['ax', 'xy'],
    });
  });

  it('keeps what another expansion still needs, then removes it when that one collapses', () => {
    const graph = freshMap();
    let expansions: Expansions = NO_EXPANSIONS;
    const run = (step: ReturnType<typeof collapseStep>, payload: GraphPayload | null) => {
      applyStep(graph, step, payload, null);
      expansions = step.expansions;
      return step;
    };

    run(expandStep(expansions, graph, 'a', 2, neighbourhoodOf(aHood)), aHood);
    const b = run(expandStep(expansions, graph, 'b', 1, neighbourhoodOf(bHood)), bHood);
    expect(b).toMatchObject({ addNodes: ['z'], addEdges: ['bx', 'bz'] });
    // x was brought by a's expansion but b's needs it too.
    expect(b.expansions.get('b')?.nodes).toEqual(['x', 'z']);
    expect(contents(graph)).toEqual({
      nodes: ['a', 'b', 'c', 'x', 'y', 'z'],
      edges: ['ab', 'ax', 'bx', 'bz', 'xy'],
    });

    const collapseA = run(collapseStep(expansions, 'a'), null);
    expect(collapseA).toMatchObject({ removeNodes: ['y'], removeEdges: ['ax', 'xy'] });
    expect(contents(graph)).toEqual({ nodes: ['a', 'b', 'c', 'x', 'z'], edges: ['ab', 'bx', 'bz'] });

    const collapseB = run(collapseStep(expansions, 'b'), null);
    expect(collapseB).toMatchObject({ removeNodes: ['x', 'z'], removeEdges: ['bx', 'bz'] });
    expect(contents(graph)).toEqual(contents(freshMap()));
    expect(expansions.size).toBe(0);
  });

  it('gives back the landscape whatever the collapse order', () => {
    const graph = freshMap();
    let expansions: Expansions = NO_EXPANSIONS;
    for (const [id, hood] of [
      ['a', aHood],
      ['b', bHood],
    ] as const) {
      const step = expandStep(expansions, graph, id, 1, neighbourhoodOf(hood));
      applyStep(graph, step, hood, null);
      expansions = step.expansions;
    }
    const collapseB = collapseStep(expansions, 'b');
    expect(collapseB).toMatchObject({ removeNodes: ['z'], removeEdges: ['bx', 'bz'] }); // x: a needs it
    applyStep(graph, collapseB, null, null);
    const collapseA = collapseStep(collapseB.expansions, 'a');
    expect(collapseA).toMatchObject({ removeNodes: ['x', 'y'], removeEdges: ['ax', 'xy'] });
    applyStep(graph, collapseA, null, null);
    expect(contents(graph)).toEqual(contents(freshMap()));
  });

  it('never removes the landscape’s own nodes and edges', () => {
    const graph = freshMap();
    const step = expandStep(NO_EXPANSIONS, graph, 'a', 1, neighbourhoodOf(aHood));
    applyStep(graph, step, aHood, null);
    const collapse = collapseStep(step.expansions, 'a');
    expect(collapse.removeNodes).not.toContain('a');
    expect(collapse.removeNodes).not.toContain('b');
    expect(collapse.removeEdges).not.toContain('ab');
  });

  it('replaces an expansion made at another depth, removing only what the old depth alone needed', () => {
    const graph = freshMap();
    const deep = expandStep(NO_EXPANSIONS, graph, 'a', 2, neighbourhoodOf(aHood));
    applyStep(graph, deep, aHood, null);
    const shallowHood = graphPayload(
      [node('a', 0, 0), node('b', 10, 0), node('x', 0, 10)],
      [edge('ab', 'a', 'b'), edge('ax', 'a', 'x')],
    );
    const shallow = expandStep(deep.expansions, graph, 'a', 1, neighbourhoodOf(shallowHood));
    expect(shallow).toMatchObject({ addNodes: [], addEdges: [], removeNodes: ['y'], removeEdges: ['xy'] });
    expect(shallow.expansions.get('a')).toEqual({ nodeId: 'a', depth: 1, nodes: ['x'], edges: ['ax'] });
  });

  it('lists the expansions for the view in the order made, a new depth counting as the latest', () => {
    const graph = freshMap();
    let expansions: Expansions = NO_EXPANSIONS;
    for (const [id, depth, hood] of [
      ['a', 1, aHood],
      ['b', 2, bHood],
      ['a', 2, aHood],
    ] as const) {
      const step = expandStep(expansions, graph, id, depth, neighbourhoodOf(hood));
      applyStep(graph, step, hood, null);
      expansions = step.expansions;
    }
    expect(entriesOf(expansions)).toEqual([
      { nodeId: 'b', depth: 2 },
      { nodeId: 'a', depth: 2 },
    ]);
    expect(entriesOf(collapseStep(expansions, 'b').expansions)).toEqual([{ nodeId: 'a', depth: 2 }]);
    expect(entriesOf(NO_EXPANSIONS)).toEqual([]);
  });

  it('does nothing when collapsing a node that was not expanded', () => {
    const step = collapseStep(NO_EXPANSIONS, 'a');
    expect(step).toEqual({
      expansions: new Map(),
      addNodes: [],
      addEdges: [],
      removeNodes: [],
      removeEdges: [],
    });
  });
});

describe('applyStep', () => {
  it('adds new nodes at the expanded node and returns their stored positions to animate to', () => {
    const graph = freshMap();
    const step = expandStep(NO_EXPANSIONS, graph, 'b', 1, neighbourhoodOf(bHood));
    const from = expansionOrigin(graph, 'b', bHood);
    expect(from).toEqual({ x: 10, y: 0 });
    const targets = applyStep(graph, step, bHood, from);
    expect(targets).toEqual({ x: { x: 0, y: 10 }, z: { x: 10, y: 10 } });
    expect(graph.getNodeAttributes('z')).toMatchObject({ x: 10, y: 0, label: 'z' });
    expect(graph.source('bz')).toBe('b');
  });

  it('starts from the stored position of an expanded node that was not on the map', () => {
    const graph = freshMap();
    const zHood = graphPayload([node('z', 10, 10), node('b', 10, 0)], [edge('bz', 'b', 'z')]);
    expect(expansionOrigin(graph, 'z', zHood)).toEqual({ x: 10, y: 10 });
    const step = expandStep(NO_EXPANSIONS, graph, 'z', 1, neighbourhoodOf(zHood));
    expect(step.addNodes).toEqual(['z']);
    applyStep(graph, step, zHood, { x: 10, y: 10 });
    expect(graph.hasEdge('bz')).toBe(true);
  });
});
