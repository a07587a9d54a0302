// Replays the event log (pure): from the readable events, oldest first, each node's and link's lives and
// a node's snapshots through its edits. An event with no `before` is a birth (a create, or a revert that
// brings something back — a node brought back with the relationships it had), one with no `after` a death
// (a node's also ends its links: they were deleted with it), one with both an edit of the fields in
// `after`. What stood at a date is then read from it (`livesAt`, `fieldsAt`, `labelOf`).
import type { Lang } from '../../shared/vocabulary';

type Snapshot = Record<string, unknown>;

export interface ReplayEvent {
  at: string;
  entityType: 'node' | 'link';
  entityId: string;
  before: Snapshot | null;
  after: Snapshot | null;
}

export interface Life {
  from: string;
  until: string | null;
}

export interface NodeStory {
  id: string;
  /** Its fields after each change, oldest first (the first at its birth). */
  states: { at: string; fields: Snapshot }[];
  lives: Life[];
}

export interface LinkStory {
  id: string;
  fields: Snapshot;
  lives: Life[];
}

export interface Replayed {
  nodes: Map<string, NodeStory>;
  links: Map<string, LinkStory>;
}

const alive = (lives: Life[]) => lives.length > 0 && lives[lives.length - 1]?.until === null;

function begin(lives: Life[], at: string) {
  if (!alive(lives)) lives.push({ from: at, until: null });
}
function end(lives: Life[], at: string) {
  const last = lives[lives.length - 1];
  if (last && last.until === null) last.until = at;
}

function linkBorn(links: Map<string, LinkStory>, fields: Snapshot, at: string) {
  const id = String(fields.id);
  const story = links.get(id) ?? { id, fields, lives: [] };
  story.fields = fields;
  begin(story.lives, at);
  links.set(id, story);
}

export function replay(events: readonly ReplayEvent[]): Replayed {
  const nodes = new Map<string, NodeStory>();
  const links = new Map<string, LinkStory>();
  for (const e of events) {
    if (e.entityType === 'link') {
      if (e.before === null && e.after) linkBorn(links, e.after, e.at);
      else if (e.after === null) {
        const story = links.get(e.entityId);
        if (story) end(story.lives, e.at);
      }
      continue;
    }
    const story = nodes.get(e.entityId) ?? { id: e.entityId, states: [], lives: [] };
    nodes.set(e.entityId, story);
    const last = story.states[story.states.length - 1]?.fields ?? {};
    if (e.before === null && e.after) {
      const { relationships, ...fields } = e.after;
      story.states.push({ at: e.at, fields });
      begin(story.lives, e.at);
      for (const r of Array.isArray(relationships) ? (relationships as Snapshot[]) : [])
        linkBorn(links, r, e.at);
    } else if (e.after === null) {
      end(story.lives, e.at);
      for (const link of links.values()) {
        if (link.fields.source === e.entityId || link.fields.target === e.entityId) end(link.lives, e.at);
      }
    } else {
      story.states.push({ at: e.at, fields: { ...last, ...e.after } });
    }
  }
  return { nodes, links };
}

/** Whether one of these lives holds the time `t` (epoch milliseconds). */
export function livesAt(lives: readonly Life[], t: number): boolean {
  return lives.some((l) => Date.parse(l.from) <= t && (l.until === null || Date.parse(l.until) > t));
}

/** A node's label in `lang`, as the map shows it (nodes.repository `labelExpression`). */
export function labelOf(fields: Snapshot, lang: Lang): string {
  const title = String(fields.title ?? '');
  if (fields.lang === lang) return title;
  const translated = fields[`title_${lang}`];
  return typeof translated === 'string' ? translated : title;
}

/** A node's fields as they were at `t` (its last change at or before then). */
export function fieldsAt(story: NodeStory, t: number): Snapshot | null {
  let found: Snapshot | null = null;
  for (const s of story.states) if (Date.parse(s.at) <= t) found = s.fields;
  return found;
}
