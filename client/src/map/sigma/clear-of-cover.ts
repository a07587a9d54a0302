// The default framing keeps nodes out from under the legend, a box laid over the map's bottom-left corner
// (issue 11 §9: "the legend covers nodes", seen at 1024×768). Pure geometry, no sigma, no DOM here: given
// where the nodes are drawn at the default camera and the box that covers them, how far the drawing must
// move, and which way costs less of the map. CameraSync grows the frame's extent by that much.
import type { Box, Point } from './uncovered-area';

/** Room kept between a node's disc and the legend's edge. */
export const COVER_MARGIN_PX = 12;

export interface DrawnNode extends Point {
  /** The disc's radius in pixels. */
  size: number;
}

/** How far (pixels) nodes must move up, or right, to leave `cover`; null when nothing is under it. */
export function overlapWith(nodes: Iterable<DrawnNode>, cover: Box): { up: number; right: number } | null {
  let up = 0;
  let right = 0;
  for (const node of nodes) {
    const reach = node.size + COVER_MARGIN_PX;
    const under =
      node.x + reach > cover.left &&
      node.x - reach < cover.right &&
      node.y + reach > cover.top &&
      node.y - reach < cover.bottom;
    if (!under) continue;
    up = Math.max(up, node.y + reach - cover.top);
    right = Math.max(right, cover.right - (node.x - reach));
  }
  return up > 0 || right > 0 ? { up, right } : null;
}

/** Which way to make room: the one that gives up the smaller share of the map's height or width. */
export function cheaperSide(
  overlap: { up: number; right: number },
  map: { width: number; height: number },
): 'bottom' | 'left' {
  return overlap.up / map.height <= overlap.right / map.width ? 'bottom' : 'left';
}
