// The selection and the highlight it implies, as pure functions of the graph: no sigma, no React here.
import type Graph from 'graphology';
import type { Highlight, Selection, SelectionOrigin } from './types';

export type { Highlight, Selection, SelectionOrigin } from './types';

export const select = (nodeId: string, origin: SelectionOrigin): Selection => ({ nodeId, origin });

/** Whether choosing this selection should move the camera to the node. */
export const shouldFlyTo = (selection: Selection | null): boolean =>
  selection !== null && selection.origin !== 'map' && selection.origin !== 'url';

/**
 * The node `focus`, its neighbours (either direction) and the edges linking it to them; null when
 * nothing is focused or the node is not on the map (a search hit outside a truncated landscape).
 */
export function highlightOf(graph: Graph, focus: string | null): Highlight | null {
  if (focus === null || !graph.hasNode(focus)) return null;
  const nodes = new Set<string>([focus]);
  const edges = new Set<string>();
  graph.forEachEdge(focus, (edge, _attributes, source, target) => {
    edges.add(edge);
    nodes.add(source === focus ? target : source);
  });
  return { focus, nodes, edges };
}
