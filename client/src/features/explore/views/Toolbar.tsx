// The bar under the header: the filters' toggle, the "showing N of M" counter, where the list is shown,
// and room (`children`) for other map tools.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayMode } from '../view';
import { DisplaySwitch } from './DisplaySwitch';
import { VisibleCounter } from './VisibleCounter';
import './navigation.css';

interface Props {
  filtersOpen: boolean;
  filtersPanelId: string;
  onToggleFilters: () => void;
  /** How many filters are active (shown on the toggle). */
  activeFilters: number;
  counter: { shown: number; total: number; truncated: boolean };
  display: DisplayMode;
  onDisplay: (mode: DisplayMode) => void;
  children?: ReactNode;
}

export function Toolbar({
  filtersOpen,
  filtersPanelId,
  onToggleFilters,
  activeFilters,
  counter,
  display,
  onDisplay,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <section className="toolbar" aria-label={t('nav.toolbar')}>
      <button
        type="button"
        className="toolbar__filters"
        aria-expanded={filtersOpen}
        aria-controls={filtersPanelId}
        data-testid="filters-toggle"
        onClick={onToggleFilters}
      >
        {t('nav.filters.toggle')}
        {activeFilters > 0 && (
          <span className="toolbar__badge" title={t('nav.filters.active', { count: activeFilters })}>
            <span aria-hidden="true">{activeFilters}</span>
            <span className="visually-hidden">{t('nav.filters.active', { count: activeFilters })}</span>
          </span>
        )}
      </button>
      <VisibleCounter {...counter} />
      <div className="toolbar__end">
        {children}
        <DisplaySwitch value={display} onChange={onDisplay} />
      </div>
    </section>
  );
}
