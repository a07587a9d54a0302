// Types of the node panel: a node's relations grouped for display, its kind-specific sections, and the
// maieutic prompts that invite the next step.
import type { Kind, Relation, Role, Stance } from '../../../../../shared/vocabulary';
import type { Direction, GroupId, SectionId } from './layouts';

export interface Neighbour {
  /** The relationship's id (a node can be linked to the same neighbour by several relations). */
  linkId: string;
  id: string;
  kind: Kind;
  title: string;
  role?: Role;
  stance?: Stance;
  /** A person's own words with their stance (TAKES_STANCE). */
  statement?: string;
  /** A seed a community features (GATHERS). */
  featured?: true;
}

/** One heading of the panel: a relation seen from the selected node (`out`: it is the source). */
export interface RelationGroup {
  relation: Relation;
  direction: Direction;
  neighbours: Neighbour[];
}

/** What a group's heading says: a named group of the kind's layout, or a relation (other links). */
export type GroupTitle = { group: GroupId } | { relation: Relation; direction: Direction };

export interface PanelGroup {
  /** Stable: the layout's group id, or `RELATION:direction` for other links. */
  id: string;
  /** Null when the section has only this one group: the section's heading says it all. */
  title: GroupTitle | null;
  /** `role` / `stance` are kept only when the group's heading does not already say them. */
  neighbours: Neighbour[];
}

export interface PanelSection {
  id: SectionId;
  groups: PanelGroup[];
}

/** The stable ids of the actions prompts lead to (wired by the contributing issue). */
export type PromptAction =
  | 'add-resource'
  | 'grow-seed'
  | 'take-stance'
  | 'add-asker'
  | 'ask-follow-up'
  | 'propose-animator'
  | 'propose-resource-person'
  | 'propose-community'
  | 'add-founding-question'
  | 'ask-question'
  | 'join-seed'
  | 'link-resource'
  | 'ask-prompted-question'
  | 'join-community'
  | 'gather-seed'
  | 'ask-why'
  | 'ask-why-not';

export interface MaieuticPrompt {
  /** Names the prompt's text (`nodePanel.prompts.<id>`). */
  id: PromptId;
  action: PromptAction;
}

export type PromptId =
  | 'whichResource'
  | 'worthASeed'
  | 'whoDisagrees'
  | 'whoAsks'
  | 'howToRefine'
  | 'whoCouldAnimate'
  | 'seedResource'
  | 'whoKnows'
  | 'whichCommunity'
  | 'foundingQuestion'
  | 'personQuestion'
  | 'personStance'
  | 'personSeed'
  | 'resourceInforms'
  | 'resourcePrompts'
  | 'communityAnimator'
  | 'communityMembers'
  | 'communitySeeds'
  | 'why'
  | 'whyNot';
