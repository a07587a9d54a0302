// The Cypher of time: the events of the log up to a date (or all) about what the reader may read —
// a node that exists and is visible to them now, or one deleted since that they could see when it was
// deleted (history.repository `nodeReadable`, the rule the history uses) — and a link's when both its ends
// are; oldest first. And where the nodes that still exist are now.
import { z } from 'zod';
import { int, type Tx } from '../db/database';
import { parseRows } from '../db/plain';
import type { Viewer } from '../db/visibility';
import { nodeReadable } from '../history/history.repository';
import type { ReplayEvent } from './replay';

const eventRowSchema = z.object({
  at: z.string(),
  /** Whether the event's node (a node event's) still exists. */
  present: z.boolean(),
  entityType: z.enum(['node', 'link']),
  entityId: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

const UNTIL = '($until IS NULL OR e.at <= datetime({epochMillis: $until}))';

const parseSnapshot = (json: string | null) =>
  json === null ? null : (JSON.parse(json) as Record<string, unknown>);

/** The readable events at or before `untilMillis` (null: all), in the log's order. */
export async function readableEvents(
  tx: Tx,
  viewer: Viewer,
  untilMillis: number | null,
): Promise<ReplayEvent[]> {
  const until = untilMillis === null ? null : int(untilMillis);
  const readable = await tx.run(
    `MATCH (e:Event) WHERE e.entityType = 'node' AND ${UNTIL}
     WITH DISTINCT e.entityId AS id WHERE ${nodeReadable('id')}
     RETURN collect(id) AS ids`,
    { ...viewer, until },
  );
  const ids = (readable.records[0]?.get('ids') as string[] | undefined) ?? [];
  const result = await tx.run(
    `MATCH (e:Event) WHERE ${UNTIL}
       AND CASE e.entityType WHEN 'node' THEN e.entityId IN $ids ELSE all(end IN e.nodeIds WHERE end IN $ids) END
     WITH e ORDER BY e.position
     RETURN e { .at, .entityType, .entityId, before: e.before, after: e.after,
       present: EXISTS { MATCH (:Entity {id: e.entityId}) } } AS event`,
    { ids, until },
  );
  const events = parseRows(
    eventRowSchema,
    result.records.map((r) => r.get('event')),
  ).map(({ present, ...e }) => ({
    ...e,
    present,
    before: parseSnapshot(e.before),
    after: parseSnapshot(e.after),
  }));
  return events.filter(readableAtTheTime(viewer)).map(({ present: _present, ...e }) => e);
}

/**
 * A node deleted since is readable as it was then: each of its events only while its visibility then was
 * one the reader may read, or they were its author (as the history shows a gone node's events by the
 * standing each event kept). So a title it had while private never reaches a reader who could only see it
 * once public. A node that still exists is shown as the history shows it to who may see it now: whole.
 */
function readableAtTheTime(viewer: Viewer) {
  const standing = new Map<string, { visibility: unknown; createdBy: unknown }>();
  return (e: ReplayEvent & { present: boolean }): boolean => {
    if (e.entityType !== 'node' || e.present) return true;
    const was = standing.get(e.entityId) ?? { visibility: undefined, createdBy: undefined };
    const now = {
      visibility: e.after && 'visibility' in e.after ? e.after.visibility : was.visibility,
      createdBy: e.after && 'createdBy' in e.after ? e.after.createdBy : was.createdBy,
    };
    standing.set(e.entityId, now);
    // an event is read under the standing the node had with it (after a create or an edit: the new one)
    const readable = (s: { visibility: unknown; createdBy: unknown }) =>
      (typeof s.visibility === 'string' && viewer.canSee.includes(s.visibility)) ||
      (viewer.actorId !== null && s.createdBy === viewer.actorId);
    return readable(now) || (e.after === null && readable(was));
  };
}

const positionSchema = z.object({ id: z.string(), x: z.number(), y: z.number() });

/** Where each of these nodes is now, for those that still exist. */
export async function currentPositions(
  tx: Tx,
  ids: string[],
): Promise<Map<string, { x: number; y: number }>> {
  const result = await tx.run(
    `MATCH (n:Entity) WHERE n.id IN $ids
     RETURN n { .id, x: coalesce(n.x, 0.0), y: coalesce(n.y, 0.0) } AS position`,
    { ids },
  );
  const rows = parseRows(
    positionSchema,
    result.records.map((r) => r.get('position')),
  );
  return new Map(rows.map((p) => [p.id, { x: p.x, y: p.y }]));
}
