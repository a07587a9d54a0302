// The time slider's pure state: stepping by day, week and calendar month, the history's range, the day
// in the URL (parsed strictly, written as UTC days), and what a frame of the replay shows, fades or hides.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeView, encodeView } from '../../client/src/features/explore/view';
import { frameAt, labelAt, stateAt } from '../../client/src/features/time/time-frame';
import {
  clampTime,
  endOfDay,
  fadeWindow,
  formatDay,
  formatDayParam,
  parseDayParam,
  rangeOf,
  stepTime,
} from '../../client/src/features/time/time-state';
import type { Timeline } from '../../shared/time';

const day = (iso: string) => endOfDay(Date.parse(iso));

describe('stepping through time', () => {
  it('moves by a day and a week, staying at the end of the day', () => {
    const t = day('2026-03-01T10:00:00Z');
    expect(new Date(stepTime(t, 'day', 1)).toISOString()).toBe('2026-03-02T23:59:59.999Z');
    expect(new Date(stepTime(t, 'day', -1)).toISOString()).toBe('2026-02-28T23:59:59.999Z');
    expect(formatDayParam(stepTime(t, 'week', 1))).toBe('2026-03-08');
    expect(formatDayParam(stepTime(t, 'week', -1))).toBe('2026-02-22');
  });

  it('moves by a calendar month, the 31st going to the last day of a shorter month', () => {
    expect(formatDayParam(stepTime(day('2026-01-31'), 'month', 1))).toBe('2026-02-28');
    expect(formatDayParam(stepTime(day('2024-01-31'), 'month', 1))).toBe('2024-02-29');
    expect(formatDayParam(stepTime(day('2026-03-31'), 'month', -1))).toBe('2026-02-28');
    expect(formatDayParam(stepTime(day('2026-12-15'), 'month', 1))).toBe('2027-01-15');
    expect(formatDayParam(stepTime(day('2026-01-15'), 'month', -1))).toBe('2025-12-15');
  });

  it("spans the history's days, up to today, and clamps within them", () => {
    const range = rangeOf(
      '2026-04-08T08:00:00.000Z',
      '2026-11-30T09:03:00.000Z',
      Date.parse('2026-12-04T12:00:00Z'),
    );
    expect(range).toEqual({ first: day('2026-04-08'), last: day('2026-12-04') });
    expect(rangeOf(null, null, Date.now())).toBeNull();
    if (!range) return;
    expect(clampTime(0, range)).toBe(range.first);
    expect(clampTime(Number.MAX_SAFE_INTEGER, range)).toBe(range.last);
    expect(fadeWindow('week')).toBe(7 * 86_400_000);
  });
});

describe('the day in the URL', () => {
  it('is written and read as a UTC day, strictly', () => {
    expect(formatDayParam(day('2026-05-01T23:30:00Z'))).toBe('2026-05-01');
    expect(parseDayParam('2026-05-01')).toBe(day('2026-05-01'));
    for (const bad of ['2026-02-30', '2026-5-1', 'hier', '', null]) expect(parseDayParam(bad)).toBeNull();
  });

  it('is kept by the shareable view under `t`, and dropped when invalid', () => {
    expect(encodeView({ ...DEFAULT_VIEW, time: '2026-05-01' })).toBe('t=2026-05-01');
    expect(decodeView('?t=2026-05-01').time).toBe('2026-05-01');
    expect(decodeView('?t=demain').time).toBeNull();
    expect(decodeView('').time).toBeNull();
  });

  it('is said in French and English words', () => {
    expect(formatDay(day('2026-03-12'), 'fr')).toBe('12 mars 2026');
    expect(formatDay(day('2026-03-12'), 'en')).toBe('12 March 2026');
  });
});

describe('a frame of the replay', () => {
  const timeline: Timeline = {
    first: '2026-01-01T10:00:00.000Z',
    last: '2026-03-01T10:00:00.000Z',
    nodes: [
      {
        id: 'a',
        kind: 'Question',
        x: 0,
        y: 0,
        lives: [{ from: '2026-01-01T10:00:00.000Z', until: null }],
        labels: [
          { at: '2026-01-01T10:00:00.000Z', label: 'Avant ?' },
          { at: '2026-02-01T10:00:00.000Z', label: 'Après ?' },
        ],
      },
      {
        id: 'b',
        kind: 'Question',
        x: 1,
        y: 1,
        lives: [{ from: '2026-01-10T10:00:00.000Z', until: '2026-03-01T10:00:00.000Z' }],
        labels: [{ at: '2026-01-10T10:00:00.000Z', label: 'B ?' }],
      },
    ],
    links: [
      {
        id: 'ab',
        source: 'b',
        target: 'a',
        relation: 'REFINES',
        lives: [{ from: '2026-01-10T11:00:00.000Z', until: '2026-03-01T10:00:00.000Z' }],
      },
    ],
  };
  const week = fadeWindow('week');

  it('shows what stood then, with its label of then, hides what was not born', () => {
    const early = frameAt(timeline, day('2026-01-05'), week);
    expect(early.nodes.get('a')).toBe('shown');
    expect(early.nodes.get('b')).toBe('hidden');
    expect(early.edges.get('ab')).toBe('hidden');
    expect(early.labels.get('a')).toBe('Avant ?');
    expect(early.shownNodes).toBe(1);
    const later = frameAt(timeline, day('2026-02-15'), week);
    expect(later.labels.get('a')).toBe('Après ?');
    expect(later.edges.get('ab')).toBe('shown');
    expect(later.shownNodes).toBe(2);
  });

  it('fades what was removed within the fade window, then hides it', () => {
    expect(frameAt(timeline, day('2026-03-03'), week).nodes.get('b')).toBe('fading');
    expect(frameAt(timeline, day('2026-03-03'), week).edges.get('ab')).toBe('fading');
    expect(frameAt(timeline, day('2026-03-20'), week).nodes.get('b')).toBe('hidden');
    expect(
      stateAt(
        [{ from: '2026-01-01T00:00:00Z', until: '2026-01-02T00:00:00Z' }],
        Date.parse('2026-01-01T12:00:00Z'),
        0,
      ),
    ).toBe('shown');
    expect(labelAt(timeline.nodes[0] as Timeline['nodes'][number], 0)).toBe('Avant ?');
  });
});
