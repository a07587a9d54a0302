// Configuration from environment variables, parsed by zod at start-up: a bad value stops Semis with a
// message naming the variable, before anything else starts.
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_TRACE_HALF_LIFE_DAYS } from '../shared/hints';
import { trustProxySchema } from './http/trust-proxy';

const port = z.coerce.number().int().min(1).max(65_535);
const memory = z.string().regex(/^\d+[kmgKMG]$/, 'a size such as 512m or 1g');

export const configSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SEMIS_DATA_DIR: z.string().min(1).default('.data'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP: memory.default('1g'),
  NEO4J_PAGECACHE: memory.default('512m'),
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\//,
      'a Bolt URI such as neo4j+s://xxxx.databases.neo4j.io or bolt://host:7687',
    )
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Skip loading the demo landscape into an empty database. */
  SEMIS_NO_DEMO: z.stringbool().default(false),
  /** Where uploaded photos are kept (default: SEMIS_DATA_DIR/uploads). */
  SEMIS_UPLOADS_DIR: z.string().min(1).optional(),
  /** Largest photo upload in bytes (413 IMAGE_TOO_LARGE beyond). */
  SEMIS_PHOTO_MAX_BYTES: z.coerce.number().int().min(1_024).max(100_000_000).default(10_000_000),
  /** Largest photo in pixels (width × height), checked before decoding: pixel bombs are refused. */
  SEMIS_PHOTO_MAX_PIXELS: z.coerce.number().int().min(10_000).max(300_000_000).default(40_000_000),
  /** Photo uploads one account may make in any hour (then 429 UPLOAD_QUOTA). */
  SEMIS_PHOTO_UPLOADS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  /** Bytes of photos (as uploaded) one account may send in any 24 hours (then 429 UPLOAD_QUOTA). */
  SEMIS_PHOTO_BYTES_PER_DAY: z.coerce.number().int().min(1_024).default(200_000_000),
  /** Images decoded and re-encoded at once (each may take ~30 MB per 10 megapixels); the others queue. */
  SEMIS_PHOTO_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Comma-separated emails whose accounts are admins. */
  SEMIS_ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Behind HTTPS: session cookie `__Host-semis_session` with `Secure`. */
  SEMIS_SECURE_COOKIES: z.stringbool().default(false),
  SEMIS_SESSION_IDLE_HOURS: z.coerce.number().positive().default(72),
  SEMIS_SESSION_MAX_DAYS: z.coerce.number().positive().default(30),
  /** The address people use (https://semis.example.org): accepted as Origin of state-changing requests. */
  SEMIS_PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'an origin such as https://semis.example.org' })
    .transform((u) => new URL(u).origin)
    .optional(),
  /** Set by `npm run dev`: the Vite dev server's origins (comma-separated), whose proxy keeps the browser's Origin. */
  SEMIS_DEV_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().transform((u) => new URL(u).origin))),
  /** Login and registration attempts per IP per 15 minutes. */
  SEMIS_AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** The key that signs CSRF tokens (32+ characters); set it when several instances serve one address. */
  SEMIS_CSRF_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  /** Behind a reverse proxy: which proxies to believe about the client's address (server/http/trust-proxy.ts). */
  SEMIS_TRUST_PROXY: trustProxySchema.optional(),
  /** A trace's halo on the map is half as strong after this many days (GET /api/traces). */
  SEMIS_TRACE_HALF_LIFE_DAYS: z.coerce.number().positive().max(3_650).default(DEFAULT_TRACE_HALF_LIFE_DAYS),
});

export type Config = z.infer<typeof configSchema> & {
  dataDir: string;
  neo4jDataDir: string;
  uploadsDir: string;
  /** Where photo uploads are received while processed (SEMIS_DATA_DIR/incoming), emptied as they are answered. */
  incomingDir: string;
};

export class ConfigError extends Error {}

/** Reads the configuration; throws a ConfigError whose message names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]),
  );
  const parsed = configSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const dataDir = path.resolve(parsed.data.SEMIS_DATA_DIR);
  return {
    ...parsed.data,
    dataDir,
    neo4jDataDir: path.join(dataDir, 'neo4j'),
    uploadsDir: parsed.data.SEMIS_UPLOADS_DIR
      ? path.resolve(parsed.data.SEMIS_UPLOADS_DIR)
      : path.join(dataDir, 'uploads'),
    incomingDir: path.join(dataDir, 'incoming'),
  };
}
