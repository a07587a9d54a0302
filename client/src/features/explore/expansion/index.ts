// Expand / collapse bookkeeping as pure functions. Each expansion records what of its neighbourhood is not
// part of the landscape (its "needs"); collapsing removes exactly the needs that no other expansion still
// has, so nodes that were there before, or that another expansion brought or needs, stay. Expanding a node
// again at another depth replaces its record (what only the old depth needed goes).
import type Graph from 'graphology';
import type { GraphEdgeAttributes, GraphNodeAttributes, GraphPayload } from '../../../../../shared/graph';
import type {
  Expansion,
  ExpansionDepth,
  ExpansionEntry,
  ExpansionStep,
  Expansions,
  MapMembership,
  Neighbourhood,
} from './types';

export type * from './types';

export const NO_EXPANSIONS: Expansions = new Map();

/** The expansions as the view keeps them: node and depth, in the order they were made. */
export const entriesOf = (expansions: Expansions): ExpansionEntry[] =>
  [...expansions.values()].map(({ nodeId, depth }) => ({ nodeId, depth }));

export const neighbourhoodOf = (payload: GraphPayload): Neighbourhood => ({
  nodes: payload.nodes.map((node) => node.key),
  edges: payload.edges.map((edge) => edge.key),
});

function neededBy(expansions: Iterable<Expansion>): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const expansion of expansions) {
    for (const node of expansion.nodes) nodes.add(node);
    for (const edge of expansion.edges) edges.add(edge);
  }
  return { nodes, edges };
}

const others = (expansions: Expansions, nodeId: string) =>
  [...expansions.values()].filter((expansion) => expansion.nodeId !== nodeId);

/** Expands `nodeId` with its neighbourhood: what to add to the map, and what an earlier depth leaves. */
export function expandStep(
  expansions: Expansions,
  map: MapMembership,
  nodeId: string,
  depth: ExpansionDepth,
  neighbourhood: Neighbourhood,
): ExpansionStep {
  const needed = neededBy(expansions.values());
  // On the landscape itself: on the map and needed by no expansion.
  const needsNode = (id: string) => !map.hasNode(id) || needed.nodes.has(id);
  const needsEdge = (id: string) => !map.hasEdge(id) || needed.edges.has(id);
  const expansion: Expansion = {
    nodeId,
    depth,
    nodes: neighbourhood.nodes.filter(needsNode),
    edges: neighbourhood.edges.filter(needsEdge),
  };
  const previous = expansions.get(nodeId);
  const left = previous ? leftBehind(previous, [...others(expansions, nodeId), expansion]) : null;
  const next = new Map(expansions);
  next.delete(nodeId); // a new depth counts as the latest expansion
  next.set(nodeId, expansion);
  return {
    expansions: next,
    addNodes: expansion.nodes.filter((id) => !map.hasNode(id)),
    addEdges: expansion.edges.filter((id) => !map.hasEdge(id)),
    removeNodes: left?.nodes ?? [],
    removeEdges: left?.edges ?? [],
  };
}

/** Collapses `nodeId`: removes what its expansion needed and no other one does. Unknown: no change. */
export function collapseStep(expansions: Expansions, nodeId: string): ExpansionStep {
  const expansion = expansions.get(nodeId);
  const next = new Map(expansions);
  next.delete(nodeId);
  const left = expansion ? leftBehind(expansion, next.values()) : { nodes: [], edges: [] };
  return { expansions: next, addNodes: [], addEdges: [], removeNodes: left.nodes, removeEdges: left.edges };
}

function leftBehind(expansion: Expansion, remaining: Iterable<Expansion>) {
  const still = neededBy(remaining);
  return {
    nodes: expansion.nodes.filter((id) => !still.nodes.has(id)),
    edges: expansion.edges.filter((id) => !still.edges.has(id)),
  };
}

type MapGraph = Graph<GraphNodeAttributes, GraphEdgeAttributes>;

/** Where the new nodes fly from: the expanded node on the map, else its stored position in the payload. */
export function expansionOrigin(
  graph: MapGraph,
  nodeId: string,
  payload: GraphPayload,
): { x: number; y: number } | null {
  if (graph.hasNode(nodeId)) {
    const { x, y } = graph.getNodeAttributes(nodeId);
    return { x, y };
  }
  const center = payload.nodes.find((node) => node.key === nodeId);
  return center ? { x: center.attributes.x, y: center.attributes.y } : null;
}
