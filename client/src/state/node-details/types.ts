// Types of the node panel: a node's relations grouped for display.
import type { Kind, Relation, Role, Stance } from '../../../../shared/vocabulary';

export interface Neighbour {
  /** The relationship's id (a node can be linked to the same neighbour by several relations). */
  linkId: string;
  id: string;
  kind: Kind;
  title: string;
  role?: Role;
  stance?: Stance;
}

/** One heading of the panel: a relation seen from the selected node (`out`: it is the source). */
export interface RelationGroup {
  relation: Relation;
  direction: 'out' | 'in';
  neighbours: Neighbour[];
}
