// Starts one embedded Neo4j for the whole test run (free port, temporary folder) and stops it at the end,
// even when tests fail. SEMIS_TEST_NEO4J_URI points the tests at another server instead (it is wiped!).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureLauncherBuilt, startEmbeddedNeo4j } from '../../server/db/embedded-neo4j';
import { freePort } from './free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.SEMIS_TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return;
  }
  await ensureLauncherBuilt((line) => console.log(`[test setup] ${line}`));
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'semis-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir: path.join(folder, 'neo4j'),
    boltPort: await freePort(),
    heap: '768m',
    pageCache: '256m',
  });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    await fs.rm(folder, { recursive: true, force: true });
  };
}
