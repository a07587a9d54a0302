// The one write path of the graph: create, edit and delete nodes; create, delete and restore links; and
// what a revert brings back. Each write records its event (events.ts, with the transaction's user action
// id), settles the status of the questions it may move (question-status.ts) and places new nodes. It
// takes a `Writer` (writer.ts): the transaction, the actor the events are recorded for, and an optional
// clock — so a live request, a demo history with past dates and an import all go through here. Permission
// checks and the request's own preconditions stay with the services that call it.
import { randomUUID } from 'node:crypto';
import type { CreateNode } from '../../shared/entities';
import type { Relation } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import type { Viewer } from '../db/visibility';
import { AppError } from '../http/errors';
import { placeNear } from '../landscape/free-spot';
import type { Point } from '../landscape/placement';
import type { StoredLink } from '../links/links.repository';
import type { StoredNode, StoredRelationship } from '../nodes/nodes.repository';
import { editSnapshots, linkSnapshot, recordEvent, restoreSnapshots } from './events';
import * as repo from './graph-writes.repository';
import { newNodeProperties } from './new-node';
import { grownQuestions, settleAfterVisibilityChange, settleQuestionStatus } from './question-status';
import { atOf, type Writer } from './writer';

export type { LockedNode } from './graph-writes.repository';
export { newNodeProperties } from './new-node';
export { type Clock, type Writer, writer } from './writer';

type Snapshot = Record<string, unknown>;

/** A node a new one is placed next to: where it is, and whether it was ever placed itself. */
export interface Anchor extends Point {
  id: string;
  autoPlaced?: boolean;
}

export interface NewLink {
  source: string;
  target: string;
  relation: Relation;
  properties?: Record<string, unknown>;
}

/** Locks the visible nodes among `ids` (in id order) that a write will link to, and returns them. */
export function lockTargets(tx: Tx, ids: string[], viewer: Viewer) {
  return repo.lockVisible(tx, ids, viewer);
}

/** The link with this id when both its ends are visible to the reader (null otherwise): what an unlink or
 *  the revert of a link event acts on. */
export function findVisibleLink(tx: Tx, id: string, viewer: Viewer) {
  return repo.findVisibleLink(tx, id, viewer);
}

/** Whether the actor's Person node exists: a write recording them as asker or author needs it. */
export async function requirePerson(w: Writer): Promise<void> {
  if (!(await repo.personExists(w.tx, w.actor.id))) {
    throw new Error(`The account ${w.actor.id} has no Person node`);
  }
}

/**
 * Creates a node from `input` (defaults, identity and author from new-node.ts), with `extra` stored
 * properties, and records its `node.create`. Placed at a free spot `near` an anchor when given (then no
 * longer auto-placed); `pinAnchor` also marks the anchor as placed, so a later link does not move it.
 */
export async function createNode(
  w: Writer,
  input: CreateNode,
  options: { id?: string; extra?: object; near?: Anchor; pinAnchor?: boolean } = {},
): Promise<StoredNode> {
  const properties: Snapshot = {
    ...newNodeProperties(input, w.actor, options.id),
    ...options.extra,
  };
  const { near } = options;
  if (near) {
    Object.assign(properties, await placeNear(w.tx, near, properties.id as string), { autoPlaced: false });
    if (options.pinAnchor && near.autoPlaced) await repo.markPlaced(w.tx, near.id);
  }
  const node = await repo.insertNode(w.tx, input.kind, properties, atOf(w));
  await recordEvent(w, {
    action: 'node.create',
    entity: { type: 'node', id: node.id },
    nodeIds: [node.id],
    before: null,
    after: node,
  });
  return node;
}

/**
 * Edits a node (already locked and checked) and records its `node.edit` — or, with `reverts`, the
 * `event.revert` restoring those fields. A change of visibility settles the statuses it may move; the node
 * is returned as stored after all that.
 */
