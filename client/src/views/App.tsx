// The landscape page: header, the map (with its legend and status) and, when a node is selected, its panel.
// Owns the graph (one for the page's life) and the selection; sigma wiring lives in graph/.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api';
import { CameraFocus } from '../graph/CameraFocus';
import { HighlightReducers } from '../graph/HighlightReducers';
import { MapEvents } from '../graph/MapEvents';
import { PathCamera } from '../graph/PathCamera';
import { SigmaMap } from '../graph/SigmaMap';
import { useLang } from '../i18n';
import { createLandscapeGraph } from '../state/landscape';
import { useLandscape } from '../state/landscape/useLandscape';
import { usePathFinder } from '../state/paths/usePathFinder';
import { type Selection, select } from '../state/selection';
import { Header } from './Header';
import { Legend } from './Legend';
import { MapStatus } from './MapStatus';
import { NodePanel } from './NodePanel';
import { PathActions } from './PathActions';
import { PathFinder } from './PathFinder';

export function App() {
  const { t } = useTranslation();
  const lang = useLang();
  const [graph] = useState(createLandscapeGraph);
  const [landscape, retryLandscape] = useLandscape(graph, lang);
  const [selection, setSelection] = useState<Selection | null>(null);
  const pathFinder = usePathFinder(lang);
  const loaded = landscape.status === 'ready' ? landscape.data : null;

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
            <HighlightReducers selected={selectedId} loaded={loaded} path={pathFinder.highlight} />
            <MapEvents onSelectNode={selectOnMap} onClearSelection={clearSelection} />
            <CameraFocus selection={selection} />
            <PathCamera path={pathFinder.highlight} />
          </SigmaMap>
          <MapStatus landscape={landscape} onRetry={retryLandscape} />
          {loaded && loaded.nodeCount > 0 && <Legend counts={loaded.kindCounts} />}
          <PathFinder finder={pathFinder} graph={graph} onSelect={selectInPanel} />
        </div>
        {selectedId !== null && (
          <NodePanel
            nodeId={selectedId}
            onMap={onMap}
            onSelect={selectInPanel}
            onClose={clearSelection}
            actions={<PathActions nodeId={selectedId} finder={pathFinder} />}
          />
        )}
      </main>
    </div>
  );
}
