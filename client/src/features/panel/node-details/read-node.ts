// A node as the panel last read it, shared with the dialogs opened from the panel: one GET for the panel
// and the link, stance, add, delete, history and ask dialogs that follow, instead of one each. A reading is
// kept for READ_TTL_MS, and not past a change the page made to the node (features/panel/node-changes), so a
// dialog never starts from what the page itself changed. Editing reads afresh: it needs the version now.
import type { NodeResponse } from '../../../../../shared/api';
import type { Lang } from '../../../../../shared/vocabulary';
import { fetchNode } from '../../../api/endpoints';
import { changeTokenOf } from '../node-changes';

export const READ_TTL_MS = 30_000;
const MAX_READINGS = 50;

const readings = new Map<string, { at: number; answer: Promise<NodeResponse> }>();

/** Resolves like `promise` unless `signal` aborts first (the shared reading goes on for the others). */
function until<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

export function readNode(
  nodeId: string,
  lang: Lang,
  signal?: AbortSignal,
  now = Date.now(),
): Promise<NodeResponse> {
  const key = `${nodeId}:${lang}:${changeTokenOf(nodeId)}`;
  const kept = readings.get(key);
  if (kept && now - kept.at < READ_TTL_MS) return until(kept.answer, signal);
  const answer = fetchNode(nodeId, lang);
  readings.set(key, { at: now, answer });
  answer.catch(() => readings.get(key)?.answer === answer && readings.delete(key));
  while (readings.size > MAX_READINGS) readings.delete(readings.keys().next().value as string);
  return until(answer, signal);
}

/** Forgets every reading (tests; a new account, whose access card differs). */
export function forgetReadings(): void {
  readings.clear();
}
