// A small landscape payload for the client's unit tests: a question hub, a seed grown from it, a person,
// a resource, and two links between the same pair (the payload is a multigraph); and a history event to
// vary field by field.
import type { GraphPayload } from '../../shared/graph';
import type { HistoryEvent } from '../../shared/history';

export const payload: GraphPayload = {
  attributes: { total: 6, truncated: true },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    { key: 'q-hub', attributes: { kind: 'Question', label: 'Hub question', x: 0, y: 0, size: 9, degree: 4 } },
    { key: 'seed-a', attributes: { kind: 'Seed', label: 'Seed A', x: 10, y: 0, size: 6, degree: 2 } },
    { key: 'person-p', attributes: { kind: 'Person', label: 'Person P', x: 0, y: 10, size: 5, degree: 2 } },
    { key: 'res-r', attributes: { kind: 'Resource', label: 'Resource R', x: -10, y: 0, size: 5, degree: 1 } },
    {
      key: 'q-far',
      attributes: { kind: 'Question', label: 'Far question', x: 50, y: 50, size: 5, degree: 1 },
    },
  ],
  edges: [
    { key: 'e1', source: 'seed-a', target: 'q-hub', attributes: { relation: 'GROWS_FROM' } },
    { key: 'e2', source: 'q-hub', target: 'seed-a', attributes: { relation: 'EXPLORED_IN' } },
    { key: 'e3', source: 'person-p', target: 'q-hub', attributes: { relation: 'ASKED' } },
    { key: 'e4', source: 'res-r', target: 'q-hub', attributes: { relation: 'INFORMS', stance: 'supports' } },
    { key: 'e5', source: 'person-p', target: 'q-far', attributes: { relation: 'TAKES_STANCE' } },
  ],
};

/** An edit of node n1 by Marie, with `fields` changed. */
export const historyEvent = (fields: Partial<HistoryEvent>): HistoryEvent => ({
  id: 'e1',
  at: '2025-03-01T10:00:00.000Z',
  actor: { id: 'p-marie', name: 'Marie' },
  action: 'node.edit',
  entity: { type: 'node', id: 'n1' },
  before: null,
  after: null,
  ...fields,
});
