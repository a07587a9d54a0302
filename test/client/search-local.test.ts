// Instant suggestions from the map: folding (accents, case, punctuation), every typed word matching the
// start of a label word, ranking (label start, then degree), and the merge with the server's hits.
import { describe, expect, it } from 'vitest';
import {
  buildLocalIndex,
  foldText,
  localMatches,
  mergeHits,
} from '../../client/src/features/explore/search/local';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { replaceLandscape } from '../../client/src/map/map-store';
import type { SearchHit } from '../../shared/api';

const graph = createLandscapeGraph();
replaceLandscape(graph, {
  attributes: { total: 5, truncated: false },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: 'q-compost',
      attributes: {
        kind: 'Question',
        label: 'Pourquoi composter ensemble ?',
        x: 0,
        y: 0,
        size: 5,
        degree: 1,
      },
    },
    {
      key: 's-compost',
      attributes: { kind: 'Seed', label: 'Le compostage dans la démarche', x: 1, y: 0, size: 5, degree: 2 },
    },
    {
      key: 's-eco',
      attributes: { kind: 'Seed', label: 'L’Écosystème contributif WeMob', x: 2, y: 0, size: 5, degree: 0 },
    },
    { key: 'p-mc', attributes: { kind: 'Person', label: 'Mathieu Coste', x: 3, y: 0, size: 5, degree: 1 } },
    {
      key: 'r-comp',
      attributes: { kind: 'Resource', label: 'Compost : le guide', x: 4, y: 0, size: 5, degree: 0 },
    },
  ],
  edges: [
    { key: 'e1', source: 's-compost', target: 'q-compost', attributes: { relation: 'GROWS_FROM' } },
    { key: 'e2', source: 'p-mc', target: 's-compost', attributes: { relation: 'HAS_ROLE', role: 'author' } },
  ],
});
const index = buildLocalIndex(graph);
const ids = (query: string) => localMatches(graph, index, query).map((hit) => hit.id);

describe('foldText', () => {
  it('drops accents, case and punctuation', () => {
    expect(foldText('L’Écosystème  contributif, WeMob !')).toBe('l ecosysteme contributif wemob');
    expect(foldText('Démarche')).toBe('demarche');
  });
});

describe('localMatches', () => {
  it('matches word starts only, label starts first, then by degree', () => {
    // "Compost : le guide" starts with it; of the two others, the seed has more links
    expect(ids('compost')).toEqual(['r-comp', 's-compost', 'q-compost']);
    expect(ids('ost')).toEqual([]); // inside a word is not a word start
  });

  it('needs every word, in any order, accents and case ignored', () => {
    expect(ids('demarche COMPOST')).toEqual(['s-compost']);
    expect(ids('ecosys')).toEqual(['s-eco']);
    expect(ids('coste mathieu')).toEqual(['p-mc']);
    expect(ids('compost wemob')).toEqual([]);
  });

  it('gives hits the list can show: kind and title from the map, no snippet', () => {
    expect(localMatches(graph, index, 'mathieu')).toEqual([
      { id: 'p-mc', kind: 'Person', title: 'Mathieu Coste', snippet: '', score: 2 },
    ]);
  });

  it('keeps to the limit', () => {
    expect(localMatches(graph, index, 'compost', 2).map((hit) => hit.id)).toEqual(['r-comp', 's-compost']);
  });
});

describe('mergeHits', () => {
  const hit = (id: string): SearchHit => ({ id, kind: 'Seed', title: id, snippet: '', score: 1 });
  it("lists the server's hits first, then the map's own not already there", () => {
    expect(mergeHits([hit('a'), hit('b')], [hit('b'), hit('c')]).map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(mergeHits([], [hit('c')]).map((h) => h.id)).toEqual(['c']);
  });
});
