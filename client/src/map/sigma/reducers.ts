// What sigma draws for each node and edge, from its data and the current highlight: colour and size by the
// appearance (kind or cluster, degree or a centrality: features/appearance), short labels, and — when a node
// is selected or hovered — it and its neighbours emphasised, other nodes faded, other edges hidden. Items
// the filters leave out are hidden; the keyboard cursor (a neighbour chosen with the arrows) is outlined
// with its whole label.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../../../shared/graph';
import type { NodeStyle } from '../../features/appearance';
import type { Highlight } from '../../features/explore/selection';
import { KIND_COLORS, MAP_COLORS } from './colors';

/** Long question titles would cover the map: labels are cut, the panel shows the whole title. */
export const MAX_LABEL_LENGTH = 34;

/** Cut labels, computed once per label: the node reducer asks for every node on every frame. */
const shortLabels = new Map<string, string>();
const SHORT_LABEL_CACHE = 200_000;

export function shortLabel(label: string, max = MAX_LABEL_LENGTH): string {
  if (label.length <= max) return label;
  if (max !== MAX_LABEL_LENGTH) return cutLabel(label, max);
  let short = shortLabels.get(label);
  if (short === undefined) {
    if (shortLabels.size >= SHORT_LABEL_CACHE) shortLabels.clear();
    short = cutLabel(label, max);
    shortLabels.set(label, short);
  }
  return short;
}

function cutLabel(label: string, max: number): string {
  const cut = label.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max * 0.6 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export interface NodeView {
  highlight: Highlight | null;
  /** The selected node, drawn with sigma's "highlighted" outline and its label always shown. */
  selected: string | null;
  /** The hovered node shows its whole label. */
  hovered: string | null;
  /** The nodes the filters leave visible; absent: all. */
  visible?: ReadonlySet<string>;
  /** The neighbour the arrow keys are on. */
  cursor?: string | null;
  /** Colour and size by the current appearance (features/appearance's painter); by default kind and data size. */
  style?: (node: string, data: GraphNodeAttributes) => NodeStyle;
}

/**
 * Sigma draws what a reducer returns, not a merge. It hands each reducer a fresh shallow copy of the item's
 * attributes (sigma's addNode/addEdge), so the display is written into that copy: no second object per
 * node on every refresh, which runs for every node and edge of the map.
 */
export function nodeDisplay(
  node: string,
  data: GraphNodeAttributes,
  view: NodeView,
): Partial<NodeDisplayData> {
  const display = data as GraphNodeAttributes & Partial<NodeDisplayData>;
  if (view.visible && !view.visible.has(node)) {
    display.hidden = true;
    return display;
  }
  const style = view.style?.(node, data);
  display.color = style ? style.color : KIND_COLORS[data.kind];
  display.size = style ? style.size : data.size;
  if (node === view.selected || node === view.cursor) {
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = 3;
    return display;
  }
  const highlight = view.highlight;
  if (highlight && !highlight.nodes.has(node)) {
    display.label = '';
    display.color = MAP_COLORS.faded;
    display.zIndex = 0;
    return display;
  }
  if (node !== view.hovered) display.label = shortLabel(data.label);
  display.zIndex = highlight ? 2 : 1;
  return display;
}

/**
 * With a focus, only its own edges are drawn: faded edges at landscape scale are a grey mass that hides
 * nothing useful and costs most of the frame (sigma's own reducer example hides them too). Written into
 * sigma's copy of the attributes, as nodeDisplay.
 */
export function edgeDisplay(
  edge: string,
  data: GraphEdgeAttributes,
  highlight: Highlight | null,
  visible?: ReadonlySet<string>,
): Partial<EdgeDisplayData> {
  const display = data as GraphEdgeAttributes & Partial<EdgeDisplayData>;
  if ((visible && !visible.has(edge)) || (highlight && !highlight.edges.has(edge))) {
    display.hidden = true;
    return display;
  }
  if (highlight) {
    // no zIndex: the other edges are hidden, and equal zIndexes spare sigma a sort of every edge
    display.color = MAP_COLORS.edgeHighlighted;
    display.size = 2;
    return display;
  }
  display.color = MAP_COLORS.edge;
  display.size = 1;
  return display;
}
