// Erasing (issue 13 §3, "deleting is not erasing"): an admin erases a node, a person erases their account.
// What each asks for and what it answers. What is scrubbed and why: docs/erasure.md.
import { z } from 'zod';
import { cleanText, textUpTo } from './text';
import { idSchema } from './vocabulary';

/** An admin's erasure of a node: why (kept in the `node.erase` event, never the content itself). */
export const eraseNodeBodySchema = z.strictObject({
  reason: cleanText('reason', { max: 500 }),
});

/** A person's erasure of their own account: their password again, and what becomes of what they made. */
export const eraseAccountBodySchema = z.strictObject({
  password: textUpTo(1_000, 'password').min(1),
  /** keep: what they made stays, attributed to "une personne"; remove: it is erased with them. */
  contributions: z.enum(['keep', 'remove']),
});
export type EraseAccount = z.infer<typeof eraseAccountBodySchema>;

export const erasedSchema = z.object({
  /** The nodes erased: deleted and their history scrubbed (for an account kept: its Person, a tombstone). */
  nodeIds: z.array(idSchema),
  /** How many events were written back scrubbed. */
  scrubbedEvents: z.number().int().min(0),
});
export type ErasedAnswer = z.infer<typeof erasedSchema>;
