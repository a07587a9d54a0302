// Putting a created or changed node on the map: its neighbourhood payload is merged into the graph (what
// is missing is added at its stored position; a node already there gets its new label and kind, keeping
// where it is drawn), and a deleted node is taken off.
import type { GraphPayload } from '../../../../shared/graph';
import type { LandscapeGraph } from '../landscape';

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
  for (const { key, source, target, attributes } of payload.edges) {
    if (graph.hasEdge(key) || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.addEdgeWithKey(key, source, target, attributes);
  }
  return added;
}

/** Takes a node (and its edges) off the map; whether it was there. */
export function dropNode(graph: LandscapeGraph, nodeId: string): boolean {
  if (!graph.hasNode(nodeId)) return false;
  graph.dropNode(nodeId);
  return true;
}
