// A dated history written through the write path at once: each step (a node or a link created, a node
// edited or deleted) by its own actor, at its own date, as its own user action (reverting one event of it
// reverts that step, not the whole history), with the event each would have recorded written alone —
// the same rows (events.ts `eventRow`), the same snapshots (a node as stored, `linkSnapshot`,
// `editSnapshots`, a deleted node with its relationships). The steps are folded here into the graph they
// end in, then written in three statements per kind or relation, so the demo's months of history
// (seeds-data/demo-history.ts) load about as fast as a plain import. The steps must come oldest first:
// the event log's positions follow their dates. A question's status is the one given (no settling).
import { randomUUID } from 'node:crypto';
import type { CreateNode } from '../../shared/entities';
import type { Relation } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import type { Actor } from '../http/actor';
import type { Point } from '../landscape/placement';
import type { StoredLink } from '../links/links.repository';
import type { StoredRelationship } from '../nodes/nodes.repository';
import * as repo from './dated-history.repository';
import { type EventInput, eventRow, linkSnapshot } from './events';
import { type EventRow, insertEvents } from './events.repository';
import { newNodeProperties } from './new-node';

export type DatedStep =
  | { type: 'createNode'; at: Date; actorId: string; id: string; node: CreateNode; position: Point }
  | {
      type: 'createLink';
      at: Date;
      actorId: string;
      link: {
        id: string;
        source: string;
        target: string;
        relation: Relation;
        properties: Record<string, unknown>;
      };
    }
  | { type: 'editNode'; at: Date; actorId: string; id: string; patch: Record<string, unknown> }
  | { type: 'deleteNode'; at: Date; actorId: string; id: string };

type Snapshot = Record<string, unknown>;

/** What the steps end in: the nodes and links still there, as stored, and every step's event in order. */
export interface FoldedHistory {
  nodes: Map<string, Snapshot>;
  links: Map<string, StoredLink>;
  events: EventRow[];
}

/** A link as a deleted node's event keeps it (graph-writes.repository `allRelationships`). */
function relationshipOf(link: StoredLink): StoredRelationship {
  const { id, source, target, relation, properties, createdAt, createdBy } = link;
  return { id, source, target, relation, properties, createdAt, createdBy };
}

/** Replays the steps in memory (pure): refuses a step back in time, an unknown actor or node. */
export function foldHistory(steps: readonly DatedStep[], actors: ReadonlyMap<string, Actor>): FoldedHistory {
  const nodes = new Map<string, Snapshot>();
  const links = new Map<string, StoredLink>();
  const events: EventRow[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const step of steps) {
    const actor = actors.get(step.actorId);
    if (!actor) throw new Error(`No actor ${step.actorId} for the history`);
    if (step.at.getTime() < previous)
      throw new Error(`History step at ${step.at.toISOString()} goes back in time`);
    previous = step.at.getTime();
    const at = step.at.toISOString();
    const record = (event: EventInput) => events.push(eventRow(actor, randomUUID(), at, event));
    if (step.type === 'createNode') {
      const node = {
        ...newNodeProperties(step.node, actor, step.id),
        ...step.position,
        autoPlaced: false,
        createdAt: at,
        updatedAt: at,
      };
      nodes.set(step.id, node);
      record({
        action: 'node.create',
        entity: { type: 'node', id: step.id },
        nodeIds: [step.id],
        before: null,
        after: node,
      });
      continue;
    }
    if (step.type === 'createLink') {
      const { source, target } = step.link;
      if (!nodes.has(source) || !nodes.has(target)) throw new Error(`Link ${step.link.id} before its ends`);
      const link: StoredLink = { ...step.link, createdAt: at, createdBy: actor.id };
      links.set(link.id, link);
      record({
        action: 'link.create',
        entity: { type: 'link', id: link.id },
        nodeIds: [source, target],
        before: null,
        after: linkSnapshot(link),
      });
      continue;
    }
    const node = nodes.get(step.id);
    if (!node) throw new Error(`History step on ${step.id}, which does not exist`);
    if (step.type === 'editNode') {
      const version = Number(node.version);
      const before: Snapshot = { version };
      const after: Snapshot = { version: version + 1 };
      for (const key of Object.keys(step.patch)) {
        before[key] = node[key] ?? null;
        after[key] = step.patch[key] ?? null;
      }
      Object.assign(node, step.patch, { version: version + 1, updatedAt: at });
      record({
        action: 'node.edit',
        entity: { type: 'node', id: step.id },
        nodeIds: [step.id],
        before,
        after,
      });
      continue;
    }
    const touching = [...links.values()].filter((l) => l.source === step.id || l.target === step.id);
    const relationships = touching.map(relationshipOf).sort((a, b) => a.id.localeCompare(b.id));
    for (const l of touching) links.delete(l.id);
    nodes.delete(step.id);
    const neighbours = touching.map((l) => (l.source === step.id ? l.target : l.source));
    record({
      action: 'node.delete',
      entity: { type: 'node', id: step.id },
      nodeIds: [step.id, ...neighbours],
      before: { ...node, relationships },
      after: null,
    });
  }
  return { nodes, links, events };
}

/** Folds the steps, then writes the graph they end in and all their events in one transaction. */
export async function writeDatedHistory(
  db: Database,
  steps: readonly DatedStep[],
  actors: ReadonlyMap<string, Actor>,
): Promise<void> {
  const folded = foldHistory(steps, actors);
  await db.write(async (tx) => {
    await repo.insertNodes(tx, [...folded.nodes.values()]);
    await repo.insertLinks(tx, [...folded.links.values()]);
    await insertEvents(tx, folded.events);
  });
}
