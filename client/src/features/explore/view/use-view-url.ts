// Keeps the address bar on the current view with history.replaceState (no new history entry per move),
// so reloading or sharing the URL shows the same view. The camera arrives already debounced.
import { useEffect } from 'react';
import { encodeView } from './index';
import type { View } from './types';

/** The page's address for a view: same path and hash, the view's query. */
export function urlOfView(view: View, location: Pick<Location, 'pathname' | 'hash'>): string {
  const search = encodeView(view);
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}

export function useViewUrl(view: View): void {
  const url = urlOfView(view, window.location);
  useEffect(() => {
    const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (url !== current) window.history.replaceState(window.history.state, '', url);
  }, [url]);
}
