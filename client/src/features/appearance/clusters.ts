// Clusters as the map shows them, from Louvain's raw partition: numbered by size and named by their
// central node. Cheap (one pass over nodes and edges), so it runs in the page once the worker answers.
import type Graph from 'graphology';
import type { ClusterInfo, Clusters, NodeValues } from './types';

/**
 * Clusters numbered by decreasing size (ties: the one whose first node comes first), each named by its
 * central node: the most links inside the cluster, then the most links overall, then the first.
 */
export function clustersFrom(graph: Graph, partition: NodeValues): Clusters {
  const byRaw = new Map<number, { first: number; nodes: string[] }>();
  let position = 0;
  graph.forEachNode((node) => {
    const raw = partition.get(node) ?? -1;
    const cluster = byRaw.get(raw) ?? { first: position, nodes: [] };
    cluster.nodes.push(node);
    byRaw.set(raw, cluster);
    position += 1;
  });
  const inside = new Map<string, number>();
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (partition.get(source) !== partition.get(target)) return;
    inside.set(source, (inside.get(source) ?? 0) + 1);
    inside.set(target, (inside.get(target) ?? 0) + 1);
  });
  const ordered = [...byRaw.values()].sort((a, b) => b.nodes.length - a.nodes.length || a.first - b.first);
  const of = new Map<string, number>();
  const list: ClusterInfo[] = ordered.map(({ nodes }, index) => {
    let central = nodes[0] ?? '';
    for (const node of nodes) {
      of.set(node, index);
      const better =
        (inside.get(node) ?? 0) - (inside.get(central) ?? 0) || graph.degree(node) - graph.degree(central);
      if (better > 0) central = node;
    }
    return { index, size: nodes.length, central };
  });
  return { of, list };
}
