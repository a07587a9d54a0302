// What the node panel shows for each kind (DESIGN.md §3): its sections in order, each made of groups, and
// which links (relation, direction seen from the node, optional role or stance) fill each group. A link
// fills the first group that matches it; links that match none go to an "other links" section.
import type { Kind, Relation, Role, Stance } from '../../../../../shared/vocabulary';

export type Direction = 'out' | 'in';

export interface LinkPattern {
  relation: Relation;
  direction: Direction;
  /** Only HAS_ROLE links with this role. */
  role?: Role;
  /** Only links with this stance; 'none' for links without one. */
  stance?: Stance | 'none';
}

export interface GroupRule {
  id: string;
  links: readonly LinkPattern[];
}

export interface SectionRule {
  id: string;
  groups: readonly GroupRule[];
}

const group = <const Id extends string>(id: Id, ...links: LinkPattern[]) => ({ id, links });
const link = (
  relation: Relation,
  direction: Direction,
  only: Omit<LinkPattern, 'relation' | 'direction'> = {},
) => ({
  relation,
  direction,
  ...only,
});

/** People's stances on a question (TAKES_STANCE); a resource's stance (INFORMS with a stance) is listed
 * among the question's resources, not among people. */
const stanceOn = <const Id extends string>(id: Id, stance: Stance) =>
  group(id, link('TAKES_STANCE', 'in', { stance }));
const resourceStance = <const Id extends string>(id: Id, stance: Stance) =>
  group(id, link('INFORMS', 'in', { stance }));

const byRole = <const Id extends string>(id: Id, direction: Direction, role: Role) =>
  group(id, link('HAS_ROLE', direction, { role }));

export const PANEL_LAYOUTS = {
  Question: [
    {
      id: 'lineage',
      groups: [
        group('refines', link('REFINES', 'out')),
        group('refinedBy', link('REFINES', 'in')),
        group('reframes', link('REFRAMES', 'out')),
        group('reframedBy', link('REFRAMES', 'in')),
        group('challenges', link('CHALLENGES', 'out')),
        group('challengedBy', link('CHALLENGES', 'in')),
        group('presupposes', link('PRESUPPOSES', 'out')),
        group('presupposedBy', link('PRESUPPOSES', 'in')),
        group('echoes', link('ECHOES', 'out')),
        group('echoedBy', link('ECHOES', 'in')),
      ],
    },
    {
      id: 'questionSeeds',
      groups: [
        group('grownSeeds', link('GROWS_FROM', 'in')),
        group('exploredIn', link('EXPLORED_IN', 'out')),
      ],
    },
    {
      id: 'questionResources',
      groups: [
        group('informedBy', link('INFORMS', 'in', { stance: 'none' })),
        resourceStance('resourceSupports', 'supports'),
        resourceStance('resourceChallenges', 'challenges'),
        resourceStance('resourceNuances', 'nuances'),
        group('promptedBy', link('PROMPTED', 'in')),
      ],
    },
    { id: 'askedBy', groups: [group('askers', link('ASKED', 'in'))] },
    {
      id: 'questionStances',
      groups: [
        stanceOn('stanceSupports', 'supports'),
        stanceOn('stanceChallenges', 'challenges'),
        stanceOn('stanceNuances', 'nuances'),
      ],
    },
  ],
  Seed: [
    {
      id: 'seedQuestions',
      groups: [
        group('foundingQuestion', link('GROWS_FROM', 'out')),
        group('exploredQuestions', link('EXPLORED_IN', 'in')),
      ],
    },
    {
      id: 'seedPeople',
      groups: [
        byRole('authors', 'in', 'author'),
        byRole('editors', 'in', 'editor'),
        byRole('contributors', 'in', 'contributor'),
        byRole('animators', 'in', 'animator'),
        byRole('seedMembers', 'in', 'member'),
        group('resourcePeople', link('RESOURCE_PERSON_FOR', 'in')),
      ],
    },
    { id: 'seedResources', groups: [group('seedInformedBy', link('INFORMS', 'in'))] },
    {
      id: 'relatedSeeds',
      groups: [
        group('derivedFrom', link('DERIVED_FROM', 'out')),
        group('gaveRiseTo', link('DERIVED_FROM', 'in')),
      ],
    },
    { id: 'seedCommunities', groups: [group('gatheredIn', link('GATHERS', 'in'))] },
  ],
  Person: [
    {
      id: 'personSeeds',
      groups: [
        byRole('authorOf', 'out', 'author'),
        byRole('editorOf', 'out', 'editor'),
        byRole('contributorOf', 'out', 'contributor'),
        byRole('animatorOf', 'out', 'animator'),
        byRole('memberOfSeed', 'out', 'member'),
        group('resourcePersonFor', link('RESOURCE_PERSON_FOR', 'out')),
      ],
    },
    { id: 'personQuestions', groups: [group('asked', link('ASKED', 'out'))] },
    {
      id: 'personStances',
      groups: [
        group('supportsQuestion', link('TAKES_STANCE', 'out', { stance: 'supports' })),
        group('challengesQuestion', link('TAKES_STANCE', 'out', { stance: 'challenges' })),
        group('nuancesQuestion', link('TAKES_STANCE', 'out', { stance: 'nuances' })),
      ],
    },
    {
      id: 'personCommunities',
      groups: [group('animates', link('ANIMATES', 'out')), group('memberOf', link('MEMBER_OF', 'out'))],
    },
  ],
  Resource: [
    {
      id: 'resourceInforms',
      groups: [group('informs', link('INFORMS', 'out')), group('prompted', link('PROMPTED', 'out'))],
    },
  ],
  Community: [
    { id: 'communityAnimators', groups: [group('animatedBy', link('ANIMATES', 'in'))] },
    { id: 'communityMembers', groups: [group('members', link('MEMBER_OF', 'in'))] },
    { id: 'communitySeeds', groups: [group('gathers', link('GATHERS', 'out'))] },
  ],
} as const satisfies Record<Kind, readonly SectionRule[]>;

type Layouts = typeof PANEL_LAYOUTS;
type SectionOf<K extends Kind> = Layouts[K][number];
/** Every section id of every kind (each names its own heading, so ids are unique across kinds). */
export type SectionId = { [K in Kind]: SectionOf<K>['id'] }[Kind] | 'other';
/** Every group id of every kind. */
export type GroupId = { [K in Kind]: SectionOf<K>['groups'][number]['id'] }[Kind];
