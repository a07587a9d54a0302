// The demo's history, planned before it is written: when each node and link of the landscape file was
// made and by whom, over the eight months before the load, oldest first. Pure and deterministic for a
// given load time. The landscape grows outward from the mutuelle des connaissances (a walk through its
// links: each new node attaches to what is already there; a seed comes right after the question it grows
// from); each person joins just before their first contribution; a link is made by the author of its
// later end, soon after that end (a person's own ASKED or TAKES_STANCE by that person); a question is the
// asker's, a seed its author's or its one resource person's, the rest spread among the people with the
// founder doing most. Then the story's turns (demo-story.ts): reworded titles, one question withdrawn.
import type { DatedStep } from '../server/graph-writes/dated-history';
import { hashUnit } from '../server/landscape/placement';
import type { DemoLandscape } from './demo-file';
import { FIRST_TITLES, FOUNDER, NAMED_AUTHORS, WITHDRAWN } from './demo-story';
import type { Position } from './layout';

export type PlannedLink = Extract<DatedStep, { type: 'createLink' }>['link'];

const DAY = 24 * 3600 * 1000;
/** The history starts this many days before the load and its last node comes this many days before. */
const START_DAYS = 240;
const QUIET_DAYS = 3;
const ROOT_SEED = 'seed-mutuelle-des-connaissances';
/** The order a walk visits a node's neighbours in: what a seed gathers before what extends it. */
const KIND_ORDER = ['Question', 'Resource', 'Seed', 'Community', 'Person'];

/** A time of the day's waking hours (8:00–22:00 UTC) for a fractional day count after `start`. */
function wakingTime(start: number, days: number): Date {
  const day = Math.floor(days);
  const minutes = Math.round(8 * 60 + (days - day) * 14 * 60);
  return new Date(start + day * DAY + minutes * 60_000);
}

