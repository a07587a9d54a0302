// The access card of a node: who can see it, who can edit it and why (the open-process rule), and what
// the reader may do with it. `GET /api/nodes/:id` returns it as `access`; the client translates the codes.
import { z } from 'zod';
import { visibilitySchema } from './vocabulary';

/** Who may see: everyone, anyone with an account, or its author and the authors/editors of its seeds. */
export const seeRuleSchema = z.enum(['everyone', 'members', 'author-and-seed-editors']);

/** Who may edit, as role codes: 'author' (who created it), 'seed-author', 'seed-editor', 'seed-animator',
 *  'community-animator', 'self' (a person's own node), 'admin'. */
export const editorRoleSchema = z.enum([
  'author',
  'seed-author',
  'seed-editor',
  'seed-animator',
  'community-animator',
  'self',
  'admin',
]);

export const accessSchema = z.object({
  visibility: visibilitySchema,
  whoCanSee: seeRuleSchema,
  whoCanEdit: z.array(editorRoleSchema),
  /** What the reader may do with this node, decided by the server's permission rules. */
  you: z.object({
    edit: z.boolean(),
    delete: z.boolean(),
    link: z.boolean(),
    changeVisibility: z.boolean(),
    revert: z.boolean(),
  }),
  /** Why the reader may (or may not) edit: the role that grants it, or 'visitor' / 'none'. */
  because: z.enum([...editorRoleSchema.options, 'visitor', 'none']),
});
export type Access = z.infer<typeof accessSchema>;