export async function editNode(
  w: Writer,
  current: StoredNode,
  patch: Snapshot,
  options: { reverts?: string } = {},
): Promise<{ node: StoredNode; eventId: string }> {
  const updated = await repo.updateNode(w.tx, current.id, patch, atOf(w));
  const eventId = await recordEvent(w, {
    action: options.reverts ? 'event.revert' : 'node.edit',
    entity: { type: 'node', id: current.id },
    nodeIds: [current.id],
    ...(options.reverts
      ? { ...restoreSnapshots(current, updated, patch), reverts: options.reverts }
      : editSnapshots(current, updated, patch)),
  });
  if (patch.visibility !== undefined && patch.visibility !== current.visibility) {
    // a question's status counts only the seeds all its readers may see (question-status.ts)
    const settled = await settleAfterVisibilityChange(w, current);
    return { node: settled.get(current.id) ?? updated, eventId };
  }
  return { node: updated, eventId };
}

/** Deletes a node with its relationships and records what a revert needs to bring them back (then the
 *  status of a question a deleted seed grew from follows); resolves to the event's id. */
export async function deleteNode(
  w: Writer,
  node: StoredNode,
  options: { reverts?: string } = {},
): Promise<string> {
  const relationships = await repo.allRelationships(w.tx, node.id);
  await repo.deleteNode(w.tx, node.id);
  const before = { ...node, relationships };
  const neighbours = relationships.map((r) => (r.source === node.id ? r.target : r.source));
  const eventId = await recordEvent(w, {
    action: options.reverts ? 'event.revert' : 'node.delete',
    entity: { type: 'node', id: node.id },
    nodeIds: [node.id, ...neighbours],
    before,
    after: null,
    ...(options.reverts ? { reverts: options.reverts } : {}),
  });
  await settleQuestionStatus(w, grownQuestions(relationships)); // a deleted seed's question may lose `seeded`
  return eventId;
}

/** Inserts one link by the writer and records its `link.create`. */
async function insertLinkWithEvent(w: Writer, link: NewLink, place?: [LinkEndToPlace, LinkEndToPlace]) {
  const stored = await repo.insertLink(
    w.tx,
    { id: randomUUID(), ...link, properties: link.properties ?? {}, createdBy: w.actor.id },
    atOf(w),
  );
  if (place) await placeNewcomers(w, place[0], place[1]);
  await recordEvent(w, {
    action: 'link.create',
    entity: { type: 'link', id: stored.id },
    nodeIds: [stored.source, stored.target],
    before: null,
    after: linkSnapshot(stored),
  });
  return stored;
}

/** A link's end as placement sees it: a node not yet placed by a link moves next to the other end. */
export interface LinkEndToPlace extends Point {
  id: string;
  autoPlaced: boolean;
}

/**
 * Creates one link (its ends locked and checked by the caller) and records its `link.create`; an end not
 * yet placed moves next to the other (both new: the target anchors). A seed growing from a question
 * settles its status.
 */
export async function createLink(
  w: Writer,
  link: NewLink,
  ends: [LinkEndToPlace, LinkEndToPlace],
): Promise<StoredLink> {
  const stored = await insertLinkWithEvent(w, link, ends);
  await settleQuestionStatus(w, grownQuestions([stored])); // a seed grows from it: `seeded`
  return stored;
}

/**
 * Creates links one after the other, each with its `link.create` — `check` runs before each (the
 * permission table) — then settles, once, the questions they grow and those in `settle`. The links of
 * one new node (an ask, a grown seed, a joined question) are written so.
 */
export async function createLinks(
  w: Writer,
  links: NewLink[],
  options: { check?: (link: NewLink & { properties: Snapshot }) => Promise<unknown>; settle?: string[] } = {},
): Promise<{ links: StoredLink[]; settled: Map<string, StoredNode> }> {
  const stored: StoredLink[] = [];
  for (const link of links) {
    const properties = link.properties ?? {};
    await options.check?.({ ...link, properties });
    stored.push(await insertLinkWithEvent(w, { ...link, properties }));
  }
  const settled = await settleQuestionStatus(w, [...grownQuestions(stored), ...(options.settle ?? [])]);
  return { links: stored, settled };
}

