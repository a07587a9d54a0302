// The page's own writes, as the server named them: every write's answer carries its user action's id and
// its last event's position in the log (shared/live.ts headers). When the live stream brings those events
// back, they are recognised as already applied (the answer went through applyChange) and not counted as
// someone else's news. Bounded: the oldest ids are forgotten first.
import { ACTION_ID_HEADER, LOG_POSITION_HEADER } from '../../../shared/live';

const KEPT = 200;
const mine = new Set<string>();
let lastPosition = 0;

/** Notes the action a write's answer names, if any. */
export function noteOwnWrite(headers: Headers): void {
  const actionId = headers.get(ACTION_ID_HEADER);
  if (!actionId) return;
  mine.add(actionId);
  if (mine.size > KEPT) mine.delete(mine.values().next().value as string);
  lastPosition = Math.max(lastPosition, Number(headers.get(LOG_POSITION_HEADER)) || 0);
}

/** Whether this action is one of the page's own writes. */
export const isOwnAction = (actionId: string | undefined): boolean =>
  actionId !== undefined && mine.has(actionId);

/** The log position of the page's latest write (0 before any). */
export const lastOwnPosition = (): number => lastPosition;
