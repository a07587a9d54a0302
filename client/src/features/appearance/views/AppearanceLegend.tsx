// The legend with its controls: what colours stand for (kinds with counts, or computed clusters named after
// their central node), the size key, and what is still being computed. Everything it lists comes from the
// painter that also colours the map.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandscapeGraph } from '../../../map/landscape';
import { type Appearance, legendEntries, SLOW_BETWEENNESS_NODES } from '..';
import type { AppearanceState } from '../use-appearance';
import { AppearanceControls } from './AppearanceControls';
import { Legend } from './Legend';
import { SizeKey } from './SizeKey';
import './appearance.css';

interface Props {
  graph: LandscapeGraph;
  look: AppearanceState;
  appearance: Appearance;
  onChange: (appearance: Appearance) => void;
  /** Leaves out of the counts the nodes a filter hides. */
  visible?: (node: string) => boolean;
  /** Changes when the map's labels change (a language switch in place): clusters are named by a label. */
  titles?: number;
}

export function AppearanceLegend({ graph, look, appearance, onChange, visible, titles }: Props) {
  const { t } = useTranslation();
  const { painter, pending, failed } = look;
  // A new painter comes with each new graph content (useAppearance), so the counts follow it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `titles` marks labels changed in place.
  const entries = useMemo(() => legendEntries(graph, painter, visible), [graph, painter, visible, titles]);
  const slow = pending.includes('betweenness') && graph.order >= SLOW_BETWEENNESS_NODES;
  return (
    <Legend
      entries={entries}
      drawn={painter.drawn}
      controls={<AppearanceControls appearance={appearance} onChange={onChange} />}
    >
      {painter.drawn.colorBy === 'cluster' && <p className="legend__note">{t('appearance.clusterNote')}</p>}
      <SizeKey sizeKey={painter.sizeKey} />
      {pending.length > 0 && (
        <p className="legend__note legend__note--busy" role="status" data-testid="appearance-pending">
          <span className="spinner" aria-hidden="true" />
          {pending.map((measure) => t(`appearance.computing.${measure}`)).join(' ')}
          {slow && ` ${t('appearance.slow')}`}
        </p>
      )}
      {failed.length > 0 && <p className="legend__note legend__note--error">{t('appearance.failed')}</p>}
    </Legend>
  );
}
