// Linking two nodes, as pure functions: the relations RELATION_RULES allows between two kinds in either
// direction, the properties each relation asks for, the POST /api/links body, and the plan of each
// maieutic prompt that is a link (which end is the node, which is me, which is searched, which relation).
import type { CreateLink } from '../../../../../shared/links';
import {
  KINDS,
  type Kind,
  RELATION_RULES,
  RELATIONS,
  type Relation,
  type Role,
  type Stance,
} from '../../../../../shared/vocabulary';

/** A relation seen from the node the dialog started from: `forward` when that node is the source. */
export interface RelationChoice {
  relation: Relation;
  forward: boolean;
}

export const choiceKey = (choice: RelationChoice) => `${choice.relation}:${choice.forward ? 'out' : 'in'}`;

const fits = (relation: Relation, source: Kind, target: Kind) => {
  const rule: { source: readonly Kind[]; target: readonly Kind[] } = RELATION_RULES[relation];
  return rule.source.includes(source) && rule.target.includes(target);
};

/** Every relation allowed between a `from` node and an `other` node, outgoing ones first. */
export function relationChoices(from: Kind, other: Kind): RelationChoice[] {
  const out = RELATIONS.filter((r) => fits(r, from, other)).map((relation) => ({ relation, forward: true }));
  const back = RELATIONS.filter((r) => fits(r, other, from)).map((relation) => ({
    relation,
    forward: false,
  }));
  return [...out, ...back];
}

/** The kinds a node of kind `from` can be linked to at all (what the search offers). */
export const linkableKinds = (from: Kind): Kind[] =>
  KINDS.filter((other) => relationChoices(from, other).length > 0);

/** The properties a relation asks the person for. */
export type PropertyInput = 'role' | 'stance' | 'statement' | 'featured';

export function propertyInputs(relation: Relation): PropertyInput[] {
  switch (relation) {
    case 'HAS_ROLE':
      return ['role'];
    case 'INFORMS':
      return ['stance'];
    case 'TAKES_STANCE':
      return ['stance', 'statement'];
    case 'GATHERS':
      return ['featured'];
    default:
      return [];
  }
}

/** Whether the relation needs its stance (TAKES_STANCE) — INFORMS's is optional (neutral). */
export const stanceRequired = (relation: Relation) => relation === 'TAKES_STANCE';

export interface LinkProperties {
  role?: Role;
  stance?: Stance | '';
  statement?: string;
  featured?: boolean;
}

/** The properties a relation carries, from what the form holds (nothing it does not take). */
export function linkProperties(
  relation: Relation,
  values: LinkProperties,
): Record<string, unknown> | undefined {
  const inputs = propertyInputs(relation);
  if (inputs.length === 0) return undefined;
  const properties: Record<string, unknown> = {};
  if (inputs.includes('role') && values.role) properties.role = values.role;
  if (inputs.includes('stance') && values.stance) properties.stance = values.stance;
  const statement = values.statement?.trim();
  if (inputs.includes('statement') && statement) properties.statement = statement;
  if (inputs.includes('featured') && values.featured) properties.featured = true;
  return properties;
}

/** The POST /api/links body: `nodeId` is the node the choice is seen from, `otherId` the other end. */
export function linkBody(
  nodeId: string,
  otherId: string,
  choice: RelationChoice,
  values: LinkProperties = {},
): CreateLink {
  const [source, target] = choice.forward ? [nodeId, otherId] : [otherId, nodeId];
  const properties = linkProperties(choice.relation, values);
  return { source, target, relation: choice.relation, ...(properties ? { properties } : {}) };
}

/**
 * What a link prompt asks for. `anchor` is the end that is known (the node, or my own Person), `other`
 * the end that is searched among `kinds` — or the node itself when the anchor is me and the node fits.
 */
export interface LinkPlan {
  anchor: 'node' | 'me';
  /** The relation, seen from the anchor. */
  choice: RelationChoice;
  /** Kinds of the other end (searched, unless it is the node itself). */
  kinds: Kind[];
  /** The other end is the node itself (the anchor is me). */
  otherIsNode: boolean;
  /** Properties fixed by the prompt (a role). */
  fixed?: LinkProperties;
}

const plan = (
  anchor: 'node' | 'me',
  relation: Relation,
  forward: boolean,
  kinds: Kind[],
  fixed?: LinkProperties,
): LinkPlan => ({ anchor, choice: { relation, forward }, kinds, otherIsNode: false, fixed });

/** "Me → this node" when the node fits the relation's target, else "me → a node searched among kinds". */
function fromMe(relation: Relation, nodeKind: Kind, kinds: Kind[], fixed?: LinkProperties): LinkPlan {
  const otherIsNode = kinds.includes(nodeKind);
  return { ...plan('me', relation, true, otherIsNode ? [nodeKind] : kinds, fixed), otherIsNode };
}

/** The plan of a link prompt started from a node of `nodeKind`; null when it is free (link-node) or unknown. */
export function linkPlan(action: string, nodeKind: Kind): LinkPlan | null {
  switch (action) {
    case 'link-resource':
      return nodeKind === 'Resource' ? plan('node', 'INFORMS', true, ['Question', 'Seed']) : null;
    case 'propose-animator':
      if (nodeKind === 'Seed') return plan('node', 'HAS_ROLE', false, ['Person'], { role: 'animator' });
      return nodeKind === 'Community' ? plan('node', 'ANIMATES', false, ['Person']) : null;
    case 'propose-resource-person':
      return nodeKind === 'Seed' ? plan('node', 'RESOURCE_PERSON_FOR', false, ['Person']) : null;
    case 'propose-community':
      return nodeKind === 'Seed' ? plan('node', 'GATHERS', false, ['Community']) : null;
    case 'gather-seed':
      return nodeKind === 'Community' ? plan('node', 'GATHERS', true, ['Seed']) : null;
    case 'join-seed':
      return fromMe('HAS_ROLE', nodeKind, ['Seed'], { role: 'contributor' });
    case 'join-community':
      return fromMe('MEMBER_OF', nodeKind, ['Community']);
    case 'add-asker':
      return fromMe('ASKED', nodeKind, ['Question']);
    default:
      return null;
  }
}

/** The actions the link dialog answers (the free one and the prompts that are links). */
export const LINK_ACTIONS = [
  'link-node',
  'link-resource',
  'propose-animator',
  'propose-resource-person',
  'propose-community',
  'gather-seed',
  'join-seed',
  'join-community',
  'add-asker',
] as const;
