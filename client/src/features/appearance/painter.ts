// The painter: one node's colour and size for the current appearance, and the legend groups it draws. The
// map's node reducer and the legend both read it, so the legend can only say what the map shows.
import type Graph from 'graphology';
import type { GraphNodeAttributes } from '../../../../shared/graph';
import { KINDS } from '../../../../shared/vocabulary';
import { KIND_COLORS } from '../../map/sigma/colors';
import { CLUSTER_COLORS, OTHER_CLUSTERS_COLOR } from './palette';
import { MAX_NODE_SIZE, MIN_NODE_SIZE, maxValue, sizeOfValue } from './sizes';
import type { Appearance, Clusters, LegendEntry, LegendGroup, NodeStyle, NodeValues, SizeKey } from './types';

export interface MeasuresAtHand {
  clusters?: Clusters;
  betweenness?: NodeValues;
  pagerank?: NodeValues;
}

export interface Painter {
  /** What colours and sizes stand for now: a mode whose measure is not computed yet falls back to kind / degree. */
  drawn: Appearance;
  /** The legend's lines, in order. */
  groups: readonly LegendGroup[];
  /** The key of the legend group a node is drawn in. */
  groupOf(node: string, data: GraphNodeAttributes): string;
  style(node: string, data: GraphNodeAttributes): NodeStyle;
  sizeKey: SizeKey;
}

const OTHER = 'other';
const clusterKey = (index: number) => `cluster-${index}`;

/** Clusters get a colour of their own while the palette lasts and they gather at least two nodes. */
const hasOwnColor = (size: number, index: number) => size >= 2 && index < CLUSTER_COLORS.length;

function clusterGroups(graph: Graph, clusters: Clusters): LegendGroup[] {
  const groups: LegendGroup[] = [];
  let others = 0;
  for (const { index, size, central } of clusters.list) {
    const color = CLUSTER_COLORS[index];
    if (color && hasOwnColor(size, index)) {
      const centralLabel = graph.hasNode(central) ? String(graph.getNodeAttribute(central, 'label')) : '';
      groups.push({ key: clusterKey(index), color, type: 'cluster', central, centralLabel });
    } else others += 1;
  }
  if (others > 0)
    groups.push({ key: OTHER, color: OTHER_CLUSTERS_COLOR, type: 'otherClusters', clusters: others });
  return groups;
}

function degrees(graph: Graph): Map<string, number> {
  return new Map(graph.mapNodes((node) => [node, graph.degree(node)] as const));
}

export function createPainter(graph: Graph, wanted: Appearance, measures: MeasuresAtHand): Painter {
  const clusters = wanted.colorBy === 'cluster' ? measures.clusters : undefined;
  const metric = wanted.sizeBy === 'degree' ? undefined : measures[wanted.sizeBy];
  const drawn: Appearance = {
    colorBy: clusters ? 'cluster' : 'kind',
    sizeBy: metric ? wanted.sizeBy : 'degree',
  };

  const values = metric ?? degrees(graph);
  const max = maxValue(values.values());
  const sizeOf = (node: string) => sizeOfValue(values.get(node) ?? 0, max);

  let groups: LegendGroup[];
  let groupOf: Painter['groupOf'];
  if (clusters) {
    groups = clusterGroups(graph, clusters);
    groupOf = (node) => {
      const index = clusters.of.get(node);
      const size = index === undefined ? 0 : (clusters.list[index]?.size ?? 0);
      return index !== undefined && hasOwnColor(size, index) ? clusterKey(index) : OTHER;
    };
  } else {
    groups = KINDS.map((kind) => ({ key: kind, color: KIND_COLORS[kind], type: 'kind', kind }));
    groupOf = (_node, data) => data.kind;
  }
  const colors = new Map(groups.map((group) => [group.key, group.color]));
  const styles = new Map<string, NodeStyle>();

  return {
    drawn,
    groups,
    groupOf,
    // The node reducer asks on every refresh: each node's style is worked out once per painter (a painter
    // is made again whenever the graph's content or the appearance changes).
    style: (node, data) => {
      let style = styles.get(node);
      if (style === undefined) {
        style = { color: colors.get(groupOf(node, data)) ?? OTHER_CLUSTERS_COLOR, size: sizeOf(node) };
        styles.set(node, style);
      }
      return style;
    },
    sizeKey: {
      sizeBy: drawn.sizeBy,
      min: { value: 0, size: MIN_NODE_SIZE },
      max: { value: max, size: max > 0 ? MAX_NODE_SIZE : MIN_NODE_SIZE },
    },
  };
}

/**
 * The legend's lines with how many nodes each colour covers, counted with the painter's own groupOf;
 * `visible` leaves out nodes a filter hides.
 */
export function legendEntries(
  graph: Graph,
  painter: Painter,
  visible: (node: string) => boolean = () => true,
): LegendEntry[] {
  const counts = new Map<string, number>();
  graph.forEachNode((node, data) => {
    if (!visible(node)) return;
    const key = painter.groupOf(node, data as GraphNodeAttributes);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return painter.groups.map((group) => ({
    group: withCurrentLabel(graph, group),
    count: counts.get(group.key) ?? 0,
  }));
}

/** A cluster is named by its central node's label as it is now (a language switch relabels in place). */
function withCurrentLabel(graph: Graph, group: LegendGroup): LegendGroup {
  if (group.type !== 'cluster' || !graph.hasNode(group.central)) return group;
  const centralLabel = String(graph.getNodeAttribute(group.central, 'label'));
  return centralLabel === group.centralLabel ? group : { ...group, centralLabel };
}
