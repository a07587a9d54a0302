// Cypher for full-text search over the French-analyzed index, filtered by visibility and kind.
import { z } from 'zod';
import { type Kind, kindSchema, type Lang } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { FULLTEXT_INDEX } from '../db/migrations';
import { parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import { labelExpression } from '../nodes/nodes.repository';

const searchRowSchema = z.object({
  id: z.string(),
  kind: kindSchema,
  title: z.string(),
  text: z.string().nullable(),
  score: z.number(),
});
export type SearchRow = z.infer<typeof searchRowSchema>;

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
  return parseRows(
    searchRowSchema,
    result.records.map((r) => r.toObject()),
  );
}
