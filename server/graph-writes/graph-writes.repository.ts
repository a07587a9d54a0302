// The Cypher of the one write path (graph-writes.ts): creating, editing and deleting nodes, creating,
// deleting and restoring links, placing a node, locking what a new node will link to, and a question's
// growth for its status. `at` is the write's clock (an ISO time) or null for the database's own clock.
// Kinds and relation types come only from the closed vocabularies, so they are safe as labels.
import { z } from 'zod';
import { type Kind, kindSchema, RELATIONS, type Relation, relationSchema } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import { byId, LINK_RETURN, type StoredLink, shapeLink } from '../links/links.repository';
import { type StoredNode, type StoredRelationship, storedNodeSchema } from '../nodes/nodes.repository';

/** `datetime($at)` when the write has a clock, the database's time otherwise (`fallback`). */
const time = (fallback: string) => `coalesce(datetime($at), ${fallback})`;

export async function insertNode(
  tx: Tx,
  kind: Kind,
  properties: Record<string, unknown>,
  at: string | null = null,
): Promise<StoredNode> {
  const result = await tx.run(
    `CREATE (n:Entity:${kind}) SET n = $properties, n.createdAt = ${time('datetime()')}, n.updatedAt = ${time('datetime()')}
     RETURN n {.*} AS node`,
    { properties, at },
  );
  return parseRow(storedNodeSchema, result.records[0]?.get('node'));
}

export async function updateNode(
  tx: Tx,
  id: string,
  patch: Record<string, unknown>,
  at: string | null = null,
): Promise<StoredNode> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id})
     SET n += $patch, n.version = n.version + 1, n.updatedAt = ${time('datetime()')}
     RETURN n {.*} AS node`,
    { id, patch, at },
  );
  return parseRow(storedNodeSchema, result.records[0]?.get('node'));
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

export async function insertLink(
  tx: Tx,
  input: {
    id: string;
    source: string;
    target: string;
    relation: Relation;
    properties: Record<string, unknown>;
    createdBy: string;
  },
  at: string | null = null,
): Promise<StoredLink> {
  const result = await tx.run(
    `MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
     CREATE (a)-[r:${input.relation}]->(b)
     SET r = $properties, r.id = $id, r.createdBy = $createdBy, r.createdAt = ${time('datetime()')}
     RETURN ${LINK_RETURN}`,
    { ...input, at },
  );
  return shapeLink(result.records[0]?.get('link'));
}

/** Deletes a link by id (already checked by the service); whether there was one. */
export async function deleteLink(tx: Tx, id: string): Promise<boolean> {
  const result = await tx.run(
    `CALL () { ${byId('RETURN r')} }
     DELETE r RETURN count(*) AS deleted`,
    { id },
  );
  return (result.records[0]?.get('deleted') ?? 0) > 0;
}

export async function placeNode(tx: Tx, id: string, position: { x: number; y: number }): Promise<void> {
  await tx.run('MATCH (n:Entity {id: $id}) SET n.x = $x, n.y = $y, n.autoPlaced = false', {
    id,
    ...position,
  });
}

export async function markPlaced(tx: Tx, id: string): Promise<void> {
  await tx.run('MATCH (n:Entity {id: $id}) SET n.autoPlaced = false', { id });
}

/** Which of these ids exist (whatever their visibility). */
export async function existingIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  const result = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', { ids });
  return new Set(result.records.map((r) => r.get('id') as string));
}

/** Recreates a deleted node with its id and properties (its times back as datetimes). */
export async function restoreNode(
  tx: Tx,
  properties: Record<string, unknown>,
  at: string | null = null,
): Promise<void> {
  const parsedKind = kindSchema.safeParse(properties.kind);
  if (!parsedKind.success) throw new Error(`Cannot restore a node of kind ${String(properties.kind)}`);
  const kind = parsedKind.data;
  const { createdAt, updatedAt: _updatedAt, ...rest } = properties;
  await tx.run(
    `CREATE (n:Entity:${kind}) SET n = $rest,
       n.createdAt = coalesce(datetime($createdAt), ${time('datetime()')}), n.updatedAt = ${time('datetime()')}`,
    { rest, createdAt: createdAt ?? null, at },
  );
}

/** Whether a link with this id exists, whatever its type. */
export async function linkExists(tx: Tx, id: string): Promise<boolean> {
  const branches = RELATIONS.map((r) => `MATCH ()-[x:${r} {id: $id}]->() RETURN x`).join(' UNION ALL ');
  const result = await tx.run(`CALL () { ${branches} } RETURN count(x) AS found`, { id });
  return (result.records[0]?.get('found') ?? 0) > 0;
}

/** Recreates a link with its old id, properties, author and time, when both ends exist. */
export async function restoreLink(
  tx: Tx,
  link: Omit<StoredRelationship, 'relation'> & { relation: string },
  at: string | null = null,
): Promise<boolean> {
  const parsedRelation = relationSchema.safeParse(link.relation);
  if (!parsedRelation.success) throw new Error(`Cannot restore a ${link.relation} link`);
  const relation = parsedRelation.data;
  const result = await tx.run(
    `MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
     CREATE (a)-[r:${relation}]->(b)
     SET r = $properties, r.id = $id, r.createdBy = $createdBy,
         r.createdAt = coalesce(datetime($createdAt), ${time('datetime()')})
     RETURN count(r) AS made`,
    {
      id: link.id,
      source: link.source,
      target: link.target,
      properties: link.properties,
      createdBy: link.createdBy,
      createdAt: link.createdAt,
      at,
    },
  );
  return (result.records[0]?.get('made') ?? 0) > 0;
}

const lockedNodeSchema = z.object({
  id: z.string(),
  kind: kindSchema,
  x: z.number(),
  y: z.number(),
  autoPlaced: z.boolean(),
});
/** A node a write will link a new node to: its kind, where it is, whether it was ever placed. */
export type LockedNode = z.infer<typeof lockedNodeSchema>;

/** Locks the visible nodes among `ids` in id order (no deadlock between two writes) and returns them. */
export async function lockVisible(tx: Tx, ids: string[], viewer: Viewer): Promise<Map<string, LockedNode>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id}) WHERE ${visibleTo('n')}
     WITH n ORDER BY n.id
     SET n.__lock = true REMOVE n.__lock
     RETURN n { .id, .kind, x: coalesce(n.x, 0.0), y: coalesce(n.y, 0.0),
                autoPlaced: coalesce(n.autoPlaced, false) } AS node`,
    { ids: [...new Set(ids)].sort(), ...viewer },
  );
  const nodes = parseRows(
    lockedNodeSchema,
    result.records.map((r) => r.get('node')),
  );
  return new Map(nodes.map((n) => [n.id, n]));
}

/** Whether the account's Person node exists (an account's actor id is its Person's id). */
export async function personExists(tx: Tx, personId: string): Promise<boolean> {
  const result = await tx.run("MATCH (p:Entity {id: $personId}) WHERE p.kind = 'Person' RETURN p.id", {
    personId,
  });
  return result.records.length > 0;
}

/** The link with this id when both its ends are visible to the reader (null otherwise). */
export async function findVisibleLink(tx: Tx, id: string, viewer: Viewer): Promise<StoredLink | null> {
  const result = await tx.run(
    `CALL () { ${byId('RETURN r, a, b')} }
     WITH r, a, b WHERE ${visibleTo('a')} AND ${visibleTo('b')}
     RETURN ${LINK_RETURN}`,
    { id, ...viewer },
  );
  const link = result.records[0]?.get('link');
  return link ? shapeLink(link) : null;
}
