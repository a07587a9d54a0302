// The map's visible nodes and edges for the current filters, computed again when the graph's structure
// changes (`revision`), with the visible nodes counted by kind for the legend.
import { useMemo } from 'react';
import type { Kind } from '../../../../shared/vocabulary';
import { countByKind, type LandscapeGraph } from '../landscape';
import { type Filters, type Visible, visibleItems } from './index';

export interface VisibleMap extends Visible {
  kindCounts: Record<Kind, number>;
}

export function useVisibleItems(graph: LandscapeGraph, filters: Filters, revision: number): VisibleMap {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` stands for the graph's content.
  return useMemo(() => {
    const visible = visibleItems(graph, filters);
    const kindCounts = countByKind(graph);
    for (const kind of Object.keys(kindCounts) as Kind[]) kindCounts[kind] = 0;
    for (const node of visible.nodes) kindCounts[graph.getNodeAttribute(node, 'kind')] += 1;
    return { ...visible, kindCounts };
  }, [graph, filters, revision]);
}
