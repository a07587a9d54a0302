// « 2 personnes regardent cette graine »: said under a seed's title when someone else looks at it too
// (the count includes the reader, so nothing is said when they are alone).
import { useTranslation } from 'react-i18next';
import { usePresence } from './use-presence';
import './live.css';

export function PresenceLine({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const watching = usePresence(nodeId);
  if (watching === null || watching < 2) return null;
  return (
    <p className="panel__note panel__presence" data-testid="seed-presence">
      <span className="live-news__dot" aria-hidden="true" /> {t('live.watching', { count: watching })}
    </p>
  );
}
