// Cypher for nodes: read with a summary of relations, and lock (their writes are in server/graph-writes).
// Every read takes the reader (`Viewer`, server/db/visibility.ts) so a hidden node is never returned.
import { z } from 'zod';
import { kindSchema, type Lang } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';

/** The node's title in the requested language, falling back to its own title. */
export const labelExpression = (n: string) =>
  `CASE WHEN ${n}.lang = $lang THEN ${n}.title ELSE coalesce(${n}['title_' + $lang], ${n}.title) END`;

/** A node's stored properties (`n {.*}`): every one kept, the three every node has checked. */
export const storedNodeSchema = z.looseObject({ id: z.string(), kind: kindSchema, version: z.number() });
export type StoredNode = z.infer<typeof storedNodeSchema>;

const propertiesSchema = z.record(z.string(), z.unknown());

export async function findNode(tx: Tx, id: string, viewer: Viewer): Promise<StoredNode | null> {
  const result = await tx.run(`MATCH (n:Entity {id: $id}) WHERE ${visibleTo('n')} RETURN n {.*} AS node`, {
    id,
    ...viewer,
  });
  const node = result.records[0]?.get('node');
  return node ? parseRow(storedNodeSchema, node) : null;
}

const relationRowSchema = z.object({
  id: z.string(),
  relation: z.string(),
  out: z.boolean(),
  properties: propertiesSchema,
  other: z.object({ id: z.string(), kind: kindSchema, title: z.string() }),
});
export type RelationRow = z.infer<typeof relationRowSchema>;

export async function findRelations(
  tx: Tx,
  id: string,
  viewer: Viewer,
  lang: Lang,
  limit: number,
): Promise<RelationRow[]> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id})-[r]-(m:Entity) WHERE m <> n AND ${visibleTo('m')}
     RETURN r.id AS id, type(r) AS relation, startNode(r) = n AS out, properties(r) AS properties,
            m { .id, .kind, title: ${labelExpression('m')} } AS other
     ORDER BY relation, other.title LIMIT $limit`,
    { id, ...viewer, lang, limit: int(limit) },
  );
  return parseRows(
    relationRowSchema,
    result.records.map((r) => r.toObject()),
  );
}

/** Takes the node's write lock for the rest of the transaction and returns its current version. */
export async function lockNode(tx: Tx, id: string, viewer: Viewer): Promise<StoredNode | null> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id}) WHERE ${visibleTo('n')}
     SET n.__lock = true REMOVE n.__lock
     RETURN n {.*} AS node`,
    { id, ...viewer },
  );
  const node = result.records[0]?.get('node');
  return node ? parseRow(storedNodeSchema, node) : null;
}

/** A stored relationship, enough to recreate it with the same id (history, revert). */
export interface StoredRelationship {
  id: string;
  relation: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  createdAt: string | null;
  createdBy: string | null;
}
