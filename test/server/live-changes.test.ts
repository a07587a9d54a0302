// The pure part of the live stream (server/live/live-changes.ts): which events a reader may see (the
// history's rule on the rows the hub read) and what each one does to their map — a node put or gone, an
// edge drawn with its two ends or taken away, a node made private taken off a map that showed it with
// nothing more said, and a resync when the reader's own reach changed.
import { describe, expect, it } from 'vitest';
import type { LiveNodeRow, LoggedEvent } from '../../server/live/live.repository';
import { type BatchLookups, eventVisible, liveChangeOf, mayRevive } from '../../server/live/live-changes';
import type { HistoryEvent } from '../../shared/history';

const visitor = { canSee: ['public'], actorId: null };
const alice = { canSee: ['public', 'members'], actorId: 'p-alice' };

let position = 0;
function event(
  partial: Partial<LoggedEvent> & Pick<LoggedEvent, 'action' | 'entityType' | 'entityId'>,
): LoggedEvent {
  position += 1;
  return {
    id: `e${position}`,
    at: '2026-12-04T10:00:00.000Z',
    actorId: 'p-bob',
    nodeIds: [partial.entityId],
    before: null,
    after: null,
    revertedBy: null,
    position,
    ...partial,
  };
}
const row = (id: string, kind: LiveNodeRow['kind'] = 'Question'): LiveNodeRow => ({
  id,
  kind,
  labels: { fr: `Titre ${id}`, en: `Title ${id}` },
  x: 1,
  y: 2,
});
const told = (e: LoggedEvent) => ({ id: e.id }) as unknown as HistoryEvent;
function look(partial: Partial<BatchLookups>): BatchLookups {
  return { shaped: new Map(), nodes: new Map(), links: new Map(), revivedLinks: new Map(), ...partial };
}
const facts = (existing: string[], gone: [string, string | null, string | null][] = []) => ({
  existing: new Set(existing),
  gone: new Map(gone.map(([id, visibility, createdBy]) => [id, { id, visibility, createdBy }])),
});

describe('eventVisible', () => {
  it('shows a node event when the node is visible now, or gone and readable when recorded', () => {
    const edit = event({ action: 'node.edit', entityType: 'node', entityId: 'q1' });
    expect(eventVisible(edit, visitor, new Set(['q1']), facts(['q1']))).toBe(true);
    expect(eventVisible(edit, visitor, new Set(), facts(['q1']))).toBe(false); // hidden now
    const deleted = event({
      action: 'node.delete',
      entityType: 'node',
      entityId: 'q2',
      entityVisibility: 'members',
    });
    expect(eventVisible(deleted, visitor, new Set(), facts([]))).toBe(false);
    expect(eventVisible(deleted, alice, new Set(), facts([]))).toBe(true);
    const mine = event({
      action: 'node.delete',
      entityType: 'node',
      entityId: 'q3',
      entityVisibility: 'private',
      entityCreatedBy: 'p-alice',
    });
    expect(eventVisible(mine, alice, new Set(), facts([]))).toBe(true);
    expect(
      eventVisible(mine, { canSee: ['public', 'members'], actorId: 'p-bob' }, new Set(), facts([])),
    ).toBe(false);
  });

  it('shows a link event only when each end is visible, or gone and readable at its last event', () => {
    const link = event({ action: 'link.create', entityType: 'link', entityId: 'l1', nodeIds: ['a', 'b'] });
    expect(eventVisible(link, visitor, new Set(['a', 'b']), facts(['a', 'b']))).toBe(true);
    expect(eventVisible(link, visitor, new Set(['a']), facts(['a', 'b']))).toBe(false); // b hidden
    expect(eventVisible(link, visitor, new Set(['a']), facts(['a'], [['b', 'public', null]]))).toBe(true);
    expect(eventVisible(link, visitor, new Set(['a']), facts(['a'], [['b', 'private', 'p-alice']]))).toBe(
      false,
    );
    expect(eventVisible(link, alice, new Set(['a']), facts(['a'], [['b', 'private', 'p-alice']]))).toBe(true);
  });
});

