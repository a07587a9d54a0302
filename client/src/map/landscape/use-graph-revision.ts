// A number that changes whenever nodes or edges are added to or removed from the map's graph (a landscape
// imported, an expansion or a collapse), so what is derived from the graph's structure (filters, the list,
// the highlight) is computed again. Moves and attribute changes do not count. Bursts (an import fires one
// event per node) are coalesced into one change.
import { useEffect, useState } from 'react';
import type { LandscapeGraph } from './types';

const STRUCTURE_EVENTS = [
  'nodeAdded',
  'nodeDropped',
  'edgeAdded',
  'edgeDropped',
  'cleared',
  'edgesCleared',
] as const;

export function useGraphRevision(graph: LandscapeGraph): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let scheduled = false;
    let live = true;
    const bump = () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        if (live) setRevision((n) => n + 1);
      });
    };
    for (const event of STRUCTURE_EVENTS) graph.on(event, bump);
    return () => {
      live = false;
      for (const event of STRUCTURE_EVENTS) graph.off(event, bump);
    };
  }, [graph]);
  return revision;
}
