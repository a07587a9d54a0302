// Where a write's events went in the log, told in its answer: every API request runs in its own trace
// (AsyncLocalStorage), the write path notes each event it records (its user action and log position), and
// the answer carries the last as `Semis-Action-Id` and `Semis-Log-Position` (shared/live.ts). The page so
// recognises its own changes when the live stream brings them again. A transaction the driver retries
// makes a new action: the trace keeps the one that committed, the last. An error answer carries neither.
// A write answered here also wakes this process's live tail at once (it reads the log, like any other
// process does at its next poll: the wake only saves the wait).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';
import { ACTION_ID_HEADER, LOG_POSITION_HEADER } from '../../shared/live';

interface WriteTrace {
  actionId: string | null;
  position: number;
}

const traces = new AsyncLocalStorage<WriteTrace>();

/** Notes an event the current request's write recorded (outside a request, e.g. the demo load: nothing). */
export function noteRecordedEvent(actionId: string, position: number): void {
  const trace = traces.getStore();
  if (!trace) return;
  if (trace.actionId !== actionId) trace.position = 0; // a retried transaction: its own action only
  trace.actionId = actionId;
  trace.position = Math.max(trace.position, position);
}

/** The trace of each request; `onWrote` hears of every answered write that recorded events (committed). */
export function traceWrites(onWrote: () => void = () => {}): RequestHandler {
  return (_req, res, next) => {
    const trace: WriteTrace = { actionId: null, position: 0 };
    onHeaders(res, () => {
      if (!trace.actionId || res.statusCode >= 400) return;
      res.setHeader(ACTION_ID_HEADER, trace.actionId);
      res.setHeader(LOG_POSITION_HEADER, String(trace.position));
      setImmediate(onWrote);
    });
    traces.run(trace, next);
  };
}
