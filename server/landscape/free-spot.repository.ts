// Cypher for placing a new node: the landscape's extent and the positions already taken around a point.
// Every node counts, visible or not: a spot is free only if nothing is drawn there for anyone.
import type { Tx } from '../db/database';
import type { Point } from './placement';

/** The larger side of the box holding every placed node (0 for an empty landscape). */
export async function landscapeExtent(tx: Tx, excludeId: string): Promise<number> {
  const result = await tx.run(
    `MATCH (n:Entity) WHERE n.x IS NOT NULL AND n.id <> $excludeId
     WITH max(n.x) - min(n.x) AS width, max(n.y) - min(n.y) AS height
     RETURN coalesce(CASE WHEN width > height THEN width ELSE height END, 0.0) AS extent`,
    { excludeId },
  );
  return Number(result.records[0]?.get('extent') ?? 0);
}

/** Positions of the nodes inside the square of half-side `radius` around `center`. */
export async function positionsAround(
  tx: Tx,
  center: Point,
  radius: number,
  excludeId: string,
): Promise<Point[]> {
  const result = await tx.run(
    `MATCH (n:Entity) WHERE n.id <> $excludeId AND abs(n.x - $x) <= $radius AND abs(n.y - $y) <= $radius
     RETURN n.x AS x, n.y AS y`,
    { x: center.x, y: center.y, radius, excludeId },
  );
  return result.records.map((r) => ({ x: Number(r.get('x')), y: Number(r.get('y')) }));
}
