// The messages between the page and the ForceAtlas2 worker: the page sends the node matrix (and the
// edges, the first time), the worker sends it back moved by some iterations.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface Fa2Request {
  settings: Required<ForceAtlas2Settings>;
  nodes: ArrayBuffer;
  /** Sent with the first request only; the worker keeps them. */
  edges?: ArrayBuffer;
  /** Run iterations for about this long before answering (at least one)… */
  sliceMs: number;
  /** …and no more than this many. */
  maxIterations: number;
}

export interface Fa2Response {
  nodes: ArrayBuffer;
  iterations: number;
}
