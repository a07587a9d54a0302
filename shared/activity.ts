// Activity, following and the inbox (issue 13 §1): feeds of the event log at every scope, paged by the
// log's position, each event told as the history tells it plus the labels of the nodes it concerns that
// the reader may see; what a person follows (theirs alone); the inbox of what concerns them, read/unread.
import { z } from 'zod';
import { eventSchema } from './history';
import { idSchema, kindSchema, langSchema } from './vocabulary';

export const ACTIVITY_SCOPES = ['landscape', 'seed', 'person', 'community', 'following'] as const;
export type ActivityScope = (typeof ACTIVITY_SCOPES)[number];
/** The scopes that name a node with `id` (the others take none). */
export const SCOPES_WITH_ID: readonly ActivityScope[] = ['seed', 'person', 'community'];

/** A position in the event log, as a cursor: digits only (a blank or garbled one is refused, never 0). */
const CURSOR_PATTERN = '^[0-9]{1,15}$';
const cursorSchema = z
  .string()
  .regex(new RegExp(CURSOR_PATTERN), 'a cursor is a position in the event log: 1 to 15 digits')
  .transform(Number);

const limitSchema = z.coerce.number().int().min(1).max(100).default(30);

/** Most events "since your last visit" counts (beyond: `capped`, "200+"), and most node ids it lists. */
export const SINCE_COUNT_CAP = 200;
export const SINCE_NODES_CAP = 500;

export const activityQuerySchema = z
  .strictObject({
    scope: z.enum(ACTIVITY_SCOPES).default('landscape'),
    /** The seed, person or community of the feed (those scopes only). */
    id: idSchema.optional(),
    /** Only events older than this position (the previous page's `nextBefore`). */
    before: cursorSchema.optional(),
    /** Only events newer than this position ("since your last visit"): the answer adds `since`. */
    after: cursorSchema.optional(),
    limit: limitSchema,
    lang: langSchema.default('fr'),
  })
  .superRefine((query, ctx) => {
    const needsId = SCOPES_WITH_ID.includes(query.scope);
    if (needsId && query.id === undefined)
      ctx.addIssue({ code: 'custom', path: ['id'], message: `scope ${query.scope} needs an id` });
    if (!needsId && query.id !== undefined)
      ctx.addIssue({ code: 'custom', path: ['id'], message: `scope ${query.scope} takes no id` });
  });
export type ActivityQuery = z.output<typeof activityQuerySchema>;

/** A node an event concerns, as the reader may see it now (in the asked language). */
export const activityNodeSchema = z.object({ id: idSchema, kind: kindSchema, title: z.string() });
export type ActivityNode = z.infer<typeof activityNodeSchema>;

export const activityEventSchema = eventSchema.extend({
  /** The event's position in the log (the cursor). */
  position: z.number().int().min(1),
  /** The nodes it concerns that the reader may see now (a deleted node: only in the event's snapshot). */
  nodes: z.array(activityNodeSchema),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;

export const activityResponseSchema = z.object({
  events: z.array(activityEventSchema),
  /** The cursor of the next (older) page, or null when this page is the last. */
  nextBefore: z.number().int().min(1).nullable(),
  /** The log's latest position now (what "since your last visit" keeps as seen). */
  latest: z.number().int().min(0),
  /** With `after`: how many visible events came since (at most SINCE_COUNT_CAP) and the nodes they concern. */
  since: z
    .object({
      count: z.number().int().min(0),
      capped: z.boolean(),
      nodeIds: z.array(idSchema),
    })
    .optional(),
});
export type ActivityResponse = z.infer<typeof activityResponseSchema>;

export const followParamsSchema = z.strictObject({ nodeId: idSchema });
export const followSchema = z.object({
  nodeId: idSchema,
  kind: kindSchema,
  title: z.string(),
  since: z.string(),
});
export type Follow = z.infer<typeof followSchema>;
export const followsQuerySchema = z.strictObject({ lang: langSchema.default('fr') });
export const followsResponseSchema = z.object({ follows: z.array(followSchema) });

/** Why an item is in the inbox: an answer or a stance on my question, or a change to what I follow. */
export const INBOX_REASONS = ['answer', 'stance', 'following'] as const;
export const inboxItemSchema = activityEventSchema.extend({
  read: z.boolean(),
  reason: z.enum(INBOX_REASONS),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxQuerySchema = z.strictObject({
  before: cursorSchema.optional(),
  limit: limitSchema,
  lang: langSchema.default('fr'),
});
/** Most unread items counted (the badge says "99+" from 100 on). */
export const UNREAD_CAP = 100;
export const unreadSchema = z.object({ unread: z.number().int().min(0).max(UNREAD_CAP) });
export const inboxResponseSchema = unreadSchema.extend({
  items: z.array(inboxItemSchema),
  nextBefore: z.number().int().min(1).nullable(),
});
export type InboxResponse = z.infer<typeof inboxResponseSchema>;

/** Mark some items read (their event ids), or every item there is now. */
export const inboxReadSchema = z.union([
  z.strictObject({ eventIds: z.array(idSchema).min(1).max(200) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type InboxRead = z.infer<typeof inboxReadSchema>;
