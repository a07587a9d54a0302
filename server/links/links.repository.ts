// Cypher for links: find an existing link, and the shape links are read in (LINK_RETURN, shapeLink, byId)
// that the write path uses too — locking the ends, finding a visible link by id, creating, placing and
// deleting are graph-writes'. Relation types come only from the closed Relation list.
import { z } from 'zod';
import { RELATIONS, type Relation, relationSchema } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { parseRow } from '../db/plain';

/** A link as LINK_RETURN reads it: its stored properties, with its ends and type alongside. */
const storedLinkSchema = z.looseObject({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  relation: relationSchema,
  createdAt: z.string(),
  createdBy: z.string(),
});

export interface StoredLink {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  properties: Record<string, unknown>;
  createdAt: string;
  createdBy: string;
}

export const LINK_RETURN = `r { .*, source: a.id, target: b.id, relation: type(r) } AS link`;

export function shapeLink(raw: unknown): StoredLink {
  const { id, source, target, relation, createdAt, createdBy, ...properties } = parseRow(
    storedLinkSchema,
    raw,
  );
  return { id, source, target, relation, createdAt, createdBy, properties };
}

/** The existing link for (source, relation, target) — and role, for HAS_ROLE — if any. */
export async function findLink(
  tx: Tx,
  source: string,
  target: string,
  relation: Relation,
  role: string | null,
): Promise<StoredLink | null> {
  const result = await tx.run(
    `MATCH (a:Entity {id: $source})-[r:${relation}]->(b:Entity {id: $target})
     WHERE $role IS NULL OR r.role = $role
     RETURN ${LINK_RETURN} LIMIT 1`,
    { source, target, role },
  );
  const link = result.records[0]?.get('link');
  return link ? shapeLink(link) : null;
}

/** One index seek per relation type: the link with this id, whatever its type. */
export const byId = (tail: string) =>
  RELATIONS.map((relation) => `MATCH (a:Entity)-[r:${relation} {id: $id}]->(b:Entity) ${tail}`).join(
    ' UNION ALL ',
  );
