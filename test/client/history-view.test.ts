// The history's pure logic: what each event did, the fields an edit changed (bookkeeping left out), how
// long ago in words, and which of my events "undo" reverts.
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  changeMoment,
  formatTimeAgo,
  newestFirst,
  offersRevert,
  summarizeEvent,
  timeAgo,
  undoTarget,
} from '../../client/src/features/contribute/history-view';
import { HIDDEN_ACTOR_ID, type HistoryEvent, SYSTEM_ACTOR_ID } from '../../shared/history';
import { historyEvent } from './fixture';

const event = historyEvent;

describe('changedFields', () => {
  it('lists the fields whose value changed, without the bookkeeping of every write', () => {
    expect(
      changedFields(
        { title: 'A', body: 'x', version: 2, updatedAt: '1', skills: ['a'] },
        { title: 'B', body: 'x', version: 3, updatedAt: '2', skills: ['a', 'b'], summary: 'new' },
      ),
    ).toEqual([
      { field: 'skills', before: 'a', after: 'a, b' },
      { field: 'summary', before: '', after: 'new' },
      { field: 'title', before: 'A', after: 'B' },
    ]);
  });
});

describe('summarizeEvent', () => {
  it('says who edited which fields', () => {
    const summary = summarizeEvent(
      event({ before: { title: 'Compost', version: 1 }, after: { title: 'Compost collectif', version: 2 } }),
    );
    expect(summary).toEqual({
      verb: 'edited',
      actor: 'Marie',
      title: 'Compost collectif',
      changes: [{ field: 'title', before: 'Compost', after: 'Compost collectif' }],
      reverted: false,
    });
  });

  it('names the relation of a link event and marks a reverted event', () => {
    const summary = summarizeEvent(
      event({
        action: 'link.create',
        entity: { type: 'link', id: 'l1' },
        after: { source: 'r', target: 'q', relation: 'INFORMS', properties: {} },
        revertedBy: 'e9',
      }),
    );
    expect(summary).toEqual({
      verb: 'linked',
      actor: 'Marie',
      changes: [],
      relation: 'INFORMS',
      reverted: true,
    });
    expect(summarizeEvent(event({ action: 'node.create', after: { title: 'Q' } }))).toMatchObject({
      verb: 'created',
      title: 'Q',
      changes: [],
    });
  });
});

describe('an event of someone the reader may not see', () => {
  it('is marked byHidden (said "someone"), and undo never picks it', () => {
    const hidden = event({ actor: { id: HIDDEN_ACTOR_ID, name: '' } });
    expect(summarizeEvent(hidden).byHidden).toBe(true);
    expect(summarizeEvent(event({})).byHidden).toBeUndefined();
    expect(undoTarget([hidden], 'p-marie')).toBeNull();
  });
});

describe('an event of Semis itself', () => {
  it('is marked bySystem (said "Semis" in every language); a person\'s never is', () => {
    const status = event({
      actor: { id: SYSTEM_ACTOR_ID, name: 'Semis' },
      before: { status: 'open', version: 1 },
      after: { status: 'seeded', version: 2 },
    });
    expect(summarizeEvent(status)).toEqual({
      verb: 'edited',
      actor: 'Semis',
      bySystem: true,
      changes: [{ field: 'status', before: 'open', after: 'seeded' }],
      reverted: false,
    });
    expect(summarizeEvent(event({})).bySystem).toBeUndefined();
    // undo never picks it: it is not mine
    expect(undoTarget([status], 'p-marie')).toBeNull();
  });
});

describe('changeMoment', () => {
  // newer ICU puts a narrow no-break space before AM/PM
  const spaced = (m: { today: boolean; text: string }) => ({ ...m, text: m.text.replace(/\s/g, ' ') });
  const now = Date.parse('2025-03-03T16:30:00.000Z');
  it('gives the time alone for a change today, in the page language and time zone', () => {
    const at = '2025-03-03T13:02:00.000Z';
    expect(changeMoment(at, now, 'fr', 'Europe/Paris')).toEqual({ today: true, text: '14:02' });
    expect(spaced(changeMoment(at, now, 'en', 'Europe/Paris'))).toEqual({ today: true, text: '2:02 PM' });
  });

  it('adds the date for a change on another day (of that time zone)', () => {
    const at = '2025-03-02T22:30:00.000Z'; // 23:30 on the 2nd in Paris
    expect(changeMoment(at, now, 'fr', 'Europe/Paris')).toEqual({
      today: false,
      text: '2 mars 2025 à 23:30',
    });
    expect(spaced(changeMoment(at, now, 'en', 'Europe/Paris'))).toEqual({
      today: false,
      text: 'March 2, 2025 at 11:30 PM',
    });
    // 01:30 on the 3rd in Paris (today), 19:30 on the 2nd in New York (yesterday, where it is 11:30 on the 3rd)
    const night = '2025-03-03T00:30:00.000Z';
    expect(changeMoment(night, now, 'fr', 'Europe/Paris').today).toBe(true);
    expect(changeMoment(night, now, 'fr', 'America/New_York').today).toBe(false);
  });
});

