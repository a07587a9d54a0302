// Comparing two days of the replay (pure): which nodes appeared and which disappeared between them, and
// how the clusters changed — seeded Louvain (features/appearance, the map's own clusters) on the landscape
// as it stood on each day, clusters matched by the overlap of their members: a cluster grew (most of an
// earlier one, and more), split (an earlier one's members now in several), got bridged (several earlier
// ones now in one), or is new. Loaded on demand: it brings Louvain into the page.
import { MultiDirectedGraph } from 'graphology';
import type { Timeline } from '../../../../shared/time';
import { louvainPartition } from '../appearance/measures';
import { labelAt, stateAt } from './time-frame';

export interface ClusterChange {
  /** The cluster's best-linked member's label on the day it is named from. */
  name: string;
  before: number;
  after: number;
  /** How many clusters it came from (bridged) or went into (split). */
  parts: number;
}

export interface Comparison {
  appeared: string[];
  disappeared: string[];
  grew: ClusterChange[];
  split: ClusterChange[];
  bridged: ClusterChange[];
  born: ClusterChange[];
}

/** A share of a cluster counts when it holds at least two members and a quarter of the cluster. */
const MIN_SHARED = 2;
const MIN_SHARE = 0.25;

function standing(timeline: Timeline, t: number) {
  const graph = new MultiDirectedGraph();
  for (const n of timeline.nodes) if (stateAt(n.lives, t, 0) === 'shown') graph.addNode(n.id);
  for (const l of timeline.links) {
    if (stateAt(l.lives, t, 0) === 'shown' && graph.hasNode(l.source) && graph.hasNode(l.target))
      graph.addEdgeWithKey(l.id, l.source, l.target);
  }
  return graph;
}

function clustersOf(graph: MultiDirectedGraph): Set<string>[] {
  const byCluster = new Map<number, Set<string>>();
  for (const [node, cluster] of louvainPartition(graph)) {
    const members = byCluster.get(cluster) ?? new Set<string>();
    members.add(node);
    byCluster.set(cluster, members);
  }
  return [...byCluster.values()];
}

const overlap = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
};
const counts = (shared: number, of: Set<string>) => shared >= MIN_SHARED && shared >= MIN_SHARE * of.size;

export function compareDays(timeline: Timeline, from: number, to: number): Comparison {
  const [a, b] = [standing(timeline, from), standing(timeline, to)];
  const labels = new Map(timeline.nodes.map((n) => [n.id, n]));
  const nameOf = (members: Set<string>, graph: MultiDirectedGraph, t: number) => {
    const hub = [...members].sort((x, y) => graph.degree(y) - graph.degree(x) || x.localeCompare(y))[0] ?? '';
    const node = labels.get(hub);
    return node ? labelAt(node, t) : hub;
  };
  const before = clustersOf(a);
  const after = clustersOf(b);
  const change = (
    members: Set<string>,
    graph: MultiDirectedGraph,
    t: number,
    was: number,
    is: number,
    parts: number,
  ) => ({
    name: nameOf(members, graph, t),
    before: was,
    after: is,
    parts,
  });
  const comparison: Comparison = {
    appeared: b.filterNodes((n) => !a.hasNode(n)),
    disappeared: a.filterNodes((n) => !b.hasNode(n)),
    grew: [],
    split: [],
    bridged: [],
    born: [],
  };
  for (const old of before) {
    const into = after.filter((c) => counts(overlap(old, c), old));
    if (into.length >= 2) comparison.split.push(change(old, a, from, old.size, old.size, into.length));
  }
  for (const now of after) {
    const sources = before.filter((c) => counts(overlap(c, now), c));
    if (sources.length >= 2) {
      const was = sources.reduce((sum, c) => sum + c.size, 0);
      comparison.bridged.push(change(now, b, to, was, now.size, sources.length));
      continue;
    }
    const main = sources[0];
    if (main && now.size >= main.size + MIN_SHARED)
      comparison.grew.push(change(now, b, to, main.size, now.size, 1));
    else if (!main && before.every((c) => overlap(c, now) < MIN_SHARED) && now.size > MIN_SHARED)
      comparison.born.push(change(now, b, to, 0, now.size, 0));
  }
  for (const list of [comparison.grew, comparison.split, comparison.bridged, comparison.born])
    list.sort((x, y) => y.after - x.after || x.name.localeCompare(y.name));
  return comparison;
}
