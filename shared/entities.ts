// Entity schemas: what a client may send to create or edit each kind of node, and what a node looks like
// when it comes back. One schema per kind; the common fields are shared.
import { z } from 'zod';
import { cleanText, NOT_BLANK_PATTERN, textUpTo } from './text';
import {
  idSchema,
  kindSchema,
  langSchema,
  questionStatusSchema,
  resourceKindSchema,
  seedStatusSchema,
  stanceSchema,
  visibilitySchema,
} from './vocabulary';

export const LIMITS = { title: 300, body: 20_000, short: 2_000, skills: 50 } as const;

const title = cleanText('title', { max: LIMITS.title });
const body = textUpTo(LIMITS.body, 'body');
const short = textUpTo(LIMITS.short);

/** Fields every kind has; translations are flat properties because Neo4j stores no maps. */
const commonFields = {
  title,
  title_fr: title.optional(),
  title_en: title.optional(),
  body: body.optional(),
  body_fr: body.optional(),
  body_en: body.optional(),
  lang: langSchema.optional(),
  visibility: visibilitySchema.optional(),
};

const questionFields = { ...commonFields, status: questionStatusSchema.optional() };
const seedFields = {
  ...commonFields,
  status: seedStatusSchema.optional(),
  summary: short.optional(),
  summary_fr: short.optional(),
  summary_en: short.optional(),
  /** The collaborative "document de mise en contexte" (markdown). */
  context: body.optional(),
};
const personFields = {
  ...commonFields,
  bio: short.optional(),
  bio_fr: short.optional(),
  bio_en: short.optional(),
  // each skill: at most 100 characters as sent, not blank once trimmed (the pattern tells the document so)
  skills: z
    .array(textUpTo(100, 'skill').trim().min(1).meta({ pattern: NOT_BLANK_PATTERN }))
    .max(LIMITS.skills)
    .optional(),
};
const resourceFields = {
  ...commonFields,
  /** web, photo, video…; named resourceKind because `kind` is the node's kind. */
  resourceKind: resourceKindSchema,
  url: z
    .url({ protocol: /^https?$/, message: 'url must be an http(s) address' })
    .max(2_000)
    .optional(),
  credit: textUpTo(300, 'credit').optional(),
  license: textUpTo(100, 'license').optional(),
};
const communityFields = {
  ...commonFields,
  purpose: short.optional(),
  purpose_fr: short.optional(),
  purpose_en: short.optional(),
  rules: short.optional(),
  rules_fr: short.optional(),
  rules_en: short.optional(),
};

export const KIND_FIELDS = {
  Question: questionFields,
  Seed: seedFields,
  Person: personFields,
  Resource: resourceFields,
  Community: communityFields,
} as const;

export const createQuestionSchema = z.strictObject({ kind: z.literal('Question'), ...questionFields });
export const createSeedSchema = z.strictObject({ kind: z.literal('Seed'), ...seedFields });
export const createPersonSchema = z.strictObject({ kind: z.literal('Person'), ...personFields });
/**
 * A resource added from a question or a seed: it informs that node from the start (`INFORMS`, with the
 * stance it takes), written with the resource in one action — both, or nothing.
 */
export const resourceInformsSchema = z.strictObject({ target: idSchema, stance: stanceSchema.optional() });
export type ResourceInforms = z.infer<typeof resourceInformsSchema>;
export const createResourceSchema = z.strictObject({
  kind: z.literal('Resource'),
  ...resourceFields,
  informs: resourceInformsSchema.optional(),
});
export const createCommunitySchema = z.strictObject({ kind: z.literal('Community'), ...communityFields });

/** POST /api/nodes body: one schema per kind, chosen by `kind`. */
export const createNodeSchema = z.discriminatedUnion('kind', [
  createQuestionSchema,
  createSeedSchema,
  createPersonSchema,
  createResourceSchema,
  createCommunitySchema,
]);
export type CreateNode = z.infer<typeof createNodeSchema>;

/** PATCH /api/nodes/:id body for a node of the given kind: any of its own fields, at least one. */
export function patchSchemaFor(kind: z.infer<typeof kindSchema>) {
  return z
    .strictObject(KIND_FIELDS[kind])
    .partial()
    .refine((patch) => Object.keys(patch).length > 0, 'a patch must change at least one field');
}
/** The union of every kind's patch, for documentation; the server checks the node's own kind. */
export const patchNodeSchema = z
  .strictObject({ ...resourceFields, ...seedFields, ...personFields, ...communityFields })
  .partial()
  .meta({ minProperties: 1 });

/** What the server adds to every node. */
const metaFields = {
  id: idSchema,
  kind: kindSchema,
  lang: langSchema,
  visibility: visibilitySchema,
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  x: z.number(),
  y: z.number(),
};

/** A node as the API returns it: its kind's fields plus the server's own. */
export const nodeSchema = z
  .object({ ...commonFields, ...seedFields, ...personFields, ...communityFields, ...metaFields })
  .extend({ resourceKind: resourceKindSchema.optional(), url: z.string().optional() })
  .extend({ credit: z.string().optional(), license: z.string().optional() })
  /** A photo (resourceKind: photo): where its image and thumbnail are served, and its size in pixels. */
  .extend({
    thumbnailUrl: z.string().optional(),
    width: z.number().optional(),
    height: z.number().optional(),
  })
  .extend({ status: z.string().optional() });
export type NodeView = z.infer<typeof nodeSchema>;
