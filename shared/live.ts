// The live stream (GET /api/stream, Server-Sent Events): what each message says, on both sides. A `change`
// message's SSE id is the event's position in the log (not the event's id, which reverts keep using), so a
// browser that reconnects with Last-Event-ID resumes exactly after what it had. Each change carries the
// event told as the history tells it to this reader, and what the map must do about it: the nodes and
// edges to put (as they are now, as the reader may see them) and those to take away.
import { z } from 'zod';
import { graphNodeAttributesSchema, graphPayloadSchema } from './graph';
import { eventSchema } from './history';
import { langSchema } from './vocabulary';

/** The SSE `event:` names the stream sends. */
export const LIVE_MESSAGES = ['change', 'resync', 'ended'] as const;

/** How often the stream sends a heartbeat comment (proxies close a silent connection). */
export const LIVE_HEARTBEAT_MS = 15_000;

/** The response headers of a write that recorded events: its user action and its last event's position. */
export const ACTION_ID_HEADER = 'Semis-Action-Id';
export const LOG_POSITION_HEADER = 'Semis-Log-Position';

/** The stream takes no query: nodes come with their labels in every language (tabs may differ). */
export const liveQuerySchema = z.strictObject({});

/** A node as the map puts it, its label in each language; its size comes from its degree on the map. */
const mapNodeSchema = z.object({
  key: z.string(),
  attributes: graphNodeAttributesSchema
    .pick({ kind: true, x: true, y: true })
    .extend({ labels: z.record(langSchema, z.string()) }),
});
export type MapPatchNode = z.infer<typeof mapNodeSchema>;
const mapEdgeSchema = graphPayloadSchema.shape.edges.element;

/** What the map does about one event: nodes and edges put (added or updated), and ids taken away. */
export const mapPatchSchema = z.object({
  nodes: z.array(mapNodeSchema),
  edges: z.array(mapEdgeSchema),
  removedNodes: z.array(z.string()),
  removedEdges: z.array(z.string()),
});
export type MapPatch = z.infer<typeof mapPatchSchema>;

/**
 * A `change` message: one event of the log. `event` is null when the reader may no longer see what the
 * event concerns but saw it before (a node made private): the patch then only takes it off their map.
 */
export const liveChangeSchema = z.object({
  position: z.number().int().positive(),
  event: eventSchema.nullable(),
  map: mapPatchSchema,
});
export type LiveChange = z.infer<typeof liveChangeSchema>;

/** Why the client must read the landscape again instead of following the stream. */
export const RESYNC_REASONS = [
  /** Last-Event-ID was garbled, from the future, or too far behind to replay. */
  'unknown-position',
  /** The reader's own reach changed: a role gained or lost, a community joined or left. */
  'reach-changed',
] as const;
export const liveResyncSchema = z.object({
  position: z.number().int().min(0),
  reason: z.enum(RESYNC_REASONS),
});
export type LiveResync = z.infer<typeof liveResyncSchema>;

/** An `ended` message: the session the stream was opened with logged out or expired, or now grants
 *  another reach (a role lost); the browser's reconnection streams what it grants now. */
export const liveEndedSchema = z.object({ reason: z.enum(['logged-out', 'session-changed']) });
export type LiveEndReason = z.infer<typeof liveEndedSchema>['reason'];

/** How long a presence counts after its last beat; the page beats every PRESENCE_BEAT_MS while it shows the node. */
export const PRESENCE_TTL_MS = 45_000;
export const PRESENCE_BEAT_MS = 20_000;

/**
 * POST /api/nodes/:id/presence: "I am looking at this node". `viewer` is the browser's random id (kept in
 * localStorage), so a visitor's two tabs count once; a logged-in person counts as their person whatever
 * the browser.
 */
export const presenceBodySchema = z.strictObject({ viewer: z.uuid() });
/** How many people (viewers) look at the node now, the asker included. */
export const presenceSchema = z.object({ watching: z.number().int().min(1) });
export type Presence = z.infer<typeof presenceSchema>;
