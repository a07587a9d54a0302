// The floating path box: the two chosen ends, how many steps at most, and the answer — the shortest
// path(s) step by step (a switch when there are several), a clear "no path within N steps", or an error.
import { useTranslation } from 'react-i18next';
import { MAX_PATH_LENGTH } from '../../../../../shared/paths';
import { useLang } from '../../../i18n';
import type { LandscapeGraph } from '../../../map/landscape';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import type { PathFinderState } from '../use-path-finder';
import { PathEnd } from './PathEnd';
import { PathSteps } from './PathSteps';
import './PathFinder.css';

const LENGTHS = Array.from({ length: MAX_PATH_LENGTH }, (_, i) => i + 1);

interface Props {
  finder: PathFinderState;
  /** The map's graph: a path's nodes it does not hold are flagged, the ends' titles read from it. */
  graph: LandscapeGraph;
  onSelect: (nodeId: string) => void;
}

function PathAnswer({ finder, graph, onSelect }: Props) {
  const { t } = useTranslation();
  const { result, ends, chosen, path } = finder;
  if (ends.to === null) return <p className="path-box__note">{t('paths.chooseEnd')}</p>;
  if (result.status === 'idle' || result.status === 'loading') {
    return (
      <p className="path-box__note" role="status">
        {t('paths.searching')}
      </p>
    );
  }
  if (result.status === 'error') {
    return <ErrorMessage title={t('paths.loadFailed')} error={result.error} onRetry={finder.retry} />;
  }
  if (!path) {
    return (
      <div className="path-box__none" data-testid="path-none" role="status">
        <p>{t('paths.none', { count: ends.max })}</p>
        {ends.max < MAX_PATH_LENGTH && <p className="path-box__note">{t('paths.noneHint')}</p>}
      </div>
    );
  }
  const count = result.data.length;
  return (
    <>
      <p className="path-box__summary" role="status">
        {t('paths.found', { count: path.edges.length })}
      </p>
      {count > 1 && (
        <div className="path-box__choices">
          <span>{t('paths.several', { count })}</span>
          {result.data.map((other, i) => (
            <button
              key={other.edges.map((e) => e.id).join(' ')}
              type="button"
              className="path-box__choice"
              data-testid="path-choice"
              aria-pressed={i === chosen}
              aria-label={t('paths.choice', { index: i + 1, total: count })}
              onClick={() => finder.choose(i)}
            >
              {i + 1}
            </button>
          ))}
        </div>
      )}
      <PathSteps path={path} isOnMap={(id) => graph.hasNode(id)} onSelect={onSelect} />
    </>
  );
}

export function PathFinder({ finder, graph, onSelect }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { ends } = finder;
  if (ends.from === null) return null;
  return (
    <section className="path-box" data-testid="path-box" aria-labelledby="path-box-title">
      <div className="path-box__top">
        <h2 id="path-box-title" className="path-box__title">
          {t('paths.title')}
        </h2>
        <button
          type="button"
          className="close-button path-box__close"
          data-testid="path-close"
          onClick={finder.close}
          aria-label={t('paths.close')}
        >
          ×
        </button>
      </div>
      <dl className="path-box__ends">
        <dt>{t('paths.start')}</dt>
        <dd>
          <PathEnd nodeId={ends.from} graph={graph} lang={lang} testId="path-start" />
        </dd>
        <dt>{t('paths.end')}</dt>
        <dd>
          {ends.to !== null ? <PathEnd nodeId={ends.to} graph={graph} lang={lang} testId="path-end" /> : '—'}
        </dd>
      </dl>
      <label className="path-box__max">
        {t('paths.max')}
        <select
          data-testid="path-max"
          value={ends.max}
          onChange={(event) => finder.setMax(Number(event.target.value))}
        >
          {LENGTHS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <PathAnswer finder={finder} graph={graph} onSelect={onSelect} />
    </section>
  );
}
