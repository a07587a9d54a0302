// Comparing two days of the replay: what appeared and disappeared, and clusters (seeded Louvain on each
// day) matched by their members' overlap — grown, split, bridged, new — on a timeline built here.
import { describe, expect, it } from 'vitest';
import { compareDays } from '../../client/src/features/time/compare';
import type { Timeline } from '../../shared/time';

const A = '2026-01-01T00:00:00.000Z';
const B = '2026-02-01T00:00:00.000Z';
const life = (from: string, until: string | null = null) => [{ from, until }];

function build() {
  const timeline: Timeline = { first: A, last: B, nodes: [], links: [] };
  const node = (id: string, from = A, until: string | null = null) =>
    timeline.nodes.push({
      id,
      kind: 'Question',
      x: 0,
      y: 0,
      lives: life(from, until),
      labels: [{ at: from, label: `${id} ?` }],
    });
  const clique = (ids: string[], from = A, until: string | null = null) => {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        timeline.links.push({
          id: `${ids[i]}-${ids[j]}`,
          source: ids[i] as string,
          target: ids[j] as string,
          relation: 'ECHOES',
          lives: life(from, until),
        });
  };
  const between = (xs: string[], ys: string[], from: string, until: string | null = null) => {
    for (const x of xs)
      for (const y of ys)
        timeline.links.push({
          id: `${x}~${y}`,
          source: x,
          target: y,
          relation: 'ECHOES',
          lives: life(from, until),
        });
  };
  // two groups bridged in February
  const xs = ['x1', 'x2', 'x3', 'x4'];
  const ys = ['y1', 'y2', 'y3', 'y4'];
  for (const id of [...xs, ...ys]) node(id);
  clique(xs);
  clique(ys);
  between(xs, ys, '2026-01-15T00:00:00.000Z');
  // one group split in February (the links across it removed)
  const ps = ['p1', 'p2', 'p3', 'p4'];
  const qs = ['q1', 'q2', 'q3', 'q4'];
  for (const id of [...ps, ...qs]) node(id);
  clique(ps);
  clique(qs);
  between(ps, qs, A, '2026-01-20T00:00:00.000Z');
  // one group grown by two
  const rs = ['r1', 'r2', 'r3', 'r4'];
  for (const id of rs) node(id);
  node('r5', '2026-01-10T00:00:00.000Z');
  node('r6', '2026-01-10T00:00:00.000Z');
  clique([...rs, 'r5', 'r6'].slice(0, 4));
  between(['r5', 'r6'], rs, '2026-01-10T00:00:00.000Z');
  // a new group, and a node gone
  for (const id of ['z1', 'z2', 'z3']) node(id, '2026-01-25T00:00:00.000Z');
  clique(['z1', 'z2', 'z3'], '2026-01-25T00:00:00.000Z');
  node('gone', A, '2026-01-05T00:00:00.000Z');
  timeline.links.push({
    id: 'gone-x1',
    source: 'gone',
    target: 'x1',
    relation: 'ECHOES',
    lives: life(A, '2026-01-05T00:00:00.000Z'),
  });
  return timeline;
}

describe('comparing two days', () => {
  const result = compareDays(build(), Date.parse(A), Date.parse(B));

  it('lists what appeared and what disappeared', () => {
    expect(result.appeared.sort()).toEqual(['r5', 'r6', 'z1', 'z2', 'z3']);
    expect(result.disappeared).toEqual(['gone']);
  });

  it('tells bridged, split, grown and new clusters by their members', () => {
    // the x group had the node gone since: 4 + 1 and 4 before, 8 after
    expect(result.bridged).toEqual([expect.objectContaining({ before: 9, after: 8, parts: 2 })]);
    expect(result.split).toEqual([expect.objectContaining({ before: 8, parts: 2 })]);
    expect(result.grew).toEqual([expect.objectContaining({ before: 4, after: 6, parts: 1 })]);
    expect(result.born).toEqual([expect.objectContaining({ before: 0, after: 3, name: 'z1 ?' })]);
  });

  it('finds nothing changed between a day and itself', () => {
    const same = compareDays(build(), Date.parse(B), Date.parse(B));
    expect(same).toEqual({ appeared: [], disappeared: [], grew: [], split: [], bridged: [], born: [] });
  });
});
