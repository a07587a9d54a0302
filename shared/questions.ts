// The ask flow: suggestions while a person types a new question, and the atomic creation of a question
// with its links to what it touches (so nothing is half-written and no duplicate island is made).
import { z } from 'zod';
import { LIMITS, nodeSchema } from './entities';
import { linkSchema } from './links';
import { cleanText, textUpTo, trimmedMinPattern } from './text';
import { idSchema, LINEAGE_RELATIONS, langSchema, visibilitySchema } from './vocabulary';

/** Why something was suggested; the client translates each code. */
export const SUGGESTION_REASONS = [
  'similar-text', // French full-text similarity with the typed question
  'linked-to-selection', // linked to the node currently selected
  'in-community', // gathered by the community the person is looking at
  'seed-of-similar', // a seed that grows from or explores a similar question
] as const;
export const suggestionReasonSchema = z.enum(SUGGESTION_REASONS);
export type SuggestionReason = z.infer<typeof suggestionReasonSchema>;

export const suggestionsRequestSchema = z.strictObject({
  text: textUpTo(LIMITS.title, 'text') // what was sent, as the document's maxLength says; then trimmed
    .trim()
    .min(3, 'text needs at least 3 characters')
    .meta({ pattern: trimmedMinPattern(3) }),
  context: z.strictObject({ selected: idSchema.optional(), community: idSchema.optional() }).optional(),
  lang: langSchema.default('fr'),
  limit: z.number().int().min(1).max(20).default(8),
});
export type SuggestionsRequest = z.input<typeof suggestionsRequestSchema>;

export const suggestionSchema = z.object({
  id: idSchema,
  kind: z.enum(['Question', 'Seed']),
  title: z.string(),
  /** 0–1, higher is closer; ranked by it. */
  score: z.number().min(0).max(1),
  reasons: z.array(suggestionReasonSchema).min(1),
  /** Above the similarity threshold: "this question may already exist". */
  likelyDuplicate: z.boolean(),
});
export const suggestionsResponseSchema = z.object({ suggestions: z.array(suggestionSchema) });
export type Suggestion = z.infer<typeof suggestionSchema>;

export const lineageRelationSchema = z.enum(LINEAGE_RELATIONS);

/** POST /api/questions: the question, its lineage links to other questions and the seeds it joins. */
export const askQuestionSchema = z.strictObject({
  title: cleanText('title', { min: 3, max: LIMITS.title }),
  body: textUpTo(LIMITS.body, 'body').optional(),
  lang: langSchema.default('fr'),
  visibility: visibilitySchema.default('public'),
  links: z
    .array(z.strictObject({ relation: lineageRelationSchema, target: idSchema }))
    .max(20)
    .default([]),
  /** Seeds this question is explored in (Question -EXPLORED_IN-> Seed). */
  seeds: z.array(idSchema).max(20).default([]),
  /** A seed this question is the founding question of (Seed -GROWS_FROM-> Question). */
  foundingOf: idSchema.optional(),
  /** A resource (photo…) that prompted it, optionally at a normalised region of the image. */
  promptedBy: z
    .strictObject({
      resource: idSchema,
      region: z
        .strictObject({
          x: z.number().min(0).max(1),
          y: z.number().min(0).max(1),
          w: z.number().min(0).max(1),
          h: z.number().min(0).max(1),
        })
        .refine((r) => r.x + r.w <= 1 && r.y + r.h <= 1, 'a region must lie inside the image')
        .optional(),
    })
    .optional(),
});
export type AskQuestion = z.input<typeof askQuestionSchema>;

/** POST /api/seeds: grow a seed from a question ("faire germer une graine"); the grower is its author. */
export const growSeedSchema = z.strictObject({
  question: idSchema,
  title: cleanText('title', { max: LIMITS.title }),
  summary: textUpTo(LIMITS.short, 'summary').optional(),
  lang: langSchema.default('fr'),
  visibility: visibilitySchema.default('public'),
});
export type GrowSeed = z.input<typeof growSeedSchema>;

/** What POST /api/questions and POST /api/seeds answer: the created node and every link made with it. */
export const createdWithLinksSchema = z.object({ node: nodeSchema, links: z.array(linkSchema) });
export type CreatedWithLinks = z.infer<typeof createdWithLinksSchema>;

/** POST /api/questions/:id/join: ask an existing question; `reformulation` keeps one's own wording. */
export const joinQuestionSchema = z.strictObject({
  // the same hygiene as any title (no control characters, visible text): it becomes a question's title
  reformulation: cleanText('reformulation', { min: 3, max: LIMITS.title }).optional(),
  lang: langSchema.default('fr'),
});
export type JoinQuestion = z.output<typeof joinQuestionSchema>;

export const joinedQuestionSchema = z.object({
  /** false when the person already asked it: nothing new was recorded for the existing question. */
  joined: z.boolean(),
  /** The new question holding their wording (it ECHOES the joined one), or null. */
  reformulation: nodeSchema.nullable(),
  /** Ids of the links written (ASKED, and for a reformulation its ASKED and ECHOES). */
  links: z.array(z.string()),
});
