// The check of a graph payload against the shared contract (shared/graph.ts), affordable at 100k nodes:
// the envelope always, and the nodes and edges all of them up to FULL_CHECK_ITEMS, a fixed spread sample
// beyond (the first ones, evenly spaced ones, the last one). What the check is for is a server and a page
// that drifted apart, which shows in any item; checking all 300k items of a large landscape took zod
// about 1 s of the first frame (docs/benchmarks.md). Items are used as sent (the schemas transform nothing).
import { z } from 'zod';
import { type GraphPayload, graphPayloadSchema } from '../../../shared/graph';

export const FULL_CHECK_ITEMS = 2_000;
const SAMPLE_HEAD = 500;
const SAMPLE_SPREAD = 1_000;

const envelopeSchema = graphPayloadSchema.extend({
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
});
const nodeSchema = graphPayloadSchema.shape.nodes.element;
const edgeSchema = graphPayloadSchema.shape.edges.element;

/** Which items of a list of `length` are checked: all of a short list, a sample of a long one. */
export function checkedIndexes(length: number): number[] {
  if (length <= FULL_CHECK_ITEMS) return Array.from({ length }, (_, i) => i);
  const picked = new Set<number>();
  for (let i = 0; i < SAMPLE_HEAD; i++) picked.add(i);
  const step = length / SAMPLE_SPREAD;
  for (let k = 0; k < SAMPLE_SPREAD; k++) picked.add(Math.floor(k * step));
  picked.add(length - 1);
  return [...picked].sort((a, b) => a - b);
}

export type CheckResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: { message: string }[] } };

function checkItems(items: unknown[], schema: z.ZodType, what: string): string | null {
  for (const i of checkedIndexes(items.length)) {
    const result = schema.safeParse(items[i]);
    if (!result.success) return `${what}[${i}]: ${result.error.issues[0]?.message ?? 'invalid'}`;
  }
  return null;
}

/** Has zod's `safeParse` shape, so the API client uses it like any schema. */
export const graphPayloadCheck = {
  safeParse(body: unknown): CheckResult<GraphPayload> {
    const envelope = envelopeSchema.safeParse(body);
    if (!envelope.success) return envelope;
    const problem =
      checkItems(envelope.data.nodes, nodeSchema, 'nodes') ??
      checkItems(envelope.data.edges, edgeSchema, 'edges');
    if (problem) return { success: false, error: { issues: [{ message: problem }] } };
    return { success: true, data: body as GraphPayload };
  },
};
