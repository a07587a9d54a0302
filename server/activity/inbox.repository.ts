// Cypher for the inbox: the events that concern a person — answers (a question, a resource linked) and
// stances on a question they asked or wrote, and changes by others to the nodes their follows cover since they followed —
// by others than them and than Semis itself (its status changes follow a person's event, which is there).
// Read marks are kept per person: an :InboxState {personId, readUpTo} watermark ("all read" up to a
// position) and one :InboxRead {personId, eventId} per item marked read above it. Neither is :Entity.
import { z } from 'zod';
import { SYSTEM_ACTOR_ID } from '../../shared/history';
import { int, type Tx } from '../db/database';
import { parseRows } from '../db/plain';
import type { Viewer } from '../db/visibility';
import { EVENT_MAP, EVENT_VISIBLE, storedEventSchema } from '../history/event-read.repository';

/** The relations that answer a question (toward it), and the one that takes a stance on it. */
const ANSWERS = 'REFINES|REFRAMES|CHALLENGES|PRESUPPOSES|ECHOES|INFORMS|TAKES_STANCE';

/** Binds `e` (candidate events in ]$after, $before[) and `reason`, once per event. */
const ITEMS = `CALL {
    CALL {
      MATCH (q:Entity:Question {createdBy: $actorId}) RETURN q
      UNION
      MATCH (:Entity:Person {id: $actorId})-[:ASKED]->(q:Question) RETURN q
    }
    MATCH (t:Trail {nodeId: q.id})
    MATCH (e:Event {id: t.eventId})
    WHERE e.position > $after AND e.position < $before AND e.action = 'link.create' AND e.nodeIds[1] = q.id
    MATCH (:Entity)-[r:${ANSWERS} {id: e.entityId}]->(q)
    RETURN e, CASE type(r) WHEN 'TAKES_STANCE' THEN 'stance' ELSE 'answer' END AS reason
    UNION
    UNWIND $followed AS followed
    MATCH (t:Trail {nodeId: followed.id})
    MATCH (e:Event {id: t.eventId})
    WHERE e.position > $after AND e.position < $before AND e.position > followed.from
    RETURN e, 'following' AS reason
  }
  WITH e, collect(reason) AS reasons
  WHERE e.actorId <> $actorId AND e.actorId <> '${SYSTEM_ACTOR_ID}' AND ${EVENT_VISIBLE}
  WITH e, CASE WHEN 'stance' IN reasons THEN 'stance' WHEN 'answer' IN reasons THEN 'answer'
    ELSE 'following' END AS reason`;

const READ = `(e.position <= coalesce(state.readUpTo, 0)
  OR EXISTS { MATCH (:InboxRead {personId: $actorId, eventId: e.id}) })`;
const STATE = 'OPTIONAL MATCH (state:InboxState {personId: $actorId})';

const itemSchema = z.object({
  event: storedEventSchema,
  reason: z.enum(['answer', 'stance', 'following']),
  read: z.boolean(),
});
export type StoredItem = z.infer<typeof itemSchema>;

export interface InboxScope {
  viewer: Viewer;
  /** The node ids the person's follows cover, each with the position its changes count from. */
  followed: { id: string; from: number }[];
}

/** A page of the inbox in ]after, before[, newest first. The unread count reads the same statement, so
 *  one is planned (planning the visibility rule costs seconds the first time). */
export async function inboxItems(
  tx: Tx,
  scope: InboxScope,
  range: { before: number; after: number },
  limit: number,
): Promise<StoredItem[]> {
  const result = await tx.run(
    `${ITEMS}
     WITH e, reason ORDER BY e.position DESC LIMIT $limit
     ${STATE}
     RETURN { event: ${EVENT_MAP}, reason: reason, read: ${READ} } AS item`,
    {
      ...scope.viewer,
      followed: scope.followed,
      before: int(range.before),
      after: int(range.after),
      limit: int(limit),
    },
  );
  return parseRows(
    itemSchema,
    result.records.map((r) => r.get('item')),
  );
}

/** The "all read" watermark: only items above it can be unread. */
export async function readUpTo(tx: Tx, personId: string): Promise<number> {
  const state = await tx.run(
    'OPTIONAL MATCH (state:InboxState {personId: $personId}) RETURN coalesce(state.readUpTo, 0) AS readUpTo',
    { personId },
  );
  return Number(state.records[0]?.get('readUpTo') ?? 0);
}

/** Marks these events read for the person (ids of no event are ignored). */
export async function markRead(tx: Tx, personId: string, eventIds: string[]): Promise<void> {
  await tx.run(
    `UNWIND $eventIds AS eventId
     MATCH (e:Event {id: eventId})
     MERGE (:InboxRead {personId: $personId, eventId: eventId})`,
    { personId, eventIds },
  );
}

/** Marks everything up to `position` read: the watermark moves, the marks below it go. */
export async function markAllRead(tx: Tx, personId: string, position: number): Promise<void> {
  await tx.run(
    `MERGE (state:InboxState {personId: $personId})
     SET state.readUpTo = CASE WHEN coalesce(state.readUpTo, 0) > $position THEN state.readUpTo ELSE $position END
     WITH state
     OPTIONAL MATCH (mark:InboxRead {personId: $personId})
     OPTIONAL MATCH (e:Event {id: mark.eventId})
     WITH mark, e WHERE mark IS NOT NULL AND (e IS NULL OR e.position <= $position)
     DELETE mark`,
    { personId, position: int(position) },
  );
}
