// The page header: the name, the search box and the language switch.
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchBox } from './SearchBox';

export function Header({ onPick }: { onPick: (hit: SearchHit) => void }) {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="brand">
        <h1 className="brand__name">{t('app.title')}</h1>
        <span className="brand__tagline">{t('app.tagline')}</span>
      </div>
      <SearchBox onPick={onPick} />
      <LanguageSwitch />
    </header>
  );
}
