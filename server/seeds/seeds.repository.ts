// Cypher for a question's lifecycle as the graph decides it: for each question, its status and version
// (write-locked, so two settlements of one question wait for each other), whether a seed grows from it
// (GROWS_FROM) and whether a seed explores it (EXPLORED_IN). Every seed counts, whatever its visibility:
// this is Semis's own bookkeeping, never a reader's view.
import type { Tx } from '../db/database';
import { toPlain } from '../db/plain';

export interface QuestionGrowth {
  id: string;
  status: string | null;
  version: number;
  grown: boolean;
  explored: boolean;
}

/** The questions among `ids` (other kinds and unknown ids are left out), locked in id order. */
export async function lockQuestionGrowth(tx: Tx, ids: string[]): Promise<QuestionGrowth[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (q:Entity:Question {id: id})
     WITH q ORDER BY q.id
     SET q.__lock = true REMOVE q.__lock
     RETURN q { .id, status: q.status, .version,
       grown: EXISTS { (:Seed)-[:GROWS_FROM]->(q) },
       explored: EXISTS { (q)-[:EXPLORED_IN]->(:Seed) } } AS question`,
    { ids: [...new Set(ids)].sort() },
  );
  return result.records.map((r) => toPlain(r.get('question')) as QuestionGrowth);
}
