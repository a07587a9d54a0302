// The Cypher of a dated history's graph (dated-history.ts): its nodes and links created at once, in one
// statement each (dynamic labels and types: one query plan however many kinds and relations), each with
// the time its step gave it (createdAt, updatedAt). Kinds and relation types are checked against the
// closed vocabularies first.
import { kindSchema, relationSchema } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import type { StoredLink } from '../links/links.repository';

/** Creates the nodes (their properties as stored, times as ISO strings made datetimes). */
export async function insertNodes(tx: Tx, nodes: Record<string, unknown>[]): Promise<void> {
  const rows = nodes.map(({ createdAt, updatedAt, ...properties }) => {
    return { kind: kindSchema.parse(properties.kind), properties, createdAt, updatedAt };
  });
  await tx.run(
    `UNWIND $rows AS row
     CREATE (n:Entity:$(row.kind)) SET n = row.properties,
       n.createdAt = datetime(row.createdAt), n.updatedAt = datetime(row.updatedAt)`,
    { rows },
  );
}

/** Creates the links between nodes already there, with their ids, authors and times. */
export async function insertLinks(tx: Tx, links: StoredLink[]): Promise<void> {
  for (const l of links) relationSchema.parse(l.relation);
  await tx.run(
    `UNWIND $rows AS l
     MATCH (a:Entity {id: l.source}), (b:Entity {id: l.target})
     CREATE (a)-[r:$(l.relation)]->(b)
     SET r = l.properties, r.id = l.id, r.createdBy = l.createdBy, r.createdAt = datetime(l.createdAt)`,
    { rows: links },
  );
}
