// The node panel's expand / collapse buttons: bring the node's neighbourhood (1 or 2 steps) onto the map,
// or take back what its expansion added; with what the last step did, said politely.
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import type { ExpansionControls } from '../expansion/use-expansion';
import './navigation.css';

export function ExpandActions({ nodeId, expansion }: { nodeId: string; expansion: ExpansionControls }) {
  const { t } = useTranslation();
  const expanded = expansion.expansions.get(nodeId);
  const status = expansion.status?.nodeId === nodeId ? expansion.status : null;
  const loading = status?.state === 'loading';

  let note: string | null = null;
  if (status?.state === 'loading') note = t('nav.expand.loading');
  else if (status?.state === 'expanded') {
    note = status.added > 0 ? t('nav.expand.added', { count: status.added }) : t('nav.expand.nothing');
    if (status.truncated) note = `${note} ${t('nav.expand.truncated')}`;
  } else if (status?.state === 'collapsed') note = t('nav.expand.removed', { count: status.removed });

  return (
    <div className="expand" data-testid="expand-actions">
      <div className="expand__buttons">
        {([1, 2] as const).map((depth) => (
          <button
            key={depth}
            type="button"
            className="expand__button"
            data-testid={`expand-${depth}`}
            aria-pressed={expanded?.depth === depth}
            disabled={loading}
            onClick={() => void expansion.expand(nodeId, depth)}
          >
            {t(depth === 1 ? 'nav.expand.depth1' : 'nav.expand.depth2')}
          </button>
        ))}
        {expanded && (
          <button
            type="button"
            className="expand__button"
            data-testid="collapse"
            disabled={loading}
            onClick={() => expansion.collapse(nodeId)}
          >
            {t('nav.expand.collapse')}
          </button>
        )}
      </div>
      <p className="expand__note" role="status" data-testid="expand-status">
        {note}
      </p>
      {status?.state === 'error' && (
        <ErrorMessage
          title={t('nav.expand.failed')}
          error={status.error}
          onRetry={() => void expansion.expand(nodeId, status.depth)}
        />
      )}
    </div>
  );
}
