// The inbox's unread count for the header badge: asked when a member is logged in, again every 15 s while
// the page is visible and whenever it comes back into view; 0 for a visitor (who has no inbox).
import { useCallback, useEffect, useState } from 'react';
import { fetchUnread } from '../../api/activity';

const EVERY_MS = 15_000;

export function useInboxUnread(personId: string | null): {
  unread: number;
  set: (n: number) => void;
  refresh: () => void;
} {
  const [unread, setUnread] = useState(0);
  const [round, setRound] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks again
  useEffect(() => {
    setUnread(0);
    if (personId === null) return;
    let controller = new AbortController();
    const ask = () => {
      if (document.visibilityState === 'hidden') return;
      controller.abort();
      controller = new AbortController();
      const signal = controller.signal;
      fetchUnread(signal).then(
        (n) => !signal.aborted && setUnread(n),
        () => {}, // the badge keeps its last count; the next round asks again
      );
    };
    ask();
    const timer = setInterval(ask, EVERY_MS);
    document.addEventListener('visibilitychange', ask);
    return () => {
      controller.abort();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', ask);
    };
  }, [personId, round]);

  const refresh = useCallback(() => setRound((n) => n + 1), []);
  return { unread, set: setUnread, refresh };
}
