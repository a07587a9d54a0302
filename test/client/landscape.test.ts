// Loading a landscape payload into the page's graph, and the counts the legend shows.
import { describe, expect, it } from 'vitest';
import { countByKind } from '../../client/src/map/landscape';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { replaceLandscape } from '../../client/src/map/map-store';
import { payload } from './fixture';

describe('replaceLandscape', () => {
  it('imports the payload as is and sums it up', () => {
    const graph = createLandscapeGraph();
    const summary = replaceLandscape(graph, payload);
    expect(summary).toEqual({
      nodeCount: 5,
      total: 6,
      truncated: true,
      kindCounts: { Question: 2, Seed: 1, Person: 1, Resource: 1, Community: 0 },
    });
    expect(graph.size).toBe(5);
    expect(graph.getNodeAttributes('seed-a')).toEqual({
      kind: 'Seed',
      label: 'Seed A',
      x: 10,
      y: 0,
      size: 6,
      degree: 2,
    });
    expect(graph.getEdgeAttributes('e4')).toEqual({ relation: 'INFORMS', stance: 'supports' });
    expect(graph.getAttributes()).toEqual({ total: 6, truncated: true });
  });

  it('replaces the previous content of the same graph (a language switch)', () => {
    const graph = createLandscapeGraph();
    replaceLandscape(graph, payload);
    const english = {
      ...payload,
      attributes: { total: 1, truncated: false },
      nodes: [
        {
          key: 'q-hub',
          attributes: { kind: 'Question' as const, label: 'Hub', x: 0, y: 0, size: 3, degree: 0 },
        },
      ],
      edges: [],
    };
    const summary = replaceLandscape(graph, english);
    expect(graph.nodes()).toEqual(['q-hub']);
    expect(graph.getNodeAttribute('q-hub', 'label')).toBe('Hub');
    expect(summary.kindCounts).toEqual({ Question: 1, Seed: 0, Person: 0, Resource: 0, Community: 0 });
    expect(summary.truncated).toBe(false);
  });

  it('counts nothing in an empty graph', () => {
    expect(countByKind(createLandscapeGraph())).toEqual({
      Question: 0,
      Seed: 0,
      Person: 0,
      Resource: 0,
      Community: 0,
    });
  });
});
