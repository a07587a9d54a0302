// The map container: starts sigma on the landscape graph, keeps it sized to its box, marks itself ready
// (data-ready, data-node-count) once the loaded graph is drawn, and hosts the wiring components. sigma is
// its own chunk, fetched while the landscape loads, so the page's first JavaScript stays small.
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandscapeGraph } from '../landscape';
import { type MapSigma, SigmaContext } from './context';
import { exposeForTests } from './expose-for-tests';
import { createLabelDrawer } from './labels';
import { edgeDisplay, nodeDisplay } from './reducers';
import { MAP_SETTINGS } from './settings';

/** Until HighlightReducers sets the page's reducers: what a map with no selection draws. */
const RESTING_VIEW = { highlight: null, selected: null, hovered: null };

interface Props {
  graph: LandscapeGraph;
  /** Changes each time a landscape has been imported into the graph; null while none is. */
  loaded: object | null;
  label: string;
  children?: ReactNode;
}

export function SigmaMap({ graph, loaded, label, children }: Props) {
  const container = useRef<HTMLElement>(null);
  const [sigma, setSigma] = useState<MapSigma | null>(null);
  const [drawn, setDrawn] = useState<object | null>(null);
  const [rendererFailed, setRendererFailed] = useState(false);
  const { t } = useTranslation();

  useEffect(() => {
    const box = container.current;
    if (!box) return;
    let stopped = false;
    let stop = () => {};
    import('sigma')
      .then(({ default: Sigma }) => {
        if (stopped) return;
        const labels = createLabelDrawer();
        const instance: MapSigma = new Sigma(graph, box, {
          ...MAP_SETTINGS,
          defaultDrawNodeLabel: labels.collect,
          // The first frame already has the map's colours and short labels (the landscape may be in the
          // graph before sigma starts: main.tsx requests it first).
          nodeReducer: (node, data) => nodeDisplay(node, data, RESTING_VIEW),
          edgeReducer: (edge, data) => edgeDisplay(edge, data, null),
        });
        instance.on('afterRender', labels.paint);
        // A new size changes no item's display data: sigma processes again (label grid, framing) and
        // draws, without running the reducers over the whole graph (an empty partial refresh).
        const resize = new ResizeObserver(() =>
          instance.scheduleRefresh({ partialGraph: { nodes: [], edges: [] } }),
        );
        resize.observe(box);
        setSigma(instance);
        const unexpose = exposeForTests(instance, graph);
        stop = () => {
          unexpose();
          resize.disconnect();
          instance.kill();
          setSigma(null);
        };
      })
      .catch(() => {
        if (!stopped) setRendererFailed(true);
      });
    return () => {
      stopped = true;
      stop();
    };
  }, [graph]);

  // A layout effect: it runs before the wiring components' effects (reducers, camera, minimap), so the
  // first frame is not queued behind the renders those schedule.
  useLayoutEffect(() => {
    if (!sigma || !loaded) return;
    sigma.refresh(); // draws synchronously: the graph is on screen when we say so
    setDrawn(loaded);
    // For the client benchmark: the first frame is presented once the browser has started the frame
    // after the one our draw went into (the GPU work of the draw included).
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('semis:ready')));
  }, [sigma, loaded]);

  const ready = loaded !== null && drawn === loaded;
  return (
    // A focusable widget with its own keys (the arrows move between neighbours, features/explore/keyboard): keyboard
    // and screen-reader users reach it after the map tools, and their arrow keys reach the page.
    <section
      ref={container}
      className="map"
      data-testid="landscape"
      data-ready={ready ? 'true' : 'false'}
      data-node-count={ready ? graph.order : 0}
      aria-label={label}
      role="application"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: role="application" is that kind of widget
      tabIndex={0}
    >
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
      {rendererFailed && (
        <p className="map__failed" role="alert">
          {t('map.rendererFailed')}
        </p>
      )}
    </section>
  );
}
