// Stigmergic traces and next-action hints (issue 13 §4): where contribution is needed — questions without
// a resource, seeds without an animator, stances on one side only, photos that prompted no question,
// questions no one answered since a date — and each visible node's latest activity, which the map draws
// as a halo that decays with age. Everything is under the reader's visibility: what they may not see is
// neither named nor counted.
import { z } from 'zod';
import { INSTANT_PATTERN } from './time';
import { idSchema, kindSchema, langSchema } from './vocabulary';

export const HINT_KINDS = [
  'question-without-resource',
  'seed-without-animator',
  'one-sided-stances',
  'photo-without-question',
  'unanswered-question',
] as const;
export const hintKindSchema = z.enum(HINT_KINDS);
export type HintKind = z.infer<typeof hintKindSchema>;

/** How far back `unanswered-question` looks when `since` is not given. */
export const UNANSWERED_DEFAULT_DAYS = 30;

export const hintsQuerySchema = z.strictObject({
  lang: langSchema.default('fr'),
  /** `unanswered-question`: questions standing at this date with no answer since (default: 30 days ago). */
  since: z
    .string()
    .regex(
      new RegExp(INSTANT_PATTERN),
      'since must be an ISO 8601 date (2026-05-01) or date-time with offset (2026-05-01T14:30:00Z)',
    )
    .meta({ pattern: INSTANT_PATTERN })
    .optional(),
  /** At most this many hints of each kind (the counts count them all). */
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type HintsQuery = z.infer<typeof hintsQuerySchema>;

export const hintSchema = z.object({
  kind: hintKindSchema,
  nodeId: idSchema,
  /** The node's title in the asked language. */
  title: z.string(),
  nodeKind: kindSchema,
  /** `one-sided-stances`: the one stance taken (supports, challenges, nuances). */
  detail: z.string().optional(),
});
export type Hint = z.infer<typeof hintSchema>;

export const hintsResponseSchema = z.object({
  hints: z.array(hintSchema),
  /** How many nodes of each kind need help, the reader's visibility applied. */
  counts: z.object(
    Object.fromEntries(HINT_KINDS.map((k) => [k, z.number().int().min(0)])) as Record<HintKind, z.ZodNumber>,
  ),
});
export type HintsResponse = z.infer<typeof hintsResponseSchema>;

/** Half-life of a trace's halo when SEMIS_TRACE_HALF_LIFE_DAYS is not set. */
export const DEFAULT_TRACE_HALF_LIFE_DAYS = 7;

export const tracesResponseSchema = z.object({
  /** After this many days a trace's halo is half as strong. */
  halfLifeDays: z.number().positive(),
  /** Each visible node with its newest visible event (ISO 8601); nodes no event recorded are absent. */
  nodes: z.array(z.object({ id: idSchema, lastAt: z.string() })),
});
export type TracesResponse = z.infer<typeof tracesResponseSchema>;

/** `GET /api/traces` takes no parameter (an unknown one is 400). */
export const tracesQuerySchema = z.strictObject({});
