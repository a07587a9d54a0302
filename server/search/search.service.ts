// Search use case: safe Lucene query, visibility-aware hits with a snippet each. When the exact terms
// find fewer than FALLBACK_BELOW hits, a tolerant query (word forms, a typo) adds its hits after them:
// exact matches always come first.
import type { SearchHit } from '../../shared/api';
import type { Kind, Lang } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import type { Actor } from '../http/actor';
import { toLuceneQuery, toTolerantLuceneQuery } from './lucene-query';
import { searchNodes } from './search.repository';
import { makeSnippet } from './snippet';

const FALLBACK_BELOW = 5;

export function createSearchService(db: Database) {
  return {
    async search(
      actor: Actor,
      query: { q: string; kinds?: Kind[]; lang: Lang; limit: number },
    ): Promise<SearchHit[]> {
      const lucene = toLuceneQuery(query.q);
      if (!lucene) return [];
      const find = (luceneQuery: string) =>
        db.read((tx) =>
          searchNodes(tx, luceneQuery, query.kinds ?? null, visibilityParams(actor), query.lang, query.limit),
        );
      const rows = await find(lucene);
      const tolerant = toTolerantLuceneQuery(query.q);
      if (tolerant && rows.length < Math.min(FALLBACK_BELOW, query.limit)) {
        const seen = new Set(rows.map((r) => r.id));
        // Tolerant hits rank after every exact one, whatever their Lucene score.
        const floor = Math.min(...rows.map((r) => r.score), Number.POSITIVE_INFINITY);
        for (const r of await find(tolerant)) {
          if (rows.length >= query.limit) break;
          if (seen.has(r.id)) continue;
          seen.add(r.id);
          rows.push({ ...r, score: Number.isFinite(floor) ? Math.min(r.score, floor * 0.999) : r.score });
        }
      }
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
