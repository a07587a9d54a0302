// Cypher for graph views: the landscape (most connected nodes first) and a node's neighbourhood, each
// with the relationships among the returned nodes. Hidden nodes never appear, nor do their edges.
import { z } from 'zod';
import { type Kind, kindSchema, type Lang } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import { labelExpression } from '../nodes/nodes.repository';

const graphNodeRowSchema = z.object({
  id: z.string(),
  kind: kindSchema,
  label: z.string(),
  x: z.number(),
  y: z.number(),
});
export type GraphNodeRow = z.infer<typeof graphNodeRowSchema>;

/** A relationship as the map's edge reads it (landscape, neighbourhood, the live stream's patches). */
export const graphEdgeRowSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  relation: z.string(),
  stance: z.string().nullable(),
  role: z.string().nullable(),
});
export type GraphEdgeRow = z.infer<typeof graphEdgeRowSchema>;
/** The columns of a `GraphEdgeRow`, for `r` from `a` to `b`. */
export const EDGE_COLUMNS =
  'r.id AS id, a.id AS source, b.id AS target, type(r) AS relation, r.stance AS stance, r.role AS role';

const NODE_ROW = (n: string) =>
  `${n} { .id, .kind, label: ${labelExpression(n)}, x: coalesce(${n}.x, 0.0), y: coalesce(${n}.y, 0.0) }`;

export async function countLandscape(tx: Tx, kinds: Kind[] | null, viewer: Viewer): Promise<number> {
  const result = await tx.run(
    `MATCH (n:Entity) WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ${visibleTo('n')} RETURN count(n) AS total`,
    { kinds, ...viewer },
  );
  return result.records[0]?.get('total') ?? 0;
}

export async function landscapeNodes(
  tx: Tx,
  kinds: Kind[] | null,
  viewer: Viewer,
  lang: Lang,
  limit: number,
): Promise<GraphNodeRow[]> {
  const result = await tx.run(
    `MATCH (n:Entity) WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ${visibleTo('n')}
     WITH n ORDER BY COUNT { (n)--(m:Entity) WHERE ${visibleTo('m')} } DESC, n.id LIMIT $limit
     RETURN ${NODE_ROW('n')} AS node`,
    { kinds, ...viewer, lang, limit: int(limit) },
  );
  return parseRows(
    graphNodeRowSchema,
    result.records.map((r) => r.get('node')),
  );
}

/** The relationships whose two ends are both among `ids`. */
export async function edgesAmong(tx: Tx, ids: string[]): Promise<GraphEdgeRow[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (a:Entity {id: id})-[r]->(b:Entity) WHERE b.id IN $ids
     RETURN ${EDGE_COLUMNS}`,
    { ids },
  );
  return parseRows(
    graphEdgeRowSchema,
    result.records.map((r) => r.toObject()),
  );
}

/** The centre plus the nearest visible nodes within `depth` hops (through visible nodes only), up to `limit` in all. */
export async function neighbourhoodNodes(
  tx: Tx,
  id: string,
  depth: 1 | 2,
  viewer: Viewer,
  lang: Lang,
  limit: number,
): Promise<{ center: GraphNodeRow | null; nodes: GraphNodeRow[]; total: number }> {
  const hops = depth === 2 ? '1..2' : '1';
  const result = await tx.run(
    `MATCH (c:Entity {id: $id}) WHERE ${visibleTo('c')}
     OPTIONAL MATCH p = (c)-[*${hops}]-(m:Entity)
       WHERE m <> c AND all(x IN nodes(p) WHERE ${visibleTo('x')})
     WITH c, m, min(length(p)) AS distance ORDER BY distance, m.id
     WITH c, collect(m) AS found
     RETURN ${NODE_ROW('c')} AS center, size(found) + 1 AS total,
            [m IN found[0..$neighbours] | ${NODE_ROW('m')}] AS nodes`,
    { id, ...viewer, lang, neighbours: int(Math.max(0, limit - 1)) },
  );
  const row = result.records[0];
  if (!row) return { center: null, nodes: [], total: 0 };
  return {
    center: parseRow(graphNodeRowSchema, row.get('center')),
    nodes: parseRows(graphNodeRowSchema, row.get('nodes')),
    total: row.get('total') as number,
  };
}

export interface LandscapeVersion {
  /** The event log's position: every recorded change moves it. */
  position: number;
  /** Changed by a landscape load that writes without events (seeds-data); '' before any. */
  epoch: string;
  /** Whether the reader sees more than the members' levels: a seed role, or a private node of their own. */
  personalReach: boolean;
}

/**
 * What the landscape's ETag and cache key are made of, in one statement: two index seeks (the log's
 * node; the reader's Person and their few HAS_ROLE links) and the createdBy index for private nodes.
 */
export async function landscapeVersion(tx: Tx, actorId: string | null): Promise<LandscapeVersion> {
  const result = await tx.run(
    `OPTIONAL MATCH (log:EventLog {id: 'main'})
     RETURN coalesce(log.position, 0) AS position, coalesce(log.epoch, '') AS epoch,
       CASE WHEN $actorId IS NULL THEN false
            ELSE EXISTS { MATCH (:Entity:Person {id: $actorId})-[:HAS_ROLE]->(:Seed) }
              OR EXISTS { MATCH (n:Entity {createdBy: $actorId}) WHERE n.visibility = 'private' }
       END AS personalReach`,
    { actorId },
  );
  const row = result.records[0];
  return {
    position: Number(row?.get('position') ?? 0),
    epoch: String(row?.get('epoch') ?? ''),
    personalReach: Boolean(row?.get('personalReach')),
  };
}
