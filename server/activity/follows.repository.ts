// Cypher for following: a person's :Follow {personId, nodeId, since, fromPosition} rows (fromPosition: the
// log's position when they followed, so their inbox holds only what changed since) — never :Entity and tied to no
// node by a relationship, so they show in no landscape, search, neighbourhood or degree, and survive the
// node's deletion (a follow of a node gone or hidden lists nothing). Only their owner's requests read them.
import { z } from 'zod';
import type { Follow } from '../../shared/activity';
import { kindSchema, type Lang } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import { labelExpression } from '../nodes/nodes.repository';

const followRowSchema = z.object({
  nodeId: z.string(),
  kind: kindSchema,
  title: z.string(),
  since: z.string(),
});

const FOLLOW_ROW = `{ nodeId: n.id, kind: n.kind, title: coalesce(${labelExpression('n')}, ''), since: f.since } AS follow`;

/** Follows a node the reader may see (once: again changes nothing); null when unknown or hidden. */
export async function putFollow(tx: Tx, nodeId: string, viewer: Viewer, lang: Lang): Promise<Follow | null> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $nodeId}) WHERE ${visibleTo('n')}
     OPTIONAL MATCH (log:EventLog {id: 'main'})
     MERGE (f:Follow {personId: $actorId, nodeId: $nodeId})
       ON CREATE SET f.since = datetime.statement(), f.fromPosition = coalesce(log.position, 0)
     RETURN ${FOLLOW_ROW}`,
    { nodeId, ...viewer, lang },
  );
  const row = result.records[0]?.get('follow');
  return row ? parseRow(followRowSchema, row) : null;
}

/** Stops following; whether a follow was there. */
export async function deleteFollow(tx: Tx, personId: string, nodeId: string): Promise<boolean> {
  const result = await tx.run(
    `MATCH (f:Follow {personId: $personId, nodeId: $nodeId}) DELETE f RETURN count(*) AS removed`,
    { personId, nodeId },
  );
  return Number(result.records[0]?.get('removed') ?? 0) > 0;
}

/** What the reader follows and may still see, newest first. */
export async function listFollows(tx: Tx, viewer: Viewer, lang: Lang): Promise<Follow[]> {
  const result = await tx.run(
    `MATCH (f:Follow {personId: $actorId})
     MATCH (n:Entity {id: f.nodeId}) WHERE ${visibleTo('n')}
     WITH f, n ORDER BY f.since DESC, n.id LIMIT 1000
     RETURN ${FOLLOW_ROW}`,
    { ...viewer, lang },
  );
  return parseRows(
    followRowSchema,
    result.records.map((r) => r.get('follow')),
  );
}
