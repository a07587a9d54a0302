// The node panel's path buttons: start a path from the shown node, and, once a start is chosen
// elsewhere, end it here.
import { useTranslation } from 'react-i18next';
import { canEndPathAt } from '..';
import type { PathFinderState } from '../use-path-finder';
import './PathFinder.css';

interface Props {
  nodeId: string;
  finder: PathFinderState;
}

export function PathActions({ nodeId, finder }: Props) {
  const { t } = useTranslation();
  const isStart = finder.ends.from === nodeId;
  return (
    <div className="path-actions">
      <button
        type="button"
        className="button button--quiet button--small path-action"
        data-testid="path-from"
        aria-pressed={isStart}
        onClick={() => finder.startAt(nodeId)}
      >
        {t('paths.from')}
      </button>
      {canEndPathAt(finder.ends, nodeId) && (
        <button
          type="button"
          className="button button--small path-action"
          data-testid="path-to"
          aria-pressed={finder.ends.to === nodeId}
          onClick={() => finder.endAt(nodeId)}
        >
          {t('paths.to')}
        </button>
      )}
    </div>
  );
}
