// Placement of new nodes: a free spot near the anchor, at least one gap from every node, always the same.
import { describe, expect, it } from 'vitest';
import { freeSpotNear, minimumGap, type Point } from '../../server/landscape/placement';

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe('freeSpotNear', () => {
  it('lands one gap from the anchor when the surroundings are empty', () => {
    const anchor = { x: 10, y: -20 };
    const spot = freeSpotNear(anchor, 'q-1', [anchor], 15);
    expect(distance(spot, anchor)).toBeCloseTo(15, 1);
  });

  it('keeps at least the gap from every node of a crowded neighbourhood, and stays near the anchor', () => {
    const anchor = { x: 0, y: 0 };
    // The anchor and a full ring of 24 nodes at 15 and 30 units: the first two rings are taken.
    const occupied: Point[] = [anchor];
    for (let i = 0; i < 24; i++) {
      const a = (i * 2 * Math.PI) / 24;
      occupied.push(
        { x: Math.cos(a) * 15, y: Math.sin(a) * 15 },
        { x: Math.cos(a) * 30, y: Math.sin(a) * 30 },
      );
    }
    const spot = freeSpotNear(anchor, 'q-crowded', occupied, 10);
    for (const p of occupied) expect(distance(spot, p)).toBeGreaterThanOrEqual(10 - 0.01);
    expect(distance(spot, anchor)).toBeLessThanOrEqual(50);
  });

  it('places successive newcomers apart from each other', () => {
    const occupied: Point[] = [{ x: 0, y: 0 }];
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const spot = freeSpotNear({ x: 0, y: 0 }, id, occupied, 12);
      for (const p of occupied) expect(distance(spot, p)).toBeGreaterThanOrEqual(12 - 0.01);
      occupied.push(spot);
    }
  });

  it('is deterministic: the same inputs give the same spot, another id another angle', () => {
    const occupied = [
      { x: 0, y: 0 },
      { x: 5, y: 5 },
    ];
    const first = freeSpotNear({ x: 0, y: 0 }, 'q-same', occupied, 12);
    expect(freeSpotNear({ x: 0, y: 0 }, 'q-same', occupied, 12)).toEqual(first);
    expect(freeSpotNear({ x: 0, y: 0 }, 'q-other', occupied, 12)).not.toEqual(first);
  });
});

describe('minimumGap', () => {
  it('is 2.5 % of the extent, never less than 2.5 units', () => {
    expect(minimumGap(670)).toBeCloseTo(16.75);
    expect(minimumGap(0)).toBe(2.5);
  });
});
