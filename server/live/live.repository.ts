// Cypher of the live stream: the log's latest position, the events after a position (the tail every
// process runs: no fan-out lives only in one process), and what decides what each event means to a reader:
// the nodes as they are now and which they may see (the one visibility rule), which exist at all, the
// standing gone nodes had, and the links as they are now. Each statement has the visibility rule at most
// once: the history's whole event rule costs Neo4j seconds to plan, again whenever statistics move, and a
// live stream cannot wait that long (live-changes.ts applies that rule to these rows).
import { z } from 'zod';
import { kindSchema, LANGS, type Lang } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import { type StoredEvent, storedEventSchema } from '../history/event-read.repository';
import { EDGE_COLUMNS, type GraphEdgeRow, graphEdgeRowSchema } from '../landscape/landscape.repository';
import { labelExpression } from '../nodes/nodes.repository';

/** The node's label in `lang` (the nodes repository's rule, with the language written in). */
const labelIn = (n: string, lang: Lang) => labelExpression(n).replaceAll('$lang', `'${lang}'`);

export { latestEventPosition } from '../history/history.repository';

/** A logged event with its position in the log. */
export type LoggedEvent = StoredEvent & { position: number };
const loggedEventSchema = storedEventSchema.extend({ position: z.number().int() });

/** Up to `limit` events after `after`, in log order (the position index, then a sort of at most `limit`). */
export async function eventsAfter(
  tx: Tx,
  after: number,
  upTo: number,
  limit: number,
): Promise<LoggedEvent[]> {
  const result = await tx.run(
    `MATCH (e:Event) WHERE e.position > $after AND e.position <= $upTo
     WITH e ORDER BY e.position LIMIT $limit
     RETURN e { .*, revertedBy: null } AS event`,
    { after: int(after), upTo: int(upTo), limit: int(limit) },
  );
  return parseRows(
    loggedEventSchema,
    result.records.map((r) => r.get('event')),
  );
}

/** Which of these nodes exist (whatever their visibility). */
export async function existingIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  const result = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', { ids });
  return new Set(result.records.map((r) => r.get('id') as string));
}

const standingRowSchema = z.object({
  id: z.string(),
  visibility: z.string().nullable(),
  createdBy: z.string().nullable(),
});
/** A gone node's standing: the visibility and author its last node event kept (who could see it last). */
export type GoneStanding = z.infer<typeof standingRowSchema>;

/** The standing of each of these (gone) nodes, from its last node event. */
export async function goneStandings(tx: Tx, ids: string[]): Promise<Map<string, GoneStanding>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     CALL (id) {
       MATCH (g:Event {entityId: id}) WHERE g.entityType = 'node'
       RETURN g ORDER BY g.position DESC LIMIT 1
     }
     RETURN id, g.entityVisibility AS visibility, g.entityCreatedBy AS createdBy`,
    { ids },
  );
  const rows = parseRows(
    standingRowSchema,
    result.records.map((r) => r.toObject()),
  );
  return new Map(rows.map((row) => [row.id, row]));
}

const liveNodeRowSchema = z.object({
  id: z.string(),
  kind: kindSchema,
  labels: z.object({ fr: z.string(), en: z.string() }),
  x: z.number(),
  y: z.number(),
});
export type LiveNodeRow = z.infer<typeof liveNodeRowSchema>;

/** These nodes as they are now, those the reader may see. */
export async function visibleNodesNow(tx: Tx, ids: string[], viewer: Viewer): Promise<LiveNodeRow[]> {
  const result = await tx.run(
    `MATCH (n:Entity) WHERE n.id IN $ids AND ${visibleTo('n')}
     RETURN n { .id, .kind, labels: {${LANGS.map((lang) => `${lang}: ${labelIn('n', lang)}`).join(', ')}},
       x: coalesce(n.x, 0.0), y: coalesce(n.y, 0.0) } AS node`,
    { ids, ...viewer },
  );
  return parseRows(
    liveNodeRowSchema,
    result.records.map((r) => r.get('node')),
  );
}

/** A link as it is now, as the map's edge reads it. */
export type LiveLinkRow = GraphEdgeRow;

/** The links among these (id, source, target) that still exist, found from their ends by index. */
export async function linksNow(
  tx: Tx,
  links: { id: string; source: string; target: string }[],
): Promise<LiveLinkRow[]> {
  const result = await tx.run(
    `UNWIND $links AS l
     MATCH (a:Entity {id: l.source})-[r {id: l.id}]->(b:Entity {id: l.target})
     RETURN ${EDGE_COLUMNS}`,
    { links },
  );
  return parseRows(
    graphEdgeRowSchema,
    result.records.map((r) => r.toObject()),
  );
}

/** Up to `limit` links of each of these nodes whose other end the reader may see (a node made visible again). */
export async function visibleLinksOf(
  tx: Tx,
  ids: string[],
  viewer: Viewer,
  limit: number,
): Promise<LiveLinkRow[]> {
  const result = await tx.run(
    `MATCH (n:Entity) WHERE n.id IN $ids
     CALL (n) {
       MATCH (n)-[r]-(m:Entity) WHERE ${visibleTo('m')}
       RETURN r, startNode(r) AS a, endNode(r) AS b LIMIT $limit
     }
     RETURN ${EDGE_COLUMNS}`,
    { ids, ...viewer, limit: int(limit) },
  );
  return parseRows(
    graphEdgeRowSchema,
    result.records.map((r) => r.toObject()),
  );
}
