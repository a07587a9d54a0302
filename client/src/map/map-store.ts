// The map store: the one writer of the map's content, the graphology graph sigma draws. Everything that
// adds, changes or removes a node or an edge goes through here: the landscape loaded (replaceLandscape), a
// neighbourhood merged (mergeNeighbourhood, applyStep for an expansion), a node written through the page
// (putNode), an edge (addEdge, dropEdge), a node gone (dropNode), the labels of another language
// (applyLabels), someone else's change from the live stream (applyPatch), and for the time slider what the
// map lacks of the past (addMissing, removeAdded). What turns a write's answer into these is apply-change.ts.
// Only positions move elsewhere: the expansion's fly-out and the ForceAtlas2 refinement animate where nodes are drawn, not what is drawn.

import type { NodeView } from '../../../shared/entities';
import { edgeOfLink, type GraphEdge, type GraphPayload, sizeFromDegree } from '../../../shared/graph';
import type { LinkView } from '../../../shared/links';
import type { MapPatch } from '../../../shared/live';
import type { Lang } from '../../../shared/vocabulary';
import type { ExpansionStep } from '../features/explore/expansion/types';
import { localized } from '../features/panel/node-details';
import { countByKind } from './landscape';
import type { LandscapeGraph, LandscapeSummary } from './landscape/types';
import type { Labels } from './relabel';

export type MapEdge = GraphEdge;

/** Replaces the graph's content with the payload (same graph object: sigma keeps drawing it). */
export function replaceLandscape(graph: LandscapeGraph, payload: GraphPayload): LandscapeSummary {
  const started = performance.now();
  graph.clear();
  graph.import(payload);
  graph.replaceAttributes(payload.attributes);
  performance.measure('semis:import', { start: started }); // for the client benchmark
  return {
    nodeCount: graph.order,
    total: payload.attributes.total,
    truncated: payload.attributes.truncated,
    kindCounts: countByKind(graph),
  };
}

/**
 * Merges a neighbourhood payload into the graph (what is missing is added at its stored position; a node
 * already there gets its new label and kind, keeping where it is drawn); returns how many nodes were added.
 */
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
 * A node as the page wrote or read it: added at its stored position if the map lacks it, else its label and
 * kind updated where it is drawn. `written`: the person just wrote it, so its label stays drawn at any zoom.
 */
export function putNode(
  graph: LandscapeGraph,
  node: NodeView,
  lang: Lang,
  written = true,
): 'added' | 'updated' {
  const label = localized(node, 'title', lang) ?? node.title;
  const mark = written ? { forceLabel: true } : {};
  if (graph.hasNode(node.id)) {
    graph.mergeNodeAttributes(node.id, { kind: node.kind, label, ...mark });
    return 'updated';
  }
  graph.addNode(node.id, {
    kind: node.kind,
    label,
    x: node.x,
    y: node.y,
    size: sizeFromDegree(0),
    degree: 0,
    ...mark,
  });
  return 'added';
}

/** Keeps a node's label drawn at any zoom (what a person just wrote). */
export function markWritten(graph: LandscapeGraph, nodeId: string): void {
  if (graph.hasNode(nodeId)) graph.setNodeAttribute(nodeId, 'forceLabel', true);
}

/**
 * Draws an edge between two nodes of the map: 'added', 'present' (already drawn), or 'missing-end' when
 * an end is not on the map (the caller may bring its neighbourhood first). The ends' degree and size follow.
 */
export function addEdge(graph: LandscapeGraph, edge: MapEdge): 'added' | 'present' | 'missing-end' {
  if (graph.hasEdge(edge.key)) return 'present';
  if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return 'missing-end';
  graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  return 'added';
}

/** A link of the API as an edge of the map (shared/graph.ts edgeOfLink); its ends grow with their degree. */
export function addLink(graph: LandscapeGraph, link: LinkView): 'added' | 'present' | 'missing-end' {
  const { stance, role } = link.properties;
  const drawn = addEdge(
    graph,
    edgeOfLink({
      ...link,
      stance: typeof stance === 'string' ? stance : undefined,
      role: typeof role === 'string' ? role : undefined,
    }),
  );
  if (drawn === 'added') for (const end of [link.source, link.target]) resize(graph, end);
  return drawn;
}

/** A node's degree and size from the edges now on the map (as the server sizes a payload's nodes). */
function resize(graph: LandscapeGraph, nodeId: string): void {
  const degree = graph.degree(nodeId);
  graph.mergeNodeAttributes(nodeId, { degree, size: sizeFromDegree(degree) });
}

/** Takes an edge off the map; whether it was there. Its ends shrink with their degree. */
export function dropEdge(graph: LandscapeGraph, edgeKey: string): boolean {
  if (!graph.hasEdge(edgeKey)) return false;
  const ends = graph.extremities(edgeKey);
  graph.dropEdge(edgeKey);
  for (const end of ends) resize(graph, end);
  return true;
}

