// Search hits grouped by kind in the legend's order, and the flattened order the arrow keys follow.
import { describe, expect, it } from 'vitest';
import { groupHitsByKind } from '../../client/src/features/explore/search/groups';
import type { SearchHit } from '../../shared/api';
import type { Kind } from '../../shared/vocabulary';

const hit = (id: string, kind: Kind): SearchHit => ({ id, kind, title: id, snippet: '', score: 1 });

describe('groupHitsByKind', () => {
  it('groups by kind in the legend’s order, keeping the ranking inside each group', () => {
    const hits = [
      hit('p1', 'Person'),
      hit('s1', 'Seed'),
      hit('q1', 'Question'),
      hit('s2', 'Seed'),
      hit('c1', 'Community'),
    ];
    const { groups, ordered } = groupHitsByKind(hits);
    expect(groups.map((g) => [g.kind, g.hits.map((h) => [h.hit.id, h.index])])).toEqual([
      ['Question', [['q1', 0]]],
      [
        'Seed',
        [
          ['s1', 1],
          ['s2', 2],
        ],
      ],
      ['Person', [['p1', 3]]],
      ['Community', [['c1', 4]]],
    ]);
    expect(ordered.map((h) => h.id)).toEqual(['q1', 's1', 's2', 'p1', 'c1']);
  });

  it('has no group without hits', () => {
    expect(groupHitsByKind([])).toEqual({ groups: [], ordered: [] });
  });
});
