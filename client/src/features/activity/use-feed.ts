// One tab's list while the panel shows it: the first page, then older pages on demand (the cursor is the
// previous page's `nextBefore`), merged newest first. The landscape and "what I follow" are feeds; the
// inbox's items also carry whether they were read.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActivityEvent, InboxItem } from '../../../../shared/activity';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchActivity, fetchInbox } from '../../api/activity';
import type { ApiError } from '../../api/errors';
import { asApiError } from '../../ui/loadable';
import { type ActivityTab, mergePages } from './index';

export type FeedItem = ActivityEvent & Partial<Pick<InboxItem, 'read' | 'reason'>>;

export interface Feed {
  status: 'idle' | 'loading' | 'ready' | 'error';
  items: FeedItem[];
  error: ApiError | null;
  /** Older items remain: `more` loads them. */
  hasMore: boolean;
  loadingMore: boolean;
  more: () => void;
  reload: () => void;
  /** Marks items read in the list (after the server said so). */
  markRead: (ids: string[] | 'all') => void;
}

async function page(tab: ActivityTab, lang: Lang, before: number | undefined, signal: AbortSignal) {
  if (tab === 'inbox') {
    const inbox = await fetchInbox(lang, before, signal);
    return { items: inbox.items as FeedItem[], nextBefore: inbox.nextBefore };
  }
  const feed = await fetchActivity({ scope: tab, lang, before }, signal);
  return { items: feed.events as FeedItem[], nextBefore: feed.nextBefore };
}

export function useFeed(tab: ActivityTab | null, lang: Lang): Feed {
  const [items, setItems] = useState<FeedItem[]>([]);
  const [status, setStatus] = useState<Feed['status']>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [round, setRound] = useState(0);
  const controller = useRef<AbortController | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks for the first page again
  useEffect(() => {
    controller.current?.abort();
    setItems([]);
    setNextBefore(null);
    if (tab === null) {
      setStatus('idle');
      return;
    }
    const current = new AbortController();
    controller.current = current;
    setStatus('loading');
    page(tab, lang, undefined, current.signal).then(
      (first) => {
        if (current.signal.aborted) return;
        setItems(first.items);
        setNextBefore(first.nextBefore);
        setStatus('ready');
      },
      (failure: unknown) => {
        if (current.signal.aborted) return;
        setError(asApiError(failure));
        setStatus('error');
      },
    );
    return () => current.abort();
  }, [tab, lang, round]);

  const more = useCallback(() => {
    if (tab === null || nextBefore === null || loadingMore) return;
    const signal = controller.current?.signal ?? new AbortController().signal;
    setLoadingMore(true);
    page(tab, lang, nextBefore, signal).then(
      (next) => {
        if (signal.aborted) return;
        setItems((kept) => mergePages(kept, next.items));
        setNextBefore(next.nextBefore);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        if (signal.aborted) return;
        setError(asApiError(failure));
        setLoadingMore(false);
      },
    );
  }, [tab, lang, nextBefore, loadingMore]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const markRead = useCallback(
    (ids: string[] | 'all') =>
      setItems((kept) =>
        kept.map((item) => (ids === 'all' || ids.includes(item.id) ? { ...item, read: true } : item)),
      ),
    [],
  );
  return { status, items, error, hasMore: nextBefore !== null, loadingMore, more, reload, markRead };
}
