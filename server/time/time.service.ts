// Time use cases: the landscape as it stood at a date, with the labels its nodes had then, and the
// timeline of every readable node and link (their lives and labels), both replayed from the event log
// under the reader's visibility (time.repository.ts). The landscape at a date has the shape of the
// landscape now (graph-payload.ts): kinds filtered, the most connected first, up to the limit.
import type { GraphPayload } from '../../shared/graph';
import { edgeOfLink } from '../../shared/graph';
import type { Timeline, TimelineLink, TimelineNode } from '../../shared/time';
import type { Kind, Lang, Relation } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import type { Actor } from '../http/actor';
import { toGraphPayload } from '../landscape/graph-payload';
import type { GraphEdgeRow, GraphNodeRow } from '../landscape/landscape.repository';
import { fieldsAt, type LinkStory, labelOf, livesAt, type Replayed, replay } from './replay';
import * as repo from './time.repository';

type Snapshot = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const position = (fields: Snapshot, now: Map<string, { x: number; y: number }>, id: string) =>
  now.get(id) ?? { x: Number(fields.x ?? 0), y: Number(fields.y ?? 0) };

function edgeRow(link: LinkStory): GraphEdgeRow {
  const f = link.fields;
  const properties = (f.properties ?? {}) as Snapshot;
  return {
    id: link.id,
    source: String(f.source),
    target: String(f.target),
    relation: String(f.relation),
    stance: text(properties.stance ?? f.stance),
    role: text(properties.role ?? f.role),
  };
}

export function createTimeService(db: Database) {
  async function replayed(actor: Actor, untilMillis: number | null) {
    return db.read(async (tx) => {
      const events = await repo.readableEvents(tx, visibilityParams(actor), untilMillis);
      const story: Replayed = replay(events);
      const now = await repo.currentPositions(tx, [...story.nodes.keys()]);
      return { events, story, now };
    });
  }

  return {
    /** The landscape at `atMillis`: what stood then, labelled as it was then. */
    async landscapeAt(
      actor: Actor,
      query: { atMillis: number; kinds?: Kind[]; lang: Lang; limit: number },
    ): Promise<GraphPayload> {
      const { story, now } = await replayed(actor, query.atMillis);
      const t = query.atMillis;
      const nodes: GraphNodeRow[] = [];
      for (const node of story.nodes.values()) {
        const fields = fieldsAt(node, t);
        if (!fields || !livesAt(node.lives, t)) continue;
        const kind = fields.kind as Kind;
        if (query.kinds && !query.kinds.includes(kind)) continue;
        nodes.push({
          id: node.id,
          kind,
          label: labelOf(fields, query.lang),
          ...position(fields, now, node.id),
        });
      }
      const present = new Set(nodes.map((n) => n.id));
      const edges = [...story.links.values()]
        .filter((l) => livesAt(l.lives, t))
        .map(edgeRow)
        .filter((e) => present.has(e.source) && present.has(e.target));
      const degree = new Map<string, number>();
      for (const e of edges)
        for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
      const kept = nodes
        .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id))
        .slice(0, query.limit);
      const keptIds = new Set(kept.map((n) => n.id));
      return toGraphPayload(
        kept,
        edges.filter((e) => keptIds.has(e.source) && keptIds.has(e.target)),
        nodes.length,
      );
    },

    /** Every readable node's and link's lives, and each node's labels through its edits. */
    async timeline(actor: Actor, query: { lang: Lang }): Promise<Timeline> {
      const { events, story, now } = await replayed(actor, null);
      const nodes: TimelineNode[] = [];
      for (const node of story.nodes.values()) {
        const last = node.states[node.states.length - 1];
        if (!last || node.lives.length === 0) continue;
        const labels: TimelineNode['labels'] = [];
        for (const state of node.states) {
          const label = labelOf(state.fields, query.lang);
          if (labels[labels.length - 1]?.label !== label) labels.push({ at: state.at, label });
        }
        nodes.push({
          id: node.id,
          kind: last.fields.kind as Kind,
          ...position(last.fields, now, node.id),
          lives: node.lives,
          labels,
        });
      }
      const known = new Set(nodes.map((n) => n.id));
      const links: TimelineLink[] = [];
      for (const link of story.links.values()) {
        const row = edgeRow(link);
        if (!known.has(row.source) || !known.has(row.target)) continue;
        const edge = edgeOfLink({ ...row, relation: row.relation as Relation });
        links.push({
          id: row.id,
          source: row.source,
          target: row.target,
          ...edge.attributes,
          lives: link.lives,
        });
      }
      // the log's order is commit order; its dates may differ (a history written with past dates)
      const dates = events.map((e) => e.at).sort();
      return { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, nodes, links };
    },
  };
}

export type TimeService = ReturnType<typeof createTimeService>;
