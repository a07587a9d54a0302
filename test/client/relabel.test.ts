// The language switch without a new map: the new titles of the landscape and of the expanded
// neighbourhoods go onto the nodes already there, in one batch, positions and the rest untouched; payloads
// that do not describe the map are refused (the page then loads the landscape again).
import { describe, expect, it } from 'vitest';
import { expandStep, NO_EXPANSIONS, neighbourhoodOf } from '../../client/src/features/explore/expansion';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { applyLabels, applyStep, replaceLandscape } from '../../client/src/map/map-store';
import { relabelling } from '../../client/src/map/relabel';
import type { GraphPayload } from '../../shared/graph';
import { payload } from './fixture';

/** The same payload with each label through `translate`. */
const translated = (source: GraphPayload, translate: (label: string) => string): GraphPayload => ({
  ...source,
  nodes: source.nodes.map(({ key, attributes }) => ({
    key,
    attributes: { ...attributes, label: translate(attributes.label) },
  })),
});
const english = translated(payload, (label) => `EN ${label}`);

// Off the landscape: q-new, brought by expanding seed-a.
const seedHood = (label: string): GraphPayload => ({
  ...payload,
  attributes: { total: 3, truncated: false },
  nodes: [
    { key: 'seed-a', attributes: { kind: 'Seed', label: 'Seed A', x: 10, y: 0, size: 6, degree: 2 } },
    { key: 'q-hub', attributes: { kind: 'Question', label: 'Hub question', x: 0, y: 0, size: 9, degree: 4 } },
    { key: 'q-new', attributes: { kind: 'Question', label, x: 30, y: 30, size: 4, degree: 1 } },
  ],
  edges: [{ key: 'e9', source: 'q-new', target: 'seed-a', attributes: { relation: 'EXPLORED_IN' } }],
});

function mapWithExpansion() {
  const graph = createLandscapeGraph();
  replaceLandscape(graph, payload);
  const hood = seedHood('Nouvelle question');
  applyStep(graph, expandStep(NO_EXPANSIONS, graph, 'seed-a', 1, neighbourhoodOf(hood)), hood, null);
  return graph;
}
const snapshot = (graph: ReturnType<typeof createLandscapeGraph>) =>
  graph.mapNodes((node, { label: _label, ...rest }) => ({ node, ...rest }));

describe('relabelling', () => {
  it('gives every node on the map its title from the landscape or an expanded neighbourhood', () => {
    const graph = mapWithExpansion();
    const labels = relabelling(graph, english, [translated(seedHood('New question'), (l) => `EN ${l}`)]);
    expect(labels && Object.fromEntries(labels)).toEqual({
      'q-hub': 'EN Hub question',
      'seed-a': 'EN Seed A',
      'person-p': 'EN Person P',
      'res-r': 'EN Resource R',
      'q-far': 'EN Far question',
      'q-new': 'EN New question',
    });
  });

  it('refuses a landscape with a node the map lacks', () => {
    const graph = mapWithExpansion();
    const more: GraphPayload = {
      ...english,
      nodes: [
        ...english.nodes,
        { key: 'q-other', attributes: { kind: 'Question', label: 'Other', x: 1, y: 1, size: 3, degree: 0 } },
      ],
    };
    expect(relabelling(graph, more, [seedHood('New question')])).toBeNull();
  });

  it('refuses when a node of the map has no new title (the landscape lost it, or an expansion is missing)', () => {
    const graph = mapWithExpansion();
    expect(relabelling(graph, english)).toBeNull(); // q-new, from the expansion
    const fewer = { ...english, nodes: english.nodes.filter((n) => n.key !== 'q-far') };
    expect(relabelling(graph, fewer, [seedHood('New question')])).toBeNull();
  });

  it('leaves out neighbourhood nodes no longer on the map (an expansion collapsed meanwhile)', () => {
    const graph = createLandscapeGraph();
    replaceLandscape(graph, payload);
    const labels = relabelling(graph, english, [seedHood('New question')]);
    expect(labels?.has('q-new')).toBe(false);
    expect(labels?.size).toBe(5);
  });
});

describe('applyLabels', () => {
  it('changes only the labels, in one hinted batch, and keeps nodes without a new title as they are', () => {
    const graph = mapWithExpansion();
    const before = snapshot(graph);
    const events: unknown[] = [];
    graph.on('eachNodeAttributesUpdated', (event) => events.push(event));
    graph.on('nodeAttributesUpdated', (event) => events.push(event));
    applyLabels(
      graph,
      new Map([
        ['q-hub', 'Hub (en)'],
        ['q-new', 'New question'],
      ]),
    );
    expect(events).toEqual([{ hints: { attributes: ['label'] } }]);
    expect(graph.getNodeAttribute('q-hub', 'label')).toBe('Hub (en)');
    expect(graph.getNodeAttribute('q-new', 'label')).toBe('New question');
    expect(graph.getNodeAttribute('seed-a', 'label')).toBe('Seed A');
    expect(snapshot(graph)).toEqual(before); // positions, sizes, kinds untouched
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(6);
  });
});
