// "Refine layout": runs ForceAtlas2 in a worker from the positions on the map, shows its progress
// (iterations and seconds) with a stop button; stopping keeps the positions reached. A new landscape
// (another language) stops it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutRefinement, RefineProgress } from '../layout/refine-layout';
import { useSigma } from '../sigma/context';

export function RefineLayout({ loaded }: { loaded: object | null }) {
  const { t } = useTranslation();
  const sigma = useSigma();
  const refinement = useRef<LayoutRefinement | null>(null);
  /** Which landscape a refinement may start on (the layout code is loaded on the first click). */
  const current = useRef<object | null>(loaded);
  current.current = loaded;
  const [progress, setProgress] = useState<RefineProgress | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` marks a new graph content.
  useEffect(() => {
    setProgress(null);
    return () => {
      refinement.current?.stop();
      refinement.current = null;
    };
  }, [loaded]);

  const start = async () => {
    const startedOn = loaded;
    const { refineLayout } = await import('../layout/refine-layout');
    if (current.current !== startedOn) return;
    refinement.current?.stop();
    refinement.current = refineLayout(sigma.getGraph(), setProgress);
  };
  const stop = () => refinement.current?.stop();
  const running = progress?.running ?? false;
  const seconds = progress ? progress.elapsedMs / 1000 : 0;

  return (
    <div className="refine">
      {running ? (
        <button type="button" className="map-tools__button" data-testid="refine-stop" onClick={stop}>
          {t('mapTools.refine.stop')}
        </button>
      ) : (
        <button
          type="button"
          className="map-tools__button"
          data-testid="refine-layout"
          title={t('mapTools.refine.hint')}
          disabled={!loaded}
          onClick={() => void start()}
        >
          {t('mapTools.refine.start')}
        </button>
      )}
      {progress && (
        <div
          className="refine__progress"
          role="status"
          data-testid="refine-progress"
          data-running={running}
          data-iterations={progress.iterations}
        >
          {running && <progress max={progress.budget} value={progress.iterations} />}
          <span>
            {running
              ? t('mapTools.refine.progress', {
                  iterations: progress.iterations,
                  budget: progress.budget,
                  seconds,
                })
              : t('mapTools.refine.stopped', { iterations: progress.iterations })}
          </span>
        </div>
      )}
    </div>
  );
}
