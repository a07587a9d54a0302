// The baseline of `npm run bench:client`: the least a React page can do to show the landscape — fetch
// /api/landscape, import it into graphology, colour by kind, draw it with sigma's defaults, and on a click
// fade what is not the node's neighbourhood. It leaves the same performance marks as the Semis page:
// the import (measure "bare:import"), the first frame presented (window.__bare.drawnAt) and the drawn highlight
// (mark "bare:highlight").
import Graph from 'graphology';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import Sigma from 'sigma';

declare global {
  interface Window {
    __bare?: { sigma: Sigma; graph: Graph; drawnAt: number };
  }
}

const COLOURS: Record<string, string> = {
  Question: '#d9822b',
  Seed: '#3f8f4f',
  Person: '#5a6fc0',
  Resource: '#8a6bb0',
  Community: '#c0506a',
};

function BareMap() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let sigma: Sigma | null = null;
    let cancelled = false;
    void (async () => {
      const payload = await (await fetch('/api/landscape?lang=fr')).json();
      if (cancelled || !container.current) return;
      const started = performance.now();
      const graph = new Graph({ type: 'directed', multi: true });
      graph.import(payload);
      graph.forEachNode((node, attributes) => {
        graph.setNodeAttribute(node, 'color', COLOURS[attributes.kind as string] ?? '#888');
      });
      performance.measure('bare:import', { start: started });
      const map = new Sigma(graph, container.current);
      sigma = map;
      map.refresh();
      // presented: the frame after the one the draw went into has started (as the Semis page measures)
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          window.__bare = { sigma: map, graph, drawnAt: performance.now() };
        }),
      );
      map.on('clickNode', ({ node }) => {
        const near = new Set(graph.neighbors(node));
        near.add(node);
        map.setSetting('nodeReducer', (n, data) =>
          near.has(n) ? data : { ...data, color: '#ddd', label: null },
        );
        map.setSetting('edgeReducer', (edge, data) =>
          graph.hasExtremity(edge, node) ? data : { ...data, hidden: true },
        );
        map.once('afterRender', () => performance.mark('bare:highlight'));
      });
    })();
    return () => {
      cancelled = true;
      sigma?.kill();
    };
  }, []);
  return <div ref={container} className="map" />;
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(<BareMap />);
