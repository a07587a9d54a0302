// The path finder's state for the page: the chosen ends and length, the API's answer in the page's
// language, which of several shortest paths is shown, and what that path highlights on the map.
import { useCallback, useMemo, useState } from 'react';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchPaths } from '../../api/endpoints';
import { type Loadable, useLoadable } from '../../ui/loadable';
import {
  chosenPath,
  endPathAt,
  highlightOfPath,
  NO_PATH_ENDS,
  type Path,
  type PathEnds,
  type PathHighlight,
  pathQuery,
  pathRequestKey,
  startPathAt,
  withMaxLength,
} from '.';

export interface PathFinderState {
  ends: PathEnds;
  result: Loadable<Path[]>;
  /** Index of the path shown among `result`'s. */
  chosen: number;
  path: Path | null;
  highlight: PathHighlight | null;
  startAt(nodeId: string): void;
  endAt(nodeId: string): void;
  setMax(max: number): void;
  choose(index: number): void;
  retry(): void;
  close(): void;
}

export function usePathFinder(lang: Lang): PathFinderState {
  const [ends, setEnds] = useState<PathEnds>(NO_PATH_ENDS);
  const [chosen, setChosen] = useState(0);
  const [result, retry] = useLoadable(pathRequestKey(ends, lang), (signal) => {
    const query = pathQuery(ends);
    return query ? fetchPaths(query, lang, signal) : Promise.resolve([]);
  });

  const update = useCallback((change: (ends: PathEnds) => PathEnds) => {
    setEnds(change);
    setChosen(0);
  }, []);
  const startAt = useCallback((id: string) => update((e) => startPathAt(e, id)), [update]);
  const endAt = useCallback((id: string) => update((e) => endPathAt(e, id)), [update]);
  const setMax = useCallback((max: number) => update((e) => withMaxLength(e, max)), [update]);
  const close = useCallback(() => update((e) => ({ ...NO_PATH_ENDS, max: e.max })), [update]);

  const path = result.status === 'ready' ? chosenPath(result.data, chosen) : null;
  const highlight = useMemo(() => highlightOfPath(path), [path]);
  return { ends, result, chosen, path, highlight, startAt, endAt, setMax, choose: setChosen, retry, close };
}
