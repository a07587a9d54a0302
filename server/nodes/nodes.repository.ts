// Cypher for nodes: create, read with a summary of relations, lock, edit and delete. Every read takes
// the reader (`Viewer`, server/db/visibility.ts) so a hidden node is never returned.
import { z } from 'zod';
import { type Kind, kindSchema, type Lang } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';

/** The node's title in the requested language, falling back to its own title. */
export const labelExpression = (n: string) =>
  `CASE WHEN ${n}.lang = $lang THEN ${n}.title ELSE coalesce(${n}['title_' + $lang], ${n}.title) END`;

/** A node's stored properties (`n {.*}`): every one kept, the three every node has checked. */
const storedNodeSchema = z.looseObject({ id: z.string(), kind: kindSchema, version: z.number() });
export type StoredNode = z.infer<typeof storedNodeSchema>;

const propertiesSchema = z.record(z.string(), z.unknown());

export async function insertNode(
  tx: Tx,
  kind: Kind,
  properties: Record<string, unknown>,
): Promise<StoredNode> {
  // `kind` comes from the closed Kind enum, never from raw input, so it is safe as a label.
  const result = await tx.run(
    `CREATE (n:Entity:${kind}) SET n = $properties, n.createdAt = datetime(), n.updatedAt = datetime()
     RETURN n {.*} AS node`,
    { properties },
  );
  return parseRow(storedNodeSchema, result.records[0]?.get('node'));
}

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

export async function updateNode(tx: Tx, id: string, patch: Record<string, unknown>): Promise<StoredNode> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id})
     SET n += $patch, n.version = n.version + 1, n.updatedAt = datetime()
     RETURN n {.*} AS node`,
    { id, patch },
  );
  return parseRow(storedNodeSchema, result.records[0]?.get('node'));
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

/** A relationship as allRelationships reads it, its author and time still among its properties. */
const relationshipRowSchema = z.object({
  id: z.string(),
  relation: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.looseObject({ createdAt: z.string().optional(), createdBy: z.string().optional() }),
});

/** Every relationship of a node, whatever the other end's visibility (kept in the delete event only). */
export async function allRelationships(tx: Tx, id: string): Promise<StoredRelationship[]> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id})-[r]-(m:Entity)
     RETURN r.id AS id, type(r) AS relation, startNode(r).id AS source, endNode(r).id AS target,
            properties(r) AS properties
     ORDER BY id`,
    { id },
  );
  return result.records.map((record) => {
    const row = parseRow(relationshipRowSchema, record.toObject());
    const { id: _id, createdAt, createdBy, ...properties } = row.properties;
    return { ...row, properties, createdAt: createdAt ?? null, createdBy: createdBy ?? null };
  });
}

/** Deletes a node (already locked and checked by the service) with its relationships. */
export async function deleteNode(tx: Tx, id: string): Promise<boolean> {
  const result = await tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n RETURN count(*) AS deleted', {
    id,
  });
  return (result.records[0]?.get('deleted') ?? 0) > 0;
}
