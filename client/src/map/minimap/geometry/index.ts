// The minimap's geometry as pure functions: the whole landscape fitted into a small box (same proportions,
// same orientation as the map), the way back from a point of the box to the graph, and the rectangle of
// the map's viewport ("you are here").

export interface Point {
  x: number;
  y: number;
}

export interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Graph → box: box = offset + scale × graph, with y turned over when the map draws graph y upwards. */
export interface Fit {
  scale: number;
  offsetX: number;
  offsetY: number;
  /** -1 when the map draws a growing graph y upwards (as sigma does), 1 otherwise. */
  ySign: 1 | -1;
}

export function extentOf(points: Iterable<Point>): Extent | null {
  let extent: Extent | null = null;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (!extent) extent = { minX: x, maxX: x, minY: y, maxY: y };
    else {
      extent.minX = Math.min(extent.minX, x);
      extent.maxX = Math.max(extent.maxX, x);
      extent.minY = Math.min(extent.minY, y);
      extent.maxY = Math.max(extent.maxY, y);
    }
  }
  return extent;
}

/** A side of no length (one node, or nodes in a row) gets one unit, around its middle. */
const widen = (min: number, max: number): [number, number] =>
  max > min ? [min, max] : [min - 0.5, max + 0.5];

/** Fits `extent` in a `width` × `height` box with `padding` on every side, centred, proportions kept. */
export function fitExtent(extent: Extent, width: number, height: number, padding: number, yUp: boolean): Fit {
  const [minX, maxX] = widen(extent.minX, extent.maxX);
  const [minY, maxY] = widen(extent.minY, extent.maxY);
  const scale = Math.min((width - 2 * padding) / (maxX - minX), (height - 2 * padding) / (maxY - minY));
  const offsetX = (width - scale * (maxX - minX)) / 2 - scale * minX;
  const top = (height - scale * (maxY - minY)) / 2;
  const offsetY = yUp ? top + scale * maxY : top - scale * minY;
  return { scale, offsetX, offsetY, ySign: yUp ? -1 : 1 };
}

export const toBox = (fit: Fit, { x, y }: Point): Point => ({
  x: fit.offsetX + fit.scale * x,
  y: fit.offsetY + fit.ySign * fit.scale * y,
});

export const fromBox = (fit: Fit, { x, y }: Point): Point => ({
  x: (x - fit.offsetX) / fit.scale,
  y: (y - fit.offsetY) / (fit.ySign * fit.scale),
});

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The box rectangle around the given graph points (the map viewport's corners). */
export function rectAround(fit: Fit, corners: readonly Point[]): Rect {
  const inBox = corners.map((corner) => toBox(fit, corner));
  const xs = inBox.map((p) => p.x);
  const ys = inBox.map((p) => p.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { left, top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}
