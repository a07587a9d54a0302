// The map container: starts sigma on the landscape graph, keeps it sized to its box, marks itself ready
// (data-ready, data-node-count) once the loaded graph is drawn, and hosts the wiring components. sigma is
// its own chunk, fetched while the landscape loads, so the page's first JavaScript stays small.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandscapeGraph } from '../state/landscape';
import { type MapSigma, SigmaContext } from './context';
import { exposeForTests } from './exposeForTests';
import { createLabelDrawer } from './labels';
import { MAP_SETTINGS } from './settings';

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
        });
        instance.on('afterRender', labels.paint);
        const resize = new ResizeObserver(() => instance.scheduleRefresh());
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

  useEffect(() => {
    if (!sigma || !loaded) return;
    sigma.refresh(); // draws synchronously: the graph is on screen when we say so
    performance.mark('semis:ready'); // the first frame, for the client benchmark
    setDrawn(loaded);
  }, [sigma, loaded]);

  const ready = loaded !== null && drawn === loaded;
  return (
    // A focusable widget with its own keys (the arrows move between neighbours, state/keyboard): keyboard
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
