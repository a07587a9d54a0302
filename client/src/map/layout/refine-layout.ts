// Layout refinement: ForceAtlas2 from the positions on the map, in a worker, until stopped or a budget of
// iterations is spent. Each answer from the worker is written into the graph (sigma and the minimap follow);
// stopping keeps the positions reached. Nothing is saved: a reload brings back the server's layout.
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { assignLayoutChanges, graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { Fa2Request, Fa2Response } from './fa2.protocol';

export interface RefineProgress {
  iterations: number;
  budget: number;
  elapsedMs: number;
  running: boolean;
}

export interface LayoutRefinement {
  stop(): void;
}

/** Enough for a few hundred nodes to settle; on big graphs the visitor stops earlier. */
export const ITERATION_BUDGET = 500;
/** One answer per frame at most, each of a few iterations (or one long one on a big graph): the map moves
 * smoothly and a small graph's refinement lasts long enough (a few seconds) to be seen and stopped. */
const SLICE_MS = 30;
const ITERATIONS_PER_SLICE = 3;

export function refineLayout(graph: Graph, onProgress: (progress: RefineProgress) => void): LayoutRefinement {
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph) };
  const matrices = graphToByteArrays(graph, () => 1);
  const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
  const started = performance.now();
  let iterations = 0;
  let running = true;

  const report = () =>
    onProgress({ iterations, budget: ITERATION_BUDGET, elapsedMs: performance.now() - started, running });
  // The matrices follow the graph's node order: a graph that gains or loses nodes ends the refinement.
  const CHANGES = ['cleared', 'nodeAdded', 'nodeDropped'] as const;
  const stop = () => {
    if (!running) return;
    running = false;
    worker.terminate();
    for (const change of CHANGES) graph.off(change, stop);
    report();
  };
  for (const change of CHANGES) graph.on(change, stop);
  const ask = (nodes: Float32Array, withEdges: boolean) => {
    const request: Fa2Request = {
      settings,
      nodes: nodes.buffer as ArrayBuffer,
      sliceMs: SLICE_MS,
      maxIterations: ITERATIONS_PER_SLICE,
    };
    const transfer: ArrayBuffer[] = [request.nodes];
    if (withEdges) {
      request.edges = matrices.edges.buffer as ArrayBuffer;
      transfer.push(request.edges);
    }
    worker.postMessage(request, transfer);
  };

  worker.onmessage = ({ data }: MessageEvent<Fa2Response>) => {
    if (!running) return;
    const nodes = new Float32Array(data.nodes);
    assignLayoutChanges(graph, nodes, null);
    iterations += data.iterations;
    if (iterations >= ITERATION_BUDGET) stop();
    else {
      report();
      requestAnimationFrame(() => running && ask(nodes, false));
    }
  };
  worker.onerror = stop;
  ask(matrices.nodes, true);
  report();
  return { stop };
}
