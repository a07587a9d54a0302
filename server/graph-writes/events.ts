// The one way a write leaves a trace: `recordEvent` stores an :Event (never :Entity, so it shows in no
// landscape or search) in the same transaction as the change it describes. Only the write path
// (graph-writes.ts) calls it; history, revert and "undo my last action" are read from these events. For
// each node id the event concerns, a small :Trail {nodeId, eventId} row (indexed by nodeId, no
// relationship, never deleted with the node) lets a node's history be found by index seeks rather than a
// scan of every event. Every event also carries its user action's id (`actionOf`): one per write
// transaction, since one request — one thing a person did — is one transaction; the events Semis records
// as a consequence (a question's status) are written in that same transaction, so they belong to the
// same action. What each kind of event keeps (its before/after snapshots) is written here too.
import { randomUUID } from 'node:crypto';
import type { EventAction } from '../../shared/history';
import type { Tx } from '../db/database';
import { noteRecordedEvent } from '../http/write-trace';
import type { StoredLink } from '../links/links.repository';
import type { StoredNode } from '../nodes/nodes.repository';
import { type EventRow, insertEvent } from './events.repository';
import { atOf, type Writer } from './writer';

export interface EventInput {
  action: EventAction;
  entity: { type: 'node' | 'link'; id: string };
  /** The node ids this event concerns: the node itself, or a link's two ends (for a node's history). */
  nodeIds: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** For `event.revert`: the event reverted. */
  reverts?: string;
}

/** A node event's own visibility and author, from a full snapshot (create, delete), so the event can
 *  still be shown only to who could see the node once the node is gone. */
function entityStanding(event: EventInput): { visibility: unknown; createdBy: unknown } {
  const snapshot = event.entity.type === 'node' ? (event.before ?? event.after) : null;
  return { visibility: snapshot?.visibility ?? null, createdBy: snapshot?.createdBy ?? null };
}

const actions = new WeakMap<Tx, string>();

/** The id of the user action a write transaction makes: the same for every event it records. */
export function actionOf(tx: Tx): string {
  let id = actions.get(tx);
  if (!id) {
    id = randomUUID();
    actions.set(tx, id);
  }
  return id;
}

/** The stored row of an event by `actor`, in user action `actionId`, at `at` (null: the database's time). */
export function eventRow(
  actor: { id: string; name: string },
  actionId: string,
  at: string | null,
  event: EventInput,
): EventRow {
  const standing = entityStanding(event);
  return {
    id: randomUUID(),
    actorId: actor.id,
    actorName: actor.name,
    action: event.action,
    entityType: event.entity.type,
    entityId: event.entity.id,
    nodeIds: [...new Set(event.nodeIds)],
    entityVisibility: standing.visibility,
    entityCreatedBy: standing.createdBy,
    before: event.before === null ? null : JSON.stringify(event.before),
    after: event.after === null ? null : JSON.stringify(event.after),
    reverts: event.reverts ?? null,
    actionId,
    at,
  };
}

/** Stores the event; before/after are JSON strings because Neo4j stores no maps. Returns its id. */
export async function recordEvent(w: Writer, event: EventInput): Promise<string> {
  const row = eventRow(w.actor, actionOf(w.tx), atOf(w), event);
  noteRecordedEvent(row.actionId, await insertEvent(w.tx, row));
  return row.id;
}

/** What a link event keeps: enough to recreate or delete the same link. */
export function linkSnapshot(link: StoredLink): Record<string, unknown> {
  return {
    id: link.id,
    source: link.source,
    target: link.target,
    relation: link.relation,
    properties: link.properties,
    createdAt: link.createdAt,
    createdBy: link.createdBy,
  };
}

/** The fields a patch changes, before and after, plus the version (what a node.edit event keeps). */
export function editSnapshots(current: StoredNode, updated: StoredNode, patch: Record<string, unknown>) {
  const before: Record<string, unknown> = { version: current.version };
  const after: Record<string, unknown> = { version: updated.version };
  for (const key of Object.keys(patch)) {
    before[key] = current[key] ?? null;
    after[key] = updated[key] ?? null;
  }
  return { before, after };
}

/** What a revert of an edit keeps: the fields restored, as they were and as restored, then the version
 *  (the key order its events have always had). */
export function restoreSnapshots(current: StoredNode, updated: StoredNode, restore: Record<string, unknown>) {
  const now = Object.fromEntries(Object.keys(restore).map((k) => [k, current[k] ?? null]));
  return {
    before: { ...now, version: current.version },
    after: { ...restore, version: updated.version },
  };
}
