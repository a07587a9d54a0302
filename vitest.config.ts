// Test runner configuration: one embedded Neo4j for the whole run (started by the global setup on a free
// port with a temporary folder, stopped at the end), test files one at a time since they share it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/neo4j.global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
