// "Since your last visit": the last log position this reader saw (localStorage, per account), how many
// visible events came since and the nodes they concern — the helper the map can use to highlight them
// (`nodeIds`). A first visit starts from now (nothing is "new" to someone who never came). `markSeen`
// moves the mark to the log's latest position once the reader has looked at the landscape's feed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchActivity } from '../../api/activity';
import { NOTHING_NEW, readLastSeen, type SinceLastVisit, storeLastSeen } from './index';

const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function useSinceLastVisit(
  personId: string | null,
  ready: boolean,
  lang: Lang,
): SinceLastVisit & { markSeen: (position?: number) => void } {
  const [since, setSince] = useState<SinceLastVisit>(NOTHING_NEW);
  const latest = useRef<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the language changes no count
  useEffect(() => {
    setSince(NOTHING_NEW);
    if (!ready) return;
    const controller = new AbortController();
    const seen = readLastSeen(storage(), personId);
    fetchActivity(
      { scope: 'landscape', limit: 1, lang, ...(seen !== null ? { after: seen } : {}) },
      controller.signal,
    )
      .then((answer) => {
        if (controller.signal.aborted) return;
        latest.current = answer.latest;
        if (seen === null || answer.latest < seen) storeLastSeen(storage(), personId, answer.latest, true);
        else if (answer.since) setSince(answer.since);
      })
      .catch(() => {}); // nothing new is said rather than an error: the feed itself tells failures
    return () => controller.abort();
  }, [personId, ready]);

  /** Seen up to `position` (the newest event shown), or the latest position known. */
  const markSeen = useCallback(
    (position?: number) => {
      const upTo = Math.max(position ?? 0, latest.current ?? 0);
      if (upTo > 0) storeLastSeen(storage(), personId, upTo);
      setSince(NOTHING_NEW);
    },
    [personId],
  );

  return { ...since, markSeen };
}
