// Cypher for nodes: create, read with a summary of relations, lock, edit and delete. Every query takes
// the reader's visibility levels so a hidden node is never returned.
import type { Kind, Lang, Visibility } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { toPlain } from '../db/plain';

/** The node's title in the requested language, falling back to its own title. */
export const labelExpression = (n: string) =>
  `CASE WHEN ${n}.lang = $lang THEN ${n}.title ELSE coalesce(${n}['title_' + $lang], ${n}.title) END`;

export type StoredNode = Record<string, unknown> & { id: string; kind: Kind; version: number };

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
  return toPlain(result.records[0]?.get('node')) as StoredNode;
}

export async function findNode(
  tx: Tx,
  id: string,
  canSee: readonly Visibility[],
): Promise<StoredNode | null> {
  const result = await tx.run(
    'MATCH (n:Entity {id: $id}) WHERE n.visibility IN $canSee RETURN n {.*} AS node',
    {
      id,
      canSee,
    },
  );
  const node = result.records[0]?.get('node');
  return node ? (toPlain(node) as StoredNode) : null;
}

export interface RelationRow {
  id: string;
  relation: string;
  out: boolean;
  properties: Record<string, unknown>;
  other: { id: string; kind: Kind; title: string };
}

export async function findRelations(
  tx: Tx,
  id: string,
  canSee: readonly Visibility[],
  lang: Lang,
  limit: number,
): Promise<RelationRow[]> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id})-[r]-(m:Entity) WHERE m.visibility IN $canSee AND m <> n
     RETURN r.id AS id, type(r) AS relation, startNode(r) = n AS out, properties(r) AS properties,
            m { .id, .kind, title: ${labelExpression('m')} } AS other
     ORDER BY relation, other.title LIMIT $limit`,
    { id, canSee, lang, limit: int(limit) },
  );
  return result.records.map((r) => toPlain(r.toObject()) as RelationRow);
}

/** Takes the node's write lock for the rest of the transaction and returns its current version. */
export async function lockNode(
  tx: Tx,
  id: string,
  canSee: readonly Visibility[],
): Promise<{ version: number; kind: Kind } | null> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id}) WHERE n.visibility IN $canSee
     SET n.__lock = true REMOVE n.__lock
     RETURN n.version AS version, n.kind AS kind`,
    { id, canSee },
  );
  const row = result.records[0];
  return row ? { version: row.get('version'), kind: row.get('kind') } : null;
}

export async function updateNode(tx: Tx, id: string, patch: Record<string, unknown>): Promise<StoredNode> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id})
     SET n += $patch, n.version = n.version + 1, n.updatedAt = datetime()
     RETURN n {.*} AS node`,
    { id, patch },
  );
  return toPlain(result.records[0]?.get('node')) as StoredNode;
}

export async function deleteNode(tx: Tx, id: string, canSee: readonly Visibility[]): Promise<boolean> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id}) WHERE n.visibility IN $canSee
     DETACH DELETE n RETURN count(*) AS deleted`,
    { id, canSee },
  );
  return (result.records[0]?.get('deleted') ?? 0) > 0;
}
