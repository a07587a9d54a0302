// The measures behind colours and sizes, as pure functions of a graph: Louvain clusters and betweenness on
// the undirected projection (a link ties two nodes whatever its direction; parallel links make it
// stronger), PageRank on the directed graph (importance from the links a node receives). They run in the
// measures worker, which keeps these libraries out of the page's first bundle.
import type Graph from 'graphology';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { clustersFrom } from './clusters';
import { seededRandom } from './rng';
import type { Clusters, Measure, NodeValues } from './types';

/** Any seed works; a fixed one gives the same clusters on every visit. */
export const LOUVAIN_SEED = 20261124;

/** One undirected edge per linked pair, `weight` = how many links (either direction) join them. */
export function undirectedProjection(graph: Graph): UndirectedGraph<object, { weight: number }> {
  const projection = new UndirectedGraph<object, { weight: number }>();
  graph.forEachNode((node) => {
    projection.addNode(node);
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    projection.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  });
  return projection;
}

const toMap = (record: Record<string, number>): Map<string, number> => new Map(Object.entries(record));

/** Louvain's partition (its own cluster numbers), deterministic for a given graph and node order. */
export function louvainPartition(graph: Graph): NodeValues {
  const projection = undirectedProjection(graph);
  // Without links, every node is its own cluster.
  if (projection.size === 0) return new Map(projection.mapNodes((node) => node).map((node, i) => [node, i]));
  return toMap(louvain(projection, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) }));
}

export function betweennessOf(graph: Graph): NodeValues {
  return toMap(betweenness(undirectedProjection(graph), { getEdgeWeight: null }));
}

export function pagerankOf(graph: Graph): NodeValues {
  return toMap(pagerank(graph, { getEdgeWeight: null }));
}

/** What the measures worker computes (clusters as Louvain's raw partition: see clustersFrom). */
export function computeMeasure(graph: Graph, measure: Measure): NodeValues {
  switch (measure) {
    case 'clusters':
      return louvainPartition(graph);
    case 'betweenness':
      return betweennessOf(graph);
    case 'pagerank':
      return pagerankOf(graph);
  }
}

/** The clusters of a graph, as the map draws them. */
export const clustersOf = (graph: Graph): Clusters => clustersFrom(graph, louvainPartition(graph));
