// The map's visible nodes and edges for the current filters, computed again when the graph's structure
// changes (`revision`).
import { useMemo } from 'react';
import type { LandscapeGraph } from '../../../map/landscape';
import { type Filters, type Visible, visibleItems } from './index';

export function useVisibleItems(graph: LandscapeGraph, filters: Filters, revision: number): Visible {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` stands for the graph's content.
  return useMemo(() => visibleItems(graph, filters), [graph, filters, revision]);
}
