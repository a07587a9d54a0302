// Recall@5 of the search on the demo landscape, for the labelled French queries in
// bench/data/search-queries.json (word forms, typos, missing accents, plurals): for each query, the share
// of its expected nodes found in the first five hits, averaged overall and per category. Run by
// test/seeds-data/search-recall.test.ts against a freshly loaded demo; its report is in docs/benchmarks.md.
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';

export interface LabelledQuery {
  query: string;
  category: string;
  expected: string[];
}

export interface RecallReport {
  queries: number;
  recallAt5: number;
  byCategory: Record<string, { queries: number; recallAt5: number }>;
  misses: { query: string; missing: string[]; got: string[] }[];
}

export function readLabelledQueries(): LabelledQuery[] {
  const file = path.join(import.meta.dirname, 'data', 'search-queries.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { queries: LabelledQuery[] }).queries;
}

export async function measureRecallAt5(app: Express, queries: LabelledQuery[]): Promise<RecallReport> {
  const perCategory = new Map<string, number[]>();
  const misses: RecallReport['misses'] = [];
  const all: number[] = [];
  for (const { query, category, expected } of queries) {
    const res = await request(app).get('/api/search').query({ q: query, limit: 5 });
    if (res.status !== 200) throw new Error(`search "${query}" answered ${res.status}`);
    const got: string[] = res.body.hits.slice(0, 5).map((h: { id: string }) => h.id);
    const found = expected.filter((id) => got.includes(id));
    const recall = found.length / expected.length;
    all.push(recall);
    perCategory.set(category, [...(perCategory.get(category) ?? []), recall]);
    if (found.length < expected.length) {
      misses.push({ query, missing: expected.filter((id) => !got.includes(id)), got });
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    queries: queries.length,
    recallAt5: mean(all),
    byCategory: Object.fromEntries(
      [...perCategory].map(([c, xs]) => [c, { queries: xs.length, recallAt5: mean(xs) }]),
    ),
    misses,
  };
}
