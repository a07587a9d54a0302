// The page's own writes, as the server named them: every write's answer carries its user action's id (and
// its last event's position in the log: shared/live.ts headers). When the live stream brings those events
// back, they are recognised as already applied (the answer went through applyChange) and not counted as
// someone else's news. Bounded: the oldest ids are forgotten first.
import { ACTION_ID_HEADER } from '../../../shared/live';

const KEPT = 200;
const mine = new Set<string>();

/** Notes the action a write's answer names, if any. */
export function noteOwnWrite(headers: Headers): void {
  const actionId = headers.get(ACTION_ID_HEADER);
  if (!actionId) return;
  mine.add(actionId);
  if (mine.size > KEPT) mine.delete(mine.values().next().value as string);
}

/** Whether this action is one of the page's own writes. */
export const isOwnAction = (actionId: string | undefined): boolean =>
  actionId !== undefined && mine.has(actionId);
