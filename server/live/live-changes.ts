// What one event of the log means to one reader, as a stream message (pure: the lookups are made by the
// hub, once per batch and per kind of reader). The map patch is read from the graph as it is now, not
// from the event's snapshots, so applying it twice, or late, leaves the map right:
// - an event about a node the reader may see: the node as it is now, or its removal when it is gone;
//   a node made visible again (a revert, a visibility edit) comes with its links to what they may see;
// - about a link: the edge and its two ends when the link exists and both ends are visible, else its removal;
// - about a node the reader may no longer see, after an edit that took it from a level they may read:
//   its removal only, telling nothing else (no event);
// - about a role, a membership or an animation of the reader's own person: their reach changed — resync.
// Whether the reader may see an event at all is the history's rule (history.repository's EVENT_VISIBLE),
// applied here to the rows the hub read (`eventVisible`): a link event when each end is visible or, gone,
// was readable at its last node event; a node event when the node is visible or, gone, was readable when
// the event was recorded.
import { edgeOfLink } from '../../shared/graph';
import type { HistoryEvent } from '../../shared/history';
import type { LiveChange, MapPatch } from '../../shared/live';
import type { Relation } from '../../shared/vocabulary';
import type { Viewer } from '../db/visibility';
import type { GoneStanding, LiveLinkRow, LiveNodeRow, LoggedEvent } from './live.repository';

/** Links that change what their person may see or do: a change to one of the reader's own means resync. */
export const REACH_RELATIONS: readonly string[] = ['HAS_ROLE', 'MEMBER_OF', 'ANIMATES'];

/** What the hub looked up for one batch, whoever reads it. */
export interface BatchFacts {
  /** The batch's nodes that exist, whatever their visibility. */
  existing: Set<string>;
  /** The standing of the batch's gone nodes (their last node event's visibility and author). */
  gone: Map<string, GoneStanding>;
}

/** The rule of who may see an event, on the rows read for the batch (`visibleNow`: for this reader). */
export function eventVisible(
  event: LoggedEvent,
  viewer: Viewer,
  visibleNow: Map<string, LiveNodeRow> | Set<string>,
  facts: BatchFacts,
): boolean {
  const readable = (visibility: unknown, createdBy: unknown) =>
    (typeof visibility === 'string' && viewer.canSee.includes(visibility)) ||
    (viewer.actorId !== null && createdBy === viewer.actorId);
  const gone = (id: string) => !facts.existing.has(id);
  if (event.entityType === 'link') {
    return event.nodeIds.every((end) => {
      if (visibleNow.has(end)) return true;
      const standing = facts.gone.get(end);
      return gone(end) && standing !== undefined && readable(standing.visibility, standing.createdBy);
    });
  }
  const standing = event as { entityVisibility?: unknown; entityCreatedBy?: unknown };
  return (
    visibleNow.has(event.entityId) ||
    (gone(event.entityId) && readable(standing.entityVisibility, standing.entityCreatedBy))
  );
}

/** What the hub looked up for one batch and one kind of reader. */
export interface BatchLookups {
  /** The events this reader may see, told as the history tells them to this reader. */
  shaped: Map<string, HistoryEvent>;
  /** The batch's nodes as they are now, among those this reader may see. */
  nodes: Map<string, LiveNodeRow>;
  /** The batch's links that still exist (whatever their ends' visibility). */
  links: Map<string, LiveLinkRow>;
  /** Links of nodes made visible again, among those whose other end this reader may see. */
  revivedLinks: Map<string, LiveLinkRow[]>;
  /** Nodes created in this batch: one hidden from the reader by then was never on their map. */
  createdInBatch?: Set<string>;
}

const snapshotOf = (json: string | null | undefined): Record<string, unknown> | null => {
  if (typeof json !== 'string') return null;
  const parsed: unknown = JSON.parse(json);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
};

/** The relation of a link event (its snapshots keep it). */
export function relationOf(event: LoggedEvent): string | null {
  if (event.entityType !== 'link') return null;
  const snapshot = snapshotOf(event.after) ?? snapshotOf(event.before);
  return typeof snapshot?.relation === 'string' ? snapshot.relation : null;
}

/** A link event's link as its snapshot names it (to find it again by its ends). */
export function linkRefOf(event: LoggedEvent): { id: string; source: string; target: string } | null {
  if (event.entityType !== 'link') return null;
  const snapshot = snapshotOf(event.after) ?? snapshotOf(event.before);
  const [source, target] = [snapshot?.source, snapshot?.target];
  if (typeof source !== 'string' || typeof target !== 'string') return null;
  return { id: event.entityId, source, target };
}

/** A node event that may bring a node back into sight: a revert, or an edit of its visibility. */
export function mayRevive(event: LoggedEvent): boolean {
  if (event.entityType !== 'node' || event.action === 'node.create') return false;
  return event.action === 'event.revert' || 'visibility' in (snapshotOf(event.after) ?? {});
}

/** The reader could read the node before this event (its `before` names a level they may read). */
function sawBefore(event: LoggedEvent, viewer: Viewer): boolean {
  const before = snapshotOf(event.before);
  const level = before?.visibility;
  return typeof level === 'string' && viewer.canSee.includes(level);
}

const emptyPatch = (): MapPatch => ({ nodes: [], edges: [], removedNodes: [], removedEdges: [] });

const mapNode = (row: LiveNodeRow) => ({
  key: row.id,
  attributes: {
    kind: row.kind,
    labels: row.labels,
    x: row.x,
    y: row.y,
  },
});
const mapEdge = (link: LiveLinkRow) => edgeOfLink({ ...link, relation: link.relation as Relation });

/** The stream message of `event` for this reader: a change, a resync, or nothing to say. */
export function liveChangeOf(
  event: LoggedEvent,
  viewer: Viewer,
  look: BatchLookups,
): LiveChange | 'resync' | null {
  const relation = relationOf(event);
  if (
    viewer.actorId &&
    relation &&
    REACH_RELATIONS.includes(relation) &&
    event.nodeIds.includes(viewer.actorId)
  )
    return 'resync';
  const shaped = look.shaped.get(event.id) ?? null;
  const patch = emptyPatch();
  if (event.entityType === 'node') {
    const node = look.nodes.get(event.entityId);
    if (!shaped) {
      // hidden from them now: only a node they saw before leaves their map, and nothing more is said
      const never = look.createdInBatch?.has(event.entityId) ?? false;
      if (!node && !never && sawBefore(event, viewer)) patch.removedNodes.push(event.entityId);
      return patch.removedNodes.length > 0 ? { position: event.position, event: null, map: patch } : null;
    }
    if (!node) patch.removedNodes.push(event.entityId);
    else {
      patch.nodes.push(mapNode(node));
      for (const link of look.revivedLinks.get(node.id) ?? []) patch.edges.push(mapEdge(link));
    }
    return { position: event.position, event: shaped, map: patch };
  }
  if (!shaped) return null;
  const link = look.links.get(event.entityId);
  const ends = link ? [look.nodes.get(link.source), look.nodes.get(link.target)] : [];
  if (link && ends[0] && ends[1]) {
    patch.nodes.push(mapNode(ends[0]), mapNode(ends[1]));
    patch.edges.push(mapEdge(link));
  } else patch.removedEdges.push(event.entityId);
  return { position: event.position, event: shaped, map: patch };
}
