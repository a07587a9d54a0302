// The map's legend: each kind's colour, translated name and how many nodes of it the map shows.
import { useTranslation } from 'react-i18next';
import { KINDS, type Kind } from '../../../shared/vocabulary';
import { KindDot } from './KindBadge';

export function Legend({ counts }: { counts: Record<Kind, number> }) {
  const { t } = useTranslation();
  return (
    <section className="legend" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {t('legend.title')}
      </h2>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            <KindDot kind={kind} />
            <span className="legend__name">{t(`kinds.${kind}`)}</span>
            <span className="legend__count">{counts[kind]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
