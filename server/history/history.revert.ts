// Reverting a user action (issue 11 §4): every event of the action the asked event belongs to, newest first,
// atomically, inside the caller's write transaction — the question asked, its links, and so on. The events
// Semis recorded as their consequence (a question's status) are not reverted one by one and need no right
// of their own: the status settles again from the graph as each link goes or comes back. Before anything is
// written, every node the action touched must still be at the version the action left it at (else 409:
// someone changed it since), and the actor must see every event of the action (else 403).
// Reverting one event, each the revert is itself an `event.revert` (all of them one action):
//   node.create → delete the node, if unchanged since (same version) — else 409
//   node.edit   → restore the fields it changed, if the node is still at the version it made — else 409
//   node.delete → recreate the node as it was (same id, same version) and its relationships whose other
//                 end still exists
//   link.create → delete that link;  link.delete → recreate it (same id) if both ends still exist
// A revert is reverted as the change it made (redo, issue 10 §2): bringing back what it deleted, deleting
// what it brought back, restoring the fields it restored — with the same rights and checks as that change.
// An event already reverted answers 409. Who may revert: whoever may, now, do directly both
// the event's action and its inverse (issue 10 §2): delete for a creation or a deletion, edit for an edit
// (and visibility when it changed), link and unlink for link events. When a
// GROWS_FROM link comes or goes, the question's status follows (graph-writes/question-status.ts). The
// checks are here; every change a revert makes, with its event, goes through the write path
// (server/graph-writes).

import { SYSTEM_ACTOR_ID } from '../../shared/history';
import type { Relation } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { visibilityParams } from '../db/visibility';
import { actionOf } from '../graph-writes/events';
import * as graph from '../graph-writes/graph-writes';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import type * as nodes from '../nodes/nodes.repository';
import { factsFromSnapshot, loadNodeFacts } from '../permissions/permissions.repository';
import { mayChangeVisibility, mayDelete, type NodeFacts } from '../permissions/permissions.rules';
import { assertCan, forbidden } from '../permissions/permissions.service';
import * as repo from './history.repository';

type Snapshot = Record<string, unknown>;

const conflict = (message: string, details?: unknown) => new AppError('CONFLICT', message, details);
const parse = (json: string | null | undefined): Snapshot | null =>
  json ? (JSON.parse(json) as Snapshot) : null;

/**
 * Reverts the whole action `eventId` belongs to, for `actor`. Resolves to the id of the asked event's
 * revert (a status change of Semis's own: the revert of the person's last event of its action) and the
 * id of the revert's action (every event it recorded carries it).
 */
export async function revertAction(
  tx: Tx,
  actor: Actor,
  eventId: string,
): Promise<{ revertId: string; actionId: string }> {
  const viewer = visibilityParams(actor);
  const asked = await repo.lockEvent(tx, eventId, viewer);
  if (!asked) throw notFound(`Event ${eventId}`);
  requireAccount(actor);
  if (asked.revertedBy)
    throw conflict(`Event ${eventId} was already reverted`, { revertedBy: asked.revertedBy });
  const events = asked.actionId
    ? await repo.lockActionEvents(tx, asked.actionId, viewer)
    : [{ ...asked, visible: true }];
  // Semis's own events follow from the person's (a status on a question the undo removed): not theirs to see
  if (events.some((e) => !e.visible && e.actorId !== SYSTEM_ACTOR_ID)) {
    throw new AppError('FORBIDDEN', `Part of the action event ${eventId} belongs to is hidden from you`, {
      rule: 'hidden-part',
    });
  }
  // an erasure scrubbed what these events kept (graph-writes/erasure.ts): nothing of it may come back
  const erased = events.find((e) => e.erased === true);
  if (erased) {
    throw new AppError('ERASED', `Event ${erased.id} concerns something erased: it cannot be reverted`, {
      eventId: erased.id,
    });
  }
  const persons = events.filter((e) => e.actorId !== SYSTEM_ACTOR_ID);
  // an action of Semis's own alone (before actions were kept, or a status change with no person's event)
  const toRevert = persons.length > 0 ? persons : [asked];
  const already = toRevert.find((e) => e.revertedBy);
  if (already) {
    throw conflict(`Part of this action (event ${already.id}) was already reverted`, {
      revertedBy: already.revertedBy,
    });
  }
  await assertUnchangedSince(tx, events, toRevert);
  const made = new Map<string, string>();
  for (const event of [...toRevert].reverse()) made.set(event.id, await revertEvent(tx, actor, event));
  const revertId = made.get(asked.id) ?? (made.get(toRevert.at(-1)?.id ?? '') as string);
  return { revertId, actionId: actionOf(tx) };
}

/**
 * 409 unless every node the person's events touched is still at the version the whole action left it at
 * (a question asked is at version 2 once Semis set its status in the same action). A node only Semis's
 * status events touched (the question a seed grew from) is not checked: its status settles from the graph.
 */
async function assertUnchangedSince(
  tx: Tx,
  events: repo.StoredEvent[],
  persons: repo.StoredEvent[],
): Promise<void> {
  const touched = new Set(persons.filter((e) => e.entityType === 'node').map((e) => e.entityId));
  const left = new Map<string, number | null>();
  for (const event of events) {
    if (event.entityType !== 'node' || !touched.has(event.entityId)) continue;
    const version = parse(event.after)?.version;
    left.set(event.entityId, typeof version === 'number' ? version : null);
  }
  const standing = [...left].filter((entry): entry is [string, number] => entry[1] !== null);
  if (standing.length === 0) return;
  // locked: an edit committing between this check and the revert would otherwise be overwritten
  const now = await repo.lockedNodeVersions(
    tx,
    standing.map(([id]) => id),
  );
  for (const [id, version] of standing) {
    const current = now.get(id);
    if (current === undefined) throw conflict(`Node ${id} was deleted since`);
    if (current !== version) {
      throw conflict(`Node ${id} changed since: it is at version ${current}, not ${version}`, {
        currentVersion: current,
      });
    }
  }
}

