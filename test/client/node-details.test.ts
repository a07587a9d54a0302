// The node panel's pure parts: text in the page's language, relations grouped and laid out per kind, the
// maieutic prompts, which addresses may become links, plain text.
import { describe, expect, it } from 'vitest';
import {
  groupRelations,
  localized,
  maieuticPrompts,
  PANEL_LAYOUTS,
  panelSections,
  safeLinkHref,
  toPlainText,
} from '../../client/src/features/panel/node-details';
import type { RelationSummary } from '../../shared/api';
import type { NodeView } from '../../shared/entities';

const node: NodeView = {
  id: 'seed-compost',
  kind: 'Seed',
  lang: 'fr',
  visibility: 'public',
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  createdBy: 'demo',
  x: 0,
  y: 0,
  title: 'Le compostage',
  title_en: 'Composting',
  summary: 'Un résumé.',
  summary_en: '  ',
  body: 'Un corps.',
};

describe('localized', () => {
  it('gives the own text in the node’s language and the translation in the other', () => {
    expect(localized(node, 'title', 'fr')).toBe('Le compostage');
    expect(localized(node, 'title', 'en')).toBe('Composting');
  });

  it('falls back to the own text when the translation is missing or blank', () => {
    expect(localized(node, 'body', 'en')).toBe('Un corps.');
    expect(localized(node, 'summary', 'en')).toBe('Un résumé.');
    expect(localized(node, 'bio', 'en')).toBeUndefined();
  });
});

const rel = (
  id: string,
  relation: RelationSummary['relation'],
  direction: 'out' | 'in',
  other: RelationSummary['other'],
  properties: Record<string, unknown> = {},
): RelationSummary => ({ id, relation, direction, properties, other });

describe('groupRelations', () => {
  it('groups by relation and direction, in vocabulary order (out first), titles sorted', () => {
    const relations = [
      rel(
        'l1',
        'INFORMS',
        'in',
        { id: 'res-b', kind: 'Resource', title: 'Zéro déchet' },
        { stance: 'nuances' },
      ),
      rel('l2', 'GROWS_FROM', 'out', { id: 'q-1', kind: 'Question', title: 'Pourquoi composter ?' }),
      rel('l3', 'HAS_ROLE', 'in', { id: 'person-a', kind: 'Person', title: 'Ana' }, { role: 'author' }),
      rel(
        'l4',
        'INFORMS',
        'in',
        { id: 'res-a', kind: 'Resource', title: 'éco-guide' },
        { stance: 'unknown' },
      ),
      rel('l5', 'DERIVED_FROM', 'in', { id: 'seed-b', kind: 'Seed', title: 'Compost partagé' }),
      rel('l6', 'DERIVED_FROM', 'out', { id: 'seed-c', kind: 'Seed', title: 'Jardins' }),
    ];
    expect(groupRelations(relations, 'fr')).toEqual([
      {
        relation: 'GROWS_FROM',
        direction: 'out',
        neighbours: [{ linkId: 'l2', id: 'q-1', kind: 'Question', title: 'Pourquoi composter ?' }],
      },
      {
        relation: 'DERIVED_FROM',
        direction: 'out',
        neighbours: [{ linkId: 'l6', id: 'seed-c', kind: 'Seed', title: 'Jardins' }],
      },
      {
        relation: 'DERIVED_FROM',
        direction: 'in',
        neighbours: [{ linkId: 'l5', id: 'seed-b', kind: 'Seed', title: 'Compost partagé' }],
      },
      {
        relation: 'HAS_ROLE',
        direction: 'in',
        neighbours: [{ linkId: 'l3', id: 'person-a', kind: 'Person', title: 'Ana', role: 'author' }],
      },
      {
        relation: 'INFORMS',
        direction: 'in',
        neighbours: [
          { linkId: 'l4', id: 'res-a', kind: 'Resource', title: 'éco-guide' },
          { linkId: 'l1', id: 'res-b', kind: 'Resource', title: 'Zéro déchet', stance: 'nuances' },
        ],
      },
    ]);
  });

  it('gives no group for no relation', () => {
    expect(groupRelations([], 'en')).toEqual([]);
  });
});

