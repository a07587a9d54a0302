// Cypher of the questions feature's own: whether a person already asks a question (joining twice changes
// nothing). Locking what a new question links to, and every write, are the write path's
// (server/graph-writes).
import type { Tx } from '../db/database';

/** Whether the person already asks the question (an ASKED link from them to it). */
export async function asksAlready(tx: Tx, personId: string, questionId: string): Promise<boolean> {
  const result = await tx.run(
    'MATCH (:Entity {id: $personId})-[r:ASKED]->(:Entity {id: $questionId}) RETURN count(r) > 0 AS asks',
    { personId, questionId },
  );
  return Boolean(result.records[0]?.get('asks'));
}
