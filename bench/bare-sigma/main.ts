// The baseline of `npm run bench:client`: the least a page can do to show the landscape — fetch
// /api/landscape, import it into graphology, colour by kind, draw it with sigma's defaults — and mark
// the moment it is on screen (window.__drawnAt), like the Semis page marks data-ready.
import Graph from 'graphology';
import Sigma from 'sigma';

declare global {
  interface Window {
    __bare?: { sigma: Sigma; drawnAt: number };
  }
}

const COLOURS: Record<string, string> = {
  Question: '#d9822b',
  Seed: '#3f8f4f',
  Person: '#5a6fc0',
  Resource: '#8a6bb0',
  Community: '#c0506a',
};

const response = await fetch('/api/landscape?lang=fr');
const graph = new Graph({ type: 'directed', multi: true });
graph.import(await response.json());
graph.forEachNode((node, attributes) => {
  graph.setNodeAttribute(node, 'color', COLOURS[attributes.kind as string] ?? '#888');
});
const container = document.getElementById('map');
if (!container) throw new Error('no #map');
const sigma = new Sigma(graph, container);
sigma.refresh();
window.__bare = { sigma, drawnAt: performance.now() };
