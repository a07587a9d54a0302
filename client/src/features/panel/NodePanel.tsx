// The side panel of the selected node: kind, title, facts and markdown texts in the page's language, its
// neighbours in its kind's sections (each one selectable), and the maieutic prompts. Closed by its button,
// or Escape (handled for the whole page by features/explore/keyboard/use-keyboard-navigation, so that text fields keep
// their own Escape). On a phone it is a bottom sheet with a handle that enlarges or shrinks it.
import { lazy, type ReactNode, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kind } from '../../../../shared/vocabulary';
import { useLang } from '../../i18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { KindBadge } from '../../ui/KindBadge';
import { FollowToggle } from '../activity/views/FollowToggle';
import { useContribute } from '../contribute/context';
import { AccessCard } from '../contribute/views/AccessCard';
import { PanelContributeActions } from '../contribute/views/PanelContributeActions';
import { promptAllowed } from './access-card/actions';
import { MaieuticPrompts } from './MaieuticPrompts';
import { NodeFacts } from './NodeFacts';
import { useChangeToken } from './node-changes';
import { localized, maieuticPrompts, panelSections } from './node-details';
import { useNodeDetails } from './node-details/use-node-details';
import { PanelSections } from './PanelSections';
import './node-panel.css';
import { PresenceLine } from '../live/PresenceLine';

/** A photo with its question regions, or "add a photo": its own chunk, loaded with the first panel. */
const PhotoPanel = lazy(() => import('../photos/views/PhotoPanel').then((m) => ({ default: m.PhotoPanel })));

interface Props {
  nodeId: string;
  /** What the map already knows of the node, shown while its details load; null when not on the map. */
  onMap: { kind: Kind; label: string } | null;
  onSelect: (nodeId: string) => void;
  onClose: () => void;
  /** Buttons other features put under the title (expand, paths, …); the panel only places them. */
  actions?: ReactNode;
  /** Contribution buttons and actionable prompts (false in the read-only embed). */
  contribute?: boolean;
  /** Notes other features put under the title (« Besoin d'aide : … »); the panel only places them. */
  notes?: ReactNode;
}

export function NodePanel({ nodeId, onMap, onSelect, onClose, actions, notes, contribute = true }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  // Loaded again when the node changed through the page, or when someone logs in or out (the access card).
  const { me } = useContribute();
  const reader = me?.person.id ?? '';
  const [details, retry] = useNodeDetails(nodeId, lang, `${useChangeToken(nodeId)}:${reader}`);

  const loaded = details.status === 'ready' ? details.data : null;
  const sections = useMemo(
    () => (loaded ? panelSections(loaded.node.kind, loaded.relations, lang) : []),
    [loaded, lang],
  );
  const prompts = useMemo(
    () => (loaded ? maieuticPrompts(loaded.node.kind, loaded.relations) : []),
    [loaded],
  );
  const kind = loaded?.node.kind ?? onMap?.kind;
  // On a phone the panel is a bottom sheet: half the map by default, most of it when enlarged.
  const [enlarged, setEnlarged] = useState(false);
  const title = (loaded && localized(loaded.node, 'title', lang)) ?? onMap?.label ?? '';
  return (
    <aside
      className={enlarged ? 'panel panel--enlarged' : 'panel'}
      data-testid="node-panel"
      data-node-id={nodeId}
      aria-labelledby="node-panel-title"
    >
      <div className="panel__top">
        {kind && <KindBadge kind={kind} />}
        <button
          type="button"
          className="panel__handle"
          aria-expanded={enlarged}
          aria-label={t(enlarged ? 'panel.shrink' : 'panel.expand')}
          onClick={() => setEnlarged((was) => !was)}
        >
          <span aria-hidden="true" />
        </button>
        <button type="button" className="close-button" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      <h2 id="node-panel-title" className="panel__title" data-testid="node-panel-title">
        {title}
      </h2>
      {kind === 'Seed' && <PresenceLine nodeId={nodeId} />}
      {notes}
      {actions && <div className="panel__actions">{actions}</div>}
      {contribute && loaded && (
        <PanelContributeActions nodeId={nodeId} kind={loaded.node.kind} access={loaded.access} />
      )}
      {contribute && loaded && <FollowToggle nodeId={nodeId} />}
      {!onMap && details.status === 'ready' && <p className="panel__note">{t('panel.notOnMap')}</p>}
      {(details.status === 'loading' || details.status === 'idle') && (
        <p className="panel__note" role="status">
          {t('panel.loading')}
        </p>
      )}
      {details.status === 'error' && (
        <ErrorMessage title={t('panel.loadFailed')} error={details.error} onRetry={retry} />
      )}
      {loaded && (
        <Suspense fallback={null}>
          <PhotoPanel
            node={loaded.node}
            relations={loaded.relations}
            onSelect={onSelect}
            contribute={contribute}
          />
        </Suspense>
      )}
      {loaded && <NodeFacts node={loaded.node} lang={lang} />}
      {loaded && <PanelSections sections={sections} onSelect={onSelect} />}
      {loaded && (
        <MaieuticPrompts
          prompts={prompts}
          nodeId={nodeId}
          actionable={contribute}
          allowed={(action) => promptAllowed(loaded.node.kind, action, loaded.access, me)}
        />
      )}
      {loaded?.access && <AccessCard access={loaded.access} />}
    </aside>
  );
}