/** Reverts one event for `actor` (its action's versions already checked); resolves to the revert's id. */
async function revertEvent(tx: Tx, actor: Actor, event: repo.StoredEvent): Promise<string> {
  const viewer = visibilityParams(actor);
  const before = parse(event.before);
  const w = graph.writer(tx, actor);
  const reverts = event.id;

  switch (event.action === 'event.revert' ? changeMadeBy(event) : event.action) {
    case 'node.create': {
      const node = await lockedNode(tx, event.entityId, 'deleted since');
      // undoing a creation is deleting: it needs the delete right on the node, now (issue 10 §2)
      await assertCan(tx, actor, 'delete', { nodeId: node.id });
      return graph.deleteNode(w, node, { reverts });
    }
    case 'node.edit': {
      const node = await lockedNode(tx, event.entityId, 'deleted since');
      await assertCan(tx, actor, 'edit', { nodeId: node.id });
      const { version: _v, ...restore } = before ?? {};
      if ('visibility' in restore && restore.visibility !== node.visibility) {
        const facts = (await loadNodeFacts(tx, [node.id], viewer)).get(node.id);
        const may = facts ? mayChangeVisibility(actor, facts) : { allowed: false as const, rule: 'hidden' };
        if (!may.allowed) throw forbidden('revert this change of visibility', may);
      }
      return (await graph.editNode(w, node, restore, { reverts })).eventId;
    }
    case 'node.delete': {
      // bringing a deleted node back needs the right to delete it, as it was when deleted
      const [facts] = await entityFacts(tx, actor, event, before);
      const may = facts ? mayDelete(actor, facts) : { allowed: false as const, rule: 'hidden' };
      if (!may.allowed) throw forbidden('revert the deletion of this node', may);
      return graph.restoreNode(w, event.entityId, before, reverts);
    }
    case 'link.create': {
      const link = await graph.findVisibleLink(tx, event.entityId, viewer);
      if (!link) throw conflict(`Link ${event.entityId} was already removed`);
      // undoing a link is unlinking, and the link must be one the actor could make
      await assertCan(tx, actor, 'unlink', { link });
      await assertCan(tx, actor, 'link', link);
      return graph.deleteLink(w, link, { reverts });
    }
    case 'link.delete': {
      const snapshot = before as unknown as nodes.StoredRelationship;
      if (await repo.linkExists(tx, snapshot.id)) throw conflict(`Link ${snapshot.id} exists again`);
      // bringing a link back is making it: a removed role or animation comes back only for who may give it
      await assertCan(tx, actor, 'link', {
        source: snapshot.source,
        target: snapshot.target,
        relation: snapshot.relation as Relation,
        properties: snapshot.properties,
      });
      await assertCan(tx, actor, 'unlink', {
        link: { source: snapshot.source, target: snapshot.target, createdBy: snapshot.createdBy ?? null },
      });
      const restored = await graph.restoreLink(w, snapshot, reverts);
      if (!restored) throw conflict(`Link ${snapshot.id} cannot come back: one of its ends no longer exists`);
      return restored;
    }
    default:
      throw conflict(`Events of type ${event.action} cannot be reverted`);
  }
}

/**
 * What a revert did, as the event kind it amounts to: a node or link that came back is a creation, one
 * that went is a deletion, fields restored are an edit. Its own revert (redo) is then that kind's revert.
 */
function changeMadeBy(event: repo.StoredEvent): string {
  const [before, after] = [Boolean(event.before), Boolean(event.after)];
  const made = before && after ? 'edit' : after ? 'create' : before ? 'delete' : null;
  if (!made || (event.entityType === 'link' && made === 'edit')) return event.action;
  return `${event.entityType}.${made}`;
}

async function lockedNode(tx: Tx, id: string, what: string): Promise<nodes.StoredNode> {
  const node = await repo.lockAnyNode(tx, id);
  if (!node) throw conflict(`Node ${id} was ${what}`);
  return node;
}

/** The facts the revert rule needs: the entity's nodes as they are now, or as the delete event kept it. */
async function entityFacts(
  tx: Tx,
  actor: Actor,
  event: repo.StoredEvent,
  before: Snapshot | null,
): Promise<NodeFacts[]> {
  const viewer = visibilityParams(actor);
  const ids = event.entityType === 'link' ? event.nodeIds : [event.entityId];
  const live = await loadNodeFacts(tx, ids, viewer);
  if (live.size > 0 || event.entityType === 'link' || !before?.kind) return [...live.values()];
  const rels = Array.isArray(before.relationships)
    ? (before.relationships as nodes.StoredRelationship[])
    : [];
  const facts = await factsFromSnapshot(
    tx,
    {
      id: event.entityId,
      kind: before.kind as NodeFacts['kind'],
      createdBy: before.createdBy as string | undefined,
      visibility: before.visibility as NodeFacts['visibility'],
    },
    rels.map((r) => ({
      other: r.source === event.entityId ? r.target : r.source,
      createdBy: r.createdBy ?? null,
    })),
    viewer.actorId,
  );
  // A deleted seed's own HAS_ROLE links went with it: the actor's roles on it are in the snapshot.
  const ownRoles = rels
    .filter((r) => r.relation === 'HAS_ROLE' && r.source === viewer.actorId)
    .map((r) => r.properties.role as NodeFacts['seedRoles'][number]);
  return [{ ...facts, seedRoles: [...new Set([...facts.seedRoles, ...ownRoles])] }];
}
