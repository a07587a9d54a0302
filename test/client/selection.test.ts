// What a selection highlights on the map (the node, its neighbours, the edges between), and when the
// camera flies to it.
import { describe, expect, it } from 'vitest';
import { highlightOf, select, shouldFlyTo } from '../../client/src/features/explore/selection';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { replaceLandscape } from '../../client/src/map/map-store';
import { payload } from './fixture';

const graph = createLandscapeGraph();
replaceLandscape(graph, payload);

describe('highlightOf', () => {
  it('takes the node, its neighbours in both directions and every edge touching it', () => {
    const highlight = highlightOf(graph, 'q-hub');
    expect(highlight?.focus).toBe('q-hub');
    expect([...(highlight?.nodes ?? [])].sort()).toEqual(['person-p', 'q-hub', 'res-r', 'seed-a']);
    expect([...(highlight?.edges ?? [])].sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('leaves out the edges between two neighbours', () => {
    const highlight = highlightOf(graph, 'q-far');
    expect([...(highlight?.nodes ?? [])].sort()).toEqual(['person-p', 'q-far']);
    expect([...(highlight?.edges ?? [])]).toEqual(['e5']);
  });

  it('is null when nothing is selected or the node is not on the map', () => {
    expect(highlightOf(graph, null)).toBeNull();
    expect(highlightOf(graph, 'q-elsewhere')).toBeNull();
  });
});

describe('shouldFlyTo', () => {
  it('flies for search, panel, list and keyboard picks, not for clicks on the map or a restored URL', () => {
    expect(shouldFlyTo(select('q-hub', 'search'))).toBe(true);
    expect(shouldFlyTo(select('q-hub', 'panel'))).toBe(true);
    expect(shouldFlyTo(select('q-hub', 'list'))).toBe(true);
    expect(shouldFlyTo(select('q-hub', 'keyboard'))).toBe(true);
    expect(shouldFlyTo(select('q-hub', 'map'))).toBe(false);
    expect(shouldFlyTo(select('q-hub', 'url'))).toBe(false);
    expect(shouldFlyTo(null)).toBe(false);
  });
});
