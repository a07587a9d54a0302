// What the map says about itself over the drawing: loading, failure (with retry) or empty. How many nodes
// are shown out of how many is the toolbar's counter (features/explore/views/VisibleCounter).
import { useTranslation } from 'react-i18next';
import type { LandscapeSummary } from '../map/landscape';
import { ErrorMessage } from '../ui/ErrorMessage';
import type { Loadable } from '../ui/loadable';

export function MapStatus({
  landscape,
  onRetry,
}: {
  landscape: Loadable<LandscapeSummary>;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  switch (landscape.status) {
    case 'idle':
    case 'loading':
      return (
        <p className="map-status map-status--center" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('map.loading')}
        </p>
      );
    case 'error':
      return (
        <div className="map-status map-status--center">
          <ErrorMessage title={t('map.loadFailed')} error={landscape.error} onRetry={onRetry} />
        </div>
      );
    case 'ready':
      if (landscape.data.nodeCount > 0) return null;
      return <p className="map-status map-status--center">{t('map.empty')}</p>;
  }
}
