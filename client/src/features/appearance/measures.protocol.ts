// The messages between the page and the measures worker: the graph as node keys and edge index pairs
// (cheap to copy), one value per node back, in the same order.
import type { Measure } from './types';

export interface MeasureRequest {
  measure: Measure;
  nodes: string[];
  sources: Uint32Array;
  targets: Uint32Array;
}

export type MeasureResponse = { values: Float64Array } | { error: string };
