// The Cypher of the event log: one :Event per change, at the log's next position, and a :Trail row per
// node it concerns — one at a time, or a dated history at once. The one place events are written, so
// whatever every event carries (its position in the log, its time) is decided here.
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

const EVENT_FIELDS = (row: string) => `id: ${row}.id, actorId: ${row}.actorId, actorName: ${row}.actorName,
  action: ${row}.action, entityType: ${row}.entityType, entityId: ${row}.entityId, nodeIds: ${row}.nodeIds,
  entityVisibility: ${row}.entityVisibility, entityCreatedBy: ${row}.entityCreatedBy,
  before: ${row}.before, after: ${row}.after, reverts: ${row}.reverts, actionId: ${row}.actionId`;

/** Stores the event; resolves to its position in the log. */
export async function insertEvent(tx: Tx, row: EventRow): Promise<number> {
  const result = await tx.run(
    // The log's position: one counter node, incremented in the event's own transaction. Its write lock is
    // held until commit, so positions follow commit order and a reader resuming from a position never
    // skips an event that committed late (the price: event-writing transactions are serialised on it).
    `MERGE (log:EventLog {id: 'main'}) ON CREATE SET log.position = 0
     SET log.position = log.position + 1
     CREATE (e:Event {${EVENT_FIELDS('$row')}, position: log.position,
       at: coalesce(datetime($row.at), datetime.statement())})
     WITH e CALL (e) { UNWIND $row.nodeIds AS nodeId CREATE (:Trail {nodeId: nodeId, eventId: e.id}) }
     RETURN e.position AS position`,
    { row },
  );
  return Number(result.records[0]?.get('position'));
}

/** Many events at once, at the log's next positions in the order given (a dated history, oldest first). */
export async function insertEvents(tx: Tx, rows: EventRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `MERGE (log:EventLog {id: 'main'}) ON CREATE SET log.position = 0
     WITH log, log.position AS base
     SET log.position = base + size($rows)
     WITH base UNWIND range(0, size($rows) - 1) AS i
     WITH base, i, $rows[i] AS row
     CREATE (e:Event {${EVENT_FIELDS('row')}, position: base + i + 1,
       at: coalesce(datetime(row.at), datetime.statement())})
     WITH e, row UNWIND row.nodeIds AS nodeId
     CREATE (:Trail {nodeId: nodeId, eventId: e.id})`,
    { rows },
  );
}
