// The contribution seam's pure parts: which dialog opens (a visitor is sent to log in first, then to the
// action), and merging a created node's neighbourhood into the map.
import { describe, expect, it } from 'vitest';
import { closeStep, NO_DIALOG, openStep } from '../../client/src/features/contribute/flow';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { dropNode, mergeNeighbourhood, replaceLandscape } from '../../client/src/map/map-store';
import type { Me } from '../../shared/auth';
import type { GraphPayload } from '../../shared/graph';
import { payload } from './fixture';

const me: Me = { person: { id: 'p-1', name: 'Camille' }, role: 'member' };

describe('dialog flow', () => {
  it('opens an action at once for a member', () => {
    expect(openStep(NO_DIALOG, { action: 'grow-seed', nodeId: 'q' }, me)).toEqual({
      current: { action: 'grow-seed', nodeId: 'q' },
      pending: null,
    });
  });

  it('sends a visitor to log in first, then to the action once logged in', () => {
    const asked = openStep(NO_DIALOG, { action: 'grow-seed', nodeId: 'q' }, null);
    expect(asked).toEqual({
      current: { action: 'login', nodeId: 'q' },
      pending: { action: 'grow-seed', nodeId: 'q' },
    });
    const switched = openStep(asked, { action: 'register', nodeId: 'q' }, null);
    expect(switched.pending).toEqual({ action: 'grow-seed', nodeId: 'q' });
    expect(switched.current?.action).toBe('register');
    expect(closeStep(switched, me)).toEqual({ current: { action: 'grow-seed', nodeId: 'q' }, pending: null });
  });

  it('forgets the waiting action when the visitor gives up, and while the account is unknown', () => {
    const asked = openStep(NO_DIALOG, { action: 'history' }, undefined);
    expect(asked.current?.action).toBe('login');
    expect(closeStep(asked, null)).toEqual(NO_DIALOG);
    expect(closeStep(openStep(NO_DIALOG, { action: 'history' }, me), me)).toEqual(NO_DIALOG);
  });

  it('lets anyone open login and register', () => {
    expect(openStep(NO_DIALOG, { action: 'register' }, null).current).toEqual({ action: 'register' });
  });
});

describe('mergeNeighbourhood and dropNode', () => {
  const neighbourhood: GraphPayload = {
    attributes: { total: 2, truncated: false },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [
      {
        key: 'q-hub',
        attributes: { kind: 'Question', label: 'Renamed hub', x: 99, y: 99, size: 9, degree: 5 },
      },
      {
        key: 'q-new',
        attributes: { kind: 'Question', label: 'New question', x: 3, y: 4, size: 4, degree: 1 },
      },
    ],
    edges: [
      { key: 'e-new', source: 'q-new', target: 'q-hub', attributes: { relation: 'REFINES' } },
      { key: 'e1', source: 'seed-a', target: 'q-hub', attributes: { relation: 'GROWS_FROM' } },
      { key: 'e-out', source: 'q-new', target: 'not-here', attributes: { relation: 'ECHOES' } },
    ],
  };

  it('adds what is missing at its stored position and relabels what is there without moving it', () => {
    const graph = createLandscapeGraph();
    replaceLandscape(graph, payload);
    const edgesBefore = graph.size;
    expect(mergeNeighbourhood(graph, neighbourhood)).toBe(1);
    expect(graph.getNodeAttributes('q-new')).toMatchObject({ label: 'New question', x: 3, y: 4 });
    expect(graph.getNodeAttributes('q-hub')).toMatchObject({ label: 'Renamed hub', x: 0, y: 0 });
    expect(graph.hasEdge('e-new')).toBe(true);
    expect(graph.size).toBe(edgesBefore + 1);
  });

  it('drops a node with its edges', () => {
    const graph = createLandscapeGraph();
    replaceLandscape(graph, payload);
    expect(dropNode(graph, 'q-hub')).toBe(true);
    expect(graph.hasNode('q-hub')).toBe(false);
    expect(graph.hasEdge('e1')).toBe(false);
    expect(dropNode(graph, 'q-hub')).toBe(false);
  });
});
