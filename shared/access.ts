// The access card of a node: who can see it, who can edit it and why (the open-process rule), and what
// the reader may do with it. `GET /api/nodes/:id` returns it as `access`; the client translates the codes.
import { z } from 'zod';
import { visibilitySchema } from './vocabulary';

/** Who may see: everyone, anyone with an account, or (private) only those who may edit it and admins —
 *  its author and the authors, editors and animators of its seeds (a community: its animators). */
export const seeRuleSchema = z.enum(['everyone', 'members', 'editors-only']);

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

/** One person who may edit the node (so see it, when private): by role, named only if the reader may see
 *  that person (`person` null otherwise). Admins are not listed one by one. */
export const namedEditorSchema = z.object({
  role: editorRoleSchema,
  person: z.object({ id: z.string(), title: z.string() }).nullable(),
});

export const accessSchema = z.object({
  visibility: visibilitySchema,
  whoCanSee: seeRuleSchema,
  whoCanEdit: z.array(editorRoleSchema),
  /** The people behind `whoCanEdit` (admins aside), in the order of `whoCanEdit`, then by name. */
  editors: z.array(namedEditorSchema),
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
