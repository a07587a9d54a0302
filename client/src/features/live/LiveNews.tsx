// The quiet sign that the landscape moved: « 3 nouveautés » over the map while others' changes arrive (the
// camera never moves for them). Pressing it selects the latest node concerned and starts the count again;
// the count is also said to screen readers, politely.
import { useTranslation } from 'react-i18next';
import { useContribute } from '../contribute/context';
import { useLiveLandscape } from './use-live-landscape';
import './live.css';

interface Props {
  /** Reads the landscape again (a resync). */
  reload: () => void;
  onSelect: (nodeId: string) => void;
  /** Whether a node is on the map (the latest may have gone again). */
  onMap: (nodeId: string) => boolean;
  /** Whether the landscape is drawn (changes wait until it is). */
  ready: boolean;
}

export function LiveNews({ reload, onSelect, onMap, ready }: Props) {
  const { t } = useTranslation();
  const { applyChange, refreshMe, me } = useContribute();
  const news = useLiveLandscape({
    applyChange,
    reload,
    refreshMe,
    account: me === undefined ? undefined : (me?.person.id ?? ''),
    enabled: true,
    ready,
  });
  const latest = news.nodes.find(onMap);
  if (!ready) return null;
  return (
    <div className="live-news">
      <p className="visually-hidden" role="status">
        {news.count > 0 ? t('live.announce', { count: news.count }) : ''}
      </p>
      {news.count > 0 && (
        <button
          type="button"
          className="live-news__button"
          title={t('live.show')}
          onClick={() => {
            if (latest) onSelect(latest);
            news.seen();
          }}
        >
          <span className="live-news__dot" aria-hidden="true" />
          {t('live.news', { count: news.count })}
        </button>
      )}
    </div>
  );
}
