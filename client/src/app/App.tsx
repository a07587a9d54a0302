// The landscape page: the header (or the embed's slim one), the map tools (filters, "showing N of M",
// list display), the map with its legend, status, minimap and tools, the list of visible nodes, the
// selected node's panel and the live region. The view (selection, filters, camera, language, appearance…)
// is restored from the URL and kept in it (features/explore/view); sigma wiring lives in map/sigma/, the
// navigation views in features/explore/views/, appearance logic (colours and sizes) in features/appearance/.
import { startTransition, useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api';
import { useAppearance } from '../features/appearance/use-appearance';
import { AppearanceLegend } from '../features/appearance/views/AppearanceLegend';
import { ContributeHost } from '../features/contribute/views/ContributeHost';
import { ContributeProvider } from '../features/contribute/views/ContributeProvider';
import { useExpansion } from '../features/explore/expansion/use-expansion';
import { activeFilterCount, comparedTotal } from '../features/explore/filters';
import { useVisibleItems } from '../features/explore/filters/use-visible-items';
import { useKeyboardNavigation } from '../features/explore/keyboard/use-keyboard-navigation';
import { DEFAULT_VIEW, type View } from '../features/explore/view';
import { currentView, useViewState } from '../features/explore/view/use-view-state';
import { urlOfView, useViewUrl } from '../features/explore/view/use-view-url';
import { EmbedHeader } from '../features/explore/views/EmbedHeader';
import { ExpandActions } from '../features/explore/views/ExpandActions';
import { FilterPanel } from '../features/explore/views/FilterPanel';
import { NodeList } from '../features/explore/views/NodeList';
import { SelectionAnnouncer } from '../features/explore/views/SelectionAnnouncer';
import { Toolbar } from '../features/explore/views/Toolbar';
import { HintsPanel, HintsToggle, NeedsHelpLine, TraceHalos, useHints } from '../features/hints';
import { LiveNews } from '../features/live/LiveNews';
import { NodePanel } from '../features/panel/NodePanel';
import { usePathFinder } from '../features/paths/use-path-finder';
import { PathActions } from '../features/paths/views/PathActions';
import { PathFinder } from '../features/paths/views/PathFinder';
import { TimeBar, TimeToggle, useTimeMode } from '../features/time';
import { useLang } from '../i18n';
import type { LandscapeGraph } from '../map/landscape';
import { useGraphRevision } from '../map/landscape/use-graph-revision';
import { useLandscape } from '../map/landscape/use-landscape';
import { useRelabel } from '../map/relabel/use-relabel';
import { CameraFocus } from '../map/sigma/CameraFocus';
import { CameraSync } from '../map/sigma/CameraSync';
import { HighlightReducers } from '../map/sigma/HighlightReducers';
import { MapEvents } from '../map/sigma/MapEvents';
import { PathCamera } from '../map/sigma/PathCamera';
import { SigmaMap } from '../map/sigma/SigmaMap';
import { FoldableMinimap } from '../map/tools/FoldableMinimap';
import { MapTools } from '../map/tools/MapTools';
import { Header } from './header/Header';
import { MapStatus } from './MapStatus';
import { useWelcome } from './welcome/state/use-welcome';
import { WelcomeDialog } from './welcome/WelcomeDialog';

interface Props {
  /** The map's graph, made once for the page's life (main.tsx). */
  graph: LandscapeGraph;
  initialView?: View;
}

export function App({ graph, initialView = DEFAULT_VIEW }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const view = useViewState(initialView);
  const welcome = useWelcome(initialView.embed);
  const [landscape, retryLandscape] = useLandscape(graph, lang, view.max);
  const pathFinder = usePathFinder(lang);
  const loaded = landscape.status === 'ready' ? landscape.data : null;
  const revision = useGraphRevision(graph);
  const visible = useVisibleItems(graph, view.filters, revision);
  const expansion = useExpansion(graph, lang, loaded, initialView.expanded);
  // A language switch relabels the map in place; what shows titles from the graph follows `titles`.
  const relabelled = useRelabel({
    graph,
    lang,
    loaded,
    max: view.max,
    expansions: expansion.expansions,
    restoring: expansion.restoring,
    replace: retryLandscape,
  });
  const titles = revision + relabelled;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const time = useTimeMode(graph, lang, loaded, initialView.time);
  const hints = useHints(lang, view.embed ? null : loaded, revision);
  const shareable = { ...currentView(view, lang, expansion.entries), time: time.day };
  useViewUrl(shareable);
  const shown = loaded !== null && loaded.nodeCount > 0;
  // Measures are computed again when the graph's content changes (a new landscape or an expansion).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new token for each content revision
  const content = useMemo(() => (loaded ? {} : null), [loaded, revision]);
  const look = useAppearance(graph, content, view.appearance);
  const isVisible = useCallback((node: string) => visible.nodes.has(node), [visible]);

  const { selectNode, clearSelection } = view;
  // A click on the map is highlighted at once by sigma (HighlightReducers); the rest of the page (panel,
  // list, URL) follows once that frame is drawn, as a transition: its commit never holds up the frame.
  const selectOnMap = useCallback(
    (nodeId: string) =>
      requestAnimationFrame(() => setTimeout(() => startTransition(() => selectNode(nodeId, 'map')))),
    [selectNode],
  );
  const selectInPanel = useCallback((nodeId: string) => selectNode(nodeId, 'panel'), [selectNode]);
  const selectInList = useCallback((nodeId: string) => selectNode(nodeId, 'list'), [selectNode]);
  const selectByKeyboard = useCallback((nodeId: string) => selectNode(nodeId, 'keyboard'), [selectNode]);
  const pickHit = useCallback((hit: SearchHit) => selectNode(hit.id, 'search'), [selectNode]);
  const selectContributed = useCallback((nodeId: string) => selectNode(nodeId, 'panel'), [selectNode]);

  const selectedId = view.selection?.nodeId ?? null;
  const pathOpen = pathFinder.ends.from !== null;
  const closePath = pathFinder.close;
  const closePathBox = useCallback(() => {
    if (!pathOpen) return false;
    closePath();
    return true;
  }, [pathOpen, closePath]);
  const cursor = useKeyboardNavigation({
    graph,
    selected: selectedId,
    visibleNodes: visible.nodes,
    lang,
    onSelect: selectByKeyboard,
    onClear: clearSelection,
    onEscape: closePathBox,
  });
  const onMap = selectedId !== null && graph.hasNode(selectedId) ? graph.getNodeAttributes(selectedId) : null;
  const timeFrame = time.frame;
  // in time mode, « N affichés » counts what stood at the day shown
  const shownCount = useMemo(() => {
    if (!timeFrame) return visible.nodes.size;
    let standing = 0;
    for (const node of visible.nodes) if ((timeFrame.nodes.get(node) ?? 'shown') === 'shown') standing++;
    return standing;
  }, [visible, timeFrame]);
  const counter = {
    shown: shownCount,
    total: loaded ? comparedTotal(graph, loaded) : 0,
    truncated: loaded?.truncated ?? false,
  };
  const page = (
    <div className={view.embed ? 'app app--embed' : 'app'} data-embed={view.embed}>
      {view.embed ? (
        <EmbedHeader fullUrl={urlOfView({ ...shareable, embed: false }, window.location)} />
      ) : (
        <Header
          onPick={pickHit}
          graph={graph}
          revision={titles}
          selectedId={selectedId}
          onShowWelcome={welcome.show}
          onSelectNode={selectInPanel}
        />
      )}
      <Toolbar
        filtersOpen={filtersOpen}
        filtersPanelId={filtersId}
        onToggleFilters={() => setFiltersOpen((open) => !open)}
        activeFilters={activeFilterCount(view.filters)}
        counter={counter}
        display={view.display}
        onDisplay={view.setDisplay}
      />
      <main className="workspace">
        {filtersOpen && (
          <FilterPanel
            id={filtersId}
            graph={graph}
            revision={titles}
            filters={view.filters}
            onChange={view.setFilters}
            onClose={() => setFiltersOpen(false)}
          />
        )}
        <div className="map-area" hidden={view.display === 'list'}>
          <SigmaMap graph={graph} loaded={loaded} label={t('map.label')}>
            <HighlightReducers
              selected={selectedId}
              style={look.painter.style}
              loaded={loaded}
              visible={visible}
              cursor={cursor}
              path={pathFinder.highlight}
              time={time.frame}
              lens={time.frame ? null : hints.lens}
            />
            {!view.embed && <TraceHalos strengths={time.frame ? null : hints.traces} />}
            <MapEvents onSelectNode={selectOnMap} onClearSelection={clearSelection} />
            <CameraFocus selection={view.selection} />
            <CameraSync loaded={loaded} initial={initialView.camera} onSettled={view.setCamera} />
            <PathCamera path={pathFinder.highlight} />
            {shown && <FoldableMinimap style={look.painter.style} selected={selectedId} />}
            {shown && !view.embed && (
              <MapTools loaded={loaded} painter={look.painter} visible={isVisible}>
                <TimeToggle time={time} />
                <HintsToggle hints={hints} />
              </MapTools>
            )}
          </SigmaMap>
          {shown && <TimeBar time={time} />}
          {shown && !view.embed && (
            <HintsPanel hints={hints} onSelect={selectInPanel} selected={selectedId} />
          )}
          <MapStatus landscape={landscape} onRetry={retryLandscape} />
          {!view.embed && (
            <LiveNews
              reload={retryLandscape}
              onSelect={selectInPanel}
              onMap={(id) => graph.hasNode(id)}
              ready={loaded !== null}
            />
          )}
          {shown && (
            <AppearanceLegend
              graph={graph}
              look={look}
              appearance={view.appearance}
              onChange={view.setAppearance}
              visible={isVisible}
              titles={titles}
            />
          )}
          <PathFinder finder={pathFinder} graph={graph} onSelect={selectInPanel} />
        </div>
        {view.display !== 'map' && (
          <NodeList
            graph={graph}
            revision={titles}
            visibleNodes={visible.nodes}
            selected={selectedId}
            cursor={cursor}
            onSelect={selectInList}
            alone={view.display === 'list'}
          />
        )}
        {selectedId !== null && (
          <NodePanel
            nodeId={selectedId}
            onMap={onMap}
            onSelect={selectInPanel}
            onClose={clearSelection}
            contribute={!view.embed}
            notes={view.embed ? undefined : <NeedsHelpLine kinds={hints.byNode.get(selectedId)} />}
            actions={
              view.embed ? undefined : (
                <>
                  <ExpandActions nodeId={selectedId} expansion={expansion} />
                  <PathActions nodeId={selectedId} finder={pathFinder} />
                </>
              )
            }
          />
        )}
      </main>
      <SelectionAnnouncer graph={graph} selected={selectedId} cursor={cursor} visibleNodes={visible.nodes} />
      {!view.embed && <ContributeHost />}
      {!view.embed && <WelcomeDialog open={welcome.open} onDismiss={welcome.dismiss} />}
    </div>
  );
  // Contributing (accounts, dialogs, showing a created node); read-only when embedded.
  return (
    <ContributeProvider
      graph={graph}
      lang={lang}
      selectNode={selectContributed}
      clearSelection={clearSelection}
      selectedId={selectedId}
      readOnly={view.embed}
      onAccountChange={retryLandscape}
    >
      {page}
    </ContributeProvider>
  );
}
