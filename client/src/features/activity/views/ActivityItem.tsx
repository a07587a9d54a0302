// One event of a feed as a sentence ("Marie a modifié le titre"), what it is about ("« Pourquoi semer ? »"
// or "« A » → « B »"), how long ago, and for the inbox why it is there and an unread mark. The whole row
// is one button when it has a node to show on the map.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatTimeAgo, summarizeEvent } from '../../contribute/history-view';
import { useEventSentence } from '../../contribute/views/use-event-sentence';
import { focusOf, subjectsOf } from '../index';
import type { FeedItem } from '../use-feed';

export function ActivityItem({ item, onChoose }: { item: FeedItem; onChoose: (item: FeedItem) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sentence = useEventSentence();
  const { titles } = subjectsOf(item);
  const summary = summarizeEvent(item);
  // a creation or a deletion names its node in the sentence already
  const named = summary.title !== undefined && (summary.verb === 'created' || summary.verb === 'deleted');
  const about = named
    ? ''
    : item.entity.type === 'link' && titles.length === 2
      ? t('activity.aboutLink', { source: titles[0], target: titles[1] })
      : titles[0] !== undefined
        ? t('activity.about', { title: titles[0] })
        : '';
  const focus = focusOf(item);
  const unread = item.read === false;
  const body = (
    <>
      {item.reason && <span className="activity-item__reason">{t(`activity.reasons.${item.reason}`)}</span>}
      <span className="activity-item__what">{sentence(summary)}</span>
      {about && <span className="activity-item__about">{about}</span>}
      <span className="activity-item__meta">
        <time dateTime={item.at} title={new Date(item.at).toLocaleString(lang)}>
          {formatTimeAgo(item.at, Date.now(), lang)}
        </time>
        {unread && <span className="activity-item__unread">{t('activity.unread')}</span>}
      </span>
    </>
  );
  return (
    <li
      className={unread ? 'activity-item activity-item--unread' : 'activity-item'}
      data-testid="activity-item"
      data-event-id={item.id}
      data-action={item.action}
      data-read={item.read === undefined ? undefined : String(item.read)}
      data-node-id={focus ?? undefined}
    >
      {focus ? (
        <button
          type="button"
          className="activity-item__button"
          title={t('activity.show')}
          onClick={() => onChoose(item)}
        >
          {body}
        </button>
      ) : (
        <div className="activity-item__button">{body}</div>
      )}
    </li>
  );
}
