// Search use case: safe Lucene query, visibility-aware hits with a snippet each.
import type { SearchHit } from '../../shared/api';
import type { Kind, Lang } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import type { Actor } from '../http/actor';
import { toLuceneQuery } from './lucene-query';
import { searchNodes } from './search.repository';
import { makeSnippet } from './snippet';

export function createSearchService(db: Database) {
  return {
    async search(
      actor: Actor,
      query: { q: string; kinds?: Kind[]; lang: Lang; limit: number },
    ): Promise<SearchHit[]> {
      const lucene = toLuceneQuery(query.q);
      if (!lucene) return [];
      const rows = await db.read((tx) =>
        searchNodes(tx, lucene, query.kinds ?? null, visibilityParams(actor), query.lang, query.limit),
      );
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        snippet: makeSnippet(r.text, query.q),
        score: Math.round(r.score * 1000) / 1000,
      }));
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
