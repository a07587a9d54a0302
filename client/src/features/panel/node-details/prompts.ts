// Maieutic prompts: the questions that invite the next step, read from what the node lacks in the graph
// (stigmergy: the trace left — or missing — prompts the next action), then always "Why?" and "Why not?".
// Each names its text and the stable id of the action it will lead to once contributing arrives.
import type { RelationSummary } from '../../../../../shared/api';
import type { Kind, Relation } from '../../../../../shared/vocabulary';
import type { Direction } from './layouts';
import type { MaieuticPrompt, PromptAction, PromptId } from './types';

type Links = readonly RelationSummary[];

const has = (
  links: Links,
  relation: Relation,
  direction: Direction,
  where: (p: Record<string, unknown>) => boolean = () => true,
) => links.some((l) => l.relation === relation && l.direction === direction && where(l.properties));

const challenged = (links: Links) =>
  has(links, 'CHALLENGES', 'in') ||
  has(links, 'TAKES_STANCE', 'in', (p) => p.stance === 'challenges') ||
  has(links, 'INFORMS', 'in', (p) => p.stance === 'challenges');

/** For each kind: when a prompt applies (what the node lacks), in the order they are shown. */
const RULES: Record<Kind, readonly [PromptId, PromptAction, (links: Links) => boolean][]> = {
  Question: [
    ['whichResource', 'add-resource', (l) => !has(l, 'INFORMS', 'in') && !has(l, 'PROMPTED', 'in')],
    ['worthASeed', 'grow-seed', (l) => !has(l, 'GROWS_FROM', 'in') && !has(l, 'EXPLORED_IN', 'out')],
    ['whoDisagrees', 'take-stance', (l) => !challenged(l)],
    ['howToRefine', 'ask-follow-up', (l) => !has(l, 'REFINES', 'in')],
    ['whoAsks', 'add-asker', (l) => !has(l, 'ASKED', 'in')],
  ],
  Seed: [
    ['foundingQuestion', 'add-founding-question', (l) => !has(l, 'GROWS_FROM', 'out')],
    ['whoCouldAnimate', 'propose-animator', (l) => !has(l, 'HAS_ROLE', 'in', (p) => p.role === 'animator')],
    ['seedResource', 'add-resource', (l) => !has(l, 'INFORMS', 'in')],
    ['whoKnows', 'propose-resource-person', (l) => !has(l, 'RESOURCE_PERSON_FOR', 'in')],
    ['whichCommunity', 'propose-community', (l) => !has(l, 'GATHERS', 'in')],
  ],
  Person: [
    ['personQuestion', 'ask-question', (l) => !has(l, 'ASKED', 'out')],
    ['personStance', 'take-stance', (l) => !has(l, 'TAKES_STANCE', 'out')],
    ['personSeed', 'join-seed', (l) => !has(l, 'HAS_ROLE', 'out') && !has(l, 'RESOURCE_PERSON_FOR', 'out')],
  ],
  Resource: [
    ['resourceInforms', 'link-resource', (l) => !has(l, 'INFORMS', 'out')],
    ['resourcePrompts', 'ask-prompted-question', (l) => !has(l, 'PROMPTED', 'out')],
  ],
  Community: [
    ['communityAnimator', 'propose-animator', (l) => !has(l, 'ANIMATES', 'in')],
    ['communityMembers', 'join-community', (l) => !has(l, 'MEMBER_OF', 'in')],
    ['communitySeeds', 'gather-seed', (l) => !has(l, 'GATHERS', 'out')],
  ],
};

const ALWAYS: readonly MaieuticPrompt[] = [
  { id: 'why', action: 'ask-why' },
  { id: 'whyNot', action: 'ask-why-not' },
];

export function maieuticPrompts(kind: Kind, relations: Links): MaieuticPrompt[] {
  const fromGraph = RULES[kind]
    .filter(([, , applies]) => applies(relations))
    .map(([id, action]) => ({ id, action }));
  return [...fromGraph, ...ALWAYS];
}
