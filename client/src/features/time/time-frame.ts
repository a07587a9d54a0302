// What the map shows at a moment of the replay (pure): from the timeline's lives, each node and link is
// shown (alive then), fading (removed less than a fade window before) or hidden (not born yet, or long
// gone), and each node has the label it had then. Nodes the timeline does not know (no event recorded
// them) are left as they are.
import type { Life, Timeline, TimelineNode } from '../../../../shared/time';

export type TimeState = 'shown' | 'fading' | 'hidden';

export interface TimeFrame {
  at: number;
  nodes: ReadonlyMap<string, TimeState>;
  edges: ReadonlyMap<string, TimeState>;
  labels: ReadonlyMap<string, string>;
  /** How many nodes are shown (alive then). */
  shownNodes: number;
}

export function stateAt(lives: readonly Life[], t: number, fadeMs: number): TimeState {
  let state: TimeState = 'hidden';
  for (const life of lives) {
    const from = Date.parse(life.from);
    const until = life.until === null ? Number.POSITIVE_INFINITY : Date.parse(life.until);
    if (from <= t && t < until) return 'shown';
    if (until <= t && t - until < fadeMs) state = 'fading';
  }
  return state;
}

/** The node's label at `t`: the last one given at or before then (its first before its birth). */
export function labelAt(node: TimelineNode, t: number): string {
  let label = node.labels[0]?.label ?? node.id;
  for (const entry of node.labels) if (Date.parse(entry.at) <= t) label = entry.label;
  return label;
}

export function frameAt(timeline: Timeline, t: number, fadeMs: number): TimeFrame {
  const nodes = new Map<string, TimeState>();
  const labels = new Map<string, string>();
  let shownNodes = 0;
  for (const node of timeline.nodes) {
    const state = stateAt(node.lives, t, fadeMs);
    nodes.set(node.id, state);
    if (state !== 'hidden') labels.set(node.id, labelAt(node, t));
    if (state === 'shown') shownNodes++;
  }
  const edges = new Map<string, TimeState>();
  for (const link of timeline.links) {
    const own = stateAt(link.lives, t, fadeMs);
    const ends = [nodes.get(link.source), nodes.get(link.target)];
    edges.set(link.id, ends.includes('hidden') ? 'hidden' : own);
  }
  return { at: t, nodes, edges, labels, shownNodes };
}
