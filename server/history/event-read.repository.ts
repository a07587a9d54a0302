// The Cypher fragments every read of the event log shares (a node's history, "my last action", the
// activity feeds and the inbox): the stored event's shape, which events a reader may see, whether one was
// reverted, and the row an event is returned as. An event is shown to a reader only when what it concerns
// is visible to them: a link event when both ends are; a node event when the node is, or — the node being
// gone — when its level was one they may read or they were its author (the event keeps the deleted node's
// visibility and author). Parameters: $canSee, $actorId.
import { z } from 'zod';
import { SYSTEM_ACTOR_ID } from '../../shared/history';
import { parseRows } from '../db/plain';
import { visibleTo } from '../db/visibility';

/**
 * An event as stored (`e { .*, revertedBy }`): a property stored as null is absent, so the optional
 * ones may be missing; every other stored property (position, entityVisibility…) is kept as it is.
 */
export const storedEventSchema = z.looseObject({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string().nullish(),
  action: z.string(),
  entityType: z.enum(['node', 'link']),
  entityId: z.string(),
  nodeIds: z.array(z.string()),
  before: z.string().nullish(),
  after: z.string().nullish(),
  reverts: z.string().nullish(),
  revertedBy: z.string().nullable(),
  actionId: z.string().nullish(),
});
export type StoredEvent = z.infer<typeof storedEventSchema>;

const seen = (x: string) => `EXISTS { MATCH (seen:Entity {id: ${x}}) WHERE ${visibleTo('seen')} }`;

// a link's end that is gone (deleted, or an undone creation) counts as seen when its last node event would be
const goneButReadable = (x: string) => `(NOT EXISTS { MATCH (:Entity {id: ${x}}) } AND EXISTS {
    MATCH (g:Event {entityId: ${x}}) WHERE g.entityType = 'node' WITH g ORDER BY g.position DESC LIMIT 1
    WHERE g.entityVisibility IN $canSee OR ($actorId IS NOT NULL AND g.entityCreatedBy = $actorId) })`;

/** `WHERE`-ready: the event bound to `e` concerns only what the reader can see. */
/** `WHERE`-ready: the node with id `x` is one the reader may see now, or — gone — could see when it went
 *  (its last event's visibility and author). What the landscape at a date shows (server/time). */
export const nodeReadable = (x: string) => `(${seen(x)} OR ${goneButReadable(x)})`;

export const EVENT_VISIBLE = `CASE e.entityType
  WHEN 'link' THEN all(end IN e.nodeIds WHERE ${nodeReadable('end')})
  ELSE ${seen('e.entityId')} OR (NOT EXISTS { MATCH (gone:Entity {id: e.entityId}) }
    AND (e.entityVisibility IN $canSee OR ($actorId IS NOT NULL AND e.entityCreatedBy = $actorId)))
  END`;

// An event is reverted when a revert names it; one Semis recorded itself (a question's status) is reverted
// with its action: when a person's event of the same action was.
const REVERTED_BY = `coalesce(
  COLLECT { MATCH (later:Event {reverts: e.id}) RETURN later.id LIMIT 1 }[0],
  CASE WHEN e.actorId = '${SYSTEM_ACTOR_ID}' AND e.actionId IS NOT NULL THEN COLLECT {
    MATCH (sibling:Event {actionId: e.actionId}) WHERE sibling.actorId <> '${SYSTEM_ACTOR_ID}'
    MATCH (later:Event {reverts: sibling.id}) RETURN later.id LIMIT 1 }[0] END)`;
/** An event as a map (inside a larger row), and as the `event` column. */
export const EVENT_MAP = `e { .*, revertedBy: ${REVERTED_BY} }`;
export const EVENT_ROW = `${EVENT_MAP} AS event`;

export function eventRows(result: { records: { get(key: string): unknown }[] }): StoredEvent[] {
  return parseRows(
    storedEventSchema,
    result.records.map((r) => r.get('event')),
  );
}
