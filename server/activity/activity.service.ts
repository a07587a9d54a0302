// Activity use cases: a feed at a scope (the scope's node must be visible and of its kind: 404 otherwise,
// like an unknown id), paged by log position, with "since" counts; following (members only; a node the
// reader may not see is 404); the inbox with read marks. Events are shaped as the history shapes them
// (shapeEvents: snapshots cut to what the reader sees, hidden actors named `hidden`), plus their position
// and the labels of the visible nodes they concern.
import {
  type ActivityEvent,
  type ActivityQuery,
  type ActivityResponse,
  type Follow,
  type InboxRead,
  type InboxResponse,
  SINCE_COUNT_CAP,
  SINCE_NODES_CAP,
  UNREAD_CAP,
} from '../../shared/activity';
import type { Kind, Lang } from '../../shared/vocabulary';
import type { Database, Tx } from '../db/database';
import { type Viewer, visibilityParams } from '../db/visibility';
import type { StoredEvent } from '../history/event-read.repository';
import { latestEventPosition, visibleIds } from '../history/history.repository';
import { shapeEvents } from '../history/history.service';
import { type Actor, requireAccount } from '../http/actor';
import { notFound } from '../http/errors';
import { findNode } from '../nodes/nodes.repository';
import * as repo from './activity.repository';
import * as follows from './follows.repository';
import * as inbox from './inbox.repository';

const SCOPE_KIND: Partial<Record<ActivityQuery['scope'], Kind>> = {
  seed: 'Seed',
  person: 'Person',
  community: 'Community',
};

/** Stored events as a feed shows them: the history's shape, their position and their nodes' labels. */
async function tell(tx: Tx, events: StoredEvent[], viewer: Viewer, lang: Lang): Promise<ActivityEvent[]> {
  const shaped = await shapeEvents(tx, events, viewer);
  const labels = await repo.nodeLabels(tx, [...new Set(events.flatMap((e) => e.nodeIds))], viewer, lang);
  const byId = new Map(labels.map((l) => [l.id, l]));
  return shaped.map((event, i) => {
    const stored = events[i] as StoredEvent;
    return {
      ...event,
      position: Number(stored.position),
      nodes: stored.nodeIds.flatMap((id) => {
        const label = byId.get(id);
        return label ? [label] : [];
      }),
    };
  });
}

/** A page from `limit + 1` rows: the page, and the cursor of the next one when there are more. */
function page<T>(
  rows: T[],
  limit: number,
  positionOf: (row: T) => unknown,
): { rows: T[]; nextBefore: number | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept.at(-1);
  return { rows: kept, nextBefore: more && last !== undefined ? Number(positionOf(last)) : null };
}

async function sourceOf(
  tx: Tx,
  actor: Actor,
  query: ActivityQuery,
  viewer: Viewer,
): Promise<repo.EventSource> {
  const kind = SCOPE_KIND[query.scope];
  if (kind && query.id !== undefined) {
    const node = await findNode(tx, query.id, viewer);
    if (!node || node.kind !== kind) throw notFound(`${kind} ${query.id}`);
  }
  switch (query.scope) {
    case 'landscape':
      return { kind: 'log' };
    case 'person':
      return { kind: 'actor', actorId: query.id as string };
    case 'seed':
      return { kind: 'nodes', nodeIds: await repo.seedScope(tx, query.id as string) };
    case 'community':
      return { kind: 'nodes', nodeIds: await repo.communityScope(tx, query.id as string) };
    case 'following':
      requireAccount(actor);
      return { kind: 'nodes', nodeIds: await repo.followingScope(tx, actor.id, viewer) };
  }
}

/** How many inbox items are unread (at most UNREAD_CAP counted): those above the "all read" mark not
 *  marked one by one. */
async function unreadOf(tx: Tx, actor: Actor, scope: inbox.InboxScope): Promise<number> {
  const after = await inbox.readUpTo(tx, actor.id);
  const rows = await inbox.inboxItems(tx, scope, { before: repo.END_OF_LOG, after }, UNREAD_CAP);
  return rows.filter((row) => !row.read).length;
}

