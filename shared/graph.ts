// The graph payload: graphology's serialisation, so the client calls graph.import(payload) directly.
// The domain kind lives in `kind`, never in `type`, which sigma reserves for choosing a renderer.
import { z } from 'zod';
import { isOneOf, kindSchema, type Relation, relationSchema, roleSchema, stanceSchema } from './vocabulary';

export const graphNodeAttributesSchema = z.object({
  kind: kindSchema,
  label: z.string(),
  x: z.number(),
  y: z.number(),
  size: z.number(),
  degree: z.number().int(),
  /** Client-side only: the label stays drawn at any zoom (a node the person just created). */
  forceLabel: z.boolean().optional(),
});
export type GraphNodeAttributes = z.infer<typeof graphNodeAttributesSchema>;

export const graphEdgeAttributesSchema = z.object({
  relation: relationSchema,
  stance: stanceSchema.optional(),
  role: roleSchema.optional(),
});
export type GraphEdgeAttributes = z.infer<typeof graphEdgeAttributesSchema>;

export const graphPayloadSchema = z.object({
  attributes: z.object({
    /** How many nodes matched before the limit. */
    total: z.number().int(),
    /** Whether some of them were left out by the limit. */
    truncated: z.boolean(),
  }),
  options: z.object({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.boolean() }),
  nodes: z.array(z.object({ key: z.string(), attributes: graphNodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: graphEdgeAttributesSchema,
    }),
  ),
});
export type GraphPayload = z.infer<typeof graphPayloadSchema>;
export type GraphEdge = GraphPayload['edges'][number];

/** Node size on the map from its degree: readable at 0, growing slowly for hubs. */
export function sizeFromDegree(degree: number): number {
  return Math.round((3 + 2.2 * Math.sqrt(degree)) * 10) / 10;
}

/**
 * A link as the map's edge, the one mapping both sides use (the server's payloads, the page's own changes):
 * its id as the key, its ends, its relation, and its stance and role when they are the vocabulary's words.
 */
export function edgeOfLink(link: {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  stance?: string | null | undefined;
  role?: string | null | undefined;
}): GraphEdge {
  const attributes: GraphEdgeAttributes = { relation: link.relation };
  const stance = link.stance ?? undefined;
  const role = link.role ?? undefined;
  if (isOneOf(stanceSchema.options, stance)) attributes.stance = stance;
  if (isOneOf(roleSchema.options, role)) attributes.role = role;
  return { key: link.id, source: link.source, target: link.target, attributes };
}
