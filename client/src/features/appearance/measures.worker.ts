// The measures worker: rebuilds the graph it is sent and computes one measure with the same pure function
// the tests check, so a long betweenness never freezes the page.
import { MultiDirectedGraph } from 'graphology';
import { computeMeasure } from './measures';
import type { MeasureRequest, MeasureResponse } from './measures.protocol';

self.onmessage = ({ data }: MessageEvent<MeasureRequest>) => {
  let response: MeasureResponse;
  try {
    const graph = new MultiDirectedGraph();
    for (const node of data.nodes) graph.addNode(node);
    for (let i = 0; i < data.sources.length; i += 1) {
      graph.addEdge(data.nodes[data.sources[i] ?? 0], data.nodes[data.targets[i] ?? 0]);
    }
    const values = computeMeasure(graph, data.measure);
    response = { values: Float64Array.from(data.nodes, (node) => values.get(node) ?? 0) };
  } catch (error) {
    response = { error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response, 'values' in response ? { transfer: [response.values.buffer] } : {});
};
