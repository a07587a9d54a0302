// The activity drawer: tabs for the landscape's feed, "Ce que je suis" and the inbox (members only), the
// "N nouveautés depuis votre dernière visite" line, and the list of the chosen tab. Escape closes it;
// choosing an item selects its node on the map (and marks an inbox item read).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markInboxRead } from '../../../api/activity';
import { useLang } from '../../../i18n';
import { type ActivityTab, focusOf, type SinceLastVisit, tabsFor } from '../index';
import { type FeedItem, useFeed } from '../use-feed';
import { ActivityList } from './ActivityList';

interface Props {
  member: boolean;
  since: SinceLastVisit;
  onUnread: (unread: number) => void;
  onSelect: (nodeId: string) => void;
  onClose: () => void;
}

export function ActivityPanel({ member, since, onUnread, onSelect, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const tabs = tabsFor(member);
  const [chosen, setChosen] = useState<ActivityTab>('landscape');
  const tab = tabs.includes(chosen) ? chosen : 'landscape';
  const feed = useFeed(tab, lang);
  const closeButton = useRef<HTMLButtonElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  // focus to the drawer once, when it opens; Escape closes it
  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close.current();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const markRead = async (which: { eventIds: string[] } | { all: true }) => {
    try {
      onUnread(await markInboxRead(which));
      feed.markRead('all' in which ? 'all' : which.eventIds);
    } catch {
      // the item stays unread; the next look says so again
    }
  };

  const choose = (item: FeedItem) => {
    if (tab === 'inbox' && item.read === false) void markRead({ eventIds: [item.id] });
    const node = focusOf(item);
    if (node) onSelect(node);
  };

  return (
    <aside className="activity-panel" data-testid="activity-panel" aria-labelledby="activity-title">
      <div className="activity-panel__top">
        <h2 id="activity-title" className="activity-panel__title">
          {t('activity.title')}
        </h2>
        <button
          ref={closeButton}
          type="button"
          className="close-button"
          aria-label={t('activity.close')}
          data-testid="activity-close"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {since.count > 0 && (
        <p className="activity-panel__since" data-testid="activity-since" data-count={since.count}>
          {since.capped
            ? t('activity.sinceCapped', { cap: since.count })
            : t('activity.since', { count: since.count })}
        </p>
      )}
      <div className="activity-tabs" role="tablist" aria-label={t('activity.title')}>
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            className="activity-tabs__tab"
            aria-selected={id === tab}
            data-testid={`activity-tab-${id}`}
            onClick={() => setChosen(id)}
          >
            {t(`activity.tabs.${id}`)}
          </button>
        ))}
      </div>
      {tab === 'inbox' && feed.items.some((item) => item.read === false) && (
        <button
          type="button"
          className="button button--quiet button--small activity-panel__all-read"
          data-testid="inbox-mark-all-read"
          onClick={() => void markRead({ all: true })}
        >
          {t('activity.markAllRead')}
        </button>
      )}
      <ActivityList tab={tab} feed={feed} onChoose={choose} />
    </aside>
  );
}
