// One tab's list: each event in the history's words (who did what, on what, how long ago), an inbox item
// with why it is there and whether it was read; "Plus ancien" loads the next page.
import { useTranslation } from 'react-i18next';
import type { ActivityTab } from '../index';
import type { Feed, FeedItem } from '../use-feed';
import { ActivityItem } from './ActivityItem';

interface Props {
  tab: ActivityTab;
  feed: Feed;
  onChoose: (item: FeedItem) => void;
}

export function ActivityList({ tab, feed, onChoose }: Props) {
  const { t } = useTranslation();
  if (feed.status === 'loading' || feed.status === 'idle')
    return (
      <p className="activity-panel__note" role="status">
        {t('activity.loading')}
      </p>
    );
  if (feed.status === 'error' && feed.items.length === 0)
    return (
      <div className="activity-panel__note">
        <p>{t('activity.failed')}</p>
        <button type="button" className="button button--quiet button--small" onClick={feed.reload}>
          {t('activity.retry')}
        </button>
      </div>
    );
  if (feed.items.length === 0)
    return (
      <p className="activity-panel__note" data-testid="activity-empty">
        {t(`activity.empty.${tab}`)}
      </p>
    );
  return (
    <>
      <ol className="activity-list" data-testid="activity-list" data-tab={tab}>
        {feed.items.map((item) => (
          <ActivityItem key={item.id} item={item} onChoose={onChoose} />
        ))}
      </ol>
      {feed.hasMore && (
        <button
          type="button"
          className="button button--quiet button--small activity-panel__more"
          data-testid="activity-more"
          disabled={feed.loadingMore}
          onClick={feed.more}
        >
          {feed.loadingMore ? t('activity.loadingMore') : t('activity.more')}
        </button>
      )}
    </>
  );
}