/** Takes a node (and its edges) off the map; whether it was there. Its neighbours shrink with their degree. */
export function dropNode(graph: LandscapeGraph, nodeId: string): boolean {
  if (!graph.hasNode(nodeId)) return false;
  const neighbours = graph.neighbors(nodeId);
  graph.dropNode(nodeId);
  for (const neighbour of neighbours) resize(graph, neighbour);
  return true;
}

/**
 * Puts the labels on the map in one batch: one `eachNodeAttributesUpdated` event, hinted as labels only,
 * so sigma redraws once and knows nothing moved. Nodes without a new label keep theirs.
 */
export function applyLabels(graph: LandscapeGraph, labels: Labels): void {
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const label = labels.get(node);
      return label === undefined || label === attributes.label ? attributes : { ...attributes, label };
    },
    { attributes: ['label'] },
  );
}

/**
 * Applies a step to the graph. New nodes start at `from` (the expanded node) and the returned targets are
 * their stored positions, for the animation; removed edges go first, then removed nodes.
 */
export function applyStep(
  graph: LandscapeGraph,
  step: ExpansionStep,
  payload: GraphPayload | null,
  from: { x: number; y: number } | null,
): Record<string, { x: number; y: number }> {
  for (const edge of step.removeEdges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
  for (const node of step.removeNodes) if (graph.hasNode(node)) graph.dropNode(node);
  const targets: Record<string, { x: number; y: number }> = {};
  if (!payload) return targets;
  const adding = new Set(step.addNodes);
  for (const { key, attributes } of payload.nodes) {
    if (!adding.has(key) || graph.hasNode(key)) continue;
    graph.addNode(key, { ...attributes, ...(from ?? {}) });
    targets[key] = { x: attributes.x, y: attributes.y };
  }
  const addingEdges = new Set(step.addEdges);
  for (const { key, source, target, attributes } of payload.edges) {
    if (!addingEdges.has(key) || graph.hasEdge(key)) continue;
    if (graph.hasNode(source) && graph.hasNode(target)) graph.addEdgeWithKey(key, source, target, attributes);
  }
  return targets;
}

/**
 * Applies a live change's patch (someone else's write, shared/live.ts): edges and nodes taken away, nodes
 * put (a new one at its stored position, a known one relabelled where it is drawn), edges drawn between
 * nodes the map holds; degrees and sizes follow. The camera does not move. Returns the nodes it touched.
 */
export function applyPatch(graph: LandscapeGraph, patch: MapPatch, lang: Lang): string[] {
  const touched = new Set<string>();
  for (const key of patch.removedEdges) {
    if (!graph.hasEdge(key)) continue;
    for (const end of graph.extremities(key)) touched.add(end);
    dropEdge(graph, key);
  }
  for (const id of patch.removedNodes) {
    if (!graph.hasNode(id)) continue;
    for (const neighbour of graph.neighbors(id)) touched.add(neighbour);
    dropNode(graph, id);
    touched.add(id);
  }
  for (const { key, attributes } of patch.nodes) {
    const label = attributes.labels[lang] ?? Object.values(attributes.labels)[0] ?? '';
    if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { kind: attributes.kind, label });
    else {
      const { x, y, kind } = attributes;
      graph.addNode(key, { kind, label, x, y, size: sizeFromDegree(0), degree: 0 });
    }
    touched.add(key);
  }
  for (const edge of patch.edges) {
    if (addEdge(graph, edge) !== 'added') continue;
    for (const end of [edge.source, edge.target]) {
      resize(graph, end);
      touched.add(end);
    }
  }
  return [...touched];
}

/** The replay's items the map lacks (nodes deleted since, links removed since), added where they were
 *  drawn; returns the keys added, for `removeAdded` when the replay ends (features/time). */
export function addMissing(graph: LandscapeGraph, payload: Pick<GraphPayload, 'nodes' | 'edges'>) {
  const added = { nodes: [] as string[], edges: [] as string[] };
  for (const { key, attributes } of payload.nodes) {
    if (graph.hasNode(key)) continue;
    graph.addNode(key, attributes);
    added.nodes.push(key);
  }
  for (const edge of payload.edges) if (addEdge(graph, edge) === 'added') added.edges.push(edge.key);
  return added;
}

/** Takes off the map what `addMissing` added (what is already gone is skipped). */
export function removeAdded(graph: LandscapeGraph, added: { nodes: string[]; edges: string[] }): void {
  for (const key of added.edges) if (graph.hasEdge(key)) graph.dropEdge(key);
  for (const key of added.nodes) if (graph.hasNode(key)) graph.dropNode(key);
}
