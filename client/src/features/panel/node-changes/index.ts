// Which nodes changed through this page (edited, linked, reverted): a counter per node that the panel
// reads, so what it shows is fetched again after a contribution without a page reload.
import { useSyncExternalStore } from 'react';

const counts = new Map<string, number>();
const listeners = new Set<() => void>();

/** Says that these nodes changed: each one's panel loads it again. */
export function announceChange(...nodeIds: string[]): void {
  for (const id of nodeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const listener of listeners) listener();
}

/** Announces every node (after an undo or a revert, when the event's nodes are not all known). */
export function announceChangeOfAll(): void {
  counts.set('*', (counts.get('*') ?? 0) + 1);
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** A token that changes each time this node (or every node) is announced changed. */
export const changeTokenOf = (nodeId: string | null): string =>
  `${nodeId === null ? 0 : (counts.get(nodeId) ?? 0)}.${counts.get('*') ?? 0}`;

/** The node's change token, as React state: part of its load key. */
export function useChangeToken(nodeId: string | null): string {
  return useSyncExternalStore(subscribe, () => changeTokenOf(nodeId));
}
