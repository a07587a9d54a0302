// The time slider's pure state: a moment is the end of a day (UTC), as the server reads a day alone
// (shared/time.ts); stepping by a day, a week or a calendar month (the 31st of a month going to the last
// day of a shorter one); the range of the history; the day as the URL holds it (`t=2026-05-01`).
export const TIME_STEPS = ['day', 'week', 'month'] as const;
export type TimeStep = (typeof TIME_STEPS)[number];

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** The last millisecond of `t`'s day in UTC. */
export function endOfDay(t: number): number {
  return Math.floor(t / DAY_MS) * DAY_MS + DAY_MS - 1;
}

/** `t` moved by one step forward (1) or back (-1), still at the end of its day. */
export function stepTime(t: number, step: TimeStep, direction: 1 | -1): number {
  if (step === 'day') return endOfDay(t + direction * DAY_MS);
  if (step === 'week') return endOfDay(t + direction * 7 * DAY_MS);
  const date = new Date(t);
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + direction;
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), month + 1, 0)).getUTCDate();
  return endOfDay(Date.UTC(date.getUTCFullYear(), month, Math.min(day, lastDay)));
}

export interface TimeRange {
  first: number;
  last: number;
}

/** The days the slider covers: from the first event's day to the last's (or today, if later). */
export function rangeOf(first: string | null, last: string | null, now: number): TimeRange | null {
  if (first === null) return null;
  return { first: endOfDay(Date.parse(first)), last: endOfDay(Math.max(Date.parse(last ?? first), now)) };
}

export function clampTime(t: number, range: TimeRange): number {
  return Math.min(range.last, Math.max(range.first, t));
}

/** The day as the URL writes it. */
export function formatDayParam(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The URL's day as a moment (its end), or null when it is not a day of the calendar. */
export function parseDayParam(text: string | null): number | null {
  if (text === null || !DAY_PATTERN.test(text)) return null;
  const t = Date.parse(`${text}T23:59:59.999Z`);
  return Number.isFinite(t) && formatDayParam(t) === text ? t : null;
}

/** How long a removed node or link stays drawn, faded, after its removal: one step of the replay. */
export function fadeWindow(step: TimeStep): number {
  return step === 'day' ? DAY_MS : step === 'week' ? 7 * DAY_MS : 30 * DAY_MS;
}

/** The day in words, in the page's language (« 12 mars 2026 », "12 March 2026"), as UTC days are. */
export function formatDay(t: number, lang: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(t);
}
