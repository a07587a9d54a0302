// Cypher for Idempotency-Key records: (:IdempotencyKey {accountId, key}) nodes, never :Entity, unique per
// (account, key), each with the request's fingerprint, its state (in-flight, then done with the answer's
// status, body and headers) and `expiresAt`; expired ones are purged whenever a key is used.
import { Neo4jError } from 'neo4j-driver';
import { z } from 'zod';
import type { Tx } from '../db/database';
import { parseRow } from '../db/plain';

const storedKeySchema = z.object({
  fingerprint: z.string(),
  state: z.enum(['in-flight', 'done']),
  status: z.number().nullable(),
  body: z.string().nullable(),
  etag: z.string().nullable(),
});
export type StoredKey = z.infer<typeof storedKeySchema>;

/** Drops every expired key (a bounded batch, by the expiresAt index), then reads this one. */
export async function findKey(tx: Tx, accountId: string, key: string): Promise<StoredKey | null> {
  await tx.run(
    `MATCH (k:IdempotencyKey) WHERE k.expiresAt <= datetime()
     WITH k LIMIT 500 DELETE k`,
  );
  const result = await tx.run(
    `MATCH (k:IdempotencyKey {accountId: $accountId, key: $key})
     RETURN k { .fingerprint, .state, .status, .body, .etag } AS k`,
    { accountId, key },
  );
  const row = result.records[0]?.get('k');
  return row ? parseRow(storedKeySchema, row) : null;
}

/**
 * Claims the key inside the request's own write transaction, so the key is stored if and only if the
 * write commits. A second claim of the same key waits on the unique constraint and fails: `false`.
 */
export async function claimKey(
  tx: Tx,
  claim: { accountId: string; key: string; fingerprint: string; ttlHours: number },
): Promise<boolean> {
  try {
    await tx.run(
      `CREATE (:IdempotencyKey {accountId: $accountId, key: $key, fingerprint: $fingerprint, state: 'in-flight',
         createdAt: datetime(), expiresAt: datetime() + duration({hours: $ttlHours})})`,
      claim,
    );
    return true;
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      return false;
    throw error;
  }
}

/** The first answer, kept for the retries. */
export async function recordAnswer(
  tx: Tx,
  accountId: string,
  key: string,
  answer: { status: number; body: string; etag: string | null },
): Promise<void> {
  await tx.run(
    `MATCH (k:IdempotencyKey {accountId: $accountId, key: $key})
     SET k.state = 'done', k.status = $status, k.body = $body, k.etag = $etag`,
    { accountId, key, ...answer },
  );
}
