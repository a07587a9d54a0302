// Cypher the demo loader reads with: whether the database holds a landscape yet, and which demo photos
// already have their stored picture. Every write of a load goes through server/graph-writes (import.ts);
// its batch Cypher is in server/graph-writes/import.repository.ts.
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
