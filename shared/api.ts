// Every HTTP endpoint, described once: method, path, and the zod schemas of its inputs and outputs. The
// server validates with these, the client types its calls with them, and the OpenAPI document is made
// from them (server/openapi), so the three cannot drift apart.

import { z } from 'zod';
import { accessSchema } from './access';
import {
  activityQuerySchema,
  activityResponseSchema,
  followParamsSchema,
  followSchema,
  followsQuerySchema,
  followsResponseSchema,
  inboxQuerySchema,
  inboxReadSchema,
  inboxResponseSchema,
  unreadSchema,
} from './activity';
import { loginSchema, meSchema, registerSchema, whoAmISchema } from './auth';
import { createNodeSchema, nodeSchema, patchNodeSchema } from './entities';
import { eraseAccountBodySchema, erasedSchema, eraseNodeBodySchema } from './erasure';
import { graphPayloadSchema } from './graph';
import { hintsQuerySchema, hintsResponseSchema, tracesQuerySchema, tracesResponseSchema } from './hints';
import {
  eventParamsSchema,
  historyQuerySchema,
  historyResponseSchema,
  lastChangeSchema,
  revertResponseSchema,
} from './history';
import { createLinkSchema, linkSchema } from './links';
import { liveQuerySchema, presenceBodySchema, presenceSchema } from './live';
import { pathsQuerySchema, pathsResponseSchema } from './paths';
import { photoResponseSchema, photoUploadBodySchema } from './photos';
import {
  askQuestionSchema,
  createdWithLinksSchema,
  growSeedSchema,
  joinedQuestionSchema,
  joinQuestionSchema,
  suggestionsRequestSchema,
  suggestionsResponseSchema,
} from './questions';
import { NOT_BLANK_PATTERN, TRIMMED_SPACE, textUpTo } from './text';
import { instantSchema, timelineQuerySchema, timelineSchema } from './time';
import {
  idSchema,
  KINDS,
  type Kind,
  kindSchema,
  langSchema,
  RELATION_RULES,
  relationSchema,
} from './vocabulary';

const KIND_ALTERNATIVES = `(?:${KINDS.join('|')})`;
/** `kinds` as a JSON Schema pattern: comma-separated known kinds (spaces around them and empty items
 *  ignored), at least one. An empty `kinds=` or `kinds=,` is refused. */
export const KIND_LIST_PATTERN = `^(?:${TRIMMED_SPACE}*,)*${TRIMMED_SPACE}*${KIND_ALTERNATIVES}${TRIMMED_SPACE}*(?:,${TRIMMED_SPACE}*(?:${KIND_ALTERNATIVES}${TRIMMED_SPACE}*)?)*$`;

/** `?kinds=Question,Seed` → ['Question', 'Seed']; each must be a known kind. */
const kindListSchema = z
  .string()
  .meta({ pattern: KIND_LIST_PATTERN })
  .transform((s) =>
    s
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  )
  .pipe(z.array(kindSchema).min(1, 'kinds needs at least one kind'))
  .transform((kinds): Kind[] => [...new Set(kinds)]);

const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const landscapeQuerySchema = z.strictObject({
  /** The landscape as it stood then (shared/time.ts); absent: as it is now. */
  at: instantSchema.optional(),
  kinds: kindListSchema.optional(),
  lang: langSchema.default('fr'),
  limit: intParam(1, 50_000, 5_000),
});
export const neighbourhoodQuerySchema = z.strictObject({
  depth: z.coerce.number().int().min(1).max(2).default(1),
  lang: langSchema.default('fr'),
  limit: intParam(1, 2_000, 200),
});
export const searchQuerySchema = z.strictObject({
  q: textUpTo(200, 'q').trim().min(1, 'q must not be empty').meta({ pattern: NOT_BLANK_PATTERN }),
  kinds: kindListSchema.optional(),
  lang: langSchema.default('fr'),
  limit: intParam(1, 50, 10),
});
export const nodeQuerySchema = z.strictObject({ lang: langSchema.default('fr') });
export const idParamsSchema = z.strictObject({ id: idSchema });

