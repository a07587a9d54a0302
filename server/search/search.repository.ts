// Cypher for full-text search over the French-analyzed index, filtered by visibility and kind.
import type { Kind, Lang, Visibility } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { FULLTEXT_INDEX } from '../db/migrations';
import { labelExpression } from '../nodes/nodes.repository';

export interface SearchRow {
  id: string;
  kind: Kind;
  title: string;
  text: string | null;
  score: number;
}

export async function searchNodes(
  tx: Tx,
  luceneQuery: string,
  kinds: Kind[] | null,
  canSee: readonly Visibility[],
  lang: Lang,
  limit: number,
): Promise<SearchRow[]> {
  // queryNodes streams hits best first, so filtering before LIMIT keeps the best visible ones.
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score
     WHERE n.visibility IN $canSee AND ($kinds IS NULL OR n.kind IN $kinds)
     RETURN n.id AS id, n.kind AS kind, ${labelExpression('n')} AS title,
            coalesce(n['summary_' + $lang], n['body_' + $lang], n.summary, n.body) AS text, score
     LIMIT $limit`,
    { index: FULLTEXT_INDEX, query: luceneQuery, kinds, canSee, lang, limit: int(limit) },
  );
  return result.records.map((r) => r.toObject() as SearchRow);
}
