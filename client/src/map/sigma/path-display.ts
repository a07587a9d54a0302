// What sigma draws while a path is shown, applied on top of what reducers.ts asks for: the path's nodes
// in their colour with their labels, its two ends outlined, its relationships drawn thick and dark, and
// everything else faded (the selected node stays as the selection draws it).
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { GraphNodeAttributes } from '../../../../shared/graph';
import type { PathHighlight } from '../../features/paths';
import { KIND_COLORS, MAP_COLORS } from './colors';

export const PATH_EDGE_COLOR = '#1f2933';
export const PATH_EDGE_SIZE = 3;

export function pathNodeDisplay(
  node: string,
  data: GraphNodeAttributes,
  display: Partial<NodeDisplayData>,
  path: PathHighlight | null,
): Partial<NodeDisplayData> {
  if (!path) return display;
  if (path.nodes.has(node)) {
    return {
      ...display,
      color: KIND_COLORS[data.kind],
      forceLabel: true,
      highlighted: display.highlighted === true || path.ends.has(node),
      zIndex: Math.max(display.zIndex ?? 0, 2),
    };
  }
  if (display.highlighted) return display;
  return { ...display, color: MAP_COLORS.faded, label: '', forceLabel: false, zIndex: 0 };
}

export function pathEdgeDisplay(
  edge: string,
  display: Partial<EdgeDisplayData>,
  path: PathHighlight | null,
): Partial<EdgeDisplayData> {
  if (!path) return display;
  if (path.edges.has(edge)) return { ...display, color: PATH_EDGE_COLOR, size: PATH_EDGE_SIZE, zIndex: 2 };
  return { ...display, color: MAP_COLORS.fadedEdge, size: 1, zIndex: 0 };
}
