// The rows of the list view: only the visible nodes, most connected first, then by title.
import { describe, expect, it } from 'vitest';
import { listRows } from '../../client/src/features/explore/node-list';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { replaceLandscape } from '../../client/src/map/map-store';
import { payload } from './fixture';

const graph = createLandscapeGraph();
replaceLandscape(graph, payload);

describe('listRows', () => {
  it('lists the visible nodes by degree, then title', () => {
    const visible = new Set(['q-far', 'res-r', 'seed-a', 'q-hub', 'person-p', 'not-on-map']);
    expect(listRows(graph, visible, 'fr').map((row) => [row.id, row.degree])).toEqual([
      ['q-hub', 4],
      ['person-p', 2],
      ['seed-a', 2],
      ['q-far', 1],
      ['res-r', 1],
    ]);
  });

  it('gives each row its title and kind, and nothing for hidden nodes', () => {
    expect(listRows(graph, new Set(['res-r']), 'en')).toEqual([
      { id: 'res-r', label: 'Resource R', kind: 'Resource', degree: 1 },
    ]);
    expect(listRows(graph, new Set(), 'en')).toEqual([]);
  });
});
