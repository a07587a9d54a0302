// The ForceAtlas2 worker: runs the library's own iteration on the matrices the page sends, for a short
// slice of time or a few iterations, and sends the positions back. (The library's supervisor starts its
// worker from a blob: URL, which the page's Content-Security-Policy, script-src 'self', refuses; this
// file is served from our origin.)
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { Fa2Request, Fa2Response } from './fa2.protocol';

let edges = new Float32Array(0);

self.onmessage = ({ data }: MessageEvent<Fa2Request>) => {
  if (data.edges) edges = new Float32Array(data.edges);
  const nodes = new Float32Array(data.nodes);
  const start = performance.now();
  let iterations = 0;
  do {
    iterate(data.settings, nodes, edges);
    iterations += 1;
  } while (iterations < data.maxIterations && performance.now() - start < data.sliceMs);
  const response: Fa2Response = { nodes: nodes.buffer, iterations };
  self.postMessage(response, { transfer: [nodes.buffer] });
};
