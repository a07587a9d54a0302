// Cypher for links: lock both ends, find an existing link, find a link by id (creating, placing and
// deleting are graph-writes'). Relation types come only from the closed Relation list.
import { z } from 'zod';
import { kindSchema, RELATIONS, type Relation, relationSchema } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';

const linkEndSchema = z.object({
  id: z.string(),
  kind: kindSchema,
  x: z.number(),
  y: z.number(),
  autoPlaced: z.boolean(),
});
export type LinkEnd = z.infer<typeof linkEndSchema>;

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

/** Locks the ends in id order (so two requests cannot deadlock on the same pair) and returns them. */
export async function lockEnds(tx: Tx, ids: string[], viewer: Viewer): Promise<Map<string, LinkEnd>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id}) WHERE ${visibleTo('n')}
     WITH n ORDER BY n.id
     SET n.__lock = true REMOVE n.__lock
     RETURN n { .id, .kind, .x, .y, autoPlaced: coalesce(n.autoPlaced, false) } AS end`,
    { ids: [...new Set(ids)].sort(), ...viewer },
  );
  const ends = parseRows(
    linkEndSchema,
    result.records.map((r) => r.get('end')),
  );
  return new Map(ends.map((e) => [e.id, e]));
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

/** The link with this id when both its ends are visible to the reader (null otherwise). */
export async function findLinkById(tx: Tx, id: string, viewer: Viewer): Promise<StoredLink | null> {
  const result = await tx.run(
    `CALL () { ${byId('RETURN r, a, b')} }
     WITH r, a, b WHERE ${visibleTo('a')} AND ${visibleTo('b')}
     RETURN ${LINK_RETURN}`,
    { id, ...viewer },
  );
  const link = result.records[0]?.get('link');
  return link ? shapeLink(link) : null;
}
