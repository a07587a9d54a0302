// Loads the landscape into the shared graph, `max` nodes at most (the view's `max`; null: the server's
// default), in the page's language of the moment. A later language switch does not load it again: the
// labels are changed in place (map/relabel), so the map, its camera and its expansions stay.
import type { Lang } from '../../../../shared/vocabulary';
import { fetchLandscape } from '../../api/endpoints';
import { type Loadable, useLoadable } from '../../ui/loadable';
import { replaceLandscape } from '../map-store';
import type { LandscapeGraph, LoadedLandscape } from './types';

export function useLandscape(
  graph: LandscapeGraph,
  lang: Lang,
  max: number | null = null,
): [Loadable<LoadedLandscape>, () => void] {
  // The key leaves the language out on purpose: the load reads it when it runs (first load, retry).
  return useLoadable(`landscape:${max ?? 'default'}`, async (signal) => {
    const payload = await fetchLandscape(lang, signal, max ?? undefined);
    signal.throwIfAborted();
    return { ...replaceLandscape(graph, payload), lang };
  });
}
