// Who writes and when: every write of graph-writes takes a `Writer` — the transaction, the actor the
// events are recorded for, and optionally a clock. Without a clock the database's own time is used, as
// for every live request; a demo history with past dates or an import passes its own.
import type { Tx } from '../db/database';
import type { Actor } from '../http/actor';

/** The time a write happens at: a Date, or an ISO string. */
export type Clock = () => Date | string;

export interface Writer {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly clock?: Clock;
}

export function writer(tx: Tx, actor: Actor, clock?: Clock): Writer {
  return clock ? { tx, actor, clock } : { tx, actor };
}

/** The write's time as an ISO string, or null: the database's clock decides (datetime()). */
export function atOf(w: Writer): string | null {
  if (!w.clock) return null;
  const now = w.clock();
  return typeof now === 'string' ? new Date(now).toISOString() : now.toISOString();
}
