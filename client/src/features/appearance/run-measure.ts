// Runs one measure of the graph in a worker of its own: a promise of the values, and a cancel that ends
// the worker (a betweenness nobody waits for any more should not keep a core busy).
import type { LandscapeGraph } from '../../map/landscape';
import type { MeasureRequest, MeasureResponse } from './measures.protocol';
import type { Measure, NodeValues } from './types';

export interface MeasureJob {
  result: Promise<NodeValues>;
  cancel(): void;
}

export function requestFor(graph: LandscapeGraph, measure: Measure): MeasureRequest {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  let i = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    sources[i] = index.get(source) ?? 0;
    targets[i] = index.get(target) ?? 0;
    i += 1;
  });
  return { measure, nodes, sources, targets };
}

export function runMeasure(graph: LandscapeGraph, measure: Measure): MeasureJob {
  const request = requestFor(graph, measure);
  const worker = new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<NodeValues>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<MeasureResponse>) => {
      worker.terminate();
      if ('error' in data) reject(new Error(data.error));
      else resolve(new Map(request.nodes.map((node, i) => [node, data.values[i] ?? 0])));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'measures worker failed'));
    };
  });
  worker.postMessage(request, [request.sources.buffer, request.targets.buffer]);
  return { result, cancel: () => worker.terminate() };
}
