// Places a new node near what it links to, at a spot no other node takes (see placement.freeSpotNear).
import type { Tx } from '../db/database';
import { landscapeExtent, positionsAround } from './free-spot.repository';
import { freeSpotNear, minimumGap, type Point } from './placement';

/** How far around the anchor the search looks, in gaps (freeSpotNear's 12 rings, plus one of margin). */
const SEARCH_RADIUS_IN_GAPS = 13;

export async function placeNear(tx: Tx, anchor: Point, id: string): Promise<Point> {
  const gap = minimumGap(await landscapeExtent(tx, id));
  const occupied = await positionsAround(tx, anchor, gap * SEARCH_RADIUS_IN_GAPS, id);
  return freeSpotNear(anchor, id, occupied, gap);
}
