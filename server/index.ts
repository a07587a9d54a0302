// Starts Semis: reads the configuration, opens the database (embedded by default), migrates the schema,
// loads the demo landscape into an empty database (through the `loadDemo` hook its entry point hands in:
// the server does not know the demo), serves the API and the client, and stops cleanly.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createApp } from './app';
import { authOptionsFrom } from './auth/auth.options';
import { ConfigError, loadConfig } from './config';
import type { Database } from './db/database';
import { ensureLauncherBuilt } from './db/embedded-neo4j';
import { migrate } from './db/migrations';
import { openDatabase } from './db/open-database';
import { liveHubOf } from './live/live-hub';
import { warmPlans } from './plan-warm-up';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface StartHooks {
  /** Loads a first landscape into an empty database; null when it already had one. */
  loadDemo?: (db: Database, uploadsDir: string) => Promise<{ nodes: number; links: number } | null>;
}

async function main(hooks: StartHooks): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  const say = (line: string) => console.log(`[semis] ${line}`);

  if (config.NEO4J_URI) say(`using Neo4j at ${config.NEO4J_URI}`);
  else {
    await ensureLauncherBuilt(say);
    say(
      `starting the embedded Neo4j on 127.0.0.1:${config.NEO4J_BOLT_PORT} (data in ${config.neo4jDataDir})…`,
    );
  }
  const dbLogger = logger.child({ component: 'database' });
  const database = await openDatabase(config, {
    log: (line) => logger.debug(line),
    // falls, restarts and returns of the database at warn/error: visible at the default level
    supervise: {
      info: (line) => dbLogger.info(line),
      warn: (line) => dbLogger.warn(line),
      error: (line) => dbLogger.error(line),
    },
  });
  let migrationsDone = false;
  const app = createApp({
    db: database.db,
    logger,
    migrationsDone: () => migrationsDone,
    clientDir: path.join(root, 'client', 'dist'),
    uploadsDir: config.uploadsDir,
    incomingDir: config.incomingDir,
    photoLimits: {
      maxBytes: config.SEMIS_PHOTO_MAX_BYTES,
      maxPixels: config.SEMIS_PHOTO_MAX_PIXELS,
      uploadsPerHour: config.SEMIS_PHOTO_UPLOADS_PER_HOUR,
      bytesPerDay: config.SEMIS_PHOTO_BYTES_PER_DAY,
      concurrency: config.SEMIS_PHOTO_CONCURRENCY,
    },
    auth: authOptionsFrom(config),
    traceHalfLifeDays: config.SEMIS_TRACE_HALF_LIFE_DAYS,
    ...(config.SEMIS_TRUST_PROXY !== undefined ? { trustProxy: config.SEMIS_TRUST_PROXY } : {}),
  });

  const server = app.listen(config.PORT, config.HOST);
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `[semis] port ${config.PORT} is already in use on ${config.HOST}: set PORT to a free port`
        : `[semis] the HTTP server failed: ${error.message}`,
    );
    await database.close();
    process.exit(1);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    liveHubOf(app).stop();
    server.close();
    await database.close();
    say('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await migrate(database.db);
  if (!config.SEMIS_NO_DEMO && hooks.loadDemo) {
    const loaded = await hooks.loadDemo(database.db, config.uploadsDir);
    if (loaded) say(`loaded the demo landscape: ${loaded.nodes} nodes, ${loaded.links} links`);
  }
  // /api/ready answers 503 until here: a first start is ready once the demo landscape is in, not before.
  migrationsDone = true;
  // from now on the database is checked every 2 s: a fall opens the circuit (fast 503s) within 5 s
  database.db.startProbe();
  say(`Semis is ready at http://${config.HOST}:${config.PORT}/`);
  // in the background: Neo4j plans what a first visitor's page asks before a person waits for it
  const self = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  const selfUrl = `http://${self.includes(':') ? `[${self}]` : self}:${config.PORT}`;
  void warmPlans(selfUrl, (line) => logger.debug(line)).then(() =>
    liveHubOf(app)
      .warm()
      .catch((error: unknown) => logger.debug({ err: error }, 'live stream plans not warmed')),
  );
}

/** Runs Semis until a signal stops it; a failure to start is printed and ends the process. */
export function startSemis(hooks: StartHooks = {}): void {
  main(hooks).catch((error: unknown) => {
    if (error instanceof ConfigError) console.error(`[semis] ${error.message}`);
    else console.error(`[semis] could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
