// The landscape page: header, the map (with its legend, status, minimap and tools) and, when a node is
// selected, its panel. Owns the graph (one for the page's life), the selection and the appearance (what
// colours and sizes stand for); sigma wiring lives in graph/, appearance logic in state/appearance/.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api';
import { CameraFocus } from '../graph/CameraFocus';
import { HighlightReducers } from '../graph/HighlightReducers';
import { MapEvents } from '../graph/MapEvents';
import { SigmaMap } from '../graph/SigmaMap';
import { useLang } from '../i18n';
import { type Appearance, DEFAULT_APPEARANCE } from '../state/appearance';
import { useAppearance } from '../state/appearance/useAppearance';
import { createLandscapeGraph } from '../state/landscape';
import { useLandscape } from '../state/landscape/useLandscape';
import { type Selection, select } from '../state/selection';
import { AppearanceLegend } from './appearance/AppearanceLegend';
import { Header } from './Header';
import { MapStatus } from './MapStatus';
import { MapTools } from './map-tools/MapTools';
import { Minimap } from './map-tools/Minimap';
import { NodePanel } from './NodePanel';

export function App() {
  const { t } = useTranslation();
  const lang = useLang();
  const [graph] = useState(createLandscapeGraph);
  const [landscape, retryLandscape] = useLandscape(graph, lang);
  const [selection, setSelection] = useState<Selection | null>(null);
  const loaded = landscape.status === 'ready' ? landscape.data : null;
  const shown = loaded !== null && loaded.nodeCount > 0;
  const [appearance, setAppearance] = useState<Appearance>(DEFAULT_APPEARANCE);
  const look = useAppearance(graph, loaded, appearance);

  const selectOnMap = useCallback((nodeId: string) => setSelection(select(nodeId, 'map')), []);
  const selectInPanel = useCallback((nodeId: string) => setSelection(select(nodeId, 'panel')), []);
  const pickHit = useCallback((hit: SearchHit) => setSelection(select(hit.id, 'search')), []);
  const clearSelection = useCallback(() => setSelection(null), []);

  const selectedId = selection?.nodeId ?? null;
  const onMap = selectedId !== null && graph.hasNode(selectedId) ? graph.getNodeAttributes(selectedId) : null;
  return (
    <div className="app">
      <Header onPick={pickHit} />
      <main className="workspace">
        <div className="map-area">
          <SigmaMap graph={graph} loaded={loaded} label={t('map.label')}>
            <HighlightReducers selected={selectedId} style={look.painter.style} loaded={loaded} />
            <MapEvents onSelectNode={selectOnMap} onClearSelection={clearSelection} />
            <CameraFocus selection={selection} />
            {shown && <Minimap style={look.painter.style} selected={selectedId} />}
            {shown && <MapTools loaded={loaded} painter={look.painter} />}
          </SigmaMap>
          <MapStatus landscape={landscape} onRetry={retryLandscape} />
          {shown && (
            <AppearanceLegend graph={graph} look={look} appearance={appearance} onChange={setAppearance} />
          )}
        </div>
        {selectedId !== null && (
          <NodePanel nodeId={selectedId} onMap={onMap} onSelect={selectInPanel} onClose={clearSelection} />
        )}
      </main>
    </div>
  );
}
