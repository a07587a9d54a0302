// History: every write records an event (actor, time, action, entity, before/after). A node's history
// and the revert of an event are read and made through these shapes.
import { z } from 'zod';
import { idSchema, relationSchema } from './vocabulary';

export const EVENT_ACTIONS = [
  'node.create',
  'node.edit',
  'node.delete',
  'link.create',
  'link.delete',
  'event.revert',
  'node.erase',
] as const;
/** The actor id of what Semis does itself (a question's status following its seeds, the demo landscape). */
export const SYSTEM_ACTOR_ID = 'system';
/** The actor shown for a person the reader may not see: the event names neither their id nor their name. */
export const HIDDEN_ACTOR_ID = 'hidden';
/** The actor of every event a person made before they erased their account: "une personne", no one named. */
export const ERASED_ACTOR_ID = 'erased';

export const eventActionSchema = z.enum(EVENT_ACTIONS);
export type EventAction = z.infer<typeof eventActionSchema>;

/** A stored node's or link's properties at one moment; null when it did not exist (before a create). */
const snapshot = z.record(z.string(), z.unknown()).nullable();

export const eventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }),
  action: eventActionSchema,
  entity: z.object({ type: z.enum(['node', 'link']), id: z.string() }),
  before: snapshot,
  after: snapshot,
  /** The event this one reverts (for `event.revert`). */
  reverts: z.string().optional(),
  /** Set when a later event reverted this one. */
  revertedBy: z.string().optional(),
  /**
   * The user action this event belongs to: every event one request wrote (asking a question is one action:
   * the question, its links, the status changes Semis made as their consequence). Undo and revert apply
   * to a whole action. Absent on events recorded before actions were kept.
   */
  actionId: z.string().optional(),
});
export type HistoryEvent = z.infer<typeof eventSchema>;

/**
 * A revert's answer: the revert of the event asked for, and every event the revert made, newest last —
 * one per event of the reverted action (its links, the question it asked…) and the status changes that
 * followed. They all share the revert's own `actionId`, so reverting the revert (redo) makes them all again.
 */
export const revertResponseSchema = eventSchema.extend({ actionEvents: z.array(eventSchema) });
export type RevertResponse = z.infer<typeof revertResponseSchema>;

/**
 * A link as a link event keeps it (`after` of link.create, `before` of link.delete, and so both snapshots
 * of the `event.revert` that undoes one): enough to draw it again, or to take it off the map, by its id.
 */
export const linkSnapshotSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  relation: relationSchema,
  properties: z.record(z.string(), z.unknown()).default({}),
});
export type LinkSnapshot = z.infer<typeof linkSnapshotSchema>;

export const historyQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const historyResponseSchema = z.object({ events: z.array(eventSchema) });
export const eventParamsSchema = z.strictObject({ eventId: idSchema });

/**
 * The last change of a node, as a 412 names it: when, and by whom — a person the reader may see (id and
 * public name, never an email), Semis itself (`system`), or null when the reader may not see that person.
 */
export const lastChangeSchema = z.object({
  at: z.string(),
  by: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('person'), id: idSchema, name: z.string() }),
      z.object({ kind: z.literal('system') }),
    ])
    .nullable(),
});
export type LastChange = z.infer<typeof lastChangeSchema>;
