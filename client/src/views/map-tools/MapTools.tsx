// The map's tool bar (top right, over the map): refine the layout, export the view as PNG.
import { useTranslation } from 'react-i18next';
import type { Painter } from '../../state/appearance';
import { ExportPng } from './ExportPng';
import { RefineLayout } from './RefineLayout';
import './map-tools.css';

export function MapTools({ loaded, painter }: { loaded: object | null; painter: Painter }) {
  const { t } = useTranslation();
  return (
    <section className="map-tools" aria-label={t('mapTools.label')}>
      <RefineLayout loaded={loaded} />
      <ExportPng painter={painter} />
    </section>
  );
}
