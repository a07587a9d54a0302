// applyChange without a server: a write's answer drawn on a real graphology graph (a link from its answer,
// no neighbourhood fetched; an end missing from the map brought with one), the panels whose readings it
// makes stale announced (the node and its neighbours), the ends' sizes following their degree, and the
// node acted on selected.
import { describe, expect, it, vi } from 'vitest';
import { changeTokenOf } from '../../client/src/features/panel/node-changes';
import { createApplyChange } from '../../client/src/map/apply-change';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { replaceLandscape } from '../../client/src/map/map-store';
import type { NodeView } from '../../shared/entities';
import type { GraphPayload } from '../../shared/graph';
import { sizeFromDegree } from '../../shared/graph';
import { payload } from './fixture';

function setUp(neighbourhood: GraphPayload = { ...payload, nodes: [], edges: [] }) {
  const graph = createLandscapeGraph();
  replaceLandscape(graph, payload);
  const fetchNeighbourhood = vi.fn(async () => neighbourhood);
  const selectNode = vi.fn();
  const clearSelection = vi.fn();
  let selected: string | null = null;
  const apply = createApplyChange({
    graph,
    lang: () => 'fr',
    fetchNeighbourhood,
    selectNode: (id) => {
      selected = id;
      selectNode(id);
    },
    clearSelection,
    selectedId: () => selected,
  });
  return {
    graph,
    apply,
    fetchNeighbourhood,
    selectNode,
    clearSelection,
    select: (id: string) => (selected = id),
  };
}

const link = (id: string, source: string, target: string) => ({
  id,
  source,
  target,
  relation: 'INFORMS' as const,
  properties: { stance: 'nuances' },
  createdAt: '2026-12-04T10:00:00.000Z',
  createdBy: 'person-p',
});

const node = (fields: Partial<NodeView>): NodeView =>
  ({
    id: 'q-new',
    kind: 'Question',
    title: 'Nouvelle question',
    lang: 'fr',
    visibility: 'public',
    version: 1,
    x: 3,
    y: 4,
    createdBy: 'person-p',
    createdAt: '2026-12-04T10:00:00.000Z',
    updatedAt: '2026-12-04T10:00:00.000Z',
    ...fields,
  }) as NodeView;

describe('applyChange', () => {
  it('draws a link from its answer alone, grows its ends, announces both and selects the node acted on', async () => {
    const { graph, apply, fetchNeighbourhood, selectNode } = setUp();
    const before = [changeTokenOf('res-r'), changeTokenOf('q-far')];
    await apply({ type: 'linked', link: link('l-new', 'res-r', 'q-far') }, { select: 'res-r' });
    expect(graph.getEdgeAttributes('l-new')).toEqual({ relation: 'INFORMS', stance: 'nuances' });
    expect(fetchNeighbourhood).not.toHaveBeenCalled();
    expect(graph.getNodeAttribute('res-r', 'degree')).toBe(2);
    expect(graph.getNodeAttribute('res-r', 'size')).toBe(sizeFromDegree(2));
    expect([changeTokenOf('res-r'), changeTokenOf('q-far')]).not.toEqual(before);
    expect(selectNode).toHaveBeenCalledWith('res-r');
    expect(graph.getNodeAttribute('res-r', 'forceLabel')).toBe(true);
  });

  it('brings the neighbourhood once when an end is not on the map', async () => {
    const { graph, apply, fetchNeighbourhood } = setUp({
      ...payload,
      nodes: [
        { key: 'p-new', attributes: { kind: 'Person', label: 'Nouvelle', x: 1, y: 1, size: 3, degree: 1 } },
      ],
      edges: [],
    });
    await apply({ type: 'written', node: node({}), links: [link('l-asked', 'p-new', 'q-new')] });
    expect(fetchNeighbourhood).toHaveBeenCalledTimes(1);
    expect(graph.hasNode('q-new') && graph.hasNode('p-new')).toBe(true);
    expect(graph.getNodeAttributes('q-new')).toMatchObject({ label: 'Nouvelle question', x: 3, y: 4 });
  });

  it('takes a deleted node off, shrinks its neighbours and announces them (their panels listed it)', async () => {
    const { graph, apply, clearSelection, select } = setUp();
    select('res-r');
    const before = changeTokenOf('q-hub');
    await apply({ type: 'deleted', nodeId: 'res-r' });
    expect(graph.hasNode('res-r')).toBe(false);
    expect(changeTokenOf('q-hub')).not.toBe(before);
    expect(graph.getNodeAttribute('q-hub', 'degree')).toBe(3);
    expect(clearSelection).toHaveBeenCalledTimes(1);
  });

  it('announces what a photo was written around, from its neighbourhood', async () => {
    const { apply } = setUp({
      ...payload,
      nodes: [
        { key: 'photo-1', attributes: { kind: 'Resource', label: 'Photo', x: 2, y: 2, size: 3, degree: 1 } },
        payload.nodes[0] as GraphPayload['nodes'][number],
      ],
      edges: [{ key: 'l-informs', source: 'photo-1', target: 'q-hub', attributes: { relation: 'INFORMS' } }],
    });
    const before = changeTokenOf('q-hub');
    await apply({ type: 'touched', nodeId: 'photo-1' });
    expect(changeTokenOf('q-hub')).not.toBe(before);
  });
});

describe('a remote change (the live stream)', () => {
  const node = (key: string, fr: string) => ({
    key,
    attributes: { kind: 'Question' as const, labels: { fr, en: `${fr} (en)` }, x: 3, y: 4 },
  });
  const change = (map: Partial<import('../../shared/live').MapPatch>) => ({
    position: 7,
    event: null,
    map: { nodes: [], edges: [], removedNodes: [], removedEdges: [], ...map },
  });

  it('puts nodes and edges in place, in the page language, sized by their degree, selecting nothing', async () => {
    const { graph, apply, selectNode, fetchNeighbourhood } = setUp();
    const before = changeTokenOf('q-hub');
    await apply({
      type: 'remote',
      change: change({
        nodes: [node('q-new', 'Nouvelle question'), node('q-hub', 'Question pivot renommée')],
        edges: [{ key: 'e9', source: 'q-new', target: 'q-hub', attributes: { relation: 'REFINES' } }],
      }),
    });
    expect(graph.getNodeAttributes('q-new')).toMatchObject({
      label: 'Nouvelle question',
      x: 3,
      y: 4,
      degree: 1,
      size: sizeFromDegree(1),
    });
    // a known node keeps where it is drawn
    expect(graph.getNodeAttributes('q-hub')).toMatchObject({
      label: 'Question pivot renommée',
      x: 0,
      y: 0,
      degree: 5,
    });
    expect(graph.hasEdge('e9')).toBe(true);
    expect(changeTokenOf('q-hub')).not.toBe(before);
    expect(selectNode).not.toHaveBeenCalled();
    expect(fetchNeighbourhood).not.toHaveBeenCalled();
  });

  it('takes edges and nodes away, and the selection with a node that left', async () => {
    const { graph, apply, select, clearSelection } = setUp();
    select('res-r');
    await apply({
      type: 'remote',
      change: change({ removedEdges: ['e3'], removedNodes: ['res-r', 'unknown'] }),
    });
    expect(graph.hasEdge('e3')).toBe(false);
    expect(graph.hasNode('res-r')).toBe(false);
    expect(graph.getNodeAttribute('q-hub', 'degree')).toBe(2);
    expect(clearSelection).toHaveBeenCalledTimes(1);
  });
});
