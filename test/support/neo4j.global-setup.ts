// Starts one embedded Neo4j for the test run (free port, temporary folder) and stops it at the end, even
// when tests fail. SEMIS_TEST_NEO4J_URI points the tests at another server instead (it is wiped!).
// Each project that lists this file (api, e2e) runs it; when several run in one vitest process they share
// the one Neo4j (kept on globalThis: each project loads this module anew), stopped after the last one.
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

interface Shared {
  uri: Promise<string>;
  users: number;
  stop: () => Promise<void>;
}
const KEY = Symbol.for('semis.test.neo4j');
const shared = globalThis as { [KEY]?: Shared };

function start(): Shared {
  let stop = async () => {};
  const uri = (async () => {
    await ensureLauncherBuilt((line) => console.log(`[test setup] ${line}`));
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'semis-test-neo4j-'));
    const neo4j = await startEmbeddedNeo4j({
      dataDir: path.join(folder, 'neo4j'),
      boltPort: await freePort(),
      heap: '768m',
      pageCache: '256m',
    });
    stop = async () => {
      await neo4j.stop();
      await fs.rm(folder, { recursive: true, force: true });
    };
    return neo4j.uri;
  })();
  return { uri, users: 0, stop: () => stop() };
}

export default async function setup(project: TestProject) {
  const external = process.env.SEMIS_TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return;
  }
  shared[KEY] ??= start();
  const neo4j = shared[KEY];
  neo4j.users += 1;
  project.provide('neo4jUri', await neo4j.uri);
  return async () => {
    neo4j.users -= 1;
    if (neo4j.users > 0) return;
    delete shared[KEY];
    await neo4j.stop();
  };
}
