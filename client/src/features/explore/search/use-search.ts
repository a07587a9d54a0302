// Search as the visitor types: the map's own matching nodes at once (local.ts), and the full-text search
// of the API (debounced, the stale request cancelled, in the page's language) merged in when it answers.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SearchHit } from '../../../../../shared/api';
import type { Lang } from '../../../../../shared/vocabulary';
import { searchNodes } from '../../../api/endpoints';
import type { LandscapeGraph } from '../../../map/landscape';
import { type Loadable, useLoadable } from '../../../ui/loadable';
import { SEARCH_DEBOUNCE_MS, searchableQuery } from './index';
import { buildLocalIndex, type LocalIndexEntry, localMatches, mergeHits } from './local';

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
  /** What the list shows for `query`: the server's hits once they are for it, the map's matches always. */
  hits: SearchHit[];
  /** The query the hits are for (what is typed now), null when nothing is worth searching. */
  query: string | null;
  /** The server has answered for what is typed now. */
  settled: boolean;
}

/** `revision` changes with the graph's content (useGraphRevision): the local index is rebuilt then. */
export function useSearch(
  input: string,
  lang: Lang,
  graph: LandscapeGraph | null,
  revision: number,
): SearchState {
  const typed = searchableQuery(input);
  const query = useDebounced(typed, SEARCH_DEBOUNCE_MS);
  const [results] = useLoadable(query === null ? null : `${lang}:${query}`, (signal) =>
    searchNodes(query ?? '', lang, signal),
  );
  // The index is built when the visitor first types (not on every landscape load), then kept until the
  // graph's content changes.
  const built = useRef<{ revision: number; index: LocalIndexEntry[] } | null>(null);
  if (graph && typed !== null && built.current?.revision !== revision) {
    built.current = { revision, index: buildLocalIndex(graph) };
  }
  const index = built.current?.index;
  const local = useMemo(
    () => (graph && index && typed !== null ? localMatches(graph, index, typed) : []),
    [graph, index, typed],
  );
  const settled = results.status !== 'loading' && query === typed;
  const server = settled && results.status === 'ready' ? results.data : [];
  return { results, hits: typed === null ? [] : mergeHits(server, local), query: typed, settled };
}
