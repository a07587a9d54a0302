// The one global the page sets: `window.__semis = { sigma, graph }`, for end-to-end tests to inspect the
// map (node positions, camera) the way a visitor sees it.
import type Graph from 'graphology';
import type { MapSigma } from './context';

declare global {
  interface Window {
    __semis?: { sigma: MapSigma; graph: Graph };
  }
}

export function exposeForTests(sigma: MapSigma, graph: Graph): () => void {
  window.__semis = { sigma, graph };
  return () => {
    if (window.__semis?.sigma === sigma) delete window.__semis;
  };
}