/** Deletes a link (already checked) and records its `link.delete` — or, with `reverts`, the revert that
 *  removes it; the status of a question it grew follows. */
export async function deleteLink(
  w: Writer,
  link: StoredLink,
  options: { reverts?: string } = {},
): Promise<string> {
  await repo.deleteLink(w.tx, link.id);
  const eventId = await recordEvent(w, {
    action: options.reverts ? 'event.revert' : 'link.delete',
    entity: { type: 'link', id: link.id },
    nodeIds: [link.source, link.target],
    before: linkSnapshot(link),
    after: null,
    ...(options.reverts ? { reverts: options.reverts } : {}),
  });
  await settleQuestionStatus(w, grownQuestions([link])); // its last seed gone: no longer `seeded`
  return eventId;
}

/** Brings a deleted link back as its event kept it (same id), for the revert `reverts`: null, writing
 *  nothing, when one of its ends no longer exists. */
export async function restoreLink(
  w: Writer,
  snapshot: StoredRelationship,
  reverts: string,
): Promise<string | null> {
  if (!(await repo.restoreLink(w.tx, snapshot, atOf(w)))) return null;
  const eventId = await recordEvent(w, {
    action: 'event.revert',
    entity: { type: 'link', id: snapshot.id },
    nodeIds: [snapshot.source, snapshot.target],
    before: null,
    after: snapshot as unknown as Snapshot,
    reverts,
  });
  await settleQuestionStatus(w, grownQuestions([snapshot]));
  return eventId;
}

const conflict = (message: string) => new AppError('CONFLICT', message);

/** Recreates a deleted node as its delete event kept it (same id, same version) with the relationships
 *  whose other end still exists, for the revert `reverts` (409 when it exists again). */
export async function restoreNode(w: Writer, id: string, before: Snapshot | null, reverts: string) {
  if (!before) throw conflict(`Event for node ${id} kept nothing to restore`);
  if ((await repo.existingIds(w.tx, [id])).has(id)) throw conflict(`Node ${id} exists again`);
  const { relationships, ...properties } = before as Snapshot & { relationships?: StoredRelationship[] };
  await repo.restoreNode(w.tx, properties, atOf(w));
  const others = (relationships ?? []).map((r) => (r.source === id ? r.target : r.source));
  const alive = await repo.existingIds(w.tx, others);
  const restored: StoredRelationship[] = [];
  for (const rel of relationships ?? []) {
    const other = rel.source === id ? rel.target : rel.source;
    if (alive.has(other) && !(await repo.linkExists(w.tx, rel.id)) && (await repo.restoreLink(w.tx, rel))) {
      restored.push(rel);
    }
  }
  const eventId = await recordEvent(w, {
    action: 'event.revert',
    entity: { type: 'node', id },
    nodeIds: [id, ...restored.map((r) => (r.source === id ? r.target : r.source))],
    before: null,
    after: { ...properties, relationships: restored },
    reverts,
  });
  await settleQuestionStatus(w, grownQuestions(restored));
  return eventId;
}

/** A node not yet placed by a link moves next to the other end; if both are new, the target anchors. */
async function placeNewcomers(w: Writer, a: LinkEndToPlace, b: LinkEndToPlace) {
  if (a.autoPlaced) {
    await repo.placeNode(w.tx, a.id, await placeNear(w.tx, b, a.id));
    if (b.autoPlaced) await repo.markPlaced(w.tx, b.id);
  } else if (b.autoPlaced) {
    await repo.placeNode(w.tx, b.id, await placeNear(w.tx, a, b.id));
  }
}
