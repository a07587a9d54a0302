// Types of the map's filters: what the visitor chose to hide or to keep, and what remains visible.
import type { Kind, Relation, Stance } from '../../../../../shared/vocabulary';

export interface Filters {
  /** Kinds whose nodes are hidden. */
  hiddenKinds: Kind[];
  /** Relations whose edges are hidden. */
  hiddenRelations: Relation[];
  /** Stances whose edges (those with a `stance` attribute) are hidden. */
  hiddenStances: Stance[];
  /** Community node ids: when any, only those communities and what they gather are shown. */
  communities: string[];
  /** Hide the nodes left without any visible edge once the other filters apply. */
  hideIsolated: boolean;
}

/** What the map draws: every other node and edge is hidden by the reducers. */
export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}
