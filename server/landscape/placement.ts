// Where a node appears on the map before and after it is linked. Positions are deterministic (derived
// from the node's id) so that the same landscape looks the same on every visit.

/** A stable pseudo-random number in [0, 1) from a string (FNV-1a). */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x1_0000_0000;
}

/** A new, unlinked node waits near the centre of the landscape. */
export function initialPosition(id: string): { x: number; y: number } {
  const angle = hashUnit(id) * 2 * Math.PI;
  const radius = 20 + hashUnit(`${id}:r`) * 40;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The smallest gap kept between a new node and any other, in graph units. Sigma fits the landscape's
 * extent to the screen, so a graph unit is worth about `screen size / extent` pixels at the default zoom:
 * 2.5 % of the extent is ~35 px on a 1440×900 screen (a 13 px label plus two node radii) and stays in
 * proportion on a phone, whatever scale the landscape was laid out at.
 */
export function minimumGap(extent: number): number {
  return Math.max(extent, 100) * 0.025;
}

const RINGS = 12;
const SPOTS_PER_RING = 16;

/**
 * The free spot nearest to the anchor: rings of candidates around it (first ring one gap away), each ring
 * turned by an id-derived angle, the first candidate at least `gap` from every occupied point wins.
 * Deterministic for the same inputs. If every candidate is taken, the one farthest from its nearest
 * neighbour on the last ring.
 */
export function freeSpotNear(anchor: Point, id: string, occupied: Point[], gap: number): Point {
  const turn = hashUnit(id) * 2 * Math.PI;
  let best: Point = { x: anchor.x + gap * RINGS, y: anchor.y };
  let bestClearance = -1;
  for (let ring = 1; ring <= RINGS; ring++) {
    const radius = gap * ring;
    const spots = SPOTS_PER_RING * Math.ceil(ring / 2);
    for (let i = 0; i < spots; i++) {
      const angle = turn + (i * 2 * Math.PI) / spots;
      const spot = { x: anchor.x + Math.cos(angle) * radius, y: anchor.y + Math.sin(angle) * radius };
      const clearance = nearestDistance(spot, occupied);
      if (clearance >= gap) return round2(spot);
      if (ring === RINGS && clearance > bestClearance) {
        best = spot;
        bestClearance = clearance;
      }
    }
  }
  return round2(best);
}

function nearestDistance(spot: Point, occupied: Point[]): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const p of occupied) nearest = Math.min(nearest, Math.hypot(p.x - spot.x, p.y - spot.y));
  return nearest;
}

const round2 = (p: Point): Point => ({ x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