export const searchHitSchema = z.object({
  id: idSchema,
  kind: kindSchema,
  title: z.string(),
  snippet: z.string(),
  score: z.number(),
});
export const searchResponseSchema = z.object({ hits: z.array(searchHitSchema) });
export type SearchHit = z.infer<typeof searchHitSchema>;

export const relationSummarySchema = z.object({
  id: z.string(),
  relation: relationSchema,
  direction: z.enum(['out', 'in']),
  properties: z.record(z.string(), z.unknown()),
  other: z.object({ id: idSchema, kind: kindSchema, title: z.string() }),
});
export const nodeResponseSchema = z.object({
  node: nodeSchema,
  relations: z.array(relationSummarySchema),
  /** The access card (who can see and edit it, and what the reader may do). */
  access: accessSchema,
});
export type NodeResponse = z.infer<typeof nodeResponseSchema>;
/** A 412's `details`: the version now stored, the node as GET now returns it (the other version), and
 *  its last change — when, and by whom as far as the reader may know (null: nothing recorded). */
export const nodeConflictDetailsSchema = z.object({
  currentVersion: z.number().int(),
  current: nodeResponseSchema,
  lastChange: lastChangeSchema.nullable(),
});
export type RelationSummary = z.infer<typeof relationSummarySchema>;

/** The database as Semis sees it: `up`, `down` (unreachable: requests answer 503 until the probe
 *  reaches it again) or `restarting` (the embedded one, relaunched with backoff; `attempt` from 1). */
export const databaseStatusSchema = z.object({
  state: z.enum(['up', 'down', 'restarting']),
  /** When it entered this state (ISO 8601). */
  since: z.string(),
  managed: z.enum(['embedded', 'external']),
  attempt: z.number().int().positive().optional(),
  message: z.string(),
});
export type DatabaseStatus = z.infer<typeof databaseStatusSchema>;
/** Liveness: 200 while the process answers, whatever the database's state (told in `database`). */
export const healthSchema = z.object({ status: z.literal('ok'), database: databaseStatusSchema });
export const readySchema = z.object({ status: z.literal('ready'), database: z.string() });

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';
export interface Endpoint {
  method: HttpMethod;
  /** Express-style path: `/api/nodes/:id`. */
  path: string;
  summary: string;
  /** What the schemas cannot say (a rule across fields, or on stored data): the OpenAPI description. */
  description?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** How the body is sent: JSON unless said otherwise (a photo upload is multipart/form-data). */
  bodyMediaType?: 'application/json' | 'multipart/form-data';
  /** It honours an Idempotency-Key: a retry with the same key answers the first answer, writing nothing. */
  idempotent?: boolean;
  /** Request headers the endpoint reads (documented in OpenAPI). */
  headers?: Record<string, { required: boolean; description: string; pattern?: string }>;
  responses: Record<
    number,
    {
      description: string;
      schema?: z.ZodType;
      /** Response headers sent with this status (documented in OpenAPI; integer seconds, e.g. Retry-After). */
      headers?: Record<string, { description: string }>;
    }
  >;
}

/** Relation ↔ kind rules, for the descriptions of the operations that make links. */
const RELATION_RULES_TEXT = Object.entries(RELATION_RULES)
  .map(([relation, rule]) => `${relation}: ${rule.source.join('|')} → ${rule.target.join('|')}`)
  .join('; ');

const ifMatch = {
  'If-Match': {
    required: true,
    description: 'the version from the ETag: "<version>" or <version>',
    pattern: '^\\s*(W/)?"?[0-9]{1,15}"?\\s*$',
  },
};

