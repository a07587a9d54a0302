// Comparing the day the comparison started from with the day shown: nodes appeared and disappeared, and
// clusters grown, split, bridged or new (compare.ts, loaded on first use: it brings Louvain), told in counts
// with the lists folded under « Le détail ».
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timeline } from '../../../../../shared/time';
import { useLang } from '../../../i18n';
import type { Comparison } from '../compare';
import { labelAt } from '../time-frame';
import { formatDay } from '../time-state';

interface Props {
  timeline: Timeline;
  from: number;
  to: number;
}

export function ComparePanel({ timeline, from, to }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [start, end] = from <= to ? [from, to] : [to, from];
  const [result, setResult] = useState<{ key: string; comparison: Comparison } | null>(null);
  const key = `${start}|${end}`;
  useEffect(() => {
    let live = true;
    void import('../compare').then(({ compareDays }) => {
      if (live) setResult({ key, comparison: compareDays(timeline, start, end) });
    });
    return () => {
      live = false;
    };
  }, [timeline, start, end, key]);
  const comparison = result?.key === key ? result.comparison : null;
  const nodes = new Map(timeline.nodes.map((n) => [n.id, n]));
  const name = (id: string, at: number) => {
    const node = nodes.get(id);
    return node ? labelAt(node, at) : id;
  };
  return (
    <div className="time-compare" data-testid="time-compare" aria-live="polite">
      <p className="time-compare__title">
        {t('time.compare.title', { from: formatDay(start, lang), to: formatDay(end, lang) })}
      </p>
      {!comparison ? (
        <p>{t('time.compare.computing')}</p>
      ) : (
        <>
          <p data-testid="time-compare-counts">
            {t('time.compare.appeared', { count: comparison.appeared.length })} ·{' '}
            {t('time.compare.disappeared', { count: comparison.disappeared.length })}
          </p>
          <p>
            {t('time.compare.clusters')} : {t('time.compare.grew', { count: comparison.grew.length })} ·{' '}
            {t('time.compare.split', { count: comparison.split.length })} ·{' '}
            {t('time.compare.bridged', { count: comparison.bridged.length })} ·{' '}
            {t('time.compare.born', { count: comparison.born.length })}
          </p>
          <details className="time-compare__details">
            <summary>{t('time.compare.details')}</summary>
            <ul>
              {comparison.grew.map((c) => (
                <li key={`g${c.name}`}>{t('time.compare.grewItem', { ...c })}</li>
              ))}
              {comparison.split.map((c) => (
                <li key={`s${c.name}`}>{t('time.compare.splitItem', { ...c })}</li>
              ))}
              {comparison.bridged.map((c) => (
                <li key={`b${c.name}`}>{t('time.compare.bridgedItem', { ...c })}</li>
              ))}
              {comparison.born.map((c) => (
                <li key={`n${c.name}`}>{t('time.compare.bornItem', { ...c })}</li>
              ))}
            </ul>
            <p className="time-compare__list-title">{t('time.compare.appearedList')}</p>
            <ul>
              {comparison.appeared.map((id) => (
                <li key={id}>{name(id, end)}</li>
              ))}
            </ul>
            <p className="time-compare__list-title">{t('time.compare.disappearedList')}</p>
            <ul>
              {comparison.disappeared.map((id) => (
                <li key={id}>{name(id, start)}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
