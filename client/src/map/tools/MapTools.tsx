// The map's tool bar (top right, over the map): refine the layout, export the view as PNG, and what the
// page adds first (the time slider's button, features/time).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Painter } from '../../features/appearance';
import { ExportPng } from './ExportPng';
import { RefineLayout } from './RefineLayout';
import './map-tools.css';

interface Props {
  loaded: object | null;
  painter: Painter;
  /** The nodes a filter leaves on the map (the exported legend counts only those). */
  visible?: (node: string) => boolean;
  children?: ReactNode;
}

export function MapTools({ loaded, painter, visible, children }: Props) {
  const { t } = useTranslation();
  return (
    <section className="map-tools" aria-label={t('mapTools.label')}>
      {children}
      <RefineLayout loaded={loaded} />
      <ExportPng painter={painter} visible={visible} />
    </section>
  );
}
