// Computes the demo landscape's positions once, with ForceAtlas2 in Node (graphology-layout-forceatlas2).
// Deterministic: the starting positions come from the node ids, so every load gives the same map.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { hashUnit } from '../server/landscape/placement';

export interface Position {
  x: number;
  y: number;
}

const ITERATIONS = 600;

export function computeLayout(
  nodeIds: string[],
  links: { source: string; target: string }[],
): Map<string, Position> {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const id of [...nodeIds].sort()) {
    graph.addNode(id, { x: (hashUnit(id) - 0.5) * 100, y: (hashUnit(`${id}:y`) - 0.5) * 100 });
  }
  for (const { source, target } of links) {
    if (source !== target && !graph.hasEdge(source, target)) graph.addEdge(source, target);
  }
  forceAtlas2.assign(graph, {
    iterations: ITERATIONS,
    settings: {
      ...forceAtlas2.inferSettings(graph),
      gravity: 1,
      scalingRatio: 8,
      strongGravityMode: false,
      linLogMode: false,
    },
  });
  const positions = new Map<string, Position>();
  graph.forEachNode((id, attributes) => {
    positions.set(id, { x: round(attributes.x as number), y: round(attributes.y as number) });
  });
  return positions;
}

const round = (v: number) => Math.round(v * 100) / 100;
