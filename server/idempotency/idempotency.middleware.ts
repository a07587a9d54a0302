// Idempotency-Key on the POSTs that create or change. Before the route: a key already answered is
// replayed (same fingerprint) or refused 422 (another body); one still in flight gets 409. Otherwise the
// request runs with the key pending: the first write transaction the request opens claims it in that
// same transaction (`idempotentDatabase`), so the key exists exactly when the write committed, and a
// concurrent twin's claim fails on the unique constraint and rolls its write back (409). The answer
// (status, JSON body, ETag) is stored before it is sent, so a retry that follows it gets it again.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Database, Tx } from '../db/database';
import { actorFrom } from '../http/actor';
import { AppError } from '../http/errors';
import * as repo from './idempotency.repository';
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_TTL_HOURS,
  IDEMPOTENT_ENDPOINTS,
  parseIdempotencyKey,
  requestFingerprint,
} from './idempotency-key';

interface PendingKey {
  accountId: string;
  key: string;
  fingerprint: string;
  claimed: boolean;
}

const pending = new AsyncLocalStorage<PendingKey>();

const inFlight = () =>
  new AppError(
    'IDEMPOTENCY_KEY_IN_FLIGHT',
    `A request with this ${IDEMPOTENCY_HEADER} is still being processed; retry it in a moment`,
  );

/**
 * The database the services get: the same, except that a write made while an Idempotency-Key is
 * pending claims the key first, in the write's own transaction.
 */
export function idempotentDatabase(db: Database): Database {
  const wrapped = Object.create(db) as Database;
  wrapped.write = async <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    const key = pending.getStore();
    const result = await db.write(async (tx) => {
      if (key && !key.claimed) {
        const claimed = await repo.claimKey(tx, { ...key, ttlHours: IDEMPOTENCY_TTL_HOURS });
        if (!claimed) throw inFlight();
      }
      return work(tx);
    });
    if (key) key.claimed = true; // committed with the key: this request owns it
    return result;
  };
  return wrapped;
}

// JSON routes only: a multipart route has no body yet at this point; it mounts multipartIdempotency
// after reading its body instead.
const paths = IDEMPOTENT_ENDPOINTS.filter((e) => e.bodyMediaType !== 'multipart/form-data').map(
  (e) => e.path,
);
const routeOf = (path: string) =>
  paths.find((p) => new RegExp(`^${p.replace(/:\w+/g, '[^/]+')}/?$`).test(path));

function replay(res: Response, stored: repo.StoredKey) {
  res.setHeader('Idempotent-Replayed', 'true');
  if (stored.etag) res.setHeader('ETag', stored.etag);
  res
    .status(stored.status ?? 200)
    .type('application/json')
    .send(stored.body ?? 'null');
}

function keyHandler(
  db: Database,
  logger: Logger,
  applies: (req: Request) => boolean,
  bodyOf: (req: Request) => unknown | Promise<unknown>,
): RequestHandler {
  return async (req, res, next) => {
    const header = req.get(IDEMPOTENCY_HEADER);
    if (req.method !== 'POST' || header === undefined || !applies(req)) return next();
    const key = parseIdempotencyKey(header);
    const actor = actorFrom(req);
    if (actor.role === 'visitor') return next(); // the route answers 401; no account, no key
    const fingerprint = requestFingerprint(req.method, req.originalUrl, await bodyOf(req));
    const stored = await db.write((tx) => repo.findKey(tx, actor.id, key));
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        throw new AppError(
          'IDEMPOTENCY_KEY_REUSED',
          `This ${IDEMPOTENCY_HEADER} was already used for a different request`,
        );
      }
      if (stored.state !== 'done') throw inFlight();
      replay(res, stored);
      return;
    }
    const mine: PendingKey = { accountId: actor.id, key, fingerprint, claimed: false };
    const send = res.json.bind(res);
    res.json = (body: unknown) => {
      if (!mine.claimed) return send(body);
      const answer = {
        status: res.statusCode,
        body: JSON.stringify(body),
        etag: (res.getHeader('ETag') as string | undefined) ?? null,
      };
      db.write((tx) => repo.recordAnswer(tx, mine.accountId, mine.key, answer))
        .catch((error) => logger.warn({ err: error, key }, 'could not store an idempotent answer'))
        .finally(() => send(body));
      return res;
    };
    pending.run(mine, () => next());
  };
}

/** Mounted once before the JSON routes: every idempotent JSON POST, fingerprinted by its JSON body. */
export function idempotency(db: Database, logger: Logger): RequestHandler {
  return keyHandler(
    db,
    logger,
    (req) => routeOf(req.path) !== undefined,
    (req) => req.body,
  );
}

/** SHA-256 (base64url) of a received file: of its buffer, or read from its path on disk. */
async function fileDigest(file: Express.Multer.File): Promise<string> {
  const hash = createHash('sha256');
  if (file.buffer) return hash.update(file.buffer).digest('base64url');
  for await (const chunk of createReadStream(file.path)) hash.update(chunk as Buffer);
  return hash.digest('base64url');
}

/**
 * Mounted by a multipart route right after its body is read (multer): the fingerprint covers the text
 * fields (in name order) and a SHA-256 of the file's bytes, so the same upload retried is replayed
 * and another file or title under the same key is 422.
 */
export function multipartIdempotency(db: Database, logger: Logger): RequestHandler {
  return keyHandler(
    db,
    logger,
    () => true,
    async (req) => {
      const fields = Object.entries((req.body ?? {}) as Record<string, unknown>).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      const file = req.file ? await fileDigest(req.file) : null;
      return { fields, file };
    },
  );
}
