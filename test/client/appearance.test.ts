// The map's appearance: Louvain clusters (deterministic), centralities, sizes from a measure, and the
// painter that feeds both the node reducer and the legend.
import { describe, expect, it } from 'vitest';
import {
  createPainter,
  DEFAULT_APPEARANCE,
  legendEntries,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  measuresNeeded,
  sizeOfValue,
} from '../../client/src/features/appearance';
import {
  clustersOf,
  computeMeasure,
  undirectedProjection,
} from '../../client/src/features/appearance/measures';
import { CLUSTER_COLORS, OTHER_CLUSTERS_COLOR } from '../../client/src/features/appearance/palette';
import type { LandscapeGraph } from '../../client/src/map/landscape';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { KIND_COLORS } from '../../client/src/map/sigma/colors';
import { nodeDisplay } from '../../client/src/map/sigma/reducers';
import type { Kind } from '../../shared/vocabulary';

/** Two groups of four nodes, each linked all to all (in both directions here and there), and one bridge. */
function twoGroups(): LandscapeGraph {
  const graph = createLandscapeGraph();
  const add = (key: string, kind: Kind) =>
    graph.addNode(key, { kind, label: `Title of ${key}`, x: 0, y: 0, size: 5, degree: 0 });
  for (const key of ['a1', 'a2', 'a3', 'a4']) add(key, 'Question');
  for (const key of ['b1', 'b2', 'b3', 'b4']) add(key, 'Seed');
  add('lonely', 'Person');
  const link = (source: string, target: string) => graph.addEdge(source, target, { relation: 'ECHOES' });
  for (const group of ['a', 'b']) {
    for (let i = 1; i <= 4; i += 1) for (let j = i + 1; j <= 4; j += 1) link(`${group}${i}`, `${group}${j}`);
  }
  link('a3', 'a2'); // a second link between a2 and a3, the other way
  link('b2', 'a1'); // the bridge
  return graph;
}

const sorted = (set: Iterable<string>) => [...set].sort();

