// The language switch without a new map: the titles of the landscape and of the expanded neighbourhoods,
// fetched in the new language, put on the nodes already drawn in one batch. Positions, camera, selection,
// filters and expansions stay. Only `label` depends on the language among the map's attributes (kind,
// position, size, degree and the edges' relation, stance and role do not).
import type { GraphPayload } from '../../../../shared/graph';
import type { LandscapeGraph } from '../landscape/types';

/** A new label per node id. */
export type Labels = ReadonlyMap<string, string>;

/**
 * The new label of every node on the map, from the landscape and the expansions' neighbourhoods in the new
 * language; null when they do not describe the map (a landscape node the map lacks, or a node of the map
 * none of them has: the landscape changed on the server, so it is replaced rather than relabelled).
 * Neighbourhood nodes no longer on the map (an expansion collapsed meanwhile) are left out.
 */
export function relabelling(
  graph: LandscapeGraph,
  landscape: GraphPayload,
  neighbourhoods: readonly GraphPayload[] = [],
): Labels | null {
  const labels = new Map<string, string>();
  for (const { key, attributes } of landscape.nodes) {
    if (!graph.hasNode(key)) return null;
    labels.set(key, attributes.label);
  }
  for (const neighbourhood of neighbourhoods) {
    for (const { key, attributes } of neighbourhood.nodes) {
      if (graph.hasNode(key) && !labels.has(key)) labels.set(key, attributes.label);
    }
  }
  return graph.everyNode((node) => labels.has(node)) ? labels : null;
}
