// A node's history made readable, as pure functions: what an event did (created, edited which fields,
// deleted, linked, unlinked, reverted), each changed field's before → after, how long ago in words, when
// a change happened (for a conflict), which events offer Revert, and which of my own events "undo" reverts.
import {
  ERASED_ACTOR_ID,
  HIDDEN_ACTOR_ID,
  type HistoryEvent,
  SYSTEM_ACTOR_ID,
} from '../../../../../shared/history';
import type { Relation } from '../../../../../shared/vocabulary';
import { RELATIONS } from '../../../../../shared/vocabulary';
import { displayValue } from '../node-edit';

export type EventVerb = 'created' | 'edited' | 'deleted' | 'linked' | 'unlinked' | 'reverted' | 'erased';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface EventSummary {
  verb: EventVerb;
  actor: string;
  /** Done by Semis itself (a question's status following its seeds): said "Semis" in every language. */
  bySystem?: true;
  /** Done by a person the reader may not see (the server sends neither id nor name): "someone". */
  byHidden?: true;
  /** A person who erased their account: « une personne ». */
  byErased?: true;
  /** The node's title (created, deleted) when the event holds it. */
  title?: string;
  /** The fields an edit changed, in a stable order. */
  changes: FieldChange[];
  /** The relation a link event made or removed. */
  relation?: Relation;
  /** A later event reverted this one. */
  reverted: boolean;
}

/** Bookkeeping the server changes on every write: never shown as a change. */
const BOOKKEEPING = new Set([
  'version',
  'updatedAt',
  'createdAt',
  'createdBy',
  'x',
  'y',
  'autoPlaced',
  'id',
  'kind',
]);

/** The fields whose values differ between two snapshots, bookkeeping left out, sorted by name. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of [...names].sort()) {
    if (BOOKKEEPING.has(field)) continue;
    const was = displayValue(before?.[field]);
    const now = displayValue(after?.[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

const VERBS: Record<HistoryEvent['action'], EventVerb> = {
  'node.create': 'created',
  'node.edit': 'edited',
  'node.delete': 'deleted',
  'link.create': 'linked',
  'link.delete': 'unlinked',
  'event.revert': 'reverted',
  'node.erase': 'erased',
};

const relationOf = (snapshot: Record<string, unknown> | null): Relation | undefined => {
  const relation = snapshot?.relation;
  return typeof relation === 'string' && (RELATIONS as string[]).includes(relation)
    ? (relation as Relation)
    : undefined;
};

/**
 * Field by field, before → after: an edit, and the revert of an edit (a node's two snapshots). Not a
 * link's revert (its source, target and properties are no fields of a node), nor a whole node coming or
 * going.
 */
const listsFields = (event: HistoryEvent) =>
  event.action === 'node.edit' ||
  (event.action === 'event.revert' &&
    event.entity.type === 'node' &&
    event.before !== null &&
    event.after !== null);

export function summarizeEvent(event: HistoryEvent): EventSummary {
  const verb = VERBS[event.action];
  const snapshot = event.after ?? event.before;
  const title = typeof snapshot?.title === 'string' ? snapshot.title : undefined;
  return {
    verb,
    actor: event.actor.name,
    ...(event.actor.id === SYSTEM_ACTOR_ID ? { bySystem: true as const } : {}),
    ...(event.actor.id === HIDDEN_ACTOR_ID ? { byHidden: true as const } : {}),
    ...(event.actor.id === ERASED_ACTOR_ID ? { byErased: true as const } : {}),
    ...(title !== undefined && event.entity.type === 'node' ? { title } : {}),
    changes: listsFields(event) ? changedFields(event.before, event.after) : [],
    ...(event.entity.type === 'link' ? { relation: relationOf(snapshot) } : {}),
    reverted: event.revertedBy !== undefined,
  };
}

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

/** How long ago, in the largest whole unit (for Intl.RelativeTimeFormat): a negative count. */
export function timeAgo(at: string, now: number): { count: number; unit: TimeUnit } {
  const seconds = Math.max(0, Math.round((now - Date.parse(at)) / 1000));
  const steps: [TimeUnit, number][] = [
    ['year', 365 * 86_400],
    ['month', 30 * 86_400],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (seconds >= size) return { count: -Math.floor(seconds / size), unit };
  }
  return { count: -seconds, unit: 'second' };
}

/** "il y a 3 minutes" / "3 minutes ago" in the page's language. */
export function formatTimeAgo(at: string, now: number, lang: string): string {
  const { count, unit } = timeAgo(at, now);
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(count, unit);
}

/** The calendar day of a moment in a time zone (undefined: the page's own), to compare two moments. */
const dayOf = (time: number, timeZone?: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    time,
  );

/**
 * When a change happened, for "… l'a modifié à 14:02": the time alone when it is today ("14:02",
 * "2:02 PM"), else the date and the time ("3 mars 2025 à 14:02"), in the page's language.
 */
export function changeMoment(
  at: string,
  now: number,
  lang: string,
  timeZone?: string,
): { today: boolean; text: string } {
  const time = Date.parse(at);
  const today = dayOf(time, timeZone) === dayOf(now, timeZone);
  const format = today
    ? new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone })
    : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone });
  return { today, text: format.format(time) };
}

/** Newest first, whatever order the server sent. */
export const newestFirst = (events: readonly HistoryEvent[]) =>
  [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

/**
 * What "undo" reverts: my newest event not reverted yet — a revert too (one made from the history is undone
 * like any change; the server reverts it as the change it made) — except the undos the header can still
 * redo (`redoable`), so undoing again goes further back instead of redoing.
 */
export function undoTarget(
  mine: readonly HistoryEvent[],
  myId: string,
  redoable: ReadonlySet<string> = new Set(),
): HistoryEvent | null {
  return (
    newestFirst(mine).find(
      (event) => event.actor.id === myId && event.revertedBy === undefined && !redoable.has(event.id),
    ) ?? null
  );
}

/**
 * Whether the history offers Revert on an event: not reverted yet (a revert too: reverting it redoes the
 * change), and the reader may revert any event of the node or this one is
 * theirs (the server still has the last word).
 */
export function offersRevert(
  event: HistoryEvent,
  reader: { mayRevertAny: boolean; myId: string | null },
): boolean {
  if (event.revertedBy !== undefined) return false;
  return reader.mayRevertAny || (reader.myId !== null && event.actor.id === reader.myId);
}
