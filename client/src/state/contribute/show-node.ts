// Putting a created or changed node on the map: its neighbourhood payload is merged into the graph (what
// is missing is added at its stored position; a node already there gets its new label and kind, keeping
// where it is drawn), and a deleted node is taken off. Links come and go the same way, one edge at a time
// (after a link is made, or a link's creation or removal is reverted).
import type { GraphPayload } from '../../../../shared/graph';
import type { LandscapeGraph } from '../landscape';

export type MapEdge = GraphPayload['edges'][number];

/** Merges the payload into the graph; returns how many nodes were added. */
export function mergeNeighbourhood(graph: LandscapeGraph, payload: GraphPayload): number {
  let added = 0;
  for (const { key, attributes } of payload.nodes) {
    if (graph.hasNode(key)) {
      const { x: _x, y: _y, ...rest } = attributes;
      graph.mergeNodeAttributes(key, rest);
    } else {
      graph.addNode(key, attributes);
      added++;
    }
  }
  for (const edge of payload.edges) addEdge(graph, edge);
  return added;
}

/**
 * Draws an edge between two nodes of the map: 'added', 'present' (already drawn), or 'missing-end' when
 * an end is not on the map (the caller may bring its neighbourhood first).
 */
export function addEdge(graph: LandscapeGraph, edge: MapEdge): 'added' | 'present' | 'missing-end' {
  if (graph.hasEdge(edge.key)) return 'present';
  if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return 'missing-end';
  graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  return 'added';
}

/** Takes an edge off the map; whether it was there. */
export function dropEdge(graph: LandscapeGraph, edgeKey: string): boolean {
  if (!graph.hasEdge(edgeKey)) return false;
  graph.dropEdge(edgeKey);
  return true;
}

/** Takes a node (and its edges) off the map; whether it was there. */
export function dropNode(graph: LandscapeGraph, nodeId: string): boolean {
  if (!graph.hasNode(nodeId)) return false;
  graph.dropNode(nodeId);
  return true;
}
