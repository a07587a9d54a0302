// Accounts: what registration and login send, and who `GET /api/auth/me` says you are. The Person node
// of an account is its public face; email and password hash never leave the server.
import { z } from 'zod';
import { cleanText, fitsIn, TRIMMED_SPACE, textUpTo } from './text';
import { idSchema } from './vocabulary';

/** Global roles; everything finer (author, editor, animator…) is held in the graph. */
export const GLOBAL_ROLES = ['visitor', 'member', 'admin'] as const;
export const globalRoleSchema = z.enum(GLOBAL_ROLES);
export type GlobalRole = z.infer<typeof globalRoleSchema>;

export const PASSWORD_LIMITS = { min: 10, max: 200 } as const;

/** zod's email rule (z.email) as a JSON Schema pattern without lookarounds, spaces around it allowed (trimmed):
 *  a local part not starting or ending with a dot, without two dots in a row, `@`, dotted labels, a TLD. */
export const EMAIL_PATTERN = `^${TRIMMED_SPACE}*(?:[A-Za-z0-9_'+-]+\\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\\.)+[A-Za-z]{2,}${TRIMMED_SPACE}*$`;

const email = z
  .string()
  .meta({ pattern: EMAIL_PATTERN })
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('email must be an email address'));
const password = z
  .string()
  .min(PASSWORD_LIMITS.min, `password needs at least ${PASSWORD_LIMITS.min} characters`)
  .refine(
    (s) => fitsIn(s, PASSWORD_LIMITS.max),
    `password may have at most ${PASSWORD_LIMITS.max} characters`,
  )
  .meta({ maxLength: PASSWORD_LIMITS.max });

export const registerSchema = z.strictObject({
  name: cleanText('name', { max: 120 }),
  email,
  password,
});
export type Register = z.infer<typeof registerSchema>;

export const loginSchema = z.strictObject({
  email,
  password: textUpTo(PASSWORD_LIMITS.max, 'password').min(1),
});
export type Login = z.infer<typeof loginSchema>;

/** Who is logged in: the account's Person node and global role. Visitors get 401 from /me. */
export const meSchema = z.object({
  person: z.object({ id: idSchema, name: z.string() }),
  role: z.enum(['member', 'admin']),
});
export type Me = z.infer<typeof meSchema>;

/** GET /api/auth/me: the account, or `{ person: null, role: null }` when no one is logged in (a visitor). */
export const whoAmISchema = z.union([meSchema, z.object({ person: z.null(), role: z.null() })]);
export type WhoAmI = z.infer<typeof whoAmISchema>;

/** Cookie and header names of the CSRF double submit (the session cookie is httpOnly, this one is not). */
export const CSRF_COOKIE = 'semis_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
