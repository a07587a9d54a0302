// The page header: the name, the search box, the ask button, the welcome's « ? » entry, « Activité » (the
// feeds and the inbox, with its unread badge), the contribution tools (add, undo), the language switch and
// the account menu (behind a menu button on phones: header/HeaderMenu).
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api';
import { ActivityButton } from '../../features/activity/views/ActivityButton';
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
  /** Selects a node on the map (an activity item chosen); without it, no « Activité » button. */
  onSelectNode?: (nodeId: string) => void;
}

export function Header({ onPick, graph, revision, selectedId, onShowWelcome, onSelectNode }: Props) {
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
        {onSelectNode && <ActivityButton onSelect={onSelectNode} graph={graph} />}
        <ContributeBar />
        <LanguageSwitch />
        <AccountMenu />
      </HeaderMenu>
    </header>
  );
}
