// The one way a write leaves a trace: `recordEvent` stores an :Event (never :Entity, so it shows in no
// landscape or search) in the same transaction as the change it describes. Every service that writes
// calls it; history, revert and "undo my last action" are read from these events.
import { randomUUID } from 'node:crypto';
import type { EventAction } from '../../shared/history';
import type { Tx } from '../db/database';
import type { Actor } from '../http/actor';

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

/** Stores the event; before/after are JSON strings because Neo4j stores no maps. Returns its id. */
export async function recordEvent(tx: Tx, actor: Actor, event: EventInput): Promise<string> {
  const id = randomUUID();
  await tx.run(
    `CREATE (e:Event {id: $id, at: datetime(), actorId: $actorId, action: $action,
       entityType: $entityType, entityId: $entityId, nodeIds: $nodeIds,
       before: $before, after: $after, reverts: $reverts})`,
    {
      id,
      actorId: actor.id,
      action: event.action,
      entityType: event.entity.type,
      entityId: event.entity.id,
      nodeIds: event.nodeIds,
      before: event.before === null ? null : JSON.stringify(event.before),
      after: event.after === null ? null : JSON.stringify(event.after),
      reverts: event.reverts ?? null,
    },
  );
  return id;
}