/** Nodes other than people, in the order the landscape grew: a walk outward from the root seed. */
function growthOrder(demo: DemoLandscape): string[] {
  const kinds = new Map(demo.nodes.map((n) => [n.id, n.node.kind]));
  const neighbours = new Map<string, string[]>();
  for (const l of demo.links) {
    neighbours.set(l.source, [...(neighbours.get(l.source) ?? []), l.target]);
    neighbours.set(l.target, [...(neighbours.get(l.target) ?? []), l.source]);
  }
  const foundingQuestion = new Map(
    demo.links.filter((l) => l.relation === 'GROWS_FROM').map((l) => [l.source, l.target]),
  );
  const rank = (id: string) => KIND_ORDER.indexOf(kinds.get(id) ?? 'Person');
  const order: string[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (id: string) => {
    if (seen.has(id) || kinds.get(id) === 'Person') return;
    const founding = foundingQuestion.get(id);
    if (founding) visit(founding);
    seen.add(id);
    order.push(id);
    queue.push(id);
  };
  const others = demo.nodes.map((n) => n.id).sort();
  for (const start of [ROOT_SEED, ...others]) {
    if (!kinds.has(start)) continue;
    visit(start);
    while (queue.length > 0) {
      const id = queue.shift() as string;
      const next = [...new Set(neighbours.get(id) ?? [])].sort(
        (a, b) => rank(a) - rank(b) || a.localeCompare(b),
      );
      for (const n of next) visit(n);
    }
  }
  return order;
}

/** Who brought each node: the text's word when it says, else the founder for about half, the others for the rest. */
function authors(demo: DemoLandscape, people: string[]): Map<string, string> {
  const byLink = new Map<string, string>();
  const resourcePeople = new Map<string, string[]>();
  for (const l of demo.links) {
    if (l.relation === 'ASKED') byLink.set(l.target, l.source);
    if (l.relation === 'HAS_ROLE' && l.properties?.role === 'author') byLink.set(l.target, l.source);
    if (l.relation === 'RESOURCE_PERSON_FOR')
      resourcePeople.set(l.target, [...(resourcePeople.get(l.target) ?? []), l.source]);
  }
  const others = people.filter((p) => p !== FOUNDER);
  const author = new Map<string, string>();
  for (const { id, node } of demo.nodes) {
    if (node.kind === 'Person') {
      author.set(id, id);
      continue;
    }
    const onlyResourcePerson = resourcePeople.get(id)?.length === 1 ? resourcePeople.get(id)?.[0] : undefined;
    const named = NAMED_AUTHORS[id] ?? byLink.get(id) ?? onlyResourcePerson;
    const pick = hashUnit(`${id}:author`);
    const spread =
      others.length > 0 && pick >= 0.5 ? others[Math.floor(((pick - 0.5) / 0.5) * others.length)] : undefined;
    const chosen = [named, spread, FOUNDER, people[0]].find((p) => p !== undefined && people.includes(p));
    author.set(id, chosen ?? FOUNDER);
  }
  return author;
}

/**
 * The history that ends in `demo` as the file gives it, laid out at `positions`, loaded at `loadedAt`:
 * every step dated before it, sorted oldest first.
 */
export function planDemoHistory(
  demo: DemoLandscape,
  positions: Map<string, Position>,
  links: PlannedLink[],
  loadedAt: Date,
): DatedStep[] {
  const start =
    Date.UTC(loadedAt.getUTCFullYear(), loadedAt.getUTCMonth(), loadedAt.getUTCDate()) - START_DAYS * DAY;
  const nodes = new Map(demo.nodes.map((n) => [n.id, n.node]));
  const people = demo.nodes.filter((n) => n.node.kind === 'Person').map((n) => n.id);
  const author = authors(demo, people);
  const order = growthOrder(demo);
  // irregular gaps between births, spread over the months before the load
  const gaps = order.map((id) => 0.25 + hashUnit(`${id}:gap`) * 1.5);
  const span = START_DAYS - QUIET_DAYS - 2;
  const total = gaps.reduce((a, b) => a + b, 0);
  const birth = new Map<string, Date>();
  let elapsed = 0;
  order.forEach((id, i) => {
    elapsed += gaps[i] as number;
    birth.set(id, wakingTime(start, 1 + (elapsed / total) * span));
  });
  // each person joins the day before their first contribution (the founder on day 0)
  const firstAct = new Map<string, number>();
  for (const id of order) {
    const who = author.get(id) as string;
    const at = (birth.get(id) as Date).getTime();
    firstAct.set(who, Math.min(firstAct.get(who) ?? at, at));
  }
  for (const l of demo.links) {
    const person = nodes.get(l.source)?.kind === 'Person' ? l.source : undefined;
    const other = birth.get(l.target)?.getTime();
    if (person && other !== undefined) firstAct.set(person, Math.min(firstAct.get(person) ?? other, other));
  }
  for (const id of people) {
    const at = id === FOUNDER ? start : (firstAct.get(id) ?? start + span * DAY) - DAY;
    birth.set(id, new Date(Math.max(start, at) + Math.round(hashUnit(`${id}:hour`) * 10) * 3600_000));
  }

  const steps: DatedStep[] = [];
  for (const [id, node] of nodes) {
    const at = birth.get(id) as Date;
    const firstTitle = FIRST_TITLES[id];
    const actorId = author.get(id) as string;
    const position = positions.get(id) ?? { x: 0, y: 0 };
    steps.push({
      type: 'createNode',
      at,
      actorId,
      id,
      position,
      node: firstTitle ? { ...node, title: firstTitle } : node,
    });
    if (firstTitle) {
      const days = 4 + Math.floor(hashUnit(`${id}:reworded`) * 20);
      const edited = new Date(Math.min(at.getTime() + days * DAY, loadedAt.getTime() - DAY));
      steps.push({ type: 'editNode', at: edited, actorId, id, patch: { title: node.title } });
    }
  }
  for (const link of links) {
    const [a, b] = [birth.get(link.source) as Date, birth.get(link.target) as Date];
    const later = a > b ? link.source : link.target;
    const personal = ['ASKED', 'TAKES_STANCE'].includes(link.relation);
    const actorId = personal
      ? link.source
      : nodes.get(later)?.kind === 'Person'
        ? (author.get(a > b ? link.target : link.source) as string)
        : (author.get(later) as string);
    const minutes = 3 + Math.floor(hashUnit(`${link.id}:after`) * 180);
    steps.push({
      type: 'createLink',
      at: new Date(Math.max(a.getTime(), b.getTime()) + minutes * 60_000),
      actorId,
      link,
    });
  }
  const echoed = birth.get(WITHDRAWN.link.target);
  if (echoed) {
    const asker = people.includes(WITHDRAWN.askedBy) ? WITHDRAWN.askedBy : FOUNDER;
    const asked = new Date(Math.max(echoed.getTime(), (birth.get(asker) as Date).getTime()) + 3 * DAY);
    const target = positions.get(WITHDRAWN.link.target) ?? { x: 0, y: 0 };
    steps.push(
      {
        type: 'createNode',
        at: asked,
        actorId: asker,
        id: WITHDRAWN.id,
        node: WITHDRAWN.node,
        position: { x: target.x + 4, y: target.y + 3 },
      },
      {
        type: 'createLink',
        at: new Date(asked.getTime() + 2 * 60_000),
        actorId: asker,
        link: {
          id: `${WITHDRAWN.id}-echoes`,
          source: WITHDRAWN.id,
          target: WITHDRAWN.link.target,
          relation: WITHDRAWN.link.relation,
          properties: {},
        },
      },
      {
        type: 'deleteNode',
        at: new Date(asked.getTime() + WITHDRAWN.livedDays * DAY),
        actorId: asker,
        id: WITHDRAWN.id,
      },
    );
  }
  return steps.sort((x, y) => x.at.getTime() - y.at.getTime());
}
