// Where a photo upload is received (multer's disk storage) while it waits for its turn and is processed,
// so that no body is held in memory while queued. Files get server-made names; each is removed once its
// request is answered, whatever the answer (stored, refused, replayed, failed), or once its client is
// gone — but never while the route is still processing it. What a crash left is swept at first use.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Response } from 'express';
import multer from 'multer';

/** A received file older than this when the folder is first used was left by a stopped process. */
const LEFTOVER_AGE_MS = 3_600_000;

async function sweepLeftovers(folder: string): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  const before = Date.now() - LEFTOVER_AGE_MS;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.upload')) continue;
    const file = path.join(folder, entry.name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && stat.mtimeMs < before) await fs.rm(file, { force: true });
  }
}

/**
 * Disk storage into `folder` (created 0700 at the first upload), or, without one, into a fresh private
 * folder under the system's temporary folder.
 */
export function incomingStorage(folder?: string): multer.StorageEngine {
  let ready: Promise<string> | undefined;
  const prepare = async () => {
    if (!folder) return fs.mkdtemp(path.join(os.tmpdir(), 'semis-incoming-'));
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    await sweepLeftovers(folder);
    return folder;
  };
  return multer.diskStorage({
    destination: (_req, _file, callback) => {
      ready ??= prepare();
      ready.then(
        (dir) => callback(null, dir),
        (error: Error) => {
          ready = undefined; // the next upload tries again
          callback(error, '');
        },
      );
    },
    filename: (_req, _file, callback) => callback(null, `${randomUUID()}.upload`),
  });
}

const removeQuietly = (file: string) => fs.rm(file, { force: true }).catch(() => undefined);

/** Removes a received file now (its client left before the route got it). */
export const removeReceived = removeQuietly;

const HELD = Symbol('received file held by the route');
interface Held {
  [HELD]?: boolean;
}

/** Removes the received `file` when the response closes, unless `whileHeld` is running on it then. */
export function removeWhenAnswered(res: Response, file: string): void {
  res.once('close', () => {
    if (!(res.locals as Held)[HELD]) void removeQuietly(file);
  });
}

/** Runs `work` on the received `file` (not removed meanwhile, even if the client leaves), then removes it. */
export async function whileHeld<T>(
  res: Response,
  file: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (!file) return work();
  (res.locals as Held)[HELD] = true;
  try {
    return await work();
  } finally {
    (res.locals as Held)[HELD] = false;
    await removeQuietly(file);
  }
}
