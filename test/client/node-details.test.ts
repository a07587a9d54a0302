// The node panel's pure parts: text in the page's language, relations grouped for display, plain text.
import { describe, expect, it } from 'vitest';
import { groupRelations, localized, toPlainText } from '../../client/src/state/node-details';
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
