// Cypher for the activity feeds: the nodes a scope covers (a seed and what it explores, a community and
// its seeds, what a person follows), a page of visible events by log position (the whole log, an actor's,
// or those of a set of nodes through their :Trail rows) — also what "since" counts, so that one statement
// per source is planned (planning the visibility rule costs seconds the first time) — and the labels of
// the nodes events concern. Visibility and the event row are the history's (event-read.repository.ts).
import { z } from 'zod';
import type { Lang } from '../../shared/vocabulary';
import { kindSchema } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import { EVENT_ROW, EVENT_VISIBLE, eventRows, type StoredEvent } from '../history/event-read.repository';
import { labelExpression } from '../nodes/nodes.repository';

/** Past any position the log will reach: the open end of a range. */
export const END_OF_LOG = Number.MAX_SAFE_INTEGER;

/** A seed's own id and those of the questions it explores or grows from (a Cypher list expression). */
const seedIds = (s: string) =>
  `[${s}.id] + [(q:Question)-[:EXPLORED_IN]->(${s}) | q.id] + [(${s})-[:GROWS_FROM]->(q:Question) | q.id]`;
/** A community's own id, its seeds' (GATHERS) and what they explore. */
const communityIds = (c: string) =>
  `[${c}.id] + reduce(ids = [], s IN [(${c})-[:GATHERS]->(g:Seed) | g] | ids + ${seedIds('s')})`;
/** What following `n` covers: a seed and what it explores, a community and its seeds, else the node. */
const coveredBy = (n: string) =>
  `CASE WHEN ${n}:Seed THEN ${seedIds(n)} WHEN ${n}:Community THEN ${communityIds(n)} ELSE [${n}.id] END`;

async function ids(tx: Tx, cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const result = await tx.run(cypher, params);
  const list = (result.records[0]?.get('ids') as string[] | undefined) ?? [];
  return [...new Set(list)];
}

/** The node ids a seed's feed covers. */
export const seedScope = (tx: Tx, id: string) =>
  ids(tx, `MATCH (s:Entity:Seed {id: $id}) RETURN ${seedIds('s')} AS ids`, { id });

/** The node ids a community's feed covers. */
export const communityScope = (tx: Tx, id: string) =>
  ids(tx, `MATCH (c:Entity:Community {id: $id}) RETURN ${communityIds('c')} AS ids`, { id });

/** The node ids what this person follows covers (followed nodes that are gone, or hidden from them now,
 *  cover nothing). */
export const followingScope = (tx: Tx, personId: string, viewer: Viewer) =>
  ids(
    tx,
    `OPTIONAL MATCH (f:Follow {personId: $personId})
     OPTIONAL MATCH (n:Entity {id: f.nodeId}) WHERE ${visibleTo('n')}
     WITH collect(n) AS followed
     RETURN reduce(ids = [], n IN followed | ids + ${coveredBy('n')}) AS ids`,
    { personId, ...viewer },
  );

const followedRowSchema = z.object({ id: z.string(), from: z.number() });

/** For the inbox: each node id what this person follows covers, with the log position from which its
 *  changes concern them (when they followed; the earliest, when two follows cover it). */
export async function followedSince(
  tx: Tx,
  personId: string,
  viewer: Viewer,
): Promise<{ id: string; from: number }[]> {
  const result = await tx.run(
    `MATCH (f:Follow {personId: $personId})
     MATCH (n:Entity {id: f.nodeId}) WHERE ${visibleTo('n')}
     UNWIND ${coveredBy('n')} AS id
     WITH id, min(coalesce(f.fromPosition, 0)) AS from
     RETURN {id: id, from: from} AS followed`,
    { personId, ...viewer },
  );
  return parseRows(
    followedRowSchema,
    result.records.map((r) => r.get('followed')),
  );
}

/** Where a feed's candidate events come from, binding `e` in [after, before[ (exclusive both ends). */
export type EventSource =
  | { kind: 'log' }
  | { kind: 'actor'; actorId: string }
  | { kind: 'nodes'; nodeIds: string[] };

function sourceCypher(source: EventSource): string {
  const inRange = 'e.position > $after AND e.position < $before';
  switch (source.kind) {
    case 'log':
      return `MATCH (e:Event) WHERE ${inRange}`;
    case 'actor':
      return `MATCH (e:Event {actorId: $sourceActor}) WHERE ${inRange}`;
    case 'nodes':
      return `UNWIND $sourceNodes AS nodeId
        MATCH (t:Trail {nodeId: nodeId})
        WITH DISTINCT t.eventId AS eventId
        MATCH (e:Event {id: eventId}) WHERE ${inRange}`;
  }
}

function sourceParams(source: EventSource): Record<string, unknown> {
  if (source.kind === 'actor') return { sourceActor: source.actorId };
  if (source.kind === 'nodes') return { sourceNodes: source.nodeIds };
  return {};
}

export interface Range {
  /** Exclusive: only events older than this position. */
  before: number;
  /** Exclusive: only events newer than this position. */
  after: number;
}

/** The visible events of a source in a range, newest first, at most `limit`. */
export async function feedEvents(
  tx: Tx,
  source: EventSource,
  range: Range,
  viewer: Viewer,
  limit: number,
): Promise<StoredEvent[]> {
  if (source.kind === 'nodes' && source.nodeIds.length === 0) return [];
  const result = await tx.run(
    `${sourceCypher(source)} AND ${EVENT_VISIBLE}
     WITH e ORDER BY e.position DESC LIMIT $limit
     RETURN ${EVENT_ROW}`,
    {
      ...sourceParams(source),
      ...viewer,
      before: int(range.before),
      after: int(range.after),
      limit: int(limit),
    },
  );
  return eventRows(result);
}

const labelRowSchema = z.object({ id: z.string(), kind: kindSchema, title: z.string() });
export type NodeLabel = z.infer<typeof labelRowSchema>;

/** The labels (kind, title in `lang`) of those of these nodes the reader may see. */
export async function nodeLabels(tx: Tx, ids: string[], viewer: Viewer, lang: Lang): Promise<NodeLabel[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(
    `MATCH (n:Entity) WHERE n.id IN $ids AND ${visibleTo('n')}
     RETURN n { .id, .kind, title: coalesce(${labelExpression('n')}, '') } AS label`,
    { ids, ...viewer, lang },
  );
  return parseRows(
    labelRowSchema,
    result.records.map((r) => r.get('label')),
  );
}
