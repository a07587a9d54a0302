import { KINDS, type Kind } from '../../../../shared/vocabulary';
import type { LandscapeGraph } from './types';

export type { LandscapeGraph, LandscapeSummary, LoadedLandscape } from './types';

export function countByKind(graph: LandscapeGraph): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  graph.forEachNode((_node, attributes) => {
    counts[attributes.kind] += 1;
  });
  return counts;
}
