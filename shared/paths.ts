// The contract of "how is A connected to B?": the query of GET /api/paths and the shortest paths it
// answers, each as its nodes in walk order and its relationships in their real stored direction.
import { z } from 'zod';
import { idSchema, kindSchema, langSchema, relationSchema } from './vocabulary';

/** The longest path asked for, in steps (relationships); the server builds its Cypher bound from it. */
export const MAX_PATH_LENGTH = 8;
export const DEFAULT_PATH_LENGTH = 4;
export const MAX_PATH_COUNT = 20;

export const pathsQuerySchema = z
  .strictObject({
    from: idSchema,
    to: idSchema,
    max: z.coerce
      .number()
      .int('max must be a whole number of steps')
      .min(1, 'max must be at least 1 step')
      .max(MAX_PATH_LENGTH, `max must be at most ${MAX_PATH_LENGTH} steps`)
      .default(DEFAULT_PATH_LENGTH),
    lang: langSchema.default('fr'),
    limit: z.coerce.number().int().min(1).max(MAX_PATH_COUNT).default(5),
  })
  .refine((query) => query.from !== query.to, {
    path: ['to'],
    message: 'from and to must be two different nodes',
  });
export type PathsQuery = z.infer<typeof pathsQuerySchema>;

export const pathNodeSchema = z.object({ id: idSchema, kind: kindSchema, title: z.string() });
/** A relationship of a path: `source` → `target` as stored, which may be against the walk. */
export const pathEdgeSchema = z.object({
  id: z.string(),
  relation: relationSchema,
  source: idSchema,
  target: idSchema,
});
/** `nodes[0]` is `from`, the last is `to`; `edges[i]` links `nodes[i]` and `nodes[i + 1]`. */
export const pathSchema = z.object({ nodes: z.array(pathNodeSchema), edges: z.array(pathEdgeSchema) });
export const pathsResponseSchema = z.object({ paths: z.array(pathSchema) });

export type PathNode = z.infer<typeof pathNodeSchema>;
export type PathEdge = z.infer<typeof pathEdgeSchema>;
export type Path = z.infer<typeof pathSchema>;
export type PathsResponse = z.infer<typeof pathsResponseSchema>;
