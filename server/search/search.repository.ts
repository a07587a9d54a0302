// Cypher for full-text search over the French-analyzed index, filtered by visibility and kind.
import type { Kind, Lang } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { FULLTEXT_INDEX } from '../db/migrations';
import { type Viewer, visibleTo } from '../db/visibility';
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
  viewer: Viewer,
  lang: Lang,
  limit: number,
): Promise<SearchRow[]> {
  // queryNodes streams hits best first, so filtering before LIMIT keeps the best visible ones.
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score
     WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ${visibleTo('n')}
     RETURN n.id AS id, n.kind AS kind, ${labelExpression('n')} AS title,
            coalesce(n['summary_' + $lang], n['body_' + $lang], n.summary, n.body) AS text, score
     LIMIT $limit`,
    { index: FULLTEXT_INDEX, query: luceneQuery, kinds, ...viewer, lang, limit: int(limit) },
  );
  return result.records.map((r) => r.toObject() as SearchRow);
}
