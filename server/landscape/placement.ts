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

/** On its first link, a node moves next to what it links to, at a small id-derived offset. */
export function positionNextTo(anchor: { x: number; y: number }, id: string): { x: number; y: number } {
  const angle = hashUnit(id) * 2 * Math.PI;
  const radius = 8 + hashUnit(`${id}:r`) * 8;
  return { x: anchor.x + Math.cos(angle) * radius, y: anchor.y + Math.sin(angle) * radius };
}

/** Node size on the map from its degree: readable at 0, growing slowly for hubs. */
export function sizeFromDegree(degree: number): number {
  return Math.round((3 + 2.2 * Math.sqrt(degree)) * 10) / 10;
}
