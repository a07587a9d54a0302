// Builds the graphology-serialised payload (DESIGN.md §4) from node and edge rows: sizes from the degree
// within what is returned, so the map never hints at hidden nodes.
import { edgeOfLink, type GraphPayload, sizeFromDegree } from '../../shared/graph';
import type { Relation } from '../../shared/vocabulary';
import type { GraphEdgeRow, GraphNodeRow } from './landscape.repository';

export function toGraphPayload(nodes: GraphNodeRow[], edges: GraphEdgeRow[], total: number): GraphPayload {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return {
    attributes: { total, truncated: total > nodes.length },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: nodes.map((n) => {
      const d = degree.get(n.id) ?? 0;
      return {
        key: n.id,
        attributes: { kind: n.kind, label: n.label, x: n.x, y: n.y, size: sizeFromDegree(d), degree: d },
      };
    }),
    edges: edges.map((e) => edgeOfLink({ ...e, relation: e.relation as Relation })),
  };
}
