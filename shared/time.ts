// Time: the landscape as it stood at a date (`GET /api/landscape?at=`), and its timeline — each node's
// and link's lives (born at its first create event, dead at its delete event, born again if restored)
// and a node's label through its edits — so the page replays the growth without a request per frame.
// Everything comes from the event log; nothing is typed by hand.
import { z } from 'zod';
import { idSchema, kindSchema, langSchema, relationSchema, roleSchema, stanceSchema } from './vocabulary';

const DAY_01_28 = '(?:0[1-9]|1[0-9]|2[0-8])';
/** A calendar day but February 29: 29 and 30 in every month but February, 31 in the seven long months. */
const MONTH_DAY = `(?:(?:0[1-9]|1[0-2])-${DAY_01_28}|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)`;
/** A leap year of the Gregorian calendar: divisible by 4, and by 400 when a century. */
const LEAP_YEAR = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const TIME = '(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?';
const OFFSET = '(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])';
/** ISO 8601 as Semis reads it: a day (`2026-05-01`) or a time with its offset (`2026-05-01T14:30:00Z`),
 *  only days the calendar has. */
export const INSTANT_PATTERN = `^(?:[0-9]{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)(?:T${TIME}${OFFSET})?$`;
const instantRegex = new RegExp(INSTANT_PATTERN);

/** When `value` (matching INSTANT_PATTERN) is, in epoch milliseconds: a day alone means its end (UTC). */
export function instantMillis(value: string): number {
  if (value.length === 10) return Date.parse(`${value}T23:59:59.999Z`);
  return Date.parse(value);
}

/** `?at=`: an ISO 8601 day or date-time; anything else (February 29 of a common year too) is 400. */
export const instantSchema = z
  .string()
  .regex(
    instantRegex,
    'at must be an ISO 8601 date (2026-05-01) or date-time with offset (2026-05-01T14:30:00Z)',
  )
  .meta({ pattern: INSTANT_PATTERN });

/** One life of a node or link: from its birth to its death (null: it still exists). */
export const lifeSchema = z.object({ from: z.string(), until: z.string().nullable() });
export type Life = z.infer<typeof lifeSchema>;

export const timelineNodeSchema = z.object({
  id: idSchema,
  kind: kindSchema,
  /** Where it is on the map now (or was, when it was deleted). */
  x: z.number(),
  y: z.number(),
  lives: z.array(lifeSchema),
  /** Its label in the asked language from each date on, oldest first (the first at its birth). */
  labels: z.array(z.object({ at: z.string(), label: z.string() })),
});
export type TimelineNode = z.infer<typeof timelineNodeSchema>;

export const timelineLinkSchema = z.object({
  id: z.string(),
  source: idSchema,
  target: idSchema,
  relation: relationSchema,
  stance: stanceSchema.optional(),
  role: roleSchema.optional(),
  lives: z.array(lifeSchema),
});
export type TimelineLink = z.infer<typeof timelineLinkSchema>;

export const timelineSchema = z.object({
  /** The first and last events' dates (null: no event yet). */
  first: z.string().nullable(),
  last: z.string().nullable(),
  nodes: z.array(timelineNodeSchema),
  links: z.array(timelineLinkSchema),
});
export type Timeline = z.infer<typeof timelineSchema>;

export const timelineQuerySchema = z.strictObject({ lang: langSchema.default('fr') });
