// Loads the landscape in the page's language into the shared graph (labels change with the language),
// `max` nodes at most (the view's `max`; null: the server's default).

import type { Lang } from '../../../../shared/vocabulary';
import { fetchLandscape } from '../../api/endpoints';
import { type Loadable, useLoadable } from '../loadable';
import { replaceLandscape } from './index';
import type { LandscapeGraph, LandscapeSummary } from './types';

export function useLandscape(
  graph: LandscapeGraph,
  lang: Lang,
  max: number | null = null,
): [Loadable<LandscapeSummary>, () => void] {
  return useLoadable(`${lang}:${max ?? ''}`, async (signal) => {
    const payload = await fetchLandscape(lang, signal, max ?? undefined);
    signal.throwIfAborted();
    return replaceLandscape(graph, payload);
  });
}
