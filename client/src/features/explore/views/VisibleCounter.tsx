// "Showing N nodes out of M": the nodes the filters leave on the map, out of the landscape's total when
// the map shows only part of it (then "the most connected" says which part), else out of the map's nodes.
import { useTranslation } from 'react-i18next';

interface Props {
  shown: number;
  total: number;
  /** The landscape was cut to its most connected nodes. */
  truncated: boolean;
}

export function VisibleCounter({ shown, total, truncated }: Props) {
  const { t } = useTranslation();
  return (
    <p className="nav-counter" data-testid="visible-count" aria-live="polite">
      <span data-testid="visible-count-text">{t('nav.counter', { count: shown, total })}</span>
      {truncated && <span className="nav-counter__note"> · {t('nav.mostConnected')}</span>}
    </p>
  );
}
