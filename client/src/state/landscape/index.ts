// The landscape's pure functions: replace the graph's content with an API payload, and sum it up for the
// legend. (The graph itself is made by ./graph.ts, in the lazily loaded graph chunk.)
import type { GraphPayload } from '../../../../shared/graph';
import { KINDS, type Kind } from '../../../../shared/vocabulary';
import type { LandscapeGraph, LandscapeSummary } from './types';

export type { LandscapeGraph, LandscapeSummary, LoadedLandscape } from './types';

export function countByKind(graph: LandscapeGraph): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  graph.forEachNode((_node, attributes) => {
    counts[attributes.kind] += 1;
  });
  return counts;
}

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