describe('summarizeEvent of a revert', () => {
  it("lists the fields of a reverted edit, not a link's parts nor a whole node", () => {
    const revert = (fields: Partial<HistoryEvent>) =>
      summarizeEvent(event({ action: 'event.revert', reverts: 'e0', ...fields }));
    expect(revert({ before: { title: 'B', version: 2 }, after: { title: 'A', version: 3 } }).changes).toEqual(
      [{ field: 'title', before: 'B', after: 'A' }],
    );
    const link = { id: 'l1', source: 'r', target: 'q', relation: 'ECHOES', properties: {} };
    expect(revert({ entity: { type: 'link', id: 'l1' }, before: null, after: link })).toMatchObject({
      verb: 'reverted',
      relation: 'ECHOES',
      changes: [],
    });
    expect(revert({ before: { id: 'n1', title: 'Q' }, after: null }).changes).toEqual([]);
  });
});

describe('time ago', () => {
  const now = Date.parse('2025-03-01T10:03:20.000Z');
  it('uses the largest whole unit', () => {
    expect(timeAgo('2025-03-01T10:00:00.000Z', now)).toEqual({ count: -3, unit: 'minute' });
    expect(timeAgo('2025-03-01T10:03:10.000Z', now)).toEqual({ count: -10, unit: 'second' });
    expect(timeAgo('2025-02-27T09:00:00.000Z', now)).toEqual({ count: -2, unit: 'day' });
    expect(timeAgo('2025-03-01T10:04:00.000Z', now)).toEqual({ count: -0, unit: 'second' });
  });
  it('reads in French and English', () => {
    expect(formatTimeAgo('2025-03-01T10:00:00.000Z', now, 'fr')).toBe('il y a 3 minutes');
    expect(formatTimeAgo('2025-03-01T10:00:00.000Z', now, 'en')).toBe('3 minutes ago');
    expect(formatTimeAgo('2025-02-28T10:00:00.000Z', now, 'fr')).toBe('hier');
  });
});

describe('undoTarget', () => {
  it('is my newest event not reverted already (a revert from the history too), except what can be redone', () => {
    const mine = [
      event({ id: 'a', at: '2025-03-01T10:00:00Z' }),
      event({ id: 'b', at: '2025-03-01T10:05:00Z', revertedBy: 'c' }),
      event({ id: 'c', at: '2025-03-01T10:06:00Z', action: 'event.revert', reverts: 'b' }),
      event({ id: 'd', at: '2025-03-01T10:02:00Z' }),
      event({ id: 'x', at: '2025-03-01T10:09:00Z', actor: { id: 'p-other', name: 'Paul' } }),
    ];
    // c, a revert made from the history, is undone like any change
    expect(undoTarget(mine, 'p-marie')?.id).toBe('c');
    // c is the header's own undo, still offered as redo: undoing again goes further back
    expect(undoTarget(mine, 'p-marie', new Set(['c']))?.id).toBe('d');
    expect(newestFirst(mine).map((e) => e.id)).toEqual(['x', 'c', 'b', 'd', 'a']);
    expect(undoTarget([], 'p-marie')).toBeNull();
  });
});

describe('offersRevert', () => {
  const reader = { mayRevertAny: false, myId: 'p-marie' };
  it('offers my own events, or any event to who may revert the node', () => {
    expect(offersRevert(event({}), reader)).toBe(true);
    expect(offersRevert(event({ actor: { id: 'p-paul', name: 'Paul' } }), reader)).toBe(false);
    expect(
      offersRevert(event({ actor: { id: 'p-paul', name: 'Paul' } }), { ...reader, mayRevertAny: true }),
    ).toBe(true);
    expect(offersRevert(event({}), { mayRevertAny: false, myId: null })).toBe(false);
  });

  it('offers a revert (reverting it redoes the change), never an event already reverted', () => {
    const everything = { mayRevertAny: true, myId: 'p-marie' };
    expect(offersRevert(event({ action: 'event.revert', reverts: 'e0' }), everything)).toBe(true);
    expect(offersRevert(event({ revertedBy: 'e2' }), everything)).toBe(false);
  });
});
