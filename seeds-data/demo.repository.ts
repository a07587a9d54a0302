// Cypher the demo loader reads with: whether the database holds a landscape yet (or any of the demo),
// and which demo photos already have their stored picture. Every write of a load goes through
// server/graph-writes (dated-history.ts, import.ts).
import type { Database } from '../server/db/database';

export async function isEmpty(db: Database): Promise<boolean> {
  const result = await db.read((tx) => tx.run('MATCH (n:Entity) RETURN count(n) > 0 AS any'));
  return !result.records[0]?.get('any');
}

/** The stored picture file of each given photo resource that has one (by node id). */
export async function photoFilesOf(db: Database, ids: string[]): Promise<Map<string, string>> {
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $ids AS id MATCH (n:Resource {id: id}) WHERE n.photoFile IS NOT NULL
       RETURN n.id AS id, n.photoFile AS photoFile`,
      { ids },
    ),
  );
  return new Map(result.records.map((r) => [String(r.get('id')), String(r.get('photoFile'))]));
}

/** Whether none of these node ids exists yet (then the demo is written with its history). */
export async function noneOf(db: Database, ids: string[]): Promise<boolean> {
  const result = await db.read((tx) =>
    tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) = 0 AS none', { ids }),
  );
  return Boolean(result.records[0]?.get('none'));
}
