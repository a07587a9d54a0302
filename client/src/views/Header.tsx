// The page header: the name, the search box, the contribution tools (add, undo), the language switch and
// the account menu.
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api';
import type { LandscapeGraph } from '../state/landscape';
import { AccountMenu } from './auth/AccountMenu';
import { ContributeBar } from './contribute/ContributeBar';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchBox } from './SearchBox';

interface Props {
  onPick: (hit: SearchHit) => void;
  /** The map's graph (instant search suggestions) and its content revision. */
  graph: LandscapeGraph;
  revision: number;
}

export function Header({ onPick, graph, revision }: Props) {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="brand">
        <h1 className="brand__name">{t('app.title')}</h1>
        <span className="brand__tagline">{t('app.tagline')}</span>
      </div>
      <SearchBox onPick={onPick} graph={graph} revision={revision} />
      <ContributeBar />
      <LanguageSwitch />
      <AccountMenu />
    </header>
  );
}
