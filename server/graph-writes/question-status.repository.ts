// Cypher for a question's lifecycle as the graph decides it: for each question, its status and version
// (write-locked, so two settlements of one question wait for each other), whether a seed grows from it
// (GROWS_FROM) and whether a seed explores it (EXPLORED_IN). The status is one stored value every reader of
// the question sees, so only a seed each of them may see counts: a public one, or a members-only one for a
// question that is not public. A private seed never shows through its question's status.
import { z } from 'zod';
import type { Tx } from '../db/database';
import { parseRows } from '../db/plain';

const questionGrowthSchema = z.object({
  id: z.string(),
  status: z.string().nullable(),
  version: z.number(),
  grown: z.boolean(),
  explored: z.boolean(),
});
export type QuestionGrowth = z.infer<typeof questionGrowthSchema>;

/** A seed `s` that everyone who may see the question `q` may see too. */
const SEEN_BY_THE_QUESTION_READERS = `(s.visibility = 'public' OR (s.visibility = 'members' AND q.visibility <> 'public'))`;

/** The questions among `ids` (other kinds and unknown ids are left out), locked in id order. */
export async function lockQuestionGrowth(tx: Tx, ids: string[]): Promise<QuestionGrowth[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (q:Entity:Question {id: id})
     WITH q ORDER BY q.id
     SET q.__lock = true REMOVE q.__lock
     RETURN q { .id, status: q.status, .version,
       grown: EXISTS { MATCH (s:Seed)-[:GROWS_FROM]->(q) WHERE ${SEEN_BY_THE_QUESTION_READERS} },
       explored: EXISTS { MATCH (q)-[:EXPLORED_IN]->(s:Seed) WHERE ${SEEN_BY_THE_QUESTION_READERS} } } AS question`,
    { ids: [...new Set(ids)].sort() },
  );
  return parseRows(
    questionGrowthSchema,
    result.records.map((r) => r.get('question')),
  );
}

/** The questions a seed grows from or explores. */
export async function questionsOfSeed(tx: Tx, seedId: string): Promise<string[]> {
  const result = await tx.run(
    `MATCH (:Entity:Seed {id: $seedId})-[:GROWS_FROM|EXPLORED_IN]-(q:Entity:Question) RETURN DISTINCT q.id AS id`,
    { seedId },
  );
  return result.records.map((r) => r.get('id') as string);
}
