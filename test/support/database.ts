// Test helpers for the shared test database: connect, migrate once, wipe between files, and an app
// built by createApp on that database (silent logs, the test origin and admin emails accepted, no login
// rate limit unless a test asks for one, uploads in a fresh temporary folder), ready for supertest.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { inject } from 'vitest';
import { type AppDeps, createApp } from '../../server/app';
import type { AuthOptions } from '../../server/auth/auth.options';
import { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrations';
import type { TrustProxy } from '../../server/http/trust-proxy';
import type { PhotoLimits, PhotoProcessor } from '../../server/photos/photo-processing';

export async function openTestDatabase(): Promise<Database> {
  const db = new Database({ uri: inject('neo4jUri') });
  await migrate(db);
  return db;
}

export async function wipe(db: Database): Promise<void> {
  await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

/** The origin test requests claim (accepted by testApp), and the emails testApp makes admins. */
export const TEST_ORIGIN = 'http://semis.test';
export const TEST_ADMIN_EMAILS = ['admin@semis.test'];

export interface TestAppOptions {
  clientDir?: string;
  bodyLimit?: string;
  auth?: Partial<AuthOptions>;
  /** Defaults to a fresh temporary folder. */
  uploadsDir?: string;
  /** Where uploads are received while processed; defaults to a fresh private temporary folder. */
  incomingDir?: string;
  photoLimits?: Partial<PhotoLimits>;
  photoProcessor?: PhotoProcessor;
  /** The live stream's tail and heartbeat timings. */
  live?: AppDeps['live'];
  /** Express's `trust proxy` (SEMIS_TRUST_PROXY); unset: X-Forwarded-For is ignored. */
  trustProxy?: TrustProxy;
  /** SEMIS_TRACE_HALF_LIFE_DAYS (default 7). */
  traceHalfLifeDays?: number;
  /** Defaults to a silent pino (TEST_LOG=<level> shows the server's logs). */
  logger?: Logger;
}

export function testApp(db: Database, options: TestAppOptions = {}) {
  const auth: Partial<AuthOptions> = {
    adminEmails: TEST_ADMIN_EMAILS,
    extraOrigins: [TEST_ORIGIN],
    rateLimit: 100_000,
    ...options.auth,
  };
  const uploadsDir = options.uploadsDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'semis-uploads-'));
  return createApp({
    db,
    logger: pino({ level: process.env.TEST_LOG ?? 'silent' }),
    ...options,
    auth,
    uploadsDir,
  });
}

/** Counts what the database holds, for asserting on what a request left behind. */
export async function count(
  db: Database,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<number> {
  const result = await db.read((tx) => tx.run(cypher, params));
  return Number(result.records[0]?.get(0) ?? 0);
}
