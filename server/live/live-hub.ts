// The live hub of one API process: its subscribers (open streams) and the tail of the event log in Neo4j
// that feeds them. The tail polls the log's position (one index seek) every `pollMs` while anyone listens,
// reads the new events in log order, and tells each kind of reader (same visibility) what
// they mean to them — one set of lookups per kind of reader and batch, whatever the number of streams.
// Every process tails the same log, so two Semis processes on one Neo4j each deliver every event to their
// own subscribers: nothing is fanned out inside one process only. One queue orders the tail's batches, a
// subscriber's catch-up (a resumed stream) and its first position, so no event is sent twice or skipped.
import type { LiveEndReason, LiveResync } from '../../shared/live';
import type { Database } from '../db/database';
import type { Viewer } from '../db/visibility';
import { visibleIds } from '../history/history.repository';
import { shapeEvents } from '../history/history.service';
import * as repo from './live.repository';
import {
  type BatchFacts,
  type BatchLookups,
  eventVisible,
  linkRefOf,
  liveChangeOf,
  mayRevive,
} from './live-changes';

/** One open stream, as the hub sees it. */
export interface LiveSubscriber {
  readonly viewer: Viewer;
  /** The session token it was opened with (null for a visitor): the stream ends with its session. */
  readonly sessionToken: string | null;
  /** The last position sent (or skipped as already known). */
  cursor: number;
  /** Writes SSE text to the stream (a frame made once for every stream it goes to). */
  write(text: string): void;
  /** The session logged out, expired or changed: say so and close. */
  end(reason: LiveEndReason): void;
}

export interface LiveHubOptions {
  pollMs: number;
  heartbeatMs: number;
  /** How far behind a resumed stream may be and still be replayed (beyond: resync). */
  maxBacklog: number;
  /** What a session token grants now (null: logged out or expired), checked at every heartbeat. */
  sessionViewer: (token: string) => Promise<Viewer | null>;
  onError: (error: unknown) => void;
}

const BATCH = 200;

/** One Server-Sent Events frame: its id (when it has one), its event name, its data as one JSON line. */
export const sseFrame = (kind: string, id: number | null, data: unknown) =>
  `${id === null ? '' : `id: ${id}\n`}event: ${kind}\ndata: ${JSON.stringify(data)}\n\n`;
const resyncFrame = (message: LiveResync) => sseFrame('resync', message.position, message);
/** A comment line: keeps proxies from closing a silent stream; EventSource ignores it. */
const HEARTBEAT = ': heartbeat\n\n';

/** What one batch's messages are read from, whoever reads them. */
interface Batch {
  nodeIds: string[];
  createdInBatch: Set<string>;
  facts: BatchFacts;
  links: Map<string, repo.LiveLinkRow>;
}
/** Revived nodes bring at most this many of their links (the rest come with the panel's neighbourhood). */
const REVIVED_LINKS = 100;

const sameViewer = (a: Viewer, b: Viewer) =>
  a.actorId === b.actorId &&
  a.canSee.length === b.canSee.length &&
  a.canSee.every((level) => b.canSee.includes(level));

const kindOfReader = (s: LiveSubscriber) => `${s.viewer.actorId ?? ''}|${s.viewer.canSee.join(',')}`;

