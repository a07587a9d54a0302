// Keyboard navigation: the clockwise order of the selected node's neighbours, stepping through it, and
// which focused elements keep a key for themselves.
import { describe, expect, it } from 'vitest';
import {
  clockAngle,
  type FocusedElement,
  neighbourOrder,
  ownsKey,
  stepThrough,
} from '../../client/src/features/explore/keyboard';
import { createLandscapeGraph } from '../../client/src/map/landscape/graph';
import { replaceLandscape } from '../../client/src/map/map-store';
import type { GraphPayload } from '../../shared/graph';

const node = (key: string, x: number, y: number, label = key) => ({
  key,
  attributes: { kind: 'Question' as const, label, x, y, size: 5, degree: 1 },
});
const edge = (key: string, source: string, target: string) => ({
  key,
  source,
  target,
  attributes: { relation: 'ECHOES' as const },
});

// Around c (at the origin, graph y up): n above, e right, s below, w left, ne and a "Zed"/"alpha" pair
// at the same place (up-left); e is linked twice and in both directions; far is not a neighbour.
const payload: GraphPayload = {
  attributes: { total: 9, truncated: false },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    node('c', 0, 0),
    node('n', 0, 5),
    node('e', 5, 0),
    node('s', 0, -5),
    node('w', -5, 0),
    node('ne', 3, 3),
    node('nw-z', -3, 3, 'Zed'),
    node('nw-a', -3, 3, 'alpha'),
    node('far', 50, 50),
  ],
  edges: [
    edge('1', 'c', 'n'),
    edge('2', 'e', 'c'),
    edge('3', 'c', 'e'),
    edge('4', 's', 'c'),
    edge('5', 'c', 'w'),
    edge('6', 'ne', 'c'),
    edge('7', 'c', 'nw-z'),
    edge('8', 'c', 'nw-a'),
    edge('9', 'n', 'far'),
  ],
};
const graph = createLandscapeGraph();
replaceLandscape(graph, payload);

describe('neighbourOrder', () => {
  it('goes clockwise from straight up, ties by title', () => {
    expect(neighbourOrder(graph, 'c', null, 'fr')).toEqual(['n', 'ne', 'e', 's', 'w', 'nw-a', 'nw-z']);
  });

  it('skips hidden neighbours and knows no neighbours of a node off the map', () => {
    expect(neighbourOrder(graph, 'c', new Set(['c', 's', 'n', 'far']), 'fr')).toEqual(['n', 's']);
    expect(neighbourOrder(graph, 'nowhere', null, 'fr')).toEqual([]);
  });

  it('measures angles clockwise on screen', () => {
    const o = { x: 0, y: 0 };
    expect(clockAngle(o, { x: 0, y: 1 })).toBe(0);
    expect(clockAngle(o, { x: 1, y: 0 })).toBeCloseTo(Math.PI / 2);
    expect(clockAngle(o, { x: 0, y: -1 })).toBeCloseTo(Math.PI);
    expect(clockAngle(o, { x: -1, y: 0 })).toBeCloseTo((3 * Math.PI) / 2);
  });
});

describe('stepThrough', () => {
  const order = ['a', 'b', 'c'];
  it('starts at either end and wraps round', () => {
    expect(stepThrough(order, null, 1)).toBe('a');
    expect(stepThrough(order, null, -1)).toBe('c');
    expect(stepThrough(order, 'c', 1)).toBe('a');
    expect(stepThrough(order, 'a', -1)).toBe('c');
    expect(stepThrough(order, 'b', 1)).toBe('c');
    expect(stepThrough(order, 'gone', 1)).toBe('a');
    expect(stepThrough([], null, 1)).toBeNull();
  });
});

describe('ownsKey', () => {
  const element = (
    tagName: string,
    attributes: Record<string, string> = {},
    editable = false,
  ): FocusedElement => ({
    tagName,
    isContentEditable: editable,
    getAttribute: (name) => attributes[name] ?? null,
  });

  it('leaves Escape and the arrows to text fields and comboboxes', () => {
    for (const focused of [
      element('INPUT'),
      element('INPUT', { type: 'search', role: 'combobox' }),
      element('TEXTAREA'),
      element('DIV', {}, true),
    ]) {
      expect(ownsKey(focused, 'Escape')).toBe(true);
      expect(ownsKey(focused, 'ArrowDown')).toBe(true);
    }
  });

  it('leaves the arrows, not Escape nor Enter, to radios and list widgets', () => {
    for (const focused of [element('INPUT', { type: 'radio' }), element('DIV', { role: 'listbox' })]) {
      expect(ownsKey(focused, 'ArrowRight')).toBe(true);
      expect(ownsKey(focused, 'Escape')).toBe(false);
      expect(ownsKey(focused, 'Enter')).toBe(false);
    }
    expect(ownsKey(element('SELECT'), 'Escape')).toBe(true);
    expect(ownsKey(element('INPUT', { type: 'search' }), 'Enter')).toBe(true);
  });

  it('lets the page have both on buttons, checkboxes, the map and the page itself', () => {
    for (const focused of [
      element('BUTTON'),
      element('INPUT', { type: 'checkbox' }),
      element('SECTION'),
      null,
    ]) {
      expect(ownsKey(focused, 'Escape')).toBe(false);
      expect(ownsKey(focused, 'ArrowLeft')).toBe(false);
    }
  });
});
