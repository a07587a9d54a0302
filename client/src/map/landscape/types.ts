// Types of the landscape on the map: the graphology graph the page draws and what the page says about it.
import type { MultiDirectedGraph } from 'graphology';
import type { GraphEdgeAttributes, GraphNodeAttributes, GraphPayload } from '../../../../shared/graph';
import type { Kind, Lang } from '../../../../shared/vocabulary';

export type LandscapeAttributes = GraphPayload['attributes'];
export type LandscapeGraph = MultiDirectedGraph<
  GraphNodeAttributes,
  GraphEdgeAttributes,
  LandscapeAttributes
>;

/** What the header, the legend and the test hooks need once a landscape is on the map. */
export interface LandscapeSummary {
  /** Nodes on the map. */
  nodeCount: number;
  /** Nodes that matched on the server, some maybe left out by the limit. */
  total: number;
  truncated: boolean;
  kindCounts: Record<Kind, number>;
}

/** A landscape imported into the map, and the language its labels were loaded in. */
export interface LoadedLandscape extends LandscapeSummary {
  lang: Lang;
}