export const ENDPOINTS = {
  health: {
    method: 'get',
    path: '/api/health',
    summary: 'The server is alive (liveness); says the database state',
    responses: { 200: { description: 'alive', schema: healthSchema } },
  },
  ready: {
    method: 'get',
    path: '/api/ready',
    summary: 'Neo4j is reachable and the migrations are done',
    responses: {
      200: { description: 'ready', schema: readySchema },
      503: {
        description:
          'not ready: DATABASE_UNAVAILABLE, the message saying why (down, restarting (attempt n), migrations running); details: the database state; Retry-After',
      },
    },
  },
  openapi: {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This OpenAPI document',
    responses: { 200: { description: 'OpenAPI 3.1' } },
  },
  landscape: {
    method: 'get',
    path: '/api/landscape',
    summary: 'The knowledge landscape as a graphology payload, most connected nodes first',
    description:
      'With `at` (an ISO 8601 day, read as its end in UTC, or a date-time with its offset): the nodes and links ' +
      'as they stood then, each node with the label it had then, from the event log. A node that still exists ' +
      'is shown to whoever may see it now; a node deleted since, to whoever could see it when it was deleted. ' +
      'Before the first event: an empty landscape. An `at` that is no date: 400 VALIDATION_FAILED.',
    query: landscapeQuerySchema,
    responses: {
      200: { description: 'the landscape (now, or at the date asked)', schema: graphPayloadSchema },
      400: { description: 'invalid: a kind, a limit, or an `at` that is no ISO 8601 date' },
    },
  },
  landscapeTimeline: {
    method: 'get',
    path: '/api/landscape/timeline',
    summary:
      "Every visible node's and link's lives (births, deaths) and labels through time, from the event log",
    description:
      'Under the same visibility as `GET /api/landscape?at=`: what lets the page replay the growth of the ' +
      'landscape without a request per frame.',
    query: timelineQuerySchema,
    responses: { 200: { description: 'the timeline', schema: timelineSchema } },
  },
  search: {
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search (French analyzer) over titles and bodies',
    query: searchQuerySchema,
    responses: { 200: { description: 'ranked hits', schema: searchResponseSchema } },
  },
  getNode: {
    method: 'get',
    path: '/api/nodes/:id',
    summary: 'A node with a summary of its relations; ETag carries its version',
    params: idParamsSchema,
    query: nodeQuerySchema,
    responses: {
      200: { description: 'the node', schema: nodeResponseSchema },
      404: { description: 'unknown id' },
    },
  },
  neighbourhood: {
    method: 'get',
    path: '/api/nodes/:id/neighborhood',
    summary: "A node's neighbourhood (depth 1 or 2) as a graphology payload",
    params: idParamsSchema,
    query: neighbourhoodQuerySchema,
    responses: {
      200: { description: 'the neighbourhood', schema: graphPayloadSchema },
      404: { description: 'unknown id' },
    },
  },
  paths: {
    method: 'get',
    path: '/api/paths',
    summary: 'The shortest paths between two nodes, through visible nodes, relationships in either direction',
    description:
      '`from` and `to` must be two different nodes: `from` = `to` answers 400 VALIDATION_FAILED (issue path `to`).',
    query: pathsQuerySchema,
    responses: {
      200: {
        description: 'the shortest paths (none within max: an empty list)',
        schema: pathsResponseSchema,
      },
      400: { description: 'invalid: max beyond 8, the same node twice, a missing end' },
      404: { description: 'unknown end' },
    },
  },
  createNode: {
    method: 'post',
    idempotent: true,
    path: '/api/nodes',
    summary: 'Create a node of any kind',
    description:
      'A Resource may carry `informs: { target, stance? }`: it is created with its INFORMS link to that ' +
      'node in one action, both or nothing — 404 when the target is unknown or hidden, 400 ' +
      'RELATION_NOT_ALLOWED when INFORMS does not fit its kind, 403 when the link is not allowed.',
    body: createNodeSchema,
    responses: {
      201: { description: 'created', schema: nodeSchema },
      400: { description: 'invalid, or INFORMS does not fit the target' },
      401: { description: 'not logged in' },
      403: { description: 'not allowed' },
      404: { description: 'the node it informs is unknown (or not visible)' },
    },
  },
  patchNode: {
    method: 'patch',
    path: '/api/nodes/:id',
    summary: "Edit a node's fields (optimistic concurrency with If-Match)",
    params: idParamsSchema,
    headers: ifMatch,
    body: patchNodeSchema,
    responses: {
      200: { description: 'edited; version + 1', schema: nodeSchema },
      403: { description: 'visible, but the permission table does not allow it' },
      404: { description: 'unknown id' },
      412: {
        description:
          'stale version; error.details: { currentVersion, current, lastChange } (nodeConflictDetailsSchema)',
      },
      428: { description: 'If-Match missing' },
    },
  },
  deleteNode: {
    method: 'delete',
    path: '/api/nodes/:id',
    summary: 'Delete a node and its relations',
    params: idParamsSchema,
    responses: {
      204: { description: 'deleted' },
      403: { description: 'not allowed' },
      404: { description: 'unknown id' },
    },
  },
  createLink: {
    method: 'post',
    idempotent: true,
    path: '/api/links',
    summary: 'Link two nodes with a typed relation; idempotent on (source, target, relation)',
    description:
      '`source` and `target` must be two different nodes: a self-link answers 400 RELATION_NOT_ALLOWED. ' +
      'The relation must fit the kinds of the two stored nodes, else 400 RELATION_NOT_ALLOWED ' +
      `(source → target): ${RELATION_RULES_TEXT}. ` +
      'PROMPTED: a region (regionX, regionY, regionW, regionH, all four or none) must lie inside the image: ' +
      'regionX + regionW ≤ 1 and regionY + regionH ≤ 1, else 400 VALIDATION_FAILED.',
    body: createLinkSchema,
    responses: {
      201: { description: 'created', schema: linkSchema },
      200: { description: 'already there', schema: linkSchema },
      400: { description: 'invalid, or the relation does not fit the kinds' },
      403: { description: 'not allowed for this relation' },
      404: { description: 'unknown source or target' },
    },
  },
  deleteLink: {
    method: 'delete',
    path: '/api/links/:id',
    summary: 'Remove a link',
    params: z.strictObject({ id: textUpTo(64, 'id').min(1) }),
    responses: {
      204: { description: 'deleted' },
      403: { description: 'not allowed' },
      404: { description: 'unknown id' },
    },
  },
  nodeHistory: {
    method: 'get',
    path: '/api/nodes/:id/history',
    summary: "A node's events, newest first (links to nodes the reader cannot see are left out)",
    params: idParamsSchema,
    query: historyQuerySchema,
    responses: {
      200: { description: 'the events', schema: historyResponseSchema },
      404: { description: 'unknown id' },
    },
  },
  myHistory: {
    method: 'get',
    path: '/api/history/mine',
    summary: "The reader's own events, newest first (for undo)",
    query: historyQuerySchema,
    responses: {
      200: { description: 'the events', schema: historyResponseSchema },
      401: { description: 'not logged in' },
    },
  },
  revertEvent: {
    method: 'post',
    idempotent: true,
    path: '/api/history/:eventId/revert',
    summary:
      'Revert the user action an event belongs to, atomically: every event of that action (newest first), ' +
      'and the status changes Semis made as their consequence; each revert is itself an event (event.revert)',
    params: eventParamsSchema,
    responses: {
      201: {
        description: 'reverted: the new event, with every event the revert made',
        schema: revertResponseSchema,
      },
      401: { description: 'not logged in' },
      403: { description: 'not allowed' },
      404: { description: 'unknown event' },
      409: { description: 'already reverted, or changed since (by another action)' },
    },
  },
  uploadPhoto: {
    method: 'post',
    idempotent: true,
    path: '/api/photos',
    summary:
      'Upload a photo (multipart/form-data: `file` plus `title`, optional `body`, `lang`, `visibility`, ' +
      '`informs`): checked by its bytes, re-encoded as WebP without metadata, stored as a Resource of kind photo',
    body: photoUploadBodySchema,
    bodyMediaType: 'multipart/form-data',
    responses: {
      201: { description: 'created', schema: photoResponseSchema },
      400: { description: 'invalid fields, no file, or a malformed multipart body' },
      401: { description: 'not logged in' },
      404: { description: 'the node it informs is unknown' },
      413: { description: 'IMAGE_TOO_LARGE: more bytes (SEMIS_PHOTO_MAX_BYTES) or pixels than allowed' },
      415: { description: 'UNSUPPORTED_IMAGE: not a JPEG, PNG or WebP (by its bytes); or not multipart' },
      429: {
        description:
          "UPLOAD_QUOTA: the account's upload quota is used up — more than SEMIS_PHOTO_UPLOADS_PER_HOUR " +
          'uploads in the last hour or SEMIS_PHOTO_BYTES_PER_DAY bytes in the last 24 hours (the message and ' +
          '`details.limit` name which: uploadsPerHour or bytesPerDay); nothing is stored',
        headers: {
          'Retry-After': {
            description: 'seconds until enough counted uploads leave the window for this one to fit',
          },
        },
      },
    },
  },
  photoImage: {
    method: 'get',
    path: '/api/photos/:id/image',
    summary: "A photo's image (WebP, long side at most 2560 px), for readers who may see the photo",
    params: idParamsSchema,
    responses: { 200: { description: 'image/webp' }, 404: { description: 'unknown, hidden or not a photo' } },
  },
  photoThumbnail: {
    method: 'get',
    path: '/api/photos/:id/thumbnail',
    summary: "A photo's thumbnail (WebP, long side at most 320 px), for readers who may see the photo",
    params: idParamsSchema,
    responses: { 200: { description: 'image/webp' }, 404: { description: 'unknown, hidden or not a photo' } },
  },
  questionSuggestions: {
    method: 'post',
    path: '/api/questions/suggestions',
    summary: 'Existing questions and seeds a question being typed touches, ranked, each with its reasons',
    body: suggestionsRequestSchema,
    responses: {
      200: { description: 'ranked suggestions (changes nothing)', schema: suggestionsResponseSchema },
      400: { description: 'invalid input' },
    },
  },
  askQuestion: {
    method: 'post',
    idempotent: true,
    path: '/api/questions',
    summary: 'Ask a question with its lineage links, the seeds it joins and what prompted it, at once',
    description:
      '`promptedBy.region` must lie inside the image: x + w ≤ 1 and y + h ≤ 1, else 400 VALIDATION_FAILED. ' +
      'Every link must fit the kinds of the stored nodes (`links[].target` a Question, `seeds[]` and ' +
      '`foundingOf` Seeds, `promptedBy.resource` a Resource), else 400 RELATION_NOT_ALLOWED.',
    body: askQuestionSchema,
    responses: {
      201: { description: 'the question and its links', schema: createdWithLinksSchema },
      400: { description: 'invalid, or a relation does not fit the kinds' },
      401: { description: 'not logged in' },
      404: { description: 'a target, seed or resource is unknown (or not visible)' },
    },
  },
  joinQuestion: {
    method: 'post',
    idempotent: true,
    path: '/api/questions/:id/join',
    summary:
      'Ask an existing question too (ASKED, idempotent), optionally keeping one’s wording as a question that ECHOES it',
    params: idParamsSchema,
    body: joinQuestionSchema,
    responses: {
      200: { description: 'joined (or already asking it)', schema: joinedQuestionSchema },
      400: { description: 'invalid input' },
      401: { description: 'not logged in' },
      404: { description: 'no such question (or not visible)' },
    },
  },
  growSeed: {
    method: 'post',
    idempotent: true,
    path: '/api/seeds',
    summary: 'Grow a seed from a question: the grower is its author, the question becomes seeded',
    body: growSeedSchema,
    responses: {
      201: { description: 'the seed and its links', schema: createdWithLinksSchema },
      400: { description: 'invalid, or not a question' },
      401: { description: 'not logged in' },
      404: { description: 'unknown (or not visible) question' },
    },
  },
  register: {
    method: 'post',
    path: '/api/auth/register',
    summary: 'Create an account and its public Person node; logs in (session cookie)',
    body: registerSchema,
    responses: {
      201: { description: 'registered and logged in', schema: meSchema },
      400: { description: 'invalid' },
      409: { description: 'EMAIL_TAKEN' },
      429: { description: 'RATE_LIMITED' },
    },
  },
  login: {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Log in: a new session (cookie) at every login',
    body: loginSchema,
    responses: {
      200: { description: 'logged in', schema: meSchema },
      401: { description: 'INVALID_CREDENTIALS (unknown email or wrong password alike)' },
      429: { description: 'RATE_LIMITED' },
    },
  },
  logout: {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Log out: deletes the session and clears its cookie',
    responses: { 204: { description: 'logged out' } },
  },
  me: {
    method: 'get',
    path: '/api/auth/me',
    summary: 'Who is logged in',
    responses: {
      200: {
        description: 'the account, or { person: null, role: null } for a visitor',
        schema: whoAmISchema,
      },
    },
  },
  notePresence: {
    method: 'post',
    path: '/api/nodes/:id/presence',
    summary: 'Says the reader is looking at a node (a seed); answers how many people look at it now',
    description:
      "A presence counts for 45 s after its last beat (the page beats every 20 s). Counted by person for a logged-in reader, by the browser's `viewer` id for a visitor. 404 for a node the reader may not see, as for an unknown one.",
    params: idParamsSchema,
    body: presenceBodySchema,
    responses: {
      200: { description: 'how many look at it now', schema: presenceSchema },
      404: { description: 'unknown or hidden node' },
      429: { description: 'RATE_LIMITED: too many beats from this address (30 a minute)' },
    },
  },
  stream: {
    method: 'get',
    path: '/api/stream',
    summary: 'The live landscape: every change the reader may see, as Server-Sent Events (text/event-stream)',
    description:
      "Messages: `change` (SSE id: the event's position in the log; data: { position, event, map: { nodes, edges, removedNodes, removedEdges } }), `resync` (the client reads the landscape again: a Last-Event-ID garbled, from the future or too old, or the reader's own reach changed), `ended` (the session logged out or expired), and a heartbeat comment every 15 s. Send Last-Event-ID to resume after a position.",
    query: liveQuerySchema,
    headers: {
      'Last-Event-ID': {
        required: false,
        description: 'the position of the last change received, to resume after it',
      },
    },
    responses: {
      200: { description: 'text/event-stream, open until the client leaves or its session ends' },
    },
  },
  activity: {
    method: 'get',
    path: '/api/activity',
    summary:
      'A feed of the event log, newest first, paged by log position: the landscape, a seed (and what it ' +
      'explores), a person (their actions), a community (its seeds and what they explore) or what I follow',
    description:
      '`id` names the seed, person or community of those scopes and is refused (400) for `landscape` and ' +
      '`following`; a missing `id` for them is 400 too. `following` needs an account (401). Only events ' +
      'about what the reader may see are listed, actors the reader may not see are `hidden`. `after` adds ' +
      '`since`: the count of visible events newer than it (capped) and the nodes they concern.',
    query: activityQuerySchema,
    responses: {
      200: { description: 'a page of events', schema: activityResponseSchema },
      400: { description: 'invalid: unknown scope, garbled cursor, missing or superfluous id' },
      401: { description: 'following: not logged in' },
      404: { description: 'unknown (or not visible) seed, person or community' },
    },
  },
  myFollows: {
    method: 'get',
    path: '/api/follows',
    summary: 'What I follow (nodes, seeds, communities I may still see), newest first; mine alone',
    query: followsQuerySchema,
    responses: {
      200: { description: 'what I follow', schema: followsResponseSchema },
      401: { description: 'not logged in' },
    },
  },
  follow: {
    method: 'put',
    path: '/api/follows/:nodeId',
    summary: 'Follow a node (idempotent): its changes by others reach my inbox',
    params: followParamsSchema,
    responses: {
      200: { description: 'followed (or already)', schema: followSchema },
      401: { description: 'not logged in' },
      404: { description: 'unknown (or not visible) node' },
    },
  },
  unfollow: {
    method: 'delete',
    path: '/api/follows/:nodeId',
    summary: 'Stop following a node (idempotent)',
    params: followParamsSchema,
    responses: {
      204: { description: 'not followed any more (or never was)' },
      401: { description: 'not logged in' },
      404: { description: 'unknown (or not visible) node, not followed' },
    },
  },
  inbox: {
    method: 'get',
    path: '/api/inbox',
    summary:
      'What concerns me, newest first: answers and stances on questions I asked or wrote, and changes by ' +
      'others to what I follow; each with read, and the unread count',
    query: inboxQuerySchema,
    responses: {
      200: { description: 'a page of the inbox', schema: inboxResponseSchema },
      401: { description: 'not logged in' },
    },
  },
  inboxUnread: {
    method: 'get',
    path: '/api/inbox/unread',
    summary: 'How many items of my inbox are unread (for the header badge)',
    responses: {
      200: { description: 'the unread count', schema: unreadSchema },
      401: { description: 'not logged in' },
    },
  },
  inboxRead: {
    method: 'post',
    path: '/api/inbox/read',
    summary: 'Mark inbox items read: some by their event ids, or all there are now',
    body: inboxReadSchema,
    responses: {
      200: { description: 'marked; the unread count now', schema: unreadSchema },
      400: { description: 'invalid body' },
      401: { description: 'not logged in' },
    },
  },
  hints: {
    method: 'get',
    path: '/api/hints',
    summary:
      'Where contribution is needed: questions without a resource, seeds without an animator, stances on ' +
      'one side only, photos that prompted no question, questions unanswered since a date',
    description:
      'Only what the reader may see is named and counted, and only visible nodes decide a hint (a hidden ' +
      'resource does not inform a question for that reader). `counts` counts every node of each kind; ' +
      '`hints` lists at most `limit` of each, oldest first. `unanswered-question`: a question that stood at ' +
      '`since` (default: 30 days ago) and has no refining, reframing, challenging, presupposing, echoing ' +
      'question nor informing resource made since. A `since` that is no ISO 8601 date: 400 VALIDATION_FAILED.',
    query: hintsQuerySchema,
    responses: {
      200: { description: 'the hints and their counts', schema: hintsResponseSchema },
      400: { description: 'invalid: a `since` that is no ISO 8601 date, a limit, a language' },
    },
  },
  traces: {
    method: 'get',
    path: '/api/traces',
    summary:
      "Each visible node's latest activity (its newest visible event), for a halo that decays with age",
    description:
      'halfLifeDays (SEMIS_TRACE_HALF_LIFE_DAYS): after that many days a halo is half as strong. Nodes that ' +
      'no event recorded are absent.',
    query: tracesQuerySchema,
    responses: { 200: { description: 'the traces', schema: tracesResponseSchema } },
  },
  eraseNode: {
    method: 'post',
    path: '/api/nodes/:id/erase',
    summary: 'Erases a node (admins): deletes it and scrubs its text from every event that kept it',
    description:
      "Deleting is not erasing: a deletion can be undone, an erasure cannot. The node (existing or already deleted) is deleted, every snapshot of it and of the links that touched it in the history keeps only its shape (id, kind, visibility, dates) under the title « Contenu effacé », a photo's files are removed, and a `node.erase` event records who erased it, when and why. Those events can no longer be reverted (410 ERASED). An account's Person is erased by its own person (POST /api/auth/erase): 409 CONFLICT here.",
    params: idParamsSchema,
    body: eraseNodeBodySchema,
    responses: {
      200: { description: 'erased', schema: erasedSchema },
      400: { description: 'invalid reason' },
      401: { description: 'not logged in' },
      403: { description: 'FORBIDDEN: only admins erase nodes' },
      404: { description: 'no node and no history with this id' },
      409: { description: "CONFLICT: an account's person (its person erases the account)" },
    },
  },
  eraseAccount: {
    method: 'post',
    path: '/api/auth/erase',
    summary: 'Erases the logged-in account (its person decides what becomes of their contributions)',
    description:
      "Needs the account's password. `contributions: keep`: what the person made stays, attributed to « une personne », their Person node a tombstone with no name, bio or skills. `remove`: the nodes and links they made and their Person are erased (deleted, and scrubbed from the history). In both, every event they made is told as made by « une personne », and the account, its sessions, follows, read marks, upload ledger and idempotency records are deleted; the session cookie is cleared. One transaction: all or nothing.",
    body: eraseAccountBodySchema,
    responses: {
      200: { description: 'erased; the session cookie is cleared', schema: erasedSchema },
      400: { description: 'invalid body' },
      401: { description: 'not logged in, or INVALID_CREDENTIALS: the password is not right' },
    },
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;
export { idSchema };
