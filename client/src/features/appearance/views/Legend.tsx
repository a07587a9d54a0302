// The map's legend: each colour on the map, what it stands for (a kind, or a computed cluster) and how many
// nodes are drawn in it; with the appearance controls above and the size key below. It folds to its title
// (a button): folded at first on small screens (≤ 720 px) and in embeds, where it would cover the map.
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedAtFirst } from '../../../ui/folded-at-first';
import type { Appearance, LegendEntry } from '..';
import { groupText } from './legend-text';

interface Props {
  entries: readonly LegendEntry[];
  /** What colours and sizes stand for on the map now. */
  drawn: Appearance;
  controls?: ReactNode;
  children?: ReactNode;
}

export function Legend({ entries, drawn, controls, children }: Props) {
  const { t } = useTranslation();
  const [folded, setFolded] = useState(foldedAtFirst);
  return (
    <section
      className="legend"
      data-testid="legend"
      data-color-by={drawn.colorBy}
      data-size-by={drawn.sizeBy}
      aria-labelledby="legend-title"
    >
      <h2 id="legend-title" className="legend__title">
        <button
          type="button"
          className="legend__fold"
          data-testid="legend-toggle"
          aria-expanded={!folded}
          onClick={() => setFolded((was) => !was)}
        >
          {t('legend.title')} <span aria-hidden="true">{folded ? '▸' : '▾'}</span>
        </button>
      </h2>
      {!folded && (
        <LegendBody entries={entries} controls={controls}>
          {children}
        </LegendBody>
      )}
    </section>
  );
}

function LegendBody({ entries, controls, children }: Omit<Props, 'drawn'>) {
  const { t } = useTranslation();
  return (
    <>
      {controls}
      <ul>
        {entries.map(({ group, count }) => (
          <li
            key={group.key}
            data-group={group.key}
            data-kind={group.type === 'kind' ? group.kind : undefined}
            title={group.type === 'cluster' ? group.centralLabel : undefined}
          >
            <span className="kind-dot" style={{ background: group.color }} aria-hidden="true" />
            <span className="legend__name">{groupText(t, group)}</span>
            <span className="legend__count">{count}</span>
          </li>
        ))}
      </ul>
      {children}
    </>
  );
}
