// The one door to Neo4j: a driver plus read/write transaction helpers. Connection failures become a
// DatabaseUnavailableError (503 + Retry-After upstream); driver types never leave the repositories.
// A circuit (DatabaseHealth) answers at once while the database is known to be down, and aborts the
// work in flight when it falls; startProbe() checks it every 2 s so a fall is noticed within 5 s.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { DatabaseHealth, type HealthLogger } from './database-health';

export type Tx = ManagedTransaction;

/** JavaScript numbers travel as floats; LIMIT, SKIP and list slices need Neo4j integers. */
export const int = (value: number) => neo4j.int(Math.trunc(value));

export interface DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** How long to keep retrying an unreachable server before answering 503. */
  retryTimeMs?: number;
  /** Who manages the server: Semis's embedded launcher, or someone else (NEO4J_URI). */
  managed?: 'embedded' | 'external';
  /** Where the database's changes of state are told (warn/error). */
  logger?: HealthLogger;
}

export class DatabaseUnavailableError extends Error {
  /** `reason` set: the circuit refused the work (the database is known to be down). */
  constructor(
    cause: unknown,
    readonly reason?: string,
  ) {
    super(reason ? `The database is ${reason}` : 'The database is unreachable; try again shortly', { cause });
  }
}

/** The probe: how often, and how long one `RETURN 1` may take before the database counts as down. */
export const PROBE_INTERVAL_MS = 2_000;
// a refused connection fails the probe at once; 3 s leaves room for a busy machine (load 9 on 2 cores
// made a 2.5 s `RETURN 1` time out) and still notices a hung server within 2 + 3 = 5 s
export const PROBE_TIMEOUT_MS = 3_000;

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError)
    // "Pool is closed": a driver replaced after a restart, still finishing what it had begun
    return UNAVAILABLE_CODES.has(error.code) || /ECONNREFUSED|connect|Pool is closed/i.test(error.message);
  return error instanceof Error && /ECONNREFUSED/.test(error.message);
}

export class Database {
  private current: Driver;
  private readonly database?: string;
  readonly health: DatabaseHealth;
  private probeTimer: NodeJS.Timeout | null = null;
  /** Aborts every transaction in flight: called when the database falls. */
  private readonly inFlight = new Set<(error: DatabaseUnavailableError) => void>();

  constructor(private readonly options: DatabaseOptions) {
    this.current = this.newDriver();
    this.database = options.database;
    this.health = new DatabaseHealth(options.managed ?? 'external', options.logger);
    // a JVM known dead answers nothing more: the work waiting on it is answered 503 now
    this.health.onChange((status) => {
      if (status.state === 'restarting') this.abortInFlight(status.message);
    });
  }

  private newDriver(): Driver {
    const { options } = this;
    const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    const retry = options.retryTimeMs ?? 5_000;
    return neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: retry,
      // a busy pool waits a little for a connection; a dead server is the probe's (and circuit's) business
      connectionAcquisitionTimeout: Math.min(retry + 2_000, 10_000),
      connectionTimeout: Math.min(retry, 3_000),
      logging: { level: 'error', logger: () => {} },
    });
  }

  private abortInFlight(message: string): void {
    const error = new DatabaseUnavailableError(null, message);
    for (const abort of [...this.inFlight]) abort(error);
  }

  get driver(): Driver {
    return this.current;
  }

  /** A fresh driver (the embedded database was restarted on the same port): old connections are dead. */
  reconnect(): void {
    const old = this.current;
    this.current = this.newDriver();
    void old.close().catch(() => {});
  }

  /** Checks the database every PROBE_INTERVAL_MS; from now on a failing request also opens the circuit. */
  startProbe(intervalMs = PROBE_INTERVAL_MS, timeoutMs = PROBE_TIMEOUT_MS): void {
    if (this.probeTimer) return;
    this.health.supervised = true;
    let probing = false;
    let slowProbes = 0;
    this.probeTimer = setInterval(() => {
      if (probing) return;
      probing = true;
      const driver = this.current;
      void this.probeOnce(driver, timeoutMs)
        .then(() => {
          slowProbes = 0;
          if (this.health.snapshot().state === 'down') this.health.markUp();
        })
        .catch((error: unknown) => {
          // a probe begun on the driver a restart replaced says nothing of the database now
          if (driver !== this.current) return;
          // a refusal counts at once; slowness only twice in a row (a busy machine, a JVM just recovered)
          if (!isUnavailable(error) && ++slowProbes < 2) return;
          this.health.markDown(error instanceof Error ? error.message : String(error));
          // refused (not merely slow): the work in flight will not succeed either
          if (isUnavailable(error) && this.health.snapshot().state === 'down')
            this.abortInFlight(this.health.snapshot().message);
        })
        .finally(() => {
          probing = false;
        });
    }, intervalMs);
    this.probeTimer.unref();
  }

  /** One `RETURN 1`, bypassing the circuit, refused after `timeoutMs`. */
  private async probeOnce(driver: Driver, timeoutMs: number): Promise<void> {
    const session = driver.session({ database: this.database, defaultAccessMode: 'READ' });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run('RETURN 1'),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('READ', work);
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  private run<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    let abandoned = false;
    // once abandoned, the driver's retry loop must not run the work again (it would write after a 503)
    const guarded = (tx: Tx) => {
      if (abandoned) throw new Error('abandoned: the database fell while this transaction waited');
      return work(tx);
    };
    return this.guard(
      (session) => (mode === 'READ' ? session.executeRead(guarded) : session.executeWrite(guarded)),
      mode,
      () => {
        abandoned = true;
      },
    );
  }

  /** Runs one statement in an auto-commit transaction (needed for CALL … IN TRANSACTIONS). */
  async autoCommit(query: string, parameters: Record<string, unknown> = {}): Promise<void> {
    await this.guard((session) => session.run(query, parameters), 'WRITE');
  }

  /** The circuit around every use of a session: refuse at once while down, abort when the database falls. */
  private guard<T>(
    use: (session: ReturnType<Driver['session']>) => Promise<T>,
    mode: 'READ' | 'WRITE',
    onAbandon: () => void = () => {},
  ): Promise<T> {
    if (!this.health.available) {
      const status = this.health.snapshot();
      return Promise.reject(new DatabaseUnavailableError(null, status.message));
    }
    const driver = this.current;
    const session = driver.session({ database: this.database, defaultAccessMode: mode });
    let aborted = false;
    return new Promise<T>((resolve, reject) => {
      const abort = (error: DatabaseUnavailableError) => {
        aborted = true;
        onAbandon();
        reject(error);
      };
      this.inFlight.add(abort);
      const settled = use(session).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      void settled.then(async (outcome) => {
        await session.close().catch(() => {});
        this.inFlight.delete(abort);
        if (outcome.ok) return resolve(outcome.value);
        const { error } = outcome;
        if (!isUnavailable(error)) return reject(error);
        // work already answered, or begun on a driver a restart replaced, says nothing of the database now
        if (!aborted && driver === this.current)
          this.health.markDownIfSupervised(error instanceof Error ? error.message : String(error));
        reject(new DatabaseUnavailableError(error));
      });
    });
  }

  /** Resolves when the server answers; throws DatabaseUnavailableError otherwise. */
  async ping(): Promise<void> {
    await this.read((tx) => tx.run('RETURN 1'));
  }

  close(): Promise<void> {
    if (this.probeTimer) clearInterval(this.probeTimer);
    this.probeTimer = null;
    return this.current.close();
  }
}
