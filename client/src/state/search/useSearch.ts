// Full-text search as the visitor types: debounced, the stale request cancelled, hits in the page's language.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/api';
import type { Lang } from '../../../../shared/vocabulary';
import { searchNodes } from '../../api/endpoints';
import { type Loadable, useLoadable } from '../loadable';
import { SEARCH_DEBOUNCE_MS, searchableQuery } from './index';

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export interface SearchState {
  results: Loadable<SearchHit[]>;
  /** The hits on screen: those of the last query answered, kept while the next one loads (no flicker). */
  hits: SearchHit[];
  /** The hits are those of what is typed now (not of an earlier query still on screen). */
  settled: boolean;
}

export function useSearch(input: string, lang: Lang): SearchState {
  const typed = searchableQuery(input);
  const query = useDebounced(typed, SEARCH_DEBOUNCE_MS);
  const [results] = useLoadable(query === null ? null : `${lang}:${query}`, (signal) =>
    searchNodes(query ?? '', lang, signal),
  );
  const lastHits = useRef<SearchHit[]>([]);
  if (results.status === 'ready') lastHits.current = results.data;
  else if (results.status !== 'loading') lastHits.current = [];
  return { results, hits: lastHits.current, settled: results.status !== 'loading' && query === typed };
}
