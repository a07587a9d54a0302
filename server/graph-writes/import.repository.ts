// The Cypher of a batch import (the demo landscape, or a generated one for benchmarks): batched UNWIND
// merges by id, so importing twice gives the same graph, an optional reset that empties the database,
// a demo photo's stored files, and the log's new epoch once an import is in.

import { KINDS, RELATIONS } from '../../shared/vocabulary';
import { bulkRows } from '../db/bulk-rows';
import type { Database } from '../db/database';

/** Rows per transaction: large imports stay within a small heap. */
export const BATCH_SIZE = 10_000;

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}

export async function emptyDatabase(db: Database): Promise<void> {
  await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

/** Adds the nodes that are missing (by id); existing nodes, possibly edited since, are left as they are. */
export async function mergeNodes(db: Database, nodes: Record<string, unknown>[]): Promise<number> {
  let created = 0;
  for (const kind of KINDS) {
    for (const batch of chunks(nodes.filter((n) => n.kind === kind))) {
      const rows = await bulkRows(db, batch);
      const result = await db.write((tx) =>
        tx.run(
          `UNWIND ${rows.expression} AS p
         MERGE (n:Entity {id: p.id})
         ON CREATE SET n = p, n:${kind}, n.createdAt = datetime(), n.updatedAt = datetime(), n.__new = true
         WITH n WHERE n.__new REMOVE n.__new RETURN count(n) AS created`,
          { batch: rows.value },
        ),
      );
      created += result.records[0]?.get('created') ?? 0;
    }
  }
  return created;
}

export async function mergeLinks(
  db: Database,
  links: {
    id: string;
    source: string;
    target: string;
    relation: string;
    properties: Record<string, unknown>;
  }[],
  /** Who the links are by (the import's actor; Semis itself for the demo). */
  createdBy = 'system',
): Promise<number> {
  let created = 0;
  for (const relation of RELATIONS) {
    for (const batch of chunks(links.filter((l) => l.relation === relation))) {
      const rows = await bulkRows(db, batch);
      const result = await db.write((tx) =>
        tx.run(
          `UNWIND ${rows.expression} AS l
         MATCH (a:Entity {id: l.source}), (b:Entity {id: l.target})
         MERGE (a)-[r:${relation} {id: l.id}]->(b)
         ON CREATE SET r += l.properties, r.createdAt = datetime(), r.createdBy = $createdBy, r.__new = true
         WITH r WHERE r.__new REMOVE r.__new RETURN count(r) AS created`,
          { batch: rows.value, createdBy },
        ),
      );
      created += result.records[0]?.get('created') ?? 0;
    }
  }
  return created;
}

/** Gives a photo resource its stored picture (file names and size), as an upload would have. */
export async function setPhotoFiles(
  db: Database,
  id: string,
  stored: { photoFile: string; thumbnailFile: string; width: number; height: number },
): Promise<void> {
  await db.write((tx) =>
    tx.run(
      `MATCH (n:Resource {id: $id, resourceKind: 'photo'})
       SET n.photoFile = $photoFile, n.thumbnailFile = $thumbnailFile, n.width = $width, n.height = $height`,
      { id, ...stored },
    ),
  );
}

/**
 * A load writes without events, so it gives the event log a new epoch: the landscape's ETag and cache
 * key include it, and readers (even of a Semis running while `npm run seed` loads) see the change.
 */
export async function markLandscapeLoaded(db: Database): Promise<void> {
  await db.write((tx) =>
    tx.run(
      `MERGE (log:EventLog {id: 'main'}) ON CREATE SET log.position = 0
       SET log.epoch = randomUUID()`,
    ),
  );
}
