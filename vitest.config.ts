// Test runner configuration: three projects, run one by one with `vitest run --project <name>` (npm run
// test:unit, test:api, test:e2e) or all together (`npm test`).
// - unit: pure functions (client, shared, the server's pure rules); no database, no browser, files in
//   parallel (threads, one per core), no global setup.
// - api: everything that opens a database: supertest on createApp and the real Neo4j, the seeds, the
//   embedded launcher. One embedded Neo4j (test/support/neo4j.global-setup.ts: free port, temporary
//   folder, stopped at the end); files one at a time since they share and wipe it.
// - e2e: Chromium on the built client, over the same Neo4j, one file at a time.
// api and e2e share one Neo4j when run together, and never run at the same time (sequence.groupOrder).
import os from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/** The test files that need Neo4j (the shared one, or their own embedded instances). */
const API = [
  'test/**/*.api.test.ts',
  'test/neo4j/**/*.test.ts',
  'test/seeds-data/**/*.test.ts',
  'test/server/open-database.test.ts',
];
const E2E = ['test/e2e/**/*.e2e.test.ts'];
const NEO4J = ['test/support/neo4j.global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 90_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...API, ...E2E],
          // short CPU-bound files: threads start faster than forks, and every core takes files
          pool: 'threads',
          maxWorkers: os.availableParallelism(),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: API,
          globalSetup: NEO4J,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          globalSetup: NEO4J,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
