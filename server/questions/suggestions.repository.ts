// Cypher for suggestions: candidates from the French full-text index and the questions and seeds around the
// reader's context (the selected node, the community looked at) in one statement, then the seeds of
// similar questions.
// Every node read — context nodes included — passes the one visibility rule, so a hidden node is never a
// candidate nor a way to reach one: a hidden context id finds exactly what an unknown one finds.
import { z } from 'zod';
import type { Lang } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { FULLTEXT_INDEX } from '../db/migrations';
import { parseRow } from '../db/plain';
import { visibleTo } from '../db/visibility';
import { labelExpression } from '../nodes/nodes.repository';

const candidateRowSchema = z.object({
  id: z.string(),
  kind: z.enum(['Question', 'Seed']),
  /** The title in the requested language. */
  title: z.string(),
  /** Every stored title (own language and translations), compared with the typed text. */
  titles: z.array(z.string()),
  /** A seed's summary, or the body. */
  text: z.string().nullable(),
});
export type CandidateRow = z.infer<typeof candidateRowSchema>;

export interface VisibilityParams {
  canSee: string[];
  actorId: string | null;
}

const SUGGESTED_KINDS = ['Question', 'Seed'];
/** How many full-text hits Lucene hands over per candidate wanted. */
const TEXT_SCAN_FACTOR = 5;

const candidate = (n: string) =>
  `${n} { .id, .kind, title: ${labelExpression(n)},
     titles: [t IN [${n}.title, ${n}.title_fr, ${n}.title_en] WHERE t IS NOT NULL],
     text: coalesce(${n}['summary_' + $lang], ${n}.summary, ${n}['body_' + $lang], ${n}.body) }`;

/** Where a candidate came from: the full-text index (null), the selected node, or the community. */
const candidateSourceSchema = z.enum(['linked-to-selection', 'in-community']).nullable();
export type CandidateSource = z.infer<typeof candidateSourceSchema>;

export interface CandidateSources {
  /** The Lucene text (./suggestion-query.ts), or null when nothing typed names a subject. */
  lucene: string | null;
  selected?: string;
  community?: string;
}

/** The full-text part: the best hits among visible questions and seeds, best first. */
const FROM_TEXT = `CALL db.index.fulltext.queryNodes($index, $query, {limit: $scan}) YIELD node AS n
     WHERE n.kind IN $kinds AND ${visibleTo('n')}
     RETURN n, null AS reason LIMIT $limit`;

/** The selected node (when it is a question or seed) and the visible questions and seeds linked to it. */
const AROUND_SELECTION = `MATCH (sel:Entity {id: $selected}) WHERE ${visibleTo('sel')}
     CALL (sel) {
       RETURN sel AS m
       UNION
       MATCH (sel)--(m:Entity) WHERE m.kind IN $kinds AND ${visibleTo('m')}
       RETURN m
     }
     WITH m WHERE m.kind IN $kinds
     RETURN m AS n, 'linked-to-selection' AS reason LIMIT $contextLimit`;

/** The visible seeds a visible community gathers, and the visible questions they grow from or explore. */
const IN_COMMUNITY = `MATCH (c:Entity {id: $community}) WHERE c.kind = 'Community' AND ${visibleTo('c')}
     MATCH (c)-[:GATHERS]->(s:Seed) WHERE ${visibleTo('s')}
     CALL (s) {
       RETURN s AS m
       UNION
       MATCH (s)-[:GROWS_FROM|EXPLORED_IN]-(m:Question) WHERE ${visibleTo('m')}
       RETURN m
     }
     WITH DISTINCT m
     RETURN m AS n, 'in-community' AS reason LIMIT $contextLimit`;

/**
 * The candidates from every source asked for, in ONE statement (each statement costs a round trip and
 * the database's own per-statement work, which dominate at this size): the full-text hits (Lucene keeps
 * only its best `scan`, a top-k, enough for `limits.text` questions and seeds once people, resources and
 * hidden nodes are left out), then the context's. A node found twice comes once per source.
 */
export async function findCandidates(
  tx: Tx,
  sources: CandidateSources,
  visibility: VisibilityParams,
  lang: Lang,
  limits: { text: number; context: number },
): Promise<{ row: CandidateRow; reason: CandidateSource }[]> {
  const parts = [
    sources.lucene ? FROM_TEXT : null,
    sources.selected ? AROUND_SELECTION : null,
    sources.community ? IN_COMMUNITY : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return [];
  const result = await tx.run(
    `CALL () {
       ${parts.join('\n       UNION ALL\n       ')}
     }
     RETURN ${candidate('n')} AS candidate, reason`,
    {
      index: FULLTEXT_INDEX,
      query: sources.lucene,
      scan: int(limits.text * TEXT_SCAN_FACTOR),
      limit: int(limits.text),
      selected: sources.selected ?? null,
      community: sources.community ?? null,
      contextLimit: int(limits.context),
      kinds: SUGGESTED_KINDS,
      lang,
      ...visibility,
    },
  );
  return result.records.map((r) => ({
    row: parseRow(candidateRowSchema, r.get('candidate')),
    reason: parseRow(candidateSourceSchema, r.get('reason')),
  }));
}

/** For each given question, the visible seeds that grow from it or explore it (a few per question). */
export async function seedsOfQuestions(
  tx: Tx,
  questionIds: string[],
  visibility: VisibilityParams,
  lang: Lang,
  perQuestion: number,
): Promise<{ question: string; seed: CandidateRow }[]> {
  const result = await tx.run(
    `UNWIND $ids AS qid
     MATCH (q:Entity {id: qid})
     CALL (q) {
       MATCH (q)-[:GROWS_FROM|EXPLORED_IN]-(s:Seed) WHERE ${visibleTo('s')}
       RETURN s ORDER BY s.id LIMIT $perQuestion
     }
     RETURN qid AS question, ${candidate('s')} AS candidate`,
    { ids: questionIds, lang, perQuestion: int(perQuestion), ...visibility },
  );
  return result.records.map((r) => ({
    question: r.get('question') as string,
    seed: parseRow(candidateRowSchema, r.get('candidate')),
  }));
}
