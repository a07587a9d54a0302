// The pure parts of hints and traces (issue 13 §4): a trace's strength by age and half-life, the map's
// strengths from GET /api/traces, the hints grouped by kind and by node, what the lens and a trace change in
// what sigma draws, and the groups' sentences in French and English (French number formats).
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  groupHints,
  HALO_MAX_REACH,
  haloOf,
  hintsByNode,
  TRACE_MIN_STRENGTH,
  traceStrength,
  traceStrengths,
} from '../../client/src/features/hints/hints';
import { lensNodeDisplay } from '../../client/src/features/hints/hints-display';
import { en } from '../../client/src/i18n/en';
import { fr } from '../../client/src/i18n/fr';
import { formatInterpolated } from '../../client/src/i18n/numbers';
import { MAP_COLORS } from '../../client/src/map/sigma/colors';
import type { Hint, HintsResponse } from '../../shared/hints';

const DAY = 86_400_000;

describe('traceStrength', () => {
  it('is 1 now, ½ after one half-life, ¼ after two, whatever the half-life', () => {
    expect(traceStrength(0, 7)).toBe(1);
    expect(traceStrength(7 * DAY, 7)).toBeCloseTo(0.5, 12);
    expect(traceStrength(14 * DAY, 7)).toBeCloseTo(0.25, 12);
    expect(traceStrength(3 * DAY, 3)).toBeCloseTo(0.5, 12);
    expect(traceStrength(1.5 * DAY, 3)).toBeCloseTo(Math.SQRT1_2, 12);
  });
  it('counts an activity dated in the future as now, and is 0 for a nonsense half-life or age', () => {
    expect(traceStrength(-DAY, 7)).toBe(1);
    expect(traceStrength(DAY, 0)).toBe(0);
    expect(traceStrength(Number.NaN, 7)).toBe(0);
  });
  it('keeps only the nodes whose halo would be seen', () => {
    const now = Date.parse('2026-05-20T12:00:00Z');
    const strengths = traceStrengths(
      {
        halfLifeDays: 7,
        nodes: [
          { id: 'today', lastAt: '2026-05-20T12:00:00.000Z' },
          { id: 'week', lastAt: '2026-05-13T12:00:00.000Z' },
          { id: 'old', lastAt: '2026-01-01T00:00:00.000Z' },
        ],
      },
      now,
    );
    expect([...strengths.keys()]).toEqual(['today', 'week']);
    expect(strengths.get('week')).toBeCloseTo(0.5, 12);
    expect(traceStrength(now - Date.parse('2026-01-01T00:00:00Z'), 7)).toBeLessThan(TRACE_MIN_STRENGTH);
  });
});

const hint = (kind: Hint['kind'], nodeId: string): Hint => ({
  kind,
  nodeId,
  title: nodeId,
  nodeKind: 'Question',
});
const answer: HintsResponse = {
  hints: [
    hint('photo-without-question', 'p1'),
    hint('question-without-resource', 'q1'),
    hint('question-without-resource', 'q2'),
    hint('unanswered-question', 'q1'),
  ],
  counts: {
    'question-without-resource': 12,
    'seed-without-animator': 0,
    'one-sided-stances': 0,
    'photo-without-question': 1,
    'unanswered-question': 1,
  },
};

describe('groupHints and hintsByNode', () => {
  it('groups by kind in the contract order, with the full count, and leaves empty kinds out', () => {
    expect(groupHints(answer).map((g) => [g.kind, g.count, g.hints.map((h) => h.nodeId)])).toEqual([
      ['question-without-resource', 12, ['q1', 'q2']],
      ['photo-without-question', 1, ['p1']],
      ['unanswered-question', 1, ['q1']],
    ]);
  });
  it("gives each node the kinds of help it needs, in the contract's order", () => {
    const byNode = hintsByNode(answer.hints);
    expect(byNode.get('q1')).toEqual(['question-without-resource', 'unanswered-question']);
    expect(byNode.get('p1')).toEqual(['photo-without-question']);
    expect(byNode.has('q3')).toBe(false);
  });
});

describe('what the lens and traces draw', () => {
  it('fades the nodes that need no help, keeps the others and the selection', () => {
    const lens = new Set(['q1']);
    expect(lensNodeDisplay('q1', { color: '#E69F00', label: 'Q1' }, lens)).toMatchObject({
      color: '#E69F00',
      label: 'Q1',
      zIndex: 2,
    });
    expect(lensNodeDisplay('q9', { color: '#E69F00', label: 'Q9' }, lens)).toMatchObject({
      color: MAP_COLORS.faded,
      label: '',
    });
    expect(lensNodeDisplay('q9', { color: '#E69F00', highlighted: true }, lens).color).toBe('#E69F00');
    expect(lensNodeDisplay('q9', { color: '#E69F00' }, null).color).toBe('#E69F00');
  });
  it('gives a halo that reaches further (with the node, up to a bound) and shows more the stronger the trace', () => {
    expect(haloOf(1, 5)).toEqual({ outer: 5 + 2 + 5 * 1.4, alpha: 0.55 });
    expect(haloOf(0.5, 5)).toEqual({ outer: 5 + 2 + 5, alpha: 0.275 });
    expect(haloOf(0, 5)).toEqual({ outer: 5 + 2 + 3, alpha: 0 });
    expect(haloOf(3, 5)).toEqual(haloOf(1, 5));
    // a large node's halo reaches at most HALO_MAX_REACH beyond it
    expect(haloOf(1, 30).outer).toBe(30 + HALO_MAX_REACH);
  });
});

describe('the sentences', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({
      resources: { fr: { translation: fr }, en: { translation: en } },
      lng: 'fr',
      interpolation: { escapeValue: false, alwaysFormat: true, format: formatInterpolated },
      showSupportNotice: false,
    });
  });
  const say = (lang: 'fr' | 'en', key: string, options: Record<string, unknown> = {}) =>
    (i18n.getFixedT(lang) as unknown as (k: string, o: Record<string, unknown>) => string)(
      key,
      options,
    ).replace(/[\u00a0\u202f]/g, ' ');
  it('says each group in French and English, numbers in the language’s format', () => {
    expect(say('fr', 'hints.groups.question-without-resource', { count: 12 })).toBe(
      '12 questions sans ressource',
    );
    expect(say('fr', 'hints.groups.question-without-resource', { count: 1234 })).toBe(
      '1 234 questions sans ressource',
    );
    expect(say('fr', 'hints.groups.seed-without-animator', { count: 1 })).toBe(
      '1 graine sans animateur·rice',
    );
    expect(say('en', 'hints.groups.seed-without-animator', { count: 2 })).toBe('2 seeds without an animator');
    expect(say('en', 'hints.groups.question-without-resource', { count: 1234 })).toBe(
      '1,234 questions without a resource',
    );
    expect(say('fr', 'hints.open')).toBe('Où aider ?');
    expect(say('fr', 'hints.need.seed-without-animator')).toBe('graine sans animateur·rice');
  });
});
