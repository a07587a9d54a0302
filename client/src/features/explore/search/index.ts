// Pure functions behind the search box: when a query is worth sending, and keyboard moves in the hit list.

/** Shorter queries match almost everything; the server needs at least one character anyway. */
export const MIN_QUERY_LENGTH = 2;
/** Results appear as one types: short enough to feel live, long enough to skip most keystrokes. */
export const SEARCH_DEBOUNCE_MS = 120;

/** The query to send, or null when there is nothing worth searching yet. */
export function searchableQuery(input: string): string | null {
  const query = input.trim().replace(/\s+/g, ' ');
  return query.length >= MIN_QUERY_LENGTH ? query.slice(0, 200) : null;
}

/** The active hit after an arrow key: wraps around; -1 (none) when there are no hits. */
export function moveActive(active: number, delta: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return delta === 1 ? 0 : count - 1;
  return (active + delta + count) % count;
}

/** Enter picks the active hit, or the first one when none is active. */
export const hitToPick = (active: number, count: number): number => (count === 0 ? -1 : Math.max(0, active));
