// A throw-away embedded Neo4j for the benchmark: a fresh store in a temporary folder, Bolt on a free
// port, the Semis schema migrated. stop() closes the driver, stops the JVM and removes the folder; it is
// idempotent, so the bench can call it from a `finally` and from its Ctrl-C handler alike.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../server/db/database';
import { ensureLauncherBuilt, startEmbeddedNeo4j } from '../server/db/embedded-neo4j';
import { migrate } from '../server/db/migrations';
import { freePort } from '../test/support/free-port';

export interface BenchNeo4j {
  uri: string;
  /** The Semis Database class on this instance (what the app and our import use). */
  db: Database;
  folder: string;
  stop(): Promise<void>;
}

export interface BenchNeo4jOptions {
  name: string;
  heap: string;
  pageCache: string;
  log: (line: string) => void;
}

export async function startBenchNeo4j(options: BenchNeo4jOptions): Promise<BenchNeo4j> {
  await ensureLauncherBuilt(options.log);
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), `semis-bench-${options.name}-`));
  let embedded: Awaited<ReturnType<typeof startEmbeddedNeo4j>> | null = null;
  let db: Database | null = null;
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      try {
        await db?.close();
      } finally {
        try {
          await embedded?.stop();
        } finally {
          await fs.rm(folder, { recursive: true, force: true });
        }
      }
    })();
    return stopping;
  };
  try {
    embedded = await startEmbeddedNeo4j({
      dataDir: path.join(folder, 'neo4j'),
      boltPort: await freePort(),
      heap: options.heap,
      pageCache: options.pageCache,
      log: (line) => {
        if (!line.startsWith('neo4j: ')) options.log(`[${options.name}] ${line}`);
      },
    });
    db = new Database({ uri: embedded.uri });
    await migrate(db);
    return { uri: embedded.uri, db, folder, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
