// The Cypher of erasing (issue 13 §3): the events that concern some nodes (through their :Trail rows), the
// snapshots written back scrubbed, an account's person kept as a tombstone, the events a person made handed
// to "une personne", and what an account leaves outside the graph (sessions, follows, read marks, upload
// ledger, idempotency records) removed. Only server/graph-writes/erasure.ts calls it.
import { z } from 'zod';
import { ERASED_ACTOR_ID } from '../../shared/history';
import type { Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import { type StoredNode, storedNodeSchema } from '../nodes/nodes.repository';

const eventRowSchema = z.object({
  id: z.string(),
  action: z.string(),
  entityType: z.enum(['node', 'link']),
  entityId: z.string(),
  actorId: z.string(),
  before: z.string().nullish(),
  after: z.string().nullish(),
  position: z.number(),
});
export type ErasableEvent = z.infer<typeof eventRowSchema>;

const EVENT_FIELDS =
  'e { .id, .action, .entityType, .entityId, .actorId, .before, .after, .position } AS event';

/** Every event that concerns one of `ids` (a node's own events and its links'), oldest first. */
export async function eventsConcerning(tx: Tx, ids: string[]): Promise<ErasableEvent[]> {
  const result = await tx.run(
    `UNWIND $ids AS nodeId
     MATCH (trail:Trail {nodeId: nodeId})
     MATCH (e:Event {id: trail.eventId})
     WITH DISTINCT e ORDER BY e.position
     RETURN ${EVENT_FIELDS}`,
    { ids },
  );
  return parseRows(
    eventRowSchema,
    result.records.map((r) => r.get('event')),
  );
}

/** The link events a person made (their links' properties: a stance's statement, a region's note). */
export async function linkEventsBy(tx: Tx, personId: string): Promise<ErasableEvent[]> {
  const result = await tx.run(
    `MATCH (e:Event {actorId: $personId}) WHERE e.entityType = 'link'
     RETURN ${EVENT_FIELDS} ORDER BY e.position`,
    { personId },
  );
  return parseRows(
    eventRowSchema,
    result.records.map((r) => r.get('event')),
  );
}

/** Writes snapshots back (JSON strings, null kept) and marks the events erased when `erased`. */
export async function rewriteEvents(
  tx: Tx,
  rows: { id: string; before: string | null; after: string | null; erased: boolean }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `UNWIND $rows AS row
     MATCH (e:Event {id: row.id})
     SET e.before = row.before, e.after = row.after,
         e.erased = CASE WHEN row.erased THEN true ELSE e.erased END`,
    { rows },
  );
}

/** Marks events erased: what they kept cannot be brought back by a revert. */
export async function markErased(tx: Tx, eventIds: string[]): Promise<void> {
  await tx.run('UNWIND $eventIds AS id MATCH (e:Event {id: id}) SET e.erased = true', { eventIds });
}

/** A node whatever its visibility, locked for the rest of the transaction (an admin's erasure sees all). */
export async function lockAnyNode(tx: Tx, id: string): Promise<StoredNode | null> {
  const result = await tx.run(
    'MATCH (n:Entity {id: $id}) SET n.__lock = true REMOVE n.__lock RETURN n {.*} AS node',
    { id },
  );
  const node = result.records[0]?.get('node');
  return node ? parseRow(storedNodeSchema, node) : null;
}

/** Whether `id` is an account's Person. */
export async function isAccountPerson(tx: Tx, id: string): Promise<boolean> {
  const result = await tx.run('RETURN EXISTS { MATCH (:Account {personId: $id}) } AS account', { id });
  return result.records[0]?.get('account') === true;
}

/** The nodes a person made: those that name them as author now, and those their node.create events made. */
export async function nodesMadeBy(tx: Tx, personId: string): Promise<string[]> {
  const result = await tx.run(
    `CALL () { MATCH (n:Entity {createdBy: $personId}) RETURN n.id AS id
       UNION MATCH (e:Event {actorId: $personId}) WHERE e.action = 'node.create' RETURN e.entityId AS id }
     WITH id WHERE id <> $personId RETURN collect(DISTINCT id) AS ids`,
    { personId },
  );
  return (result.records[0]?.get('ids') as string[] | undefined) ?? [];
}

/** The links a person made that still exist (by the events that made them). */
export async function linksMadeBy(tx: Tx, personId: string): Promise<string[]> {
  const result = await tx.run(
    `MATCH (e:Event {actorId: $personId}) WHERE e.entityType = 'link' AND e.action = 'link.create'
     MATCH (:Entity {id: e.nodeIds[0]})-[r]-() WHERE r.id = e.entityId
     RETURN collect(DISTINCT r.id) AS ids`,
    { personId },
  );
  return (result.records[0]?.get('ids') as string[] | undefined) ?? [];
}

/** Replaces a Person's properties by `properties` (its tombstone), keeping the node and its links. */
export async function replaceNodeProperties(tx: Tx, id: string, properties: Record<string, unknown>) {
  await tx.run('MATCH (n:Entity {id: $id}) SET n = $properties', { id, properties });
}

/** Every event a person made is told as made by "une personne" (ERASED_ACTOR_ID, no name). */
export async function handEventsToNoOne(tx: Tx, personId: string): Promise<number> {
  const result = await tx.run(
    `MATCH (e:Event {actorId: $personId})
     SET e.actorId = '${ERASED_ACTOR_ID}', e.actorName = ''
     RETURN count(e) AS events`,
    { personId },
  );
  return Number(result.records[0]?.get('events') ?? 0);
}

/** An account and what it left outside the graph: sessions, idempotency records, follows, read marks,
 *  the photo upload ledger. Resolves to whether there was an account. */
export async function deleteAccountRows(tx: Tx, personId: string): Promise<boolean> {
  const result = await tx.run(
    `MATCH (a:Account {personId: $personId})
     CALL (a) { MATCH (s:Session {accountId: a.id}) DETACH DELETE s }
     CALL (a) { MATCH (k:IdempotencyKey {accountId: a.id}) DETACH DELETE k }
     CALL () { MATCH (f:Follow {personId: $personId}) DETACH DELETE f }
     CALL () { MATCH (r:InboxRead {personId: $personId}) DETACH DELETE r }
     CALL () { MATCH (s:InboxState {personId: $personId}) DETACH DELETE s }
     CALL () { MATCH (u:PhotoUpload {personId: $personId}) DETACH DELETE u }
     DETACH DELETE a
     RETURN count(*) AS accounts`,
    { personId },
  );
  return Number(result.records[0]?.get('accounts') ?? 0) > 0;
}