describe('liveChangeOf', () => {
  it('puts a visible node as it is now, and takes a gone one away', () => {
    const created = event({ action: 'node.create', entityType: 'node', entityId: 'q1' });
    const change = liveChangeOf(
      created,
      visitor,
      look({ shaped: new Map([[created.id, told(created)]]), nodes: new Map([['q1', row('q1')]]) }),
    );
    expect(change).toEqual({
      position: created.position,
      event: told(created),
      map: {
        nodes: [
          {
            key: 'q1',
            attributes: { kind: 'Question', labels: { fr: 'Titre q1', en: 'Title q1' }, x: 1, y: 2 },
          },
        ],
        edges: [],
        removedNodes: [],
        removedEdges: [],
      },
    });
    const deleted = event({ action: 'node.delete', entityType: 'node', entityId: 'q1' });
    expect(
      liveChangeOf(deleted, visitor, look({ shaped: new Map([[deleted.id, told(deleted)]]) })),
    ).toMatchObject({
      map: { nodes: [], removedNodes: ['q1'] },
    });
  });

  it('takes a node made private off a map that showed it, saying nothing else; a hidden one stays unsaid', () => {
    const hidden = event({
      action: 'node.edit',
      entityType: 'node',
      entityId: 'q1',
      before: JSON.stringify({ visibility: 'public', version: 1 }),
      after: JSON.stringify({ visibility: 'private', version: 2 }),
    });
    expect(liveChangeOf(hidden, visitor, look({}))).toEqual({
      position: hidden.position,
      event: null,
      map: { nodes: [], edges: [], removedNodes: ['q1'], removedEdges: [] },
    });
    const laterEdit = event({
      action: 'node.edit',
      entityType: 'node',
      entityId: 'q1',
      before: JSON.stringify({ title: 'a', version: 2 }),
      after: JSON.stringify({ title: 'b', version: 3 }),
    });
    expect(liveChangeOf(laterEdit, visitor, look({}))).toBeNull();
    // created and hidden in one batch: it was never on their map, so not even its id is said
    expect(liveChangeOf(hidden, visitor, look({ createdInBatch: new Set(['q1']) }))).toBeNull();
  });

  it('draws a link with both its ends, or takes it away when it is gone or an end is hidden', () => {
    const created = event({
      action: 'link.create',
      entityType: 'link',
      entityId: 'l1',
      nodeIds: ['a', 'b'],
      after: JSON.stringify({ id: 'l1', source: 'a', target: 'b', relation: 'REFINES' }),
    });
    const link = { id: 'l1', source: 'a', target: 'b', relation: 'REFINES', stance: null, role: null };
    const shaped = new Map([[created.id, told(created)]]);
    const both = liveChangeOf(
      created,
      visitor,
      look({
        shaped,
        nodes: new Map([
          ['a', row('a')],
          ['b', row('b')],
        ]),
        links: new Map([['l1', link]]),
      }),
    );
    expect(both).toMatchObject({
      map: {
        nodes: [{ key: 'a' }, { key: 'b' }],
        edges: [{ key: 'l1', source: 'a', target: 'b', attributes: { relation: 'REFINES' } }],
      },
    });
    const gone = liveChangeOf(
      created,
      visitor,
      look({
        shaped,
        nodes: new Map([
          ['a', row('a')],
          ['b', row('b')],
        ]),
      }),
    );
    expect(gone).toMatchObject({ map: { edges: [], removedEdges: ['l1'] } });
    expect(liveChangeOf(created, visitor, look({ nodes: new Map([['a', row('a')]]) }))).toBeNull();
  });

  it('asks the reader whose own role, membership or animation changed to resync, and no one else', () => {
    const role = event({
      action: 'link.create',
      entityType: 'link',
      entityId: 'l2',
      nodeIds: ['p-alice', 's1'],
      after: JSON.stringify({ id: 'l2', source: 'p-alice', target: 's1', relation: 'HAS_ROLE' }),
    });
    expect(liveChangeOf(role, alice, look({}))).toBe('resync');
    expect(liveChangeOf(role, visitor, look({}))).toBeNull();
  });

  it('says which node events may bring a node back into sight', () => {
    expect(mayRevive(event({ action: 'event.revert', entityType: 'node', entityId: 'q' }))).toBe(true);
    expect(
      mayRevive(
        event({
          action: 'node.edit',
          entityType: 'node',
          entityId: 'q',
          after: JSON.stringify({ visibility: 'public' }),
        }),
      ),
    ).toBe(true);
    expect(
      mayRevive(
        event({
          action: 'node.edit',
          entityType: 'node',
          entityId: 'q',
          after: JSON.stringify({ title: 'x' }),
        }),
      ),
    ).toBe(false);
    expect(mayRevive(event({ action: 'node.create', entityType: 'node', entityId: 'q' }))).toBe(false);
  });
});
