// The Cypher of the event log: one :Event per change, at the log's next position, and a :Trail row per
// node it concerns. The one place an event is written, so whatever every event carries (its position in
// the log, its time) is decided here.
import type { Tx } from '../db/database';

/** One event row as stored (before/after as JSON strings), and a :Trail row per node it concerns. */
export interface EventRow {
  id: string;
  actorId: string;
  actorName: string;
  action: string;
  entityType: 'node' | 'link';
  entityId: string;
  nodeIds: string[];
  entityVisibility: unknown;
  entityCreatedBy: unknown;
  before: string | null;
  after: string | null;
  reverts: string | null;
  actionId: string;
  /** The write's clock (ISO time), or null for the database's (the statement's time). */
  at: string | null;
}

/** Stores the event; resolves to its position in the log. */
export async function insertEvent(tx: Tx, row: EventRow): Promise<number> {
  const result = await tx.run(
    // The log's position: one counter node, incremented in the event's own transaction. Its write lock is
    // held until commit, so positions follow commit order and a reader resuming from a position never
    // skips an event that committed late (the price: event-writing transactions are serialised on it).
    `MERGE (log:EventLog {id: 'main'}) ON CREATE SET log.position = 0
     SET log.position = log.position + 1
     CREATE (e:Event {id: $id, position: log.position, at: coalesce(datetime($at), datetime.statement()), actorId: $actorId, actorName: $actorName, action: $action,
       entityType: $entityType, entityId: $entityId, nodeIds: $nodeIds,
       entityVisibility: $entityVisibility, entityCreatedBy: $entityCreatedBy,
       before: $before, after: $after, reverts: $reverts, actionId: $actionId})
     WITH e CALL (e) { UNWIND $nodeIds AS nodeId CREATE (:Trail {nodeId: nodeId, eventId: e.id}) }
     RETURN e.position AS position`,
    row,
  );
  return Number(result.records[0]?.get('position'));
}