describe('toPlainText', () => {
  it('drops markdown marks and keeps words, hashtags and paragraphs', () => {
    const markdown =
      '## Titre\n\n- **le temps** : passé et _futur_\n- voir [le site](https://ex.org) et `brain://x`\n\n\n#CodeSocial *fractal*';
    expect(toPlainText(markdown)).toBe(
      'Titre\n\n- le temps : passé et futur\n- voir le site et brain://x\n\n#CodeSocial fractal',
    );
  });

  it('leaves underscores inside words and lone asterisks alone', () => {
    expect(toPlainText('snake_case et 3 * 4 = 12')).toBe('snake_case et 3 * 4 = 12');
  });

  it('keeps HTML as text (the view renders text, never markup)', () => {
    expect(toPlainText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});

const q = (id: string, title: string) => ({ id, kind: 'Question' as const, title });
const seed = (id: string, title: string) => ({ id, kind: 'Seed' as const, title });
const person = (id: string, title: string) => ({ id, kind: 'Person' as const, title });
const resource = (id: string, title: string) => ({ id, kind: 'Resource' as const, title });
const community = (id: string, title: string) => ({ id, kind: 'Community' as const, title });

describe('panelSections', () => {
  it('gives a question its lineage both ways, its seeds, resources, askers and stances by stance', () => {
    const relations = [
      rel('l1', 'REFINES', 'out', q('q-parent', 'Pourquoi ?')),
      rel('l2', 'REFINES', 'in', q('q-child-b', 'Comment, ici ?')),
      rel('l3', 'REFINES', 'in', q('q-child-a', 'Avec qui ?')),
      rel('l4', 'CHALLENGES', 'in', q('q-contra', 'Faut-il vraiment ?')),
      rel('l5', 'ECHOES', 'out', q('q-echo', 'Et ailleurs ?')),
      rel('l6', 'PRESUPPOSES', 'in', q('q-pre', 'Qui décide ?')),
      rel('l7', 'GROWS_FROM', 'in', seed('seed-a', 'Une graine')),
      rel('l8', 'EXPLORED_IN', 'out', seed('seed-b', 'Une autre graine')),
      rel('l9', 'INFORMS', 'in', resource('res-a', 'Un livre')),
      rel('l10', 'INFORMS', 'in', resource('res-b', 'Un texte'), { stance: 'supports' }),
      rel('l11', 'PROMPTED', 'in', resource('res-c', 'Une photo'), { regionX: 0.1 }),
      rel('l12', 'ASKED', 'in', person('p-ana', 'Ana')),
      rel('l13', 'TAKES_STANCE', 'in', person('p-bob', 'Bob'), { stance: 'supports', statement: ' Oui. ' }),
      rel('l14', 'TAKES_STANCE', 'in', person('p-cy', 'Cy'), { stance: 'nuances' }),
    ];
    expect(panelSections('Question', relations, 'fr')).toEqual([
      {
        id: 'lineage',
        groups: [
          {
            id: 'refines',
            title: { group: 'refines' },
            neighbours: [{ linkId: 'l1', ...q('q-parent', 'Pourquoi ?') }],
          },
          {
            id: 'refinedBy',
            title: { group: 'refinedBy' },
            neighbours: [
              { linkId: 'l3', ...q('q-child-a', 'Avec qui ?') },
              { linkId: 'l2', ...q('q-child-b', 'Comment, ici ?') },
            ],
          },
          {
            id: 'challengedBy',
            title: { group: 'challengedBy' },
            neighbours: [{ linkId: 'l4', ...q('q-contra', 'Faut-il vraiment ?') }],
          },
          {
            id: 'presupposedBy',
            title: { group: 'presupposedBy' },
            neighbours: [{ linkId: 'l6', ...q('q-pre', 'Qui décide ?') }],
          },
          {
            id: 'echoes',
            title: { group: 'echoes' },
            neighbours: [{ linkId: 'l5', ...q('q-echo', 'Et ailleurs ?') }],
          },
        ],
      },
      {
        id: 'questionSeeds',
        groups: [
          {
            id: 'grownSeeds',
            title: { group: 'grownSeeds' },
            neighbours: [{ linkId: 'l7', ...seed('seed-a', 'Une graine') }],
          },
          {
            id: 'exploredIn',
            title: { group: 'exploredIn' },
            neighbours: [{ linkId: 'l8', ...seed('seed-b', 'Une autre graine') }],
          },
        ],
      },
      {
        id: 'questionResources',
        groups: [
          {
            id: 'informedBy',
            title: { group: 'informedBy' },
            neighbours: [{ linkId: 'l9', ...resource('res-a', 'Un livre') }],
          },
          {
            id: 'resourceSupports',
            title: { group: 'resourceSupports' },
            neighbours: [{ linkId: 'l10', ...resource('res-b', 'Un texte') }],
          },
          {
            id: 'promptedBy',
            title: { group: 'promptedBy' },
            neighbours: [{ linkId: 'l11', ...resource('res-c', 'Une photo') }],
          },
        ],
      },
      {
        id: 'askedBy',
        groups: [{ id: 'askers', title: null, neighbours: [{ linkId: 'l12', ...person('p-ana', 'Ana') }] }],
      },
      {
        id: 'questionStances',
        groups: [
          {
            id: 'stanceSupports',
            title: { group: 'stanceSupports' },
            neighbours: [{ linkId: 'l13', ...person('p-bob', 'Bob'), statement: 'Oui.' }],
          },
          {
            id: 'stanceNuances',
            title: { group: 'stanceNuances' },
            neighbours: [{ linkId: 'l14', ...person('p-cy', 'Cy') }],
          },
        ],
      },
    ]);
  });

  it('gives a seed its questions, people by role, resources with their stance, related seeds, communities', () => {
    const relations = [
      rel('l1', 'GROWS_FROM', 'out', q('q-root', 'Pourquoi pas ?')),
      rel('l2', 'EXPLORED_IN', 'in', q('q-more', 'Et comment ?')),
      rel('l3', 'HAS_ROLE', 'in', person('p-ana', 'Ana'), { role: 'author' }),
      rel('l4', 'HAS_ROLE', 'in', person('p-bob', 'Bob'), { role: 'animator' }),
      rel('l5', 'HAS_ROLE', 'in', person('p-ana', 'Ana'), { role: 'editor' }),
      rel('l6', 'RESOURCE_PERSON_FOR', 'in', person('p-cy', 'Cy')),
      rel('l7', 'INFORMS', 'in', resource('res-a', 'Un livre'), { stance: 'challenges' }),
      rel('l8', 'DERIVED_FROM', 'out', seed('seed-mother', 'La mère')),
      rel('l9', 'DERIVED_FROM', 'in', seed('seed-child', 'La fille')),
      rel('l10', 'GATHERS', 'in', community('com-a', 'La communauté'), { featured: true }),
      rel('l11', 'HAS_ROLE', 'in', person('p-dee', 'Dee'), { role: 'chef' }),
    ];
    expect(panelSections('Seed', relations, 'en')).toEqual([
      {
        id: 'seedQuestions',
        groups: [
          {
            id: 'foundingQuestion',
            title: { group: 'foundingQuestion' },
            neighbours: [{ linkId: 'l1', ...q('q-root', 'Pourquoi pas ?') }],
          },
          {
            id: 'exploredQuestions',
            title: { group: 'exploredQuestions' },
            neighbours: [{ linkId: 'l2', ...q('q-more', 'Et comment ?') }],
          },
        ],
      },
      {
        id: 'seedPeople',
        groups: [
          {
            id: 'authors',
            title: { group: 'authors' },
            neighbours: [{ linkId: 'l3', ...person('p-ana', 'Ana') }],
          },
          {
            id: 'editors',
            title: { group: 'editors' },
            neighbours: [{ linkId: 'l5', ...person('p-ana', 'Ana') }],
          },
          {
            id: 'animators',
            title: { group: 'animators' },
            neighbours: [{ linkId: 'l4', ...person('p-bob', 'Bob') }],
          },
          {
            id: 'resourcePeople',
            title: { group: 'resourcePeople' },
            neighbours: [{ linkId: 'l6', ...person('p-cy', 'Cy') }],
          },
        ],
      },
      {
        id: 'seedResources',
        groups: [
          {
            id: 'seedInformedBy',
            title: null,
            neighbours: [{ linkId: 'l7', ...resource('res-a', 'Un livre'), stance: 'challenges' }],
          },
        ],
      },
      {
        id: 'relatedSeeds',
        groups: [
          {
            id: 'derivedFrom',
            title: { group: 'derivedFrom' },
            neighbours: [{ linkId: 'l8', ...seed('seed-mother', 'La mère') }],
          },
          {
            id: 'gaveRiseTo',
            title: { group: 'gaveRiseTo' },
            neighbours: [{ linkId: 'l9', ...seed('seed-child', 'La fille') }],
          },
        ],
      },
      {
        id: 'seedCommunities',
        groups: [
          {
            id: 'gatheredIn',
            title: null,
            neighbours: [{ linkId: 'l10', ...community('com-a', 'La communauté'), featured: true }],
          },
        ],
      },
      {
        id: 'other',
        groups: [
          {
            id: 'HAS_ROLE:in',
            title: { relation: 'HAS_ROLE', direction: 'in' },
            neighbours: [{ linkId: 'l11', ...person('p-dee', 'Dee') }],
          },
        ],
      },
    ]);
  });

  it('gives a person their seeds by role, questions asked, stances with statements and communities', () => {
    const relations = [
      rel('l1', 'HAS_ROLE', 'out', seed('seed-a', 'A'), { role: 'author' }),
      rel('l2', 'HAS_ROLE', 'out', seed('seed-b', 'B'), { role: 'contributor' }),
      rel('l3', 'RESOURCE_PERSON_FOR', 'out', seed('seed-c', 'C')),
      rel('l4', 'ASKED', 'out', q('q-a', 'Qui ?')),
      rel('l5', 'TAKES_STANCE', 'out', q('q-b', 'Quoi ?'), {
        stance: 'challenges',
        statement: 'Non.',
        statement_en: 'No.',
      }),
      rel('l6', 'ANIMATES', 'out', community('com-a', 'Com')),
      rel('l7', 'MEMBER_OF', 'out', community('com-b', 'Autre')),
    ];
    expect(panelSections('Person', relations, 'en')).toEqual([
      {
        id: 'personSeeds',
        groups: [
          {
            id: 'authorOf',
            title: { group: 'authorOf' },
            neighbours: [{ linkId: 'l1', ...seed('seed-a', 'A') }],
          },
          {
            id: 'contributorOf',
            title: { group: 'contributorOf' },
            neighbours: [{ linkId: 'l2', ...seed('seed-b', 'B') }],
          },
          {
            id: 'resourcePersonFor',
            title: { group: 'resourcePersonFor' },
            neighbours: [{ linkId: 'l3', ...seed('seed-c', 'C') }],
          },
        ],
      },
      {
        id: 'personQuestions',
        groups: [{ id: 'asked', title: null, neighbours: [{ linkId: 'l4', ...q('q-a', 'Qui ?') }] }],
      },
      {
        id: 'personStances',
        groups: [
          {
            id: 'challengesQuestion',
            title: { group: 'challengesQuestion' },
            neighbours: [{ linkId: 'l5', ...q('q-b', 'Quoi ?'), statement: 'No.' }],
          },
        ],
      },
      {
        id: 'personCommunities',
        groups: [
          {
            id: 'animates',
            title: { group: 'animates' },
            neighbours: [{ linkId: 'l6', ...community('com-a', 'Com') }],
          },
          {
            id: 'memberOf',
            title: { group: 'memberOf' },
            neighbours: [{ linkId: 'l7', ...community('com-b', 'Autre') }],
          },
        ],
      },
    ]);
  });

  it('gives a resource what it informs (with stance) and prompts, a community its people and seeds', () => {
    expect(
      panelSections(
        'Resource',
        [
          rel('l1', 'INFORMS', 'out', seed('seed-a', 'A')),
          rel('l2', 'INFORMS', 'out', q('q-a', 'Qui ?'), { stance: 'nuances' }),
          rel('l3', 'PROMPTED', 'out', q('q-b', 'Quoi ?')),
        ],
        'fr',
      ),
    ).toEqual([
      {
        id: 'resourceInforms',
        groups: [
          {
            id: 'informs',
            title: { group: 'informs' },
            neighbours: [
              { linkId: 'l1', ...seed('seed-a', 'A') },
              { linkId: 'l2', ...q('q-a', 'Qui ?'), stance: 'nuances' },
            ],
          },
          {
            id: 'prompted',
            title: { group: 'prompted' },
            neighbours: [{ linkId: 'l3', ...q('q-b', 'Quoi ?') }],
          },
        ],
      },
    ]);
    expect(
      panelSections(
        'Community',
        [rel('l1', 'ANIMATES', 'in', person('p-a', 'Ana')), rel('l2', 'GATHERS', 'out', seed('seed-a', 'A'))],
        'fr',
      ),
    ).toEqual([
      {
        id: 'communityAnimators',
        groups: [{ id: 'animatedBy', title: null, neighbours: [{ linkId: 'l1', ...person('p-a', 'Ana') }] }],
      },
      {
        id: 'communitySeeds',
        groups: [{ id: 'gathers', title: null, neighbours: [{ linkId: 'l2', ...seed('seed-a', 'A') }] }],
      },
    ]);
  });

  it('names each section and group once across kinds (each has its own heading)', () => {
    const sections = Object.values(PANEL_LAYOUTS).flat();
    const groups = sections.flatMap((section) => section.groups.map((group) => group.id));
    expect(new Set(sections.map((section) => section.id)).size).toBe(sections.length);
    expect(new Set(groups).size).toBe(groups.length);
  });

  it('gives no section for no relation', () => {
    expect(panelSections('Question', [], 'fr')).toEqual([]);
  });
});

const ids = (prompts: { id: string; action: string }[]) => prompts.map((p) => `${p.id}:${p.action}`);

describe('maieuticPrompts', () => {
  it('asks a bare question for a resource, a seed, a contradiction, a refinement, an asker — then why', () => {
    expect(ids(maieuticPrompts('Question', []))).toEqual([
      'whichResource:add-resource',
      'worthASeed:grow-seed',
      'whoDisagrees:take-stance',
      'howToRefine:ask-follow-up',
      'whoAsks:add-asker',
      'why:ask-why',
      'whyNot:ask-why-not',
    ]);
  });

  it('stops asking what the question already has (a challenge may come from a question, a person or a resource)', () => {
    const base = [
      rel('l1', 'PROMPTED', 'in', resource('res-a', 'Photo')),
      rel('l2', 'EXPLORED_IN', 'out', seed('seed-a', 'A')),
      rel('l3', 'REFINES', 'in', q('q-a', 'Qui ?')),
      rel('l4', 'ASKED', 'in', person('p-a', 'Ana')),
    ];
    expect(ids(maieuticPrompts('Question', base))).toEqual([
      'whoDisagrees:take-stance',
      'why:ask-why',
      'whyNot:ask-why-not',
    ]);
    const supported = [
      ...base,
      rel('l5', 'TAKES_STANCE', 'in', person('p-b', 'Bob'), { stance: 'supports' }),
    ];
    expect(ids(maieuticPrompts('Question', supported))).toContain('whoDisagrees:take-stance');
    for (const challenge of [
      rel('l5', 'CHALLENGES', 'in', q('q-b', 'Non ?')),
      rel('l5', 'TAKES_STANCE', 'in', person('p-b', 'Bob'), { stance: 'challenges' }),
      rel('l5', 'INFORMS', 'in', resource('res-b', 'Texte'), { stance: 'challenges' }),
    ]) {
      expect(ids(maieuticPrompts('Question', [...base, challenge]))).toEqual([
        'why:ask-why',
        'whyNot:ask-why-not',
      ]);
    }
  });

  it('asks a seed with an author but no animator who could animate it', () => {
    const relations = [
      rel('l1', 'GROWS_FROM', 'out', q('q-a', 'Qui ?')),
      rel('l2', 'HAS_ROLE', 'in', person('p-a', 'Ana'), { role: 'author' }),
      rel('l3', 'INFORMS', 'in', resource('res-a', 'Livre')),
    ];
    expect(ids(maieuticPrompts('Seed', relations))).toEqual([
      'whoCouldAnimate:propose-animator',
      'whoKnows:propose-resource-person',
      'whichCommunity:propose-community',
      'why:ask-why',
      'whyNot:ask-why-not',
    ]);
    const animated = [...relations, rel('l4', 'HAS_ROLE', 'in', person('p-b', 'Bob'), { role: 'animator' })];
    expect(ids(maieuticPrompts('Seed', animated))).not.toContain('whoCouldAnimate:propose-animator');
    expect(ids(maieuticPrompts('Seed', []))).toEqual([
      'foundingQuestion:add-founding-question',
      'whoCouldAnimate:propose-animator',
      'seedResource:add-resource',
      'whoKnows:propose-resource-person',
      'whichCommunity:propose-community',
      'why:ask-why',
      'whyNot:ask-why-not',
    ]);
  });

  it('asks a person, a resource and a community what they lack', () => {
    expect(
      ids(maieuticPrompts('Person', [rel('l1', 'RESOURCE_PERSON_FOR', 'out', seed('seed-a', 'A'))])),
    ).toEqual([
      'personQuestion:ask-question',
      'personStance:take-stance',
      'why:ask-why',
      'whyNot:ask-why-not',
    ]);
    expect(ids(maieuticPrompts('Resource', [rel('l1', 'INFORMS', 'out', seed('seed-a', 'A'))]))).toEqual([
      'resourcePrompts:ask-prompted-question',
      'why:ask-why',
      'whyNot:ask-why-not',
    ]);
    expect(ids(maieuticPrompts('Community', [rel('l1', 'ANIMATES', 'in', person('p-a', 'Ana'))]))).toEqual([
      'communityMembers:join-community',
      'communitySeeds:gather-seed',
      'why:ask-why',
      'whyNot:ask-why-not',
    ]);
  });
});

describe('safeLinkHref', () => {
  it('keeps absolute http, https and mailto addresses', () => {
    expect(safeLinkHref('https://codesocial.org')).toBe('https://codesocial.org/');
    expect(safeLinkHref('http://ex.org/a?b=1#c')).toBe('http://ex.org/a?b=1#c');
    expect(safeLinkHref('mailto:ana@ex.org')).toBe('mailto:ana@ex.org');
  });

  it('refuses scripts, data, other schemes and relative addresses, however disguised', () => {
    for (const address of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'brain://lt2i4zMUu0uvp73BZLxIWg/Stigmergie',
      '/api/nodes',
      '//evil.example/x',
      '#top',
      '',
      undefined,
    ]) {
      expect(safeLinkHref(address)).toBeNull();
    }
  });
});
