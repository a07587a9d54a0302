// The minimap's geometry: the landscape fitted into the box (proportions, orientation, margins), the way
// back to graph coordinates, and the viewport's rectangle.
import { describe, expect, it } from 'vitest';
import { extentOf, fitExtent, fromBox, rectAround, toBox } from '../../client/src/map/minimap/geometry';

const points = [
  { x: -100, y: -50 },
  { x: 100, y: 50 },
  { x: 0, y: 0 },
  { x: Number.NaN, y: 3 },
];

describe('extentOf', () => {
  it('bounds the finite points, null for none', () => {
    expect(extentOf(points)).toEqual({ minX: -100, maxX: 100, minY: -50, maxY: 50 });
    expect(extentOf([])).toBeNull();
  });
});

describe('fitExtent', () => {
  const extent = { minX: -100, maxX: 100, minY: -50, maxY: 50 };

  it('fits a wide landscape to the box width, centred vertically, graph y upwards like sigma', () => {
    // 200 × 140 box, 10 px padding: the 200-wide landscape gets 180 px, so 0.9 px per unit.
    const fit = fitExtent(extent, 200, 140, 10, true);
    expect(fit.scale).toBeCloseTo(0.9, 10);
    expect(toBox(fit, { x: -100, y: 50 })).toEqual({ x: 10, y: 25 }); // top left
    expect(toBox(fit, { x: 100, y: -50 })).toEqual({ x: 190, y: 115 }); // bottom right
    expect(toBox(fit, { x: 0, y: 0 })).toEqual({ x: 100, y: 70 });
  });

  it('keeps graph y downwards when the map draws it so', () => {
    const fit = fitExtent(extent, 200, 140, 10, false);
    expect(toBox(fit, { x: -100, y: -50 })).toEqual({ x: 10, y: 25 });
    expect(toBox(fit, { x: 100, y: 50 })).toEqual({ x: 190, y: 115 });
  });

  it('fits a tall landscape to the box height', () => {
    const fit = fitExtent({ minX: 0, maxX: 10, minY: 0, maxY: 100 }, 200, 140, 10, true);
    expect(fit.scale).toBeCloseTo(1.2, 10);
    expect(toBox(fit, { x: 0, y: 100 })).toEqual({ x: 94, y: 10 });
  });

  it('goes back from the box to the graph exactly', () => {
    for (const yUp of [true, false]) {
      const fit = fitExtent(extent, 200, 140, 6, yUp);
      const back = fromBox(fit, toBox(fit, { x: 37, y: -12 }));
      expect(back.x).toBeCloseTo(37, 10);
      expect(back.y).toBeCloseTo(-12, 10);
    }
  });

  it('survives a landscape of one point', () => {
    const fit = fitExtent({ minX: 5, maxX: 5, minY: 5, maxY: 5 }, 200, 140, 10, true);
    expect(toBox(fit, { x: 5, y: 5 })).toEqual({ x: 100, y: 70 });
  });
});

describe('rectAround', () => {
  it('frames the viewport corners in box pixels', () => {
    const fit = fitExtent({ minX: -100, maxX: 100, minY: -50, maxY: 50 }, 200, 140, 10, true);
    const corners = [
      { x: -50, y: 25 },
      { x: 50, y: 25 },
      { x: -50, y: -25 },
      { x: 50, y: -25 },
    ];
    const rect = rectAround(fit, corners);
    expect(rect.left).toBeCloseTo(55, 10);
    expect(rect.top).toBeCloseTo(47.5, 10);
    expect(rect.width).toBeCloseTo(90, 10);
    expect(rect.height).toBeCloseTo(45, 10);
  });
});
