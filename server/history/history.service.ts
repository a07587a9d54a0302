// History use cases: a node's events (the node must be visible: 404 otherwise, like an unknown id), the
// actor's own events (for "undo my last action"), and reverting an event (history.revert.ts). Events are
// shaped for the API here: before/after parsed back from JSON, and the relationships a node.delete kept
// are cut to those whose other end the reader can see, so no event carries hidden data (nor a photo's
// file names, which stay on the server).
import {
  ERASED_ACTOR_ID,
  HIDDEN_ACTOR_ID,
  type HistoryEvent,
  type RevertResponse,
  SYSTEM_ACTOR_ID,
} from '../../shared/history';
import type { Database, Tx } from '../db/database';
import { type Viewer, visibilityParams } from '../db/visibility';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { findNode } from '../nodes/nodes.repository';
import { SERVER_ONLY_PROPERTIES } from '../nodes/nodes.service';
import * as repo from './history.repository';
import { revertAction } from './history.revert';

type Snapshot = Record<string, unknown> | null;

/** Neo4j stores no nulls: an absent before/after comes back undefined. */
const parseSnapshot = (json: string | null | undefined): Snapshot =>
  typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>) : null;

interface RelationshipLike {
  source: string;
  target: string;
}
const relationshipsOf = (snapshot: Snapshot): RelationshipLike[] =>
  Array.isArray(snapshot?.relationships) ? (snapshot.relationships as RelationshipLike[]) : [];

/**
 * A snapshot as a reader may see it: without the server-only properties a node view also drops (a photo's
 * file names…), and with its relationships cut to those whose two ends are visible (or are the node itself).
 */
function withoutHidden(snapshot: Snapshot, selfId: string, visible: Set<string>): Snapshot {
  if (!snapshot) return snapshot;
  const shownSnapshot = { ...snapshot };
  for (const key of SERVER_ONLY_PROPERTIES) delete shownSnapshot[key];
  if (!Array.isArray(snapshot.relationships)) return shownSnapshot;
  const shown = (id: string) => id === selfId || visible.has(id);
  return {
    ...shownSnapshot,
    relationships: relationshipsOf(snapshot).filter((r) => shown(r.source) && shown(r.target)),
  };
}

/** Stored events as the API shows them to this reader. */
export async function shapeEvents(
  tx: Tx,
  events: repo.StoredEvent[],
  viewer: Viewer,
): Promise<HistoryEvent[]> {
  const parsed = events.map((e) => ({ e, before: parseSnapshot(e.before), after: parseSnapshot(e.after) }));
  const ends = parsed.flatMap(({ before, after }) =>
    [...relationshipsOf(before), ...relationshipsOf(after)].flatMap((r) => [r.source, r.target]),
  );
  // the people who acted are nodes too: one the reader may not see is named by neither id nor name
  const actors = events
    .map((e) => e.actorId)
    .filter((id) => id !== SYSTEM_ACTOR_ID && id !== ERASED_ACTOR_ID);
  const ids = [...new Set([...ends, ...actors])];
  const visible = ids.length > 0 ? await repo.visibleIds(tx, ids, viewer) : new Set<string>();
  return parsed.map(({ e, before, after }) => ({
    id: e.id,
    at: e.at,
    actor:
      e.actorId === ERASED_ACTOR_ID // a person who erased their account: « une personne », no one named
        ? { id: ERASED_ACTOR_ID, name: '' }
        : e.actorId === SYSTEM_ACTOR_ID || visible.has(e.actorId)
          ? { id: e.actorId, name: e.actorName ?? e.actorId }
          : { id: HIDDEN_ACTOR_ID, name: '' },
    action: e.action as HistoryEvent['action'],
    entity: { type: e.entityType, id: e.entityId },
    before: withoutHidden(before, e.entityId, visible),
    after: withoutHidden(after, e.entityId, visible),
    ...(e.reverts ? { reverts: e.reverts } : {}),
    ...(e.revertedBy ? { revertedBy: e.revertedBy } : {}),
    ...(e.actionId ? { actionId: e.actionId } : {}),
  }));
}

export function createHistoryService(db: Database) {
  return {
    nodeHistory(actor: Actor, id: string, limit: number): Promise<HistoryEvent[]> {
      const viewer = visibilityParams(actor);
      return db.read(async (tx) => {
        if (!(await findNode(tx, id, viewer))) throw notFound(`Node ${id}`);
        return shapeEvents(tx, await repo.nodeEvents(tx, id, viewer, limit), viewer);
      });
    },

    mine(actor: Actor, limit: number): Promise<HistoryEvent[]> {
      requireAccount(actor);
      const viewer = visibilityParams(actor);
      return db.read(async (tx) => shapeEvents(tx, await repo.actorEvents(tx, viewer, limit), viewer));
    },

    /** Reverts the action `eventId` belongs to: the asked event's revert, with every event it made. */
    revert(actor: Actor, eventId: string): Promise<RevertResponse> {
      requireAccount(actor);
      const viewer = visibilityParams(actor);
      return db.write(async (tx) => {
        const { revertId, actionId } = await revertAction(tx, actor, eventId);
        const made = (await repo.lockActionEvents(tx, actionId, viewer)).filter((e) => e.visible);
        const actionEvents = await shapeEvents(tx, made, viewer);
        const shaped = actionEvents.find((e) => e.id === revertId);
        // the undo would leave its own trace hidden from the actor (a node made unreadable to them): refused,
        // the transaction rolls back (never a 500 for an undo the actor could not follow)
        if (!shaped) {
          throw new AppError('FORBIDDEN', `Reverting event ${eventId} would hide its result from you`, {
            rule: 'would-hide',
          });
        }
        return { ...shaped, actionEvents };
      });
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
