// Activity as pure functions: what an event is about (the node a click selects, the names it shows), pages
// merged newest first without repeats, the badge's text, and the last log position seen ("since your last
// visit"), kept in localStorage per account (a visitor has their own).
import type { ActivityEvent, ActivityNode } from '../../../../shared/activity';

export type ActivityTab = 'landscape' | 'following' | 'inbox';
export const ACTIVITY_TABS: readonly ActivityTab[] = ['landscape', 'following', 'inbox'];

/** The tabs a reader has: the inbox and what they follow are members' only. */
export const tabsFor = (member: boolean): ActivityTab[] => (member ? [...ACTIVITY_TABS] : ['landscape']);

/**
 * The node an event is about, for a click to select: a node event's own node, a link event's target (the
 * question answered, the seed joined…), else its source — only among the nodes the reader may see now;
 * null when none is (a deleted node).
 */
export function focusOf(event: Pick<ActivityEvent, 'entity' | 'nodes'>): string | null {
  const seen = new Set(event.nodes.map((n) => n.id));
  if (event.entity.type === 'node') return seen.has(event.entity.id) ? event.entity.id : null;
  const [first, second] = event.nodes;
  return second?.id ?? first?.id ?? null;
}

/**
 * What a sentence names besides the actor: for a node event its title now (else the snapshot's), for a
 * link event its two ends as the reader may see them (a hidden or gone end is left out).
 */
export function subjectsOf(event: ActivityEvent): { titles: string[]; nodes: ActivityNode[] } {
  if (event.entity.type === 'node') {
    const node = event.nodes.find((n) => n.id === event.entity.id);
    const snapshot = event.after ?? event.before;
    const title = node?.title ?? (typeof snapshot?.title === 'string' ? snapshot.title : undefined);
    return { titles: title ? [title] : [], nodes: node ? [node] : [] };
  }
  return { titles: event.nodes.map((n) => n.title), nodes: event.nodes };
}

/** Two pages as one list: newest first by log position, each event once (a later page wins nothing). */
export function mergePages<T extends { id: string; position: number }>(
  kept: readonly T[],
  page: readonly T[],
): T[] {
  const seen = new Set(kept.map((e) => e.id));
  return [...kept, ...page.filter((e) => !seen.has(e.id))].sort((a, b) => b.position - a.position);
}

/** The header badge: the count, "99+" beyond, nothing at 0. */
export const badgeText = (unread: number): string =>
  unread <= 0 ? '' : unread > 99 ? '99+' : String(unread);

const LAST_SEEN_KEY = 'semis.activity.lastSeen';

/** The storage key of a reader's last seen position (one per account; `visitor` for a visitor). */
export const lastSeenKey = (personId: string | null) => `${LAST_SEEN_KEY}:${personId ?? 'visitor'}`;

/** The last log position this reader has seen, or null (first visit, or nothing readable stored). */
export function readLastSeen(
  storage: Pick<Storage, 'getItem'> | undefined,
  personId: string | null,
): number | null {
  try {
    const raw = storage?.getItem(lastSeenKey(personId));
    if (raw === null || raw === undefined || !/^[0-9]{1,15}$/.test(raw)) return null;
    return Number(raw);
  } catch {
    return null;
  }
}

/** Remembers `position` as seen; never moves back (another tab may have seen further) unless `reset`
 *  (the log is behind the mark: another database). */
export function storeLastSeen(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  personId: string | null,
  position: number,
  reset = false,
): void {
  try {
    const was = readLastSeen(storage, personId);
    if (!reset && was !== null && was >= position) return;
    storage?.setItem(lastSeenKey(personId), String(Math.max(0, Math.trunc(position))));
  } catch {
    // private browsing or a full storage: "since your last visit" just starts again next time
  }
}

/** What "since your last visit" shows: nothing on a first visit or when nothing came. */
export interface SinceLastVisit {
  count: number;
  capped: boolean;
  /** The visible nodes the new events concern, for the map to highlight. */
  nodeIds: string[];
}
export const NOTHING_NEW: SinceLastVisit = { count: 0, capped: false, nodeIds: [] };
