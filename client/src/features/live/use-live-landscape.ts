// The living map: the shared live stream (live-connection.ts) feeds other people's changes through the one
// applyChange, in place, and counts them as news ("3 nouveautés") until the person looks. A change of the
// page's own (its action named in a write's answer: api/own-actions.ts) was applied already and is not
// news. `resync` reads the landscape again; `ended` (the session logged out or expired) asks who is
// logged in again, which reloads the landscape for what a visitor may see. An account change reopens the
// stream, so that it streams what the new account may see.
import { useCallback, useEffect, useRef, useState } from 'react';
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
}

export function useLiveLandscape({ applyChange, reload, refreshMe, account, enabled }: Options): LiveNews {
  // news are counted by user action: a question asked (the question, who asked it, its links) is one
  const [news, setNews] = useState<{ actions: string[]; nodes: string[] }>({ actions: [], nodes: [] });
  const handlers = useRef({ applyChange, reload, refreshMe });
  handlers.current = { applyChange, reload, refreshMe };
  const connection = useRef<LiveConnection | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const onMessage = (message: LiveMessage) => {
      if (message.kind === 'resync') return handlers.current.reload();
      if (message.kind === 'ended') return void handlers.current.refreshMe();
      const { change } = message;
      if (change.event && isOwnAction(change.event.actionId)) return;
      void handlers.current.applyChange({ type: 'remote', change });
      if (!change.event) return; // a node taken off the map says nothing else
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

  const previous = useRef(account);
  useEffect(() => {
    if (previous.current !== undefined && account !== undefined && previous.current !== account)
      connection.current?.reconnect();
    previous.current = account;
  }, [account]);

  const seen = useCallback(() => setNews({ actions: [], nodes: [] }), []);
  return { count: news.actions.length, nodes: news.nodes, seen };
}
