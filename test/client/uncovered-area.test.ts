// The part of the map a phone's bottom sheet leaves in view, which the camera aims at.
import { describe, expect, it } from 'vitest';
import {
  aimWithLabel,
  coveredBottom,
  hiddenBySheet,
  uncoveredCentre,
} from '../../client/src/map/sigma/uncovered-area';

const map = { left: 0, top: 100, right: 390, bottom: 844 };

describe('the map left in view by the node panel', () => {
  it('a bottom sheet spanning the map covers its lower part', () => {
    expect(coveredBottom(map, { left: 0, top: 500, right: 390, bottom: 844 })).toBe(344);
  });

  it('a side panel beside the map (desktop) covers nothing', () => {
    expect(
      coveredBottom(
        { left: 0, top: 60, right: 1060, bottom: 900 },
        { left: 1060, top: 60, right: 1440, bottom: 900 },
      ),
    ).toBe(0);
    expect(coveredBottom(map, null)).toBe(0);
  });

  it('a sheet that leaves too little above it is ignored (aiming there would be pointless)', () => {
    expect(coveredBottom(map, { left: 0, top: 150, right: 390, bottom: 844 })).toBe(0);
  });

  it('aims at the middle of the uncovered part, and tells a node under the sheet’s edge', () => {
    expect(uncoveredCentre(390, 744, 344)).toEqual({ x: 195, y: 200 });
    expect(uncoveredCentre(1060, 840, 0)).toEqual({ x: 530, y: 420 });
    expect(hiddenBySheet({ x: 100, y: 390 }, 744, 344)).toBe(true); // 10 px above the edge
    expect(hiddenBySheet({ x: 100, y: 300 }, 744, 344)).toBe(false);
    expect(hiddenBySheet({ x: 100, y: 700 }, 744, 0)).toBe(false);
  });

  it('moves the aim left when the selected node’s label would run past the right edge, never past the left', () => {
    expect(aimWithLabel({ x: 195, y: 200 }, 390, 100, 8)).toEqual({ x: 195, y: 200 }); // it fits
    expect(aimWithLabel({ x: 195, y: 200 }, 390, 300, 8)).toEqual({ x: 66, y: 200 }); // 390-16-300-8
    expect(aimWithLabel({ x: 195, y: 200 }, 390, 600, 8)).toEqual({ x: 24, y: 200 }); // too long: the left edge
  });
});
