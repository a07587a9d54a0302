// Opens the configured database: an external Neo4j when NEO4J_URI is set, otherwise the embedded Neo4j
// Community launcher on 127.0.0.1. A small runtime file in the data folder lets `npm run seed` reach
// the embedded database of a Semis that is already running instead of starting a second one.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { Database } from './database';
import type { HealthLogger } from './database-health';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded-neo4j';
import { superviseEmbedded } from './embedded-supervisor';
import { pidAlive } from './launcher-build';

export interface OpenDatabase {
  db: Database;
  uri: string;
  /** Where the database came from, for the start-up message. */
  origin: 'external' | 'embedded' | 'running-semis';
  /** The embedded JVM's process id now (null between a crash and its restart; absent if not ours). */
  embeddedPid?: () => number | null;
  close(): Promise<void>;
}

interface RuntimeFile {
  uri: string;
  pid: number;
}

const runtimeFile = (config: Config) => path.join(config.dataDir, 'neo4j.runtime.json');

/** The embedded database of a Semis still running on this data folder, if any. */
function runningSemisDatabase(config: Config): RuntimeFile | null {
  try {
    const runtime = JSON.parse(fs.readFileSync(runtimeFile(config), 'utf8')) as RuntimeFile;
    return pidAlive(runtime.pid) ? runtime : null;
  } catch {
    return null;
  }
}

export async function openDatabase(
  config: Config,
  options: {
    log: (line: string) => void;
    reuseRunning?: boolean;
    /** Where the database's falls and returns are told (warn/error); with it, the embedded one is
     *  restarted when its JVM exits. The caller starts the probe (db.startProbe()) once migrated. */
    supervise?: HealthLogger;
  },
): Promise<OpenDatabase> {
  const { supervise } = options;
  if (config.NEO4J_URI) {
    // an external database is never restarted by Semis, only probed (fast 503s while it is down)
    const db = new Database({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      managed: 'external',
      ...(supervise ? { logger: supervise } : {}),
    });
    return { db, uri: config.NEO4J_URI, origin: 'external', close: () => db.close() };
  }

  const running = runningSemisDatabase(config);
  if (running) {
    if (!options.reuseRunning) {
      throw new Error(
        `Semis is already running on the data folder ${config.dataDir} (pid ${running.pid}); stop it, or set SEMIS_DATA_DIR and NEO4J_BOLT_PORT for a second instance`,
      );
    }
    const db = new Database({ uri: running.uri });
    return { db, uri: running.uri, origin: 'running-semis', close: () => db.close() };
  }

  fs.mkdirSync(config.neo4jDataDir, { recursive: true });
  const start = () =>
    startEmbeddedNeo4j({
      dataDir: config.neo4jDataDir,
      boltPort: config.NEO4J_BOLT_PORT,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      log: options.log,
    });
  const embedded: EmbeddedNeo4j = await start();
  fs.writeFileSync(
    runtimeFile(config),
    JSON.stringify({ uri: embedded.uri, pid: process.pid } satisfies RuntimeFile),
  );
  const db = new Database({
    uri: embedded.uri,
    managed: 'embedded',
    ...(supervise ? { logger: supervise } : {}),
  });
  const supervisor = supervise ? superviseEmbedded(embedded, { db, start, logger: supervise }) : null;
  return {
    db,
    uri: embedded.uri,
    origin: 'embedded',
    embeddedPid: () => (supervisor ? (supervisor.current()?.pid ?? null) : embedded.pid),
    async close() {
      // supervision ends first: a JVM that exits now (Ctrl-C reaches it too) is not restarted
      const stopping = supervisor ? supervisor.stop() : embedded.stop();
      await db.close();
      await stopping;
      fs.rmSync(runtimeFile(config), { force: true });
    },
  };
}
