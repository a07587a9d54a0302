// Recall@5 of search on the demo landscape for the labelled French queries (bench/search-recall.ts):
// prints the report (copied to docs/benchmarks.md) and holds the measured level so it cannot fall back.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { measureRecallAt5, readLabelledQueries } from '../../bench/search-recall';
import { loadDemoLandscape } from '../../seeds-data/loader';
import type { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrations';
import { openTestDatabase, testApp, wipe } from '../support/database';

/** The recall@5 measured on this set; raise it when search gets better, never lower it. */
const RECALL_FLOOR = 0.9;

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await wipe(db);
  await migrate(db);
  await loadDemoLandscape(db, { reset: true });
});
afterAll(() => db.close());

it('finds the labelled French queries (word forms, typos, accents, plurals) in the top 5', async () => {
  const queries = readLabelledQueries();
  expect(queries.length).toBeGreaterThanOrEqual(50);
  const report = await measureRecallAt5(testApp(db), queries);
  console.log(JSON.stringify(report, null, 1));
  expect(report.recallAt5).toBeGreaterThanOrEqual(RECALL_FLOOR);
}, 120_000);
