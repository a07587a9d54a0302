// The one door to Neo4j: a driver plus read/write transaction helpers. Connection failures become a
// DatabaseUnavailableError (503 + Retry-After upstream); driver types never leave the repositories.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';

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
}

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database is unreachable; try again shortly', { cause });
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError)
    return UNAVAILABLE_CODES.has(error.code) || /ECONNREFUSED|connect/i.test(error.message);
  return error instanceof Error && /ECONNREFUSED/.test(error.message);
}

export class Database {
  readonly driver: Driver;
  private readonly database?: string;

  constructor(options: DatabaseOptions) {
    const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    const retry = options.retryTimeMs ?? 5_000;
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: retry,
      connectionAcquisitionTimeout: retry + 5_000,
      connectionTimeout: Math.min(retry, 5_000),
      logging: { level: 'error', logger: () => {} },
    });
    this.database = options.database;
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('READ', work);
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await session.close();
    }
  }

  /** Runs one statement in an auto-commit transaction (needed for CALL … IN TRANSACTIONS). */
  async autoCommit(query: string, parameters: Record<string, unknown> = {}): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      await session.run(query, parameters);
    } catch (error) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await session.close();
    }
  }

  /** Resolves when the server answers; throws DatabaseUnavailableError otherwise. */
  async ping(): Promise<void> {
    await this.read((tx) => tx.run('RETURN 1'));
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
