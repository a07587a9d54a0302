// Cypher for suggestions, in one statement: candidates from the French full-text index, the questions and
// seeds around the reader's context (the selected node, the community looked at), and the seeds of each
// candidate question.
// Every node read — context nodes included — passes the one visibility rule, so a hidden node is never a
// candidate nor a way to reach one: a hidden context id finds exactly what an unknown one finds.
import type { Lang } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { FULLTEXT_INDEX } from '../db/migrations';
import { toPlain } from '../db/plain';
import { visibleTo } from '../db/visibility';
import { labelExpression } from '../nodes/nodes.repository';

export interface CandidateRow {
  id: string;
  kind: 'Question' | 'Seed';
  /** The title in the requested language. */
  title: string;
  /** Every stored title (own language and translations), compared with the typed text. */
  titles: string[];
  /** A seed's summary, or the body. */
  text: string | null;
}

export interface VisibilityParams {
  canSee: string[];
  actorId: string | null;
}

const SUGGESTED_KINDS = ['Question', 'Seed'];

const candidate = (n: string) =>
  `${n} { .id, .kind, title: ${labelExpression(n)},
     titles: [t IN [${n}.title, ${n}.title_fr, ${n}.title_en] WHERE t IS NOT NULL],
     text: coalesce(${n}['summary_' + $lang], ${n}.summary, ${n}['body_' + $lang], ${n}.body) }`;

export interface CandidateSources {
  /** The Lucene query of the typed text, or null when it names no subject. */
  lucene: string | null;
  selected?: string;
  community?: string;
}

export interface FoundCandidate {
  candidate: CandidateRow;
  /** Where it was found: the full-text index (`text`) and/or the reader's context. */
  reasons: ('text' | 'linked-to-selection' | 'in-community')[];
  /** For a question: a few visible seeds that grow from it or explore it. */
  seeds: CandidateRow[];
}

/** The full-text hits among visible questions and seeds, best first. */
const TEXT_BRANCH = `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n
       WHERE n.kind IN $kinds AND ${visibleTo('n')}
       RETURN n AS m, 'text' AS reason LIMIT $textLimit`;

/** The selected node (when it is a question or seed) and the visible questions and seeds linked to it. */
const SELECTION_BRANCH = `MATCH (sel:Entity {id: $selected}) WHERE ${visibleTo('sel')}
       CALL (sel) {
         RETURN sel AS m
         UNION
         MATCH (sel)--(m:Entity) WHERE m.kind IN $kinds AND ${visibleTo('m')}
         RETURN m
       }
       WITH m WHERE m.kind IN $kinds
       RETURN m, 'linked-to-selection' AS reason LIMIT $contextLimit`;

/** The visible seeds a visible community gathers, and the visible questions they grow from or explore. */
const COMMUNITY_BRANCH = `MATCH (c:Entity {id: $community}) WHERE c.kind = 'Community' AND ${visibleTo('c')}
       MATCH (c)-[:GATHERS]->(s:Seed) WHERE ${visibleTo('s')}
       CALL (s) {
         RETURN s AS m
         UNION
         MATCH (s)-[:GROWS_FROM|EXPLORED_IN]-(m:Question) WHERE ${visibleTo('m')}
         RETURN m
       }
       WITH DISTINCT m
       RETURN m, 'in-community' AS reason LIMIT $contextLimit`;

/**
 * Every candidate in ONE statement (one round trip): the full-text hits and the context's questions and
 * seeds, each with the reasons it was found for and, for a question, a few of its visible seeds (so the
 * seeds of similar questions need no second query).
 */
export async function findCandidates(
  tx: Tx,
  sources: CandidateSources,
  visibility: VisibilityParams,
  lang: Lang,
  limits: { text: number; context: number; seedsPerQuestion: number },
): Promise<FoundCandidate[]> {
  const branches = [
    ...(sources.lucene ? [TEXT_BRANCH] : []),
    ...(sources.selected ? [SELECTION_BRANCH] : []),
    ...(sources.community ? [COMMUNITY_BRANCH] : []),
  ];
  if (branches.length === 0) return [];
  const result = await tx.run(
    `CALL () {
       ${branches.join('\n       UNION ALL\n       ')}
     }
     WITH m, collect(reason) AS reasons
     RETURN ${candidate('m')} AS candidate, reasons,
       CASE WHEN m.kind = 'Question' THEN [s IN COLLECT {
         MATCH (m)-[:GROWS_FROM|EXPLORED_IN]-(s:Seed) WHERE ${visibleTo('s')}
         RETURN s LIMIT $seedsPerQuestion
       } | ${candidate('s')}] ELSE [] END AS seeds`,
    {
      index: FULLTEXT_INDEX,
      query: sources.lucene,
      selected: sources.selected ?? null,
      community: sources.community ?? null,
      kinds: SUGGESTED_KINDS,
      lang,
      textLimit: int(limits.text),
      contextLimit: int(limits.context),
      seedsPerQuestion: int(limits.seedsPerQuestion),
      ...visibility,
    },
  );
  return result.records.map((r) => ({
    candidate: toPlain(r.get('candidate')) as CandidateRow,
    reasons: r.get('reasons') as FoundCandidate['reasons'],
    seeds: toPlain(r.get('seeds')) as CandidateRow[],
  }));
}
