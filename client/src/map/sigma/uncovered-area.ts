// Where on the map a node can be seen: on a phone the node panel is a bottom sheet laid over the map, so
// the part of the map it covers does not count. Pure geometry over two rectangles (no sigma, no DOM here)
// so that the camera code (CameraFocus) and its tests share it.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Below this, what is left above a sheet is too small to aim at: the whole map is used instead. */
const MIN_UNCOVERED_PX = 80;
/** Room kept between a node and the sheet's edge when deciding whether it is hidden. */
export const SHEET_MARGIN_PX = 24;

/**
 * How many pixels at the bottom of the map `sheet` covers: only a sheet that spans the map's width and
 * rises from its bottom (the phone's panel) covers anything; a side panel beside the map covers nothing.
 */
export function coveredBottom(map: Box, sheet: Box | null): number {
  if (!sheet) return 0;
  const spansWidth = sheet.left <= map.left + 1 && sheet.right >= map.right - 1;
  if (!spansWidth || sheet.top >= map.bottom || sheet.bottom < map.bottom - 1) return 0;
  const covered = map.bottom - Math.max(sheet.top, map.top);
  return map.bottom - map.top - covered < MIN_UNCOVERED_PX ? 0 : covered;
}

/** The centre of the part of the map left in view, in the map's own pixels (0,0 at its top left). */
export function uncoveredCentre(width: number, height: number, covered: number): Point {
  return { x: width / 2, y: (height - covered) / 2 };
}

/** Whether a node drawn at `at` (map pixels) is hidden under the sheet or too close to its edge. */
export function hiddenBySheet(at: Point, height: number, covered: number): boolean {
  return covered > 0 && at.y > height - covered - SHEET_MARGIN_PX;
}

/** Room kept between a selected node's label and the map's right edge. */
const LABEL_MARGIN_PX = 16;

/**
 * Where to aim a node so that its label (drawn to its right, `labelPx` wide) ends inside the map: left of
 * `aim` when the label would run past the right edge (or under a side panel), never past the left edge.
 */
export function aimWithLabel(aim: Point, width: number, labelPx: number, radiusPx: number): Point {
  const rightmost = width - LABEL_MARGIN_PX - labelPx - radiusPx;
  const leftmost = LABEL_MARGIN_PX + radiusPx;
  return { x: Math.max(leftmost, Math.min(aim.x, rightmost)), y: aim.y };
}
