// Cypher for accounts and sessions. An :Account and a :Session are never :Entity, so they show in no
// landscape, search or path; the account's public face is its :Entity:Person node (personId).
import { z } from 'zod';
import { int, type Tx } from '../db/database';
import { parseRow } from '../db/plain';

const accountRoleSchema = z.enum(['member', 'admin']);

const accountRowSchema = z.object({
  id: z.string(),
  personId: z.string(),
  passwordHash: z.string(),
  role: accountRoleSchema,
  email: z.string(),
  name: z.string(),
});
export type AccountRow = z.infer<typeof accountRowSchema>;

const sessionRowSchema = z.object({
  accountId: z.string(),
  personId: z.string(),
  name: z.string(),
  role: accountRoleSchema,
  /** epoch milliseconds */
  lastSeenAt: z.number(),
  expiresAt: z.number(),
});
export type SessionRow = z.infer<typeof sessionRowSchema>;

export async function insertAccount(
  tx: Tx,
  account: { id: string; email: string; passwordHash: string; role: string; personId: string },
): Promise<void> {
  await tx.run('CREATE (a:Account) SET a = $account, a.createdAt = datetime()', { account });
}

export async function findAccountByEmail(tx: Tx, email: string): Promise<AccountRow | null> {
  const result = await tx.run(
    `MATCH (a:Account {email: $email}) OPTIONAL MATCH (p:Entity:Person {id: a.personId})
     RETURN a { .id, .personId, .passwordHash, .role, .email, name: coalesce(p.title, '') } AS account`,
    { email },
  );
  const row = result.records[0]?.get('account');
  return row ? parseRow(accountRowSchema, row) : null;
}

/** The account of a person (its Person id), with its password hash: what re-asking the password checks. */
export async function findAccountByPerson(tx: Tx, personId: string): Promise<AccountRow | null> {
  const result = await tx.run(
    `MATCH (a:Account {personId: $personId}) OPTIONAL MATCH (p:Entity:Person {id: a.personId})
     RETURN a { .id, .personId, .passwordHash, .role, .email, name: coalesce(p.title, '') } AS account`,
    { personId },
  );
  const row = result.records[0]?.get('account');
  return row ? parseRow(accountRowSchema, row) : null;
}

export async function setAccountRole(tx: Tx, accountId: string, role: string): Promise<void> {
  await tx.run('MATCH (a:Account {id: $accountId}) SET a.role = $role', { accountId, role });
}

export async function insertSession(
  tx: Tx,
  session: { tokenHash: string; accountId: string; expiresAt: number },
): Promise<void> {
  await tx.run(
    `CREATE (s:Session {tokenHash: $tokenHash, accountId: $accountId, createdAt: datetime(),
       lastSeenAt: datetime(), expiresAt: datetime({epochMillis: $expiresAt})})`,
    { ...session, expiresAt: int(session.expiresAt) },
  );
}

export async function findSession(tx: Tx, tokenHash: string): Promise<SessionRow | null> {
  const result = await tx.run(
    `MATCH (s:Session {tokenHash: $tokenHash}) MATCH (a:Account {id: s.accountId})
     OPTIONAL MATCH (p:Entity:Person {id: a.personId})
     RETURN { accountId: a.id, personId: a.personId, name: coalesce(p.title, ''), role: a.role,
              lastSeenAt: s.lastSeenAt.epochMillis, expiresAt: s.expiresAt.epochMillis } AS session`,
    { tokenHash },
  );
  const row = result.records[0]?.get('session');
  return row ? parseRow(sessionRowSchema, row) : null;
}

export async function touchSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.run('MATCH (s:Session {tokenHash: $tokenHash}) SET s.lastSeenAt = datetime()', { tokenHash });
}

export async function deleteSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.run('MATCH (s:Session {tokenHash: $tokenHash}) DELETE s', { tokenHash });
}
