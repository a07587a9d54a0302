// Cypher for history: storing an event with its :Trail rows, a node's events (through its :Trail rows, newest first), a node's last change, an actor's own events, one
// event locked for a revert, and what a revert recreates (a deleted node, a link with its old id).
// Which events a reader may see, and the row an event is read as: event-read.repository.ts.
import { z } from 'zod';
import { int, type Tx } from '../db/database';
import { parseRow, toPlain } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import { type StoredNode, storedNodeSchema } from '../nodes/nodes.repository';
import {
  EVENT_ROW,
  EVENT_VISIBLE,
  eventRows as rows,
  type StoredEvent,
  storedEventSchema,
} from './event-read.repository';

export type { StoredEvent } from './event-read.repository';
export { nodeReadable } from './event-read.repository';

const lastChangeRowSchema = z.object({ at: z.string(), actorId: z.string() });

/** A node's visible events, newest first. */
export async function nodeEvents(tx: Tx, id: string, viewer: Viewer, limit: number): Promise<StoredEvent[]> {
  const result = await tx.run(
    `MATCH (trail:Trail {nodeId: $id})
     MATCH (e:Event {id: trail.eventId})
     WHERE ${EVENT_VISIBLE}
     WITH e ORDER BY e.at DESC, e.id DESC LIMIT $limit
     RETURN ${EVENT_ROW}`,
    { id, ...viewer, limit: int(limit) },
  );
  return rows(result);
}

/** When a node was last changed and by whom: its newest event about the node itself (create, edit, a
 *  revert of one), not a link's; null when nothing recorded it (a graph loaded without events). */
export async function lastNodeChange(tx: Tx, id: string): Promise<{ at: string; actorId: string } | null> {
  const result = await tx.run(
    `MATCH (trail:Trail {nodeId: $id})
     MATCH (e:Event {id: trail.eventId})
     WHERE e.entityType = 'node' AND e.entityId = $id
     WITH e ORDER BY e.at DESC, e.id DESC LIMIT 1
     RETURN e { .at, .actorId } AS event`,
    { id },
  );
  const event = result.records[0]?.get('event');
  return event ? parseRow(lastChangeRowSchema, event) : null;
}

/** The actor's own events that still concern what they can see, newest first. */
export async function actorEvents(tx: Tx, viewer: Viewer, limit: number): Promise<StoredEvent[]> {
  const result = await tx.run(
    `MATCH (e:Event {actorId: $actorId})
     WHERE ${EVENT_VISIBLE}
     WITH e ORDER BY e.at DESC, e.id DESC LIMIT $limit
     RETURN ${EVENT_ROW}`,
    { ...viewer, limit: int(limit) },
  );
  return rows(result);
}

/** One event, write-locked (two reverts of it wait for each other), if the reader may see it. */
export async function lockEvent(tx: Tx, id: string, viewer: Viewer): Promise<StoredEvent | null> {
  const result = await tx.run(
    `MATCH (e:Event {id: $id}) WHERE ${EVENT_VISIBLE}
     SET e.__lock = true REMOVE e.__lock
     RETURN ${EVENT_ROW}`,
    { id, ...viewer },
  );
  return rows(result)[0] ?? null;
}

/**
 * Every event of a user action, oldest first, write-locked, each with whether the reader may see it (a
 * revert of the action refuses when part of it is hidden from them).
 */
export async function lockActionEvents(
  tx: Tx,
  actionId: string,
  viewer: Viewer,
): Promise<(StoredEvent & { visible: boolean })[]> {
  const result = await tx.run(
    `MATCH (e:Event {actionId: $actionId})
     SET e.__lock = true REMOVE e.__lock
     WITH e ORDER BY e.position
     RETURN ${EVENT_ROW}, ${EVENT_VISIBLE} AS visible`,
    { actionId, ...viewer },
  );
  return result.records.map((r) => ({
    ...parseRow(storedEventSchema, r.get('event')),
    visible: r.get('visible') === true,
  }));
}

/** The stored versions of these nodes, write-locked until the transaction ends (absent: no such node). */
export async function lockedNodeVersions(tx: Tx, ids: string[]): Promise<Map<string, number>> {
  const result = await tx.run(
    `MATCH (n:Entity) WHERE n.id IN $ids
     WITH n ORDER BY n.id
     SET n.__lock = true REMOVE n.__lock
     RETURN n.id AS id, n.version AS version`,
    { ids },
  );
  return new Map(result.records.map((r) => [r.get('id') as string, Number(toPlain(r.get('version')))]));
}

/** Which of these ids the reader can see. */
export async function visibleIds(tx: Tx, ids: string[], viewer: Viewer): Promise<Set<string>> {
  const result = await tx.run(`MATCH (n:Entity) WHERE n.id IN $ids AND ${visibleTo('n')} RETURN n.id AS id`, {
    ids,
    ...viewer,
  });
  return new Set(result.records.map((r) => r.get('id') as string));
}

/** Whether a link with this id exists, whatever its type (the write path's own query). */
export { linkExists } from '../graph-writes/graph-writes.repository';

/** A node whatever its visibility, write-locked until the transaction ends (what a revert changes). */
export async function lockAnyNode(tx: Tx, id: string): Promise<StoredNode | null> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id})
     SET n.__lock = true REMOVE n.__lock
     RETURN n {.*} AS node`,
    { id },
  );
  const node = result.records[0]?.get('node');
  return node ? parseRow(storedNodeSchema, node) : null;
}

/** The event log's latest position (0 before any event): one index seek, cheap enough for every ETag. */
export async function latestEventPosition(tx: Tx): Promise<number> {
  const result = await tx.run(
    `OPTIONAL MATCH (log:EventLog {id: 'main'}) RETURN coalesce(log.position, 0) AS position`,
  );
  return Number(result.records[0]?.get('position') ?? 0);
}
