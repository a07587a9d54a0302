// What sigma is asked to draw for each node and edge, with and without a highlight.
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../client/src/features/explore/selection';
import { KIND_COLORS, MAP_COLORS } from '../../client/src/map/sigma/colors';
import { edgeDisplay, nodeDisplay, shortLabel } from '../../client/src/map/sigma/reducers';
import type { GraphNodeAttributes } from '../../shared/graph';

const question: GraphNodeAttributes = {
  kind: 'Question',
  label: 'Hub question',
  x: 0,
  y: 0,
  size: 9,
  degree: 4,
};
const seed: GraphNodeAttributes = { kind: 'Seed', label: 'Seed A', x: 1, y: 0, size: 6, degree: 2 };
const highlight: Highlight = { focus: 'q-hub', nodes: new Set(['q-hub', 'seed-a']), edges: new Set(['e1']) };
const none = { highlight: null, selected: null, hovered: null };

describe('nodeDisplay', () => {
  it('keeps the node’s data (position, size) and colours it by kind when nothing is highlighted', () => {
    expect(nodeDisplay('seed-a', seed, none)).toEqual({
      ...seed,
      label: 'Seed A',
      color: KIND_COLORS.Seed,
      size: 6,
      zIndex: 1,
    });
  });

  it('emphasises the selected node with its label forced', () => {
    expect(nodeDisplay('q-hub', question, { highlight, selected: 'q-hub', hovered: null })).toEqual({
      ...question,
      label: 'Hub question',
      color: KIND_COLORS.Question,
      size: 9,
      zIndex: 3,
      highlighted: true,
      forceLabel: true,
    });
  });

  it('keeps neighbours coloured above the rest, fades and unlabels the others', () => {
    const view = { highlight, selected: 'q-hub', hovered: null };
    expect(nodeDisplay('seed-a', seed, view)).toEqual({
      ...seed,
      label: 'Seed A',
      color: KIND_COLORS.Seed,
      size: 6,
      zIndex: 2,
    });
    expect(nodeDisplay('q-far', question, view)).toEqual({
      ...question,
      label: '',
      color: MAP_COLORS.faded,
      size: 9,
      zIndex: 0,
    });
  });

  it('shows the whole label of the hovered node and cuts the others', () => {
    const long = {
      ...question,
      label: 'Comment composter ensemble les savoirs d’un quartier sans les perdre ?',
    };
    expect(nodeDisplay('q', long, { ...none, hovered: 'q' }).label).toBe(long.label);
    expect(nodeDisplay('q', long, none).label).toBe('Comment composter ensemble les…');
  });
});

describe('nodeDisplay with filters and the keyboard cursor', () => {
  it('hides the nodes the filters leave out, whatever the highlight', () => {
    const visible = new Set(['seed-a']);
    expect(nodeDisplay('q-hub', question, { highlight, selected: 'q-hub', hovered: null, visible })).toEqual({
      ...question,
      hidden: true,
    });
    expect(nodeDisplay('seed-a', seed, { ...none, visible }).hidden).toBeUndefined();
  });

  it('outlines the neighbour under the keyboard cursor with its whole label', () => {
    const long = { ...seed, label: 'Comment composter ensemble les savoirs d’un quartier sans les perdre ?' };
    const view = { highlight, selected: 'q-hub', hovered: null, cursor: 'seed-a' };
    expect(nodeDisplay('seed-a', long, view)).toEqual({
      ...long,
      color: KIND_COLORS.Seed,
      highlighted: true,
      forceLabel: true,
      zIndex: 3,
    });
  });
});

describe('edgeDisplay', () => {
  it('draws every edge light grey without a highlight', () => {
    expect(edgeDisplay('e1', { relation: 'GROWS_FROM' }, null)).toEqual({
      relation: 'GROWS_FROM',
      color: MAP_COLORS.edge,
      size: 1,
    });
  });

  it('darkens the edges of the highlight and hides the others', () => {
    expect(edgeDisplay('e1', { relation: 'GROWS_FROM' }, highlight)).toEqual({
      relation: 'GROWS_FROM',
      color: MAP_COLORS.edgeHighlighted,
      size: 2,
    });
    expect(edgeDisplay('e9', { relation: 'ECHOES' }, highlight)).toEqual({
      relation: 'ECHOES',
      hidden: true,
    });
  });
});

describe('edgeDisplay with filters', () => {
  it('hides the edges the filters leave out', () => {
    expect(edgeDisplay('e1', { relation: 'GROWS_FROM' }, highlight, new Set(['e2']))).toEqual({
      relation: 'GROWS_FROM',
      hidden: true,
    });
    expect(edgeDisplay('e2', { relation: 'ECHOES' }, null, new Set(['e2'])).hidden).toBeUndefined();
  });
});

describe('shortLabel', () => {
  it('keeps short labels and cuts long ones at a word with an ellipsis', () => {
    expect(shortLabel('La démarche #CodeSocial')).toBe('La démarche #CodeSocial');
    expect(shortLabel('alpha beta gamma delta', 15)).toBe('alpha beta…');
    expect(shortLabel('one two three four', 12)).toBe('one two thr…'); // a word cut would lose too much
    expect(shortLabel('abcdefghijklmnop', 10)).toBe('abcdefghi…');
    expect(shortLabel('first, second third', 15)).toBe('first, second…');
  });
});
