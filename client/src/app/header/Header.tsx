// The page header: the name, the search box, the ask button, the welcome's « ? » entry, the contribution
// tools (add, undo), the language switch and the account menu (behind a menu button on phones: header/HeaderMenu).
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api';
import { AskButton } from '../../features/ask/views/AskButton';
import { AccountMenu } from '../../features/auth/AccountMenu';
import { ContributeBar } from '../../features/contribute/views/ContributeBar';
import { SearchBox } from '../../features/explore/views/SearchBox';
import type { LandscapeGraph } from '../../map/landscape';
import { LanguageSwitch } from '../language/LanguageSwitch';
import { WelcomeButton } from '../welcome/WelcomeDialog';
import { HeaderMenu } from './HeaderMenu';

interface Props {
  onPick: (hit: SearchHit) => void;
  /** The map's graph (instant search suggestions) and its content revision. */
  graph: LandscapeGraph;
  revision: number;
  /** The selected node: the context of a question asked from the header. */
  selectedId?: string | null;
  /** Opens the welcome again (the « ? » entry). */
  onShowWelcome?: () => void;
}

export function Header({ onPick, graph, revision, selectedId, onShowWelcome }: Props) {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="brand">
        <h1 className="brand__name">{t('app.title')}</h1>
        <span className="brand__tagline">{t('app.tagline')}</span>
      </div>
      <SearchBox onPick={onPick} graph={graph} revision={revision} />
      <AskButton selectedId={selectedId} />
      <HeaderMenu>
        {onShowWelcome && <WelcomeButton onShow={onShowWelcome} />}
        <ContributeBar />
        <LanguageSwitch />
        <AccountMenu />
      </HeaderMenu>
    </header>
  );
}
