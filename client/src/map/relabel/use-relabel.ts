// Keeps the map's labels in the page's language without rebuilding the map: when the language changes, the
// landscape and the expanded neighbourhoods are fetched in it and their titles put on the nodes already
// drawn (./index.ts). When the answers do not describe the map, or cannot be had, the landscape is loaded
// again instead (`replace`: its own loading, error and retry). `revision` counts the relabellings, for what
// shows titles from the graph (the list view, the search's local index, the filters' community names).
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchLandscape, fetchNeighbourhood } from '../../api/endpoints';
import type { Expansions } from '../../features/explore/expansion';
import { NEIGHBOURHOOD_LIMIT } from '../../features/explore/expansion/use-expansion';
import type { LandscapeGraph } from '../landscape';
import { applyLabels } from '../map-store';
import { relabelling } from './index';

interface Options {
  graph: LandscapeGraph;
  lang: Lang;
  /** The landscape on the map (a new object per import) and the language it was loaded in. */
  loaded: { lang: Lang } | null;
  /** The landscape request's limit (the view's `max`). */
  max: number | null;
  expansions: Expansions;
  /** Expansions being made again: their neighbourhoods may still arrive in the previous language. */
  restoring: boolean;
  replace: () => void;
}

export function useRelabel({ graph, lang, loaded, max, expansions, restoring, replace }: Options): number {
  const [revision, setRevision] = useState(0);
  /** The language of the labels on the graph, for the landscape imported last. */
  const labelled = useRef<{ landscape: object; lang: Lang } | null>(null);
  const replaceLandscape = useRef(replace);
  replaceLandscape.current = replace;

  useEffect(() => {
    if (!loaded || restoring) return;
    if (labelled.current?.landscape !== loaded) labelled.current = { landscape: loaded, lang: loaded.lang };
    if (labelled.current.lang === lang) return;
    const controller = new AbortController();
    const { signal } = controller;
    const expanded = [...expansions.values()];
    Promise.all([
      fetchLandscape(lang, signal, max ?? undefined),
      ...expanded.map(({ nodeId, depth }) =>
        fetchNeighbourhood(nodeId, { depth, lang, limit: NEIGHBOURHOOD_LIMIT }, signal),
      ),
    ]).then(
      ([landscape, ...neighbourhoods]) => {
        if (signal.aborted) return;
        const labels = relabelling(graph, landscape, neighbourhoods);
        if (!labels) return replaceLandscape.current();
        applyLabels(graph, labels);
        labelled.current = { landscape: loaded, lang };
        setRevision((n) => n + 1);
      },
      () => {
        if (!signal.aborted) replaceLandscape.current();
      },
    );
    return () => controller.abort();
  }, [graph, lang, loaded, max, expansions, restoring]);

  return revision;
}
