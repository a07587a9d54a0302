// The living map: the shared live stream (live-connection.ts) feeds other people's changes through the one
// applyChange, in place, and counts them as news ("3 nouveautés") until the person looks. A change of the
// page's own (its action named in a write's answer: api/own-actions.ts) is applied again (harmless: a patch
// says how things are) but is not news. Changes that come while the landscape is read wait for it. `resync` reads the landscape again
// (the stream stays open meanwhile); `ended` (the session logged out or expired) asks who is
// logged in again, which reloads the landscape for what a visitor may see. An account change reopens the
// stream, so that it streams what the new account may see.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveChange } from '../../../../shared/live';
import { isOwnAction } from '../../api/own-actions';
import type { ApplyChange } from '../../map/apply-change';
import { connectLive, type LiveConnection, type LiveMessage } from './live-connection';

/** How many recent changes the news remembers (the latest first is what "voir" shows). */
const REMEMBERED = 20;

export interface LiveNews {
  /** How many actions of others (a question asked, a link made…) arrived since the person last looked. */
  count: number;
  /** The nodes they concern, the latest first, at most REMEMBERED. */
  nodes: string[];
  /** The person looked: the count starts again. */
  seen: () => void;
}

interface Options {
  applyChange: ApplyChange;
  /** Reads the landscape again (a resync). */
  reload: () => void;
  /** Asks again who is logged in (the stream's session ended). */
  refreshMe: () => Promise<void>;
  /** Who is logged in (a person's id, '' for a visitor, undefined while asked): a change reopens the stream. */
  account: string | undefined;
  /** No stream (an embedded page follows no one). */
  enabled: boolean;
  /** Whether the landscape is on the map: until it is, changes wait (the landscape may predate them). */
  ready: boolean;
}

export function useLiveLandscape({
  applyChange,
  reload,
  refreshMe,
  account,
  enabled,
  ready,
}: Options): LiveNews {
  // news are counted by user action: a question asked (the question, who asked it, its links) is one
  const [news, setNews] = useState<{ actions: string[]; nodes: string[] }>({ actions: [], nodes: [] });
  const handlers = useRef({ applyChange, reload, refreshMe });
  handlers.current = { applyChange, reload, refreshMe };
  const connection = useRef<LiveConnection | null>(null);
  // changes that came while the landscape was being read: applied on top of it once it is drawn (a patch
  // says how things are now, so one the landscape already holds changes nothing)
  const waiting = useRef<LiveChange[] | null>(ready ? null : []);

  useEffect(() => {
    if (!enabled) return;
    const onMessage = (message: LiveMessage) => {
      if (message.kind === 'resync') return handlers.current.reload();
      if (message.kind === 'ended') return void handlers.current.refreshMe();
      const { change } = message;
      // every change is applied, the page's own too: each says how things stood when the tail read it, in
      // the log's order, so the last one read wins — skipping an own echo could leave an older state drawn
      const own = change.event !== null && isOwnAction(change.event.actionId);
      if (waiting.current) waiting.current.push(change);
      else void handlers.current.applyChange({ type: 'remote', change, own });
      if (!change.event || own) return; // not news: taken off, or one's own
      // what was asked or added comes before who did it (an ASKED link's person is not the news)
      const concerned = [...change.map.nodes]
        .sort((a, b) => Number(a.attributes.kind === 'Person') - Number(b.attributes.kind === 'Person'))
        .map((n) => n.key);
      const action = change.event.actionId ?? change.event.id;
      setNews((before) => ({
        actions: before.actions.includes(action) ? before.actions : [...before.actions, action],
        nodes: [...new Set([...concerned, ...before.nodes])].slice(0, REMEMBERED),
      }));
    };
    connection.current = connectLive(onMessage);
    return () => {
      connection.current?.close();
      connection.current = null;
    };
  }, [enabled]);

  useEffect(() => {
    if (!ready) {
      waiting.current ??= [];
      return;
    }
    const held = waiting.current ?? [];
    waiting.current = null;
    for (const change of held) void handlers.current.applyChange({ type: 'remote', change });
  }, [ready]);

  const previous = useRef(account);
  useEffect(() => {
    if (previous.current !== undefined && account !== undefined && previous.current !== account)
      connection.current?.reconnect();
    previous.current = account;
  }, [account]);

  const seen = useCallback(() => setNews({ actions: [], nodes: [] }), []);
  return { count: news.actions.length, nodes: news.nodes, seen };
}
