// Cypher for the atomic ask and the grow-seed write: lock the visible nodes a new node will link to (so
// none is deleted before the transaction ends), find the actor's Person, and read a node's stored
// properties for an event's before/after. Creating nodes and links reuses the nodes and links repositories.
import { z } from 'zod';
import { kindSchema } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import { visibleTo } from '../db/visibility';
import type { VisibilityParams } from './suggestions.repository';

const lockedNodeSchema = z.object({
  id: z.string(),
  kind: kindSchema,
  x: z.number(),
  y: z.number(),
  autoPlaced: z.boolean(),
});
export type LockedNode = z.infer<typeof lockedNodeSchema>;

/** Locks the visible nodes among `ids` in id order (no deadlock between two asks) and returns them. */
export async function lockVisible(
  tx: Tx,
  ids: string[],
  visibility: VisibilityParams,
): Promise<Map<string, LockedNode>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id}) WHERE ${visibleTo('n')}
     WITH n ORDER BY n.id
     SET n.__lock = true REMOVE n.__lock
     RETURN n { .id, .kind, x: coalesce(n.x, 0.0), y: coalesce(n.y, 0.0),
                autoPlaced: coalesce(n.autoPlaced, false) } AS node`,
    { ids: [...new Set(ids)].sort(), ...visibility },
  );
  const nodes = parseRows(
    lockedNodeSchema,
    result.records.map((r) => r.get('node')),
  );
  return new Map(nodes.map((n) => [n.id, n]));
}

/** Whether the account's Person node exists (an account's actor id is its Person's id). */
export async function personExists(tx: Tx, personId: string): Promise<boolean> {
  const result = await tx.run("MATCH (p:Entity {id: $personId}) WHERE p.kind = 'Person' RETURN p.id", {
    personId,
  });
  return result.records.length > 0;
}

/** A node's stored properties (for an event's before), or null. */
export async function storedProperties(tx: Tx, id: string): Promise<Record<string, unknown> | null> {
  const result = await tx.run('MATCH (n:Entity {id: $id}) RETURN n {.*} AS node', { id });
  const node = result.records[0]?.get('node');
  return node ? parseRow(z.record(z.string(), z.unknown()), node) : null;
}

/** Whether the person already asks the question (an ASKED link from them to it). */
export async function asksAlready(tx: Tx, personId: string, questionId: string): Promise<boolean> {
  const result = await tx.run(
    'MATCH (:Entity {id: $personId})-[r:ASKED]->(:Entity {id: $questionId}) RETURN count(r) > 0 AS asks',
    { personId, questionId },
  );
  return Boolean(result.records[0]?.get('asks'));
}
