// Types of the map's appearance: what node colours and sizes stand for, the measures computed for them,
// and what the legend says about it.
import type { Kind } from '../../../../shared/vocabulary';

/** What a node's colour stands for: its kind, or the Louvain cluster it falls in (not a Community node). */
export type ColorBy = 'kind' | 'cluster';
/** What a node's size stands for: its number of links, its betweenness or its PageRank. */
export type SizeBy = 'degree' | 'betweenness' | 'pagerank';

export interface Appearance {
  colorBy: ColorBy;
  sizeBy: SizeBy;
}

/** The measures that take time, computed once per landscape and only when a mode needs them. */
export type Measure = 'clusters' | 'betweenness' | 'pagerank';

/** One value per node (a cluster number, a centrality). */
export type NodeValues = ReadonlyMap<string, number>;

export interface ClusterInfo {
  /** 0 for the biggest cluster, then by decreasing size. */
  index: number;
  size: number;
  /** The node with the most links inside the cluster: its title names the cluster. */
  central: string;
}

export interface Clusters {
  /** node → cluster index. */
  of: NodeValues;
  /** By index. */
  list: readonly ClusterInfo[];
}

export interface NodeStyle {
  color: string;
  size: number;
}

/** A legend line: a colour and what it stands for. */
export type LegendGroup =
  | { key: string; color: string; type: 'kind'; kind: Kind }
  | { key: string; color: string; type: 'cluster'; central: string; centralLabel: string }
  | { key: string; color: string; type: 'otherClusters'; clusters: number };

export interface LegendEntry {
  group: LegendGroup;
  /** Nodes drawn in this colour. */
  count: number;
}

/** The size key: what size means and the values at the smallest and biggest sizes. */
export interface SizeKey {
  sizeBy: SizeBy;
  min: { value: number; size: number };
  max: { value: number; size: number };
}