export function createLiveHub(db: Database, options: LiveHubOptions) {
  const subscribers = new Set<LiveSubscriber>();
  /** The last log position the tail has handed on (null while nobody listens). */
  let position: number | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let pollTimer: NodeJS.Timeout | null = null;
  let heartbeatTimer: NodeJS.Timeout | null = null;
  let stopped = false;

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(options.onError);
    return run;
  };

  /** What the batch means to one kind of reader: the lookups, then a message per event. */
  async function messagesFor(events: repo.LoggedEvent[], viewer: Viewer, batch: Batch) {
    return db.read(async (tx) => {
      const nodes = new Map((await repo.visibleNodesNow(tx, batch.nodeIds, viewer)).map((n) => [n.id, n]));
      const visible = events.filter((e) => eventVisible(e, viewer, nodes, batch.facts));
      const shown = await shapeEvents(tx, visible, viewer);
      const revived = visible.filter(mayRevive).map((e) => e.entityId);
      const revivedLinks = new Map<string, repo.LiveLinkRow[]>();
      if (revived.length > 0) {
        const rows = await repo.visibleLinksOf(tx, revived, viewer, REVIVED_LINKS);
        const ends = await repo.visibleNodesNow(
          tx,
          rows.flatMap((l) => [l.source, l.target]),
          viewer,
        );
        for (const end of ends) nodes.set(end.id, end);
        for (const id of revived)
          revivedLinks.set(
            id,
            rows.filter(
              (l) => (l.source === id || l.target === id) && nodes.has(l.source) && nodes.has(l.target),
            ),
          );
      }
      const look: BatchLookups = {
        shaped: new Map(shown.map((e) => [e.id, e])),
        nodes,
        links: batch.links,
        revivedLinks,
        createdInBatch: batch.createdInBatch,
      };
      return events.map((e) => ({ event: e, message: liveChangeOf(e, viewer, look) }));
    });
  }

  /** What a batch's messages are read from whoever reads them: its nodes, its links now, gone nodes' standing. */
  async function batchOf(events: repo.LoggedEvent[]): Promise<Batch> {
    const nodeIds = [...new Set(events.flatMap((e) => (e.entityType === 'node' ? [e.entityId] : e.nodeIds)))];
    const refs = events.flatMap((e) => linkRefOf(e) ?? []);
    return db.read(async (tx) => {
      const existing = await repo.existingIds(tx, nodeIds);
      const goneIds = nodeIds.filter((id) => !existing.has(id));
      const gone = goneIds.length > 0 ? await repo.goneStandings(tx, goneIds) : new Map();
      const links = refs.length > 0 ? await repo.linksNow(tx, refs) : [];
      const createdInBatch = new Set(events.filter((e) => e.action === 'node.create').map((e) => e.entityId));
      return {
        nodeIds,
        createdInBatch,
        facts: { existing, gone },
        links: new Map(links.map((l) => [l.id, l])),
      };
    });
  }

  /** Hands a batch of events on to `to`, each kind of reader's messages computed once. */
  async function deliver(events: repo.LoggedEvent[], to: Iterable<LiveSubscriber>) {
    if (events.length === 0) return;
    const batch = await batchOf(events);
    const kinds = new Map<string, LiveSubscriber[]>();
    for (const s of to) kinds.set(kindOfReader(s), [...(kinds.get(kindOfReader(s)) ?? []), s]);
    // each kind of reader in its own read transaction, at once: a visitor does not wait for a member's reads
    const told = await Promise.all(
      [...kinds.values()].map(async (group) => ({
        group,
        messages: await messagesFor(events, (group[0] as LiveSubscriber).viewer, batch),
      })),
    );
    for (const { group, messages } of told) {
      // each message serialised once for the whole group
      const frames = new Map<number, string>();
      for (const { event, message } of messages) {
        if (message === 'resync')
          frames.set(event.position, resyncFrame({ position: event.position, reason: 'reach-changed' }));
        else if (message) frames.set(event.position, sseFrame('change', message.position, message));
      }
      for (const s of group) {
        for (const { event, message } of messages) {
          if (event.position <= s.cursor || !subscribers.has(s)) continue;
          s.cursor = event.position;
          const text = frames.get(event.position);
          if (text) s.write(text);
        }
      }
    }
  }

  /** Reads and hands on every event after `after`, up to `upTo`, in batches. */
  async function replay(after: number, upTo: number, to: Iterable<LiveSubscriber>) {
    let from = after;
    while (from < upTo) {
      const events = await db.read((tx) => repo.eventsAfter(tx, from, upTo, BATCH));
      if (events.length === 0) break;
      await deliver(events, to);
      from = (events.at(-1) as repo.LoggedEvent).position;
    }
  }

  /** The log restarted below what was handed on (the database emptied and loaded again): all resync. */
  function restarted(latest: number) {
    position = latest;
    for (const s of subscribers) {
      s.cursor = latest;
      s.write(resyncFrame({ position: latest, reason: 'unknown-position' }));
    }
  }

  async function poll() {
    if (position === null) return;
    const latest = await db.read((tx) => repo.latestEventPosition(tx));
    if (latest < position) restarted(latest);
    else if (latest > position) {
      await replay(position, latest, subscribers);
      if (position !== null) position = latest; // null: everybody left meanwhile
    }
  }

  const schedulePoll = () => {
    if (stopped || subscribers.size === 0 || pollTimer) return;
    pollTimer = setTimeout(() => {
      pollTimer = null;
      // a failed poll is logged by the queue (onError) and tried again at the next tick
      void enqueue(poll)
        .catch(() => {})
        .finally(schedulePoll);
    }, options.pollMs);
  };

  async function beat() {
    for (const s of subscribers) s.write(HEARTBEAT);
    const tokens = new Set([...subscribers].flatMap((s) => (s.sessionToken ? [s.sessionToken] : [])));
    for (const token of tokens) {
      const now = await options.sessionViewer(token);
      // logged out, expired, or granting another reach than the stream was opened with (a role lost):
      // the stream ends, and the browser's reconnection streams what the session grants now
      for (const s of subscribers) {
        if (s.sessionToken !== token || (now && sameViewer(now, s.viewer))) continue;
        subscribers.delete(s);
        s.end(now ? 'session-changed' : 'logged-out');
      }
    }
  }

  function endSession(token: string) {
    for (const s of subscribers) {
      if (s.sessionToken !== token) continue;
      subscribers.delete(s);
      s.end('logged-out');
    }
  }

  /** Starts streaming to `s`: from now, or after `lastEventId` (a resumed stream) when that can be replayed. */
  function subscribe(s: LiveSubscriber, lastEventId: string | undefined): Promise<void> {
    return enqueue(async () => {
      const latest = await db.read((tx) => repo.latestEventPosition(tx));
      if (position === null) position = latest;
      else if (latest < position) restarted(latest);
      subscribers.add(s);
      heartbeatTimer ??= setInterval(() => void enqueue(beat).catch(() => {}), options.heartbeatMs);
      schedulePoll();
      const resumed =
        lastEventId === undefined ? null : /^\d{1,15}$/.test(lastEventId.trim()) ? Number(lastEventId) : NaN;
      if (resumed === null) {
        s.cursor = latest; // from now: what came before is in the landscape it reads
        return;
      }
      if (!Number.isFinite(resumed) || resumed > latest || latest - resumed > options.maxBacklog) {
        // garbled, from the future, or too old to replay: the client reads the landscape again
        s.cursor = latest;
        s.write(resyncFrame({ position: latest, reason: 'unknown-position' }));
        return;
      }
      s.cursor = resumed;
      await replay(resumed, position, [s]);
    });
  }

  function unsubscribe(s: LiveSubscriber) {
    subscribers.delete(s);
    if (subscribers.size > 0) return;
    position = null;
    if (pollTimer) clearTimeout(pollTimer);
    if (heartbeatTimer) clearInterval(heartbeatTimer);
    pollTimer = heartbeatTimer = null;
  }

  /**
   * Plans the tail's statements before a first stream waits for them: the visibility rule of events costs
   * Neo4j seconds to plan the first time (as for the history: server/plan-warm-up.ts). Changes nothing.
   */
  async function warm(): Promise<void> {
    const none = ['-'];
    for (const viewer of [
      { canSee: ['public'], actorId: null },
      { canSee: ['public', 'members'], actorId: '-' },
    ]) {
      await db.read(async (tx) => {
        await repo.eventsAfter(tx, 0, 0, 1);
        await repo.existingIds(tx, none);
        await repo.goneStandings(tx, none);
        await repo.visibleNodesNow(tx, none, viewer);
        await repo.visibleLinksOf(tx, none, viewer, 1);
        await repo.linksNow(tx, [{ id: '-', source: '-', target: '-' }]);
        await visibleIds(tx, none, viewer); // what shapeEvents asks to name the actors
      });
    }
  }

  /** Reads the log now rather than at the next tick (a write just committed on this process). */
  function wake() {
    if (!pollTimer) return; // nobody listens, or a poll is running (it is followed by another)
    clearTimeout(pollTimer);
    pollTimer = null;
    void enqueue(poll)
      .catch(() => {})
      .finally(schedulePoll);
  }

  return {
    warm,
    wake,
    subscribe,
    unsubscribe,
    /** A logout on this process ends its streams at once (another process's end at their next heartbeat). */
    endSession,
    get size() {
      return subscribers.size;
    },
    /** Ends every stream (the server is stopping). */
    stop() {
      stopped = true;
      for (const s of [...subscribers]) {
        unsubscribe(s);
        s.end('logged-out');
      }
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;

/** The hub createApp made for `app` (kept in app.locals, for stopping and warming it). */
export const liveHubOf = (app: { locals: Record<string, unknown> }): LiveHub => app.locals.live as LiveHub;
