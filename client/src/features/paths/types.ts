// Types of "how is A connected to B?": the chosen ends and length, a path's steps as sentences need
// them, and what the map emphasises while a path is shown.
import type { Path, PathNode } from '../../../../shared/paths';
import type { Relation } from '../../../../shared/vocabulary';

export type { Path, PathNode };

/** The ends the visitor picked (the start first, then the end) and the longest path asked for. */
export interface PathEnds {
  from: string | null;
  to: string | null;
  /** In steps (relationships), 1 to MAX_PATH_LENGTH. */
  max: number;
}

/** One relationship of a path, told as "« source » relation « target »" in its stored direction. */
export interface PathStep {
  edgeId: string;
  relation: Relation;
  source: PathNode;
  target: PathNode;
  /** Whether the walk goes from the relationship's source to its target (false: against it). */
  forward: boolean;
}

/** What the map emphasises: the path's nodes and relationships (keys of the map's graph), its two ends. */
export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  ends: ReadonlySet<string>;
}
