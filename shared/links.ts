// Link schemas: POST /api/links bodies, one per relation (each relation has its own properties), and a
// link as the API returns it. Which kinds a relation may join is checked by the server (vocabulary.ts).
import { z } from 'zod';
import { textUpTo } from './text';
import { idSchema, RELATIONS, type Relation, relationSchema, roleSchema, stanceSchema } from './vocabulary';

const unit = z.number().min(0).max(1);

/** Properties each relation carries; relations not listed here carry none. */
export const RELATION_PROPERTIES = {
  HAS_ROLE: z.strictObject({ role: roleSchema }),
  INFORMS: z.strictObject({ stance: stanceSchema.optional() }),
  TAKES_STANCE: z.strictObject({
    stance: stanceSchema,
    statement: textUpTo(1_000, 'statement').trim().optional(),
  }),
  PROMPTED: z
    .strictObject({ regionX: unit, regionY: unit, regionW: unit, regionH: unit })
    .partial()
    .refine(
      (r) =>
        [r.regionX, r.regionY, r.regionW, r.regionH].every((v) => v === undefined) ||
        [r.regionX, r.regionY, r.regionW, r.regionH].every((v) => v !== undefined),
      'a region needs all four of regionX, regionY, regionW, regionH',
    )
    .refine(
      (r) =>
        r.regionX === undefined ||
        ((r.regionX ?? 0) + (r.regionW ?? 0) <= 1 && (r.regionY ?? 0) + (r.regionH ?? 0) <= 1),
      'a region must lie inside the image (x + w ≤ 1, y + h ≤ 1)',
    )
    // all four or none, for the JSON Schema; "inside the image" is said in the operation's description
    .meta({
      dependentRequired: {
        regionX: ['regionY', 'regionW', 'regionH'],
        regionY: ['regionX', 'regionW', 'regionH'],
        regionW: ['regionX', 'regionY', 'regionH'],
        regionH: ['regionX', 'regionY', 'regionW'],
      },
    }),
  GATHERS: z.strictObject({ featured: z.boolean().optional() }),
} as const satisfies Partial<Record<Relation, z.ZodType>>;

const noProperties = z.strictObject({});

export function propertiesSchemaFor(relation: Relation): z.ZodType<Record<string, unknown>> {
  return (
    (RELATION_PROPERTIES as Partial<Record<Relation, z.ZodType<Record<string, unknown>>>>)[relation] ??
    noProperties
  );
}

/** A relation needs its properties object when one of them is required (HAS_ROLE's role, TAKES_STANCE's stance). */
function linkVariant(relation: Relation) {
  const properties = propertiesSchemaFor(relation);
  const required = relation === 'HAS_ROLE' || relation === 'TAKES_STANCE';
  return z.strictObject({
    source: idSchema,
    target: idSchema,
    relation: z.literal(relation),
    properties: required ? properties : properties.optional(),
  });
}

/** POST /api/links body. Idempotent on (source, target, relation) — and role, for HAS_ROLE. */
export const createLinkSchema = z.discriminatedUnion(
  'relation',
  RELATIONS.map(linkVariant) as unknown as [
    ReturnType<typeof linkVariant>,
    ...ReturnType<typeof linkVariant>[],
  ],
);
export type CreateLink = {
  source: string;
  target: string;
  relation: Relation;
  properties?: Record<string, unknown>;
};

export const linkSchema = z.object({
  id: z.string(),
  source: idSchema,
  target: idSchema,
  relation: relationSchema,
  properties: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type LinkView = z.infer<typeof linkSchema>;
