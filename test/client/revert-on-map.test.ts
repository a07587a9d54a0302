// The map after a revert: what the revert's answer (an `event.revert`) asks of the map, and the edge
// updates applied to a real graphology graph.
import { describe, expect, it } from 'vitest';
import { edgeOfSnapshot, revertOnMap } from '../../client/src/features/contribute/revert-on-map';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { addEdge, dropEdge, replaceLandscape } from '../../client/src/map/map-store';
import type { HistoryEvent } from '../../shared/history';
import { historyEvent, payload } from './fixture';

const link = {
  id: 'l-9',
  source: 'res-r',
  target: 'q-hub',
  relation: 'INFORMS',
  properties: { stance: 'challenges' },
  createdAt: '2025-03-01T10:00:00.000Z',
  createdBy: 'p-marie',
};

const revert = (fields: Partial<HistoryEvent>): HistoryEvent =>
  historyEvent({
    id: 'e-revert',
    action: 'event.revert',
    entity: { type: 'link', id: 'l-9' },
    reverts: 'e-1',
    ...fields,
  });

describe('revertOnMap', () => {
  it('takes a link off when its creation was undone, draws it again when its removal was', () => {
    expect(revertOnMap(revert({ before: link, after: null }))).toEqual({ do: 'drop-edge', edge: 'l-9' });
    expect(revertOnMap(revert({ before: null, after: link }))).toEqual({
      do: 'add-edge',
      edge: {
        key: 'l-9',
        source: 'res-r',
        target: 'q-hub',
        attributes: { relation: 'INFORMS', stance: 'challenges' },
      },
    });
  });

  it('takes a node off when its creation was undone, shows it when its deletion or edit was', () => {
    const node = { id: 'q-new', kind: 'Question', title: 'Pourquoi ?', x: 3, y: 4, version: 1 };
    const entity = { type: 'node' as const, id: 'q-new' };
    expect(revertOnMap(revert({ entity, before: node, after: null }))).toEqual({
      do: 'drop-node',
      node: 'q-new',
    });
    expect(revertOnMap(revert({ entity, before: null, after: { ...node, relationships: [] } }))).toEqual({
      do: 'show-node',
      node: 'q-new',
    });
    expect(revertOnMap(revert({ entity, before: node, after: { ...node, title: 'Et ?' } }))).toEqual({
      do: 'show-node',
      node: 'q-new',
    });
  });

  it('does nothing for what is not a revert, or a link snapshot it cannot read', () => {
    expect(revertOnMap(revert({ action: 'link.create', after: link }))).toEqual({ do: 'nothing' });
    expect(revertOnMap(revert({ after: { id: 'l-9', relation: 'NOT_A_RELATION' } }))).toEqual({
      do: 'nothing',
    });
  });
});

describe('edgeOfSnapshot', () => {
  it('keeps the relation, a valid stance and role, nothing else', () => {
    const role = { ...link, relation: 'HAS_ROLE', properties: { role: 'animator', statement: 'x' } };
    expect(edgeOfSnapshot(role)?.attributes).toEqual({ relation: 'HAS_ROLE', role: 'animator' });
    const noProperties = { id: 'l-1', source: 'a', target: 'b', relation: 'ECHOES' };
    expect(edgeOfSnapshot(noProperties)?.attributes).toEqual({ relation: 'ECHOES' });
    expect(edgeOfSnapshot({ ...link, properties: { stance: '' } })?.attributes).toEqual({
      relation: 'INFORMS',
    });
    expect(edgeOfSnapshot(null)).toBeNull();
  });
});

describe('addEdge and dropEdge', () => {
  it('draws an edge between two nodes of the map once, with its attributes', () => {
    const graph = createLandscapeGraph();
    replaceLandscape(graph, payload);
    const edge = edgeOfSnapshot(link);
    if (!edge) throw new Error('no edge');
    const before = graph.size;
    expect(addEdge(graph, edge)).toBe('added');
    expect(graph.getEdgeAttributes('l-9')).toEqual({ relation: 'INFORMS', stance: 'challenges' });
    expect([graph.source('l-9'), graph.target('l-9')]).toEqual(['res-r', 'q-hub']);
    expect(addEdge(graph, edge)).toBe('present');
    expect(graph.size).toBe(before + 1);
    expect(addEdge(graph, { ...edge, key: 'l-10', target: 'not-on-map' })).toBe('missing-end');
    expect(graph.hasEdge('l-10')).toBe(false);
  });

  it('takes an edge off, leaving its ends', () => {
    const graph = createLandscapeGraph();
    replaceLandscape(graph, payload);
    expect(dropEdge(graph, 'e1')).toBe(true);
    expect(graph.hasEdge('e1')).toBe(false);
    expect(graph.hasNode('seed-a') && graph.hasNode('q-hub')).toBe(true);
    expect(dropEdge(graph, 'e1')).toBe(false);
  });
});
