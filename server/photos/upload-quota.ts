// The per-account photo quota: at most `uploadsPerHour` uploads in any hour and `bytesPerDay` bytes (as
// sent) in any 24 hours. Counted from the :PhotoUpload ledger in Neo4j (photos.repository.ts), so every
// Semis process sharing the database agrees, and a deleted photo still counts. A refusal is 429
// UPLOAD_QUOTA naming the limit, with `Retry-After`: the seconds until enough counted uploads have left
// the window for this one to fit (for the count, until the oldest counted upload leaves the hour).
import { AppError } from '../http/errors';
import type { PhotoLimits } from './photo-processing';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** One counted upload: when (epoch ms) and how many bytes were sent. */
export interface CountedUpload {
  at: number;
  bytes: number;
}

/** The account's uploads of the last 24 hours, oldest first, and the database's clock. */
export interface RecentUploads {
  uploads: CountedUpload[];
  now: number;
}

type QuotaLimits = Pick<PhotoLimits, 'uploadsPerHour' | 'bytesPerDay'>;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function refusal(message: string, limit: string, max: number, used: number, retryAfterMs: number) {
  const retryAfter = seconds(retryAfterMs);
  return new AppError(
    'UPLOAD_QUOTA',
    `${message}; try again in ${retryAfter} s`,
    { limit, max, used, retryAfterSeconds: retryAfter },
    { 'Retry-After': String(retryAfter) },
  );
}

/** The 429 this upload of `bytes` gets, or null when it fits in both windows. */
export function quotaRefusal(
  { uploads, now }: RecentUploads,
  bytes: number,
  limits: QuotaLimits,
): AppError | null {
  const sorted = [...uploads].sort((a, b) => a.at - b.at);
  const lastHour = sorted.filter((u) => u.at > now - HOUR_MS);
  if (lastHour.length >= limits.uploadsPerHour) {
    // one more fits once all but uploadsPerHour - 1 of them have left the hour
    const freeingAt = lastHour[lastHour.length - limits.uploadsPerHour]?.at ?? now;
    return refusal(
      `Upload quota reached: ${lastHour.length} photos in the last hour, at most ${limits.uploadsPerHour} per hour`,
      'uploadsPerHour',
      limits.uploadsPerHour,
      lastHour.length,
      freeingAt + HOUR_MS - now,
    );
  }
  const lastDay = sorted.filter((u) => u.at > now - DAY_MS);
  const used = lastDay.reduce((sum, u) => sum + u.bytes, 0);
  if (used + bytes > limits.bytesPerDay) {
    let retryAfterMs = DAY_MS; // a file larger than the whole daily allowance never fits
    let left = used;
    for (const upload of lastDay) {
      left -= upload.bytes;
      if (left + bytes <= limits.bytesPerDay) {
        retryAfterMs = upload.at + DAY_MS - now;
        break;
      }
    }
    return refusal(
      `Upload quota reached: ${used} bytes in the last 24 hours and this photo's ${bytes} would pass the ` +
        `${limits.bytesPerDay} bytes allowed per day`,
      'bytesPerDay',
      limits.bytesPerDay,
      used,
      retryAfterMs,
    );
  }
  return null;
}
