// Keeps the embedded Neo4j running: when its JVM exits without being asked (kill -9, crash), the circuit
// opens at once (503 + Retry-After) and the launcher is started again on the same port and store, with
// backoff 1, 2, 4 … 30 s between attempts; the driver then reconnects and the circuit closes.
import type { Database } from './database';
import type { HealthLogger } from './database-health';
import type { EmbeddedNeo4j } from './embedded-neo4j';

export interface EmbeddedSupervisor {
  /** The JVM running now, or null between a crash and a successful restart. */
  current(): EmbeddedNeo4j | null;
  /** Stops supervising and the JVM (waiting for a restart under way to finish first). */
  stop(): Promise<void>;
}

/** Seconds to wait before restart attempt `attempt` (from 1): 1, 2, 4, 8, 16, 30, 30 … */
export const restartDelayMs = (attempt: number) => Math.min(2 ** (attempt - 1), 30) * 1_000;

export function superviseEmbedded(
  first: EmbeddedNeo4j,
  options: {
    db: Database;
    start: () => Promise<EmbeddedNeo4j>;
    logger: HealthLogger;
    delayMs?: (attempt: number) => number;
  },
): EmbeddedSupervisor {
  const { db, start, logger } = options;
  const delayMs = options.delayMs ?? restartDelayMs;
  let current: EmbeddedNeo4j | null = first;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let starting: Promise<void> | null = null;
  let fellAt = 0;

  const watch = (neo4j: EmbeddedNeo4j) => {
    neo4j.onUnexpectedExit((reason) => {
      if (stopped || current !== neo4j) return;
      current = null;
      fellAt = Date.now();
      db.health.markRestarting(1, `the JVM (pid ${neo4j.pid}) exited: ${reason}`);
      schedule(1);
    });
  };

  const schedule = (attempt: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      starting = attemptRestart(attempt).finally(() => {
        starting = null;
      });
    }, delayMs(attempt));
  };

  const attemptRestart = async (attempt: number) => {
    if (stopped) return;
    logger.warn(`restarting the embedded Neo4j (attempt ${attempt})…`);
    let neo4j: EmbeddedNeo4j;
    try {
      neo4j = await start();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      db.health.markRestarting(attempt + 1, `attempt ${attempt} failed: ${reason}`);
      schedule(attempt + 1);
      return;
    }
    if (stopped) {
      await neo4j.stop();
      return;
    }
    current = neo4j;
    watch(neo4j);
    db.reconnect();
    db.health.markUp();
    logger.warn(
      `the embedded Neo4j is back (pid ${neo4j.pid}, ${((Date.now() - fellAt) / 1000).toFixed(1)} s after it fell)`,
    );
  };

  watch(first);
  return {
    current: () => current,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (starting) await starting;
      await current?.stop();
    },
  };
}
