// The search box's pure parts: which queries are sent, and keyboard moves in the hit list.
import { describe, expect, it } from 'vitest';
import { hitToPick, moveActive, searchableQuery } from '../../client/src/features/explore/search';

describe('searchableQuery', () => {
  it('trims and collapses spaces, and needs two characters', () => {
    expect(searchableQuery('  compost   partagé ')).toBe('compost partagé');
    expect(searchableQuery(' a ')).toBeNull();
    expect(searchableQuery('')).toBeNull();
    expect(searchableQuery('ab')).toBe('ab');
  });

  it('cuts queries to the 200 characters the API accepts', () => {
    expect(searchableQuery('x'.repeat(250))).toBe('x'.repeat(200));
  });
});

describe('moveActive', () => {
  it('enters the list from either end and wraps around', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(1, 1, 3)).toBe(2);
  });

  it('has no active hit in an empty list', () => {
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
});

describe('hitToPick', () => {
  it('picks the active hit, or the first when none is active', () => {
    expect(hitToPick(2, 3)).toBe(2);
    expect(hitToPick(-1, 3)).toBe(0);
    expect(hitToPick(-1, 0)).toBe(-1);
  });
});