describe('clusters (Louvain on the undirected projection, seeded)', () => {
  it('finds the two groups exactly, biggest first, each named by its most linked node', () => {
    const graph = twoGroups();
    const clusters = clustersOf(graph);
    const members = (index: number) => sorted(graph.filterNodes((node) => clusters.of.get(node) === index));
    expect(members(0)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(members(1)).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(members(2)).toEqual(['lonely']);
    // a2 and a3 have 4 links inside (the double link counts twice), a2 comes first; b2 has the bridge.
    expect(clusters.list).toEqual([
      { index: 0, size: 4, central: 'a2' },
      { index: 1, size: 4, central: 'b2' },
      { index: 2, size: 1, central: 'lonely' },
    ]);
  });

  it('gives the same clusters on every run (seeded random walk)', () => {
    const first = clustersOf(twoGroups());
    for (let run = 0; run < 5; run += 1) expect(clustersOf(twoGroups())).toEqual(first);
  });

  it('projects parallel and opposite links onto one weighted undirected edge', () => {
    const projection = undirectedProjection(twoGroups());
    expect(projection.size).toBe(13);
    expect(projection.getEdgeAttribute('a2', 'a3', 'weight')).toBe(2);
    expect(projection.getEdgeAttribute('a1', 'b2', 'weight')).toBe(1);
  });
});

describe('centralities', () => {
  it('betweenness: the bridge ends carry the paths between the two groups, the others none across', () => {
    const values = computeMeasure(twoGroups(), 'betweenness');
    const max = Math.max(...values.values());
    expect(values.get('a1')).toBe(max);
    expect(values.get('b2')).toBe(max);
    expect(values.get('a3')).toBe(0);
    expect(values.get('lonely')).toBe(0);
  });

  it('pagerank: follows the links’ direction (a node that only sends links gets the least)', () => {
    const values = computeMeasure(twoGroups(), 'pagerank');
    const total = [...values.values()].reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(1, 6);
    // b1 sends links to b2, b3, b4 and receives none; b4 receives from b1, b2, b3.
    expect(values.get('b1')).toBeLessThan(values.get('b4') ?? 0);
  });
});

describe('sizeOfValue', () => {
  it('runs from MIN_NODE_SIZE at 0 to MAX_NODE_SIZE at the biggest value, exactly', () => {
    expect(MIN_NODE_SIZE).toBe(3);
    expect(MAX_NODE_SIZE).toBe(14);
    expect(sizeOfValue(0, 23)).toBe(3);
    expect(sizeOfValue(23, 23)).toBe(14);
    expect(sizeOfValue(0.25, 1)).toBe(3 + 11 * 0.5);
  });

  it('is monotone and stays within its bounds (beyond the top, negative, nothing to scale)', () => {
    const sizes = Array.from({ length: 101 }, (_, i) => sizeOfValue(i / 10, 10));
    for (let i = 1; i < sizes.length; i += 1) expect(sizes[i]).toBeGreaterThan(sizes[i - 1] ?? Infinity);
    expect(sizeOfValue(50, 10)).toBe(14);
    expect(sizeOfValue(-1, 10)).toBe(3);
    expect(sizeOfValue(0, 0)).toBe(3);
    expect(sizeOfValue(Number.NaN, 10)).toBe(3);
  });
});

describe('measuresNeeded', () => {
  it('asks only for what the mode draws', () => {
    expect(measuresNeeded(DEFAULT_APPEARANCE)).toEqual([]);
    expect(measuresNeeded({ colorBy: 'cluster', sizeBy: 'pagerank' })).toEqual(['clusters', 'pagerank']);
    expect(measuresNeeded({ colorBy: 'kind', sizeBy: 'betweenness' })).toEqual(['betweenness']);
  });
});

/** What the map draws for every node (nodeDisplay with the painter's style), counted by colour. */
function drawnColors(graph: LandscapeGraph, style: ReturnType<typeof createPainter>['style']) {
  const counts = new Map<string, number>();
  graph.forEachNode((node, data) => {
    const { color } = nodeDisplay(node, data, { highlight: null, selected: null, hovered: null, style });
    counts.set(String(color), (counts.get(String(color)) ?? 0) + 1);
  });
  return counts;
}

const legendColors = (entries: ReturnType<typeof legendEntries>) =>
  new Map(entries.filter((entry) => entry.count > 0).map((entry) => [entry.group.color, entry.count]));

describe('the painter: what the map draws and what the legend says', () => {
  it('by kind and degree: kind colours, the legend counts each kind, sizes from the links', () => {
    const graph = twoGroups();
    const painter = createPainter(graph, DEFAULT_APPEARANCE, {});
    expect(painter.drawn).toEqual(DEFAULT_APPEARANCE);
    const entries = legendEntries(graph, painter);
    expect(entries.map(({ group, count }) => [group.key, count])).toEqual([
      ['Question', 4],
      ['Seed', 4],
      ['Person', 1],
      ['Resource', 0],
      ['Community', 0],
    ]);
    expect(legendColors(entries)).toEqual(drawnColors(graph, painter.style));
    expect(painter.style('b2', graph.getNodeAttributes('b2'))).toEqual({ color: KIND_COLORS.Seed, size: 14 });
    expect(painter.style('lonely', graph.getNodeAttributes('lonely')).size).toBe(3);
    expect(painter.sizeKey).toEqual({
      sizeBy: 'degree',
      min: { value: 0, size: 3 },
      max: { value: 4, size: 14 },
    });
  });

  it('by cluster: one colour per cluster named after its central node, lone nodes with the others', () => {
    const graph = twoGroups();
    const painter = createPainter(
      graph,
      { colorBy: 'cluster', sizeBy: 'degree' },
      { clusters: clustersOf(graph) },
    );
    expect(painter.drawn.colorBy).toBe('cluster');
    const entries = legendEntries(graph, painter);
    expect(entries).toEqual([
      {
        group: {
          key: 'cluster-0',
          color: CLUSTER_COLORS[0],
          type: 'cluster',
          central: 'a2',
          centralLabel: 'Title of a2',
        },
        count: 4,
      },
      {
        group: {
          key: 'cluster-1',
          color: CLUSTER_COLORS[1],
          type: 'cluster',
          central: 'b2',
          centralLabel: 'Title of b2',
        },
        count: 4,
      },
      { group: { key: 'other', color: OTHER_CLUSTERS_COLOR, type: 'otherClusters', clusters: 1 }, count: 1 },
    ]);
    expect(legendColors(entries)).toEqual(drawnColors(graph, painter.style));
  });

  it('falls back to kind / degree while a measure is not at hand, and says so in `drawn`', () => {
    const graph = twoGroups();
    const painter = createPainter(graph, { colorBy: 'cluster', sizeBy: 'betweenness' }, {});
    expect(painter.drawn).toEqual(DEFAULT_APPEARANCE);
    expect(painter.groups.map((group) => group.key)).toContain('Seed');
  });

  it('by betweenness: the biggest value gets the biggest size, a node on no path the smallest', () => {
    const graph = twoGroups();
    const betweenness = computeMeasure(graph, 'betweenness');
    const painter = createPainter(graph, { colorBy: 'kind', sizeBy: 'betweenness' }, { betweenness });
    expect(painter.drawn.sizeBy).toBe('betweenness');
    expect(painter.style('a1', graph.getNodeAttributes('a1')).size).toBe(14);
    expect(painter.style('a3', graph.getNodeAttributes('a3')).size).toBe(3);
    expect(painter.sizeKey.max.value).toBe(betweenness.get('a1'));
  });

  it('counts only the nodes a filter leaves visible', () => {
    const graph = twoGroups();
    const painter = createPainter(graph, DEFAULT_APPEARANCE, {});
    const entries = legendEntries(graph, painter, (node) => node.startsWith('a'));
    expect(entries.map((entry) => entry.count)).toEqual([4, 0, 0, 0, 0]);
  });
});