export function createActivityService(db: Database) {
  return {
    feed(actor: Actor, query: ActivityQuery): Promise<ActivityResponse> {
      if (query.scope === 'following') requireAccount(actor);
      const viewer = visibilityParams(actor);
      return db.read(async (tx) => {
        const source = await sourceOf(tx, actor, query, viewer);
        const range = { before: query.before ?? repo.END_OF_LOG, after: query.after ?? 0 };
        // "since" is the same statement over (after, end of log], SINCE_COUNT_CAP + 1 rows at most: without
        // `before`, the page is its first rows
        const sinceRows =
          query.after !== undefined
            ? await repo.feedEvents(
                tx,
                source,
                { before: repo.END_OF_LOG, after: query.after },
                viewer,
                Math.max(SINCE_COUNT_CAP, query.limit) + 1,
              )
            : null;
        const rows =
          sinceRows && query.before === undefined
            ? sinceRows.slice(0, query.limit + 1)
            : await repo.feedEvents(tx, source, range, viewer, query.limit + 1);
        const { rows: kept, nextBefore } = page(rows, query.limit, (e) => e.position);
        const answer: ActivityResponse = {
          events: await tell(tx, kept, viewer, query.lang),
          nextBefore,
          latest: await latestEventPosition(tx),
        };
        if (sinceRows) {
          const counted = sinceRows.slice(0, SINCE_COUNT_CAP);
          const concerned = [...new Set(counted.flatMap((e) => e.nodeIds))];
          const shown = await visibleIds(tx, concerned, viewer);
          answer.since = {
            count: counted.length,
            capped: sinceRows.length > SINCE_COUNT_CAP,
            nodeIds: concerned.filter((id) => shown.has(id)).slice(0, SINCE_NODES_CAP),
          };
        }
        return answer;
      });
    },

    follow(actor: Actor, nodeId: string): Promise<Follow> {
      requireAccount(actor);
      const viewer = visibilityParams(actor);
      return db.write(async (tx) => {
        const followed = await follows.putFollow(tx, nodeId, viewer, 'fr');
        if (!followed) throw notFound(`Node ${nodeId}`);
        return followed;
      });
    },

    unfollow(actor: Actor, nodeId: string): Promise<void> {
      requireAccount(actor);
      const viewer = visibilityParams(actor);
      return db.write(async (tx) => {
        const removed = await follows.deleteFollow(tx, actor.id, nodeId);
        // not followed: answered as for following it, so an id says nothing more than GET /api/nodes/:id
        if (!removed && !(await findNode(tx, nodeId, viewer))) throw notFound(`Node ${nodeId}`);
      });
    },

    myFollows(actor: Actor, lang: Lang): Promise<Follow[]> {
      requireAccount(actor);
      return db.read((tx) => follows.listFollows(tx, visibilityParams(actor), lang));
    },

    inbox(actor: Actor, query: { before?: number; limit: number; lang: Lang }): Promise<InboxResponse> {
      requireAccount(actor);
      const viewer = visibilityParams(actor);
      return db.read(async (tx) => {
        const scope = { viewer, followed: await repo.followedSince(tx, actor.id, viewer) };
        const rows = await inbox.inboxItems(
          tx,
          scope,
          { before: query.before ?? repo.END_OF_LOG, after: 0 },
          query.limit + 1,
        );
        const { rows: kept, nextBefore } = page(rows, query.limit, (r) => r.event.position);
        const told = await tell(
          tx,
          kept.map((r) => r.event),
          viewer,
          query.lang,
        );
        return {
          items: told.map((event, i) => ({
            ...event,
            read: kept[i]?.read ?? false,
            reason: kept[i]?.reason ?? 'following',
          })),
          nextBefore,
          unread: await unreadOf(tx, actor, scope),
        };
      });
    },

    unread(actor: Actor): Promise<number> {
      requireAccount(actor);
      const viewer = visibilityParams(actor);
      return db.read(async (tx) =>
        unreadOf(tx, actor, { viewer, followed: await repo.followedSince(tx, actor.id, viewer) }),
      );
    },

    markRead(actor: Actor, body: InboxRead): Promise<number> {
      requireAccount(actor);
      const viewer = visibilityParams(actor);
      return db.write(async (tx) => {
        if ('all' in body) await inbox.markAllRead(tx, actor.id, await latestEventPosition(tx));
        else await inbox.markRead(tx, actor.id, [...new Set(body.eventIds)]);
        return unreadOf(tx, actor, { viewer, followed: await repo.followedSince(tx, actor.id, viewer) });
      });
    },
  };
}

export type ActivityService = ReturnType<typeof createActivityService>;
