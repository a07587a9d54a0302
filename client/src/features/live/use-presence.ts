// Presence on a seed: while the panel shows it, the page says so every PRESENCE_BEAT_MS
// (POST /api/nodes/:id/presence) and learns how many people look at it now. The browser's viewer id is a
// random one kept in localStorage, so a visitor's tabs count once (a logged-in person is counted as
// themselves by the server). A failed beat only leaves the last count shown.
import { useEffect, useState } from 'react';
import { ENDPOINTS } from '../../../../shared/api';
import { PRESENCE_BEAT_MS } from '../../../../shared/live';
import { call } from '../../api/call';

const VIEWER_KEY = 'semis.viewer';

/** This browser's viewer id (made once); a fresh one each time when storage is refused. */
export function viewerId(): string {
  try {
    const kept = localStorage.getItem(VIEWER_KEY);
    if (kept) return kept;
    const made = crypto.randomUUID();
    localStorage.setItem(VIEWER_KEY, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}

/** How many people look at `nodeId` now (null before the first answer, or when `nodeId` is null). */
export function usePresence(nodeId: string | null): number | null {
  const [watching, setWatching] = useState<number | null>(null);
  useEffect(() => {
    setWatching(null);
    if (!nodeId) return;
    let stopped = false;
    const beat = () =>
      call(ENDPOINTS.notePresence, { params: { id: nodeId }, body: { viewer: viewerId() } })
        .then((answer) => !stopped && setWatching(answer.watching))
        .catch(() => {});
    void beat();
    const timer = setInterval(beat, PRESENCE_BEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [nodeId]);
  return watching;
}
