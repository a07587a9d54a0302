// Loads the landscape in the page's language into the shared graph (labels change with the language).

import type { Lang } from '../../../../shared/vocabulary';
import { fetchLandscape } from '../../api/endpoints';
import { type Loadable, useLoadable } from '../loadable';
import { replaceLandscape } from './index';
import type { LandscapeGraph, LandscapeSummary } from './types';

export function useLandscape(graph: LandscapeGraph, lang: Lang): [Loadable<LandscapeSummary>, () => void] {
  return useLoadable(lang, async (signal) => {
    const payload = await fetchLandscape(lang, signal);
    signal.throwIfAborted();
    return replaceLandscape(graph, payload);
  });
}
