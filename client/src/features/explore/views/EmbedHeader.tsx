// The header of the embeddable view (?embed=1): only the name, linking to the same view in the full Semis
// (a new tab, since the embed lives in someone else's page).
import { useTranslation } from 'react-i18next';
import './navigation.css';

export function EmbedHeader({ fullUrl }: { fullUrl: string }) {
  const { t } = useTranslation();
  return (
    <header className="header header--embed" data-testid="embed-header">
      <a className="embed__brand" href={fullUrl} target="_blank" rel="noopener" title={t('nav.embed.open')}>
        <span className="brand__name">{t('app.title')}</span>
        <span className="embed__open">{t('nav.embed.open')} ↗</span>
      </a>
    </header>
  );
}
