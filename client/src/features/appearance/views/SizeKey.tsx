// The size key under the legend: what a node's size means now, with the smallest and biggest dot and the
// values they stand for.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import type { SizeKey as Key } from '..';
import { formatMeasure } from './legend-text';

const Dot = ({ size }: { size: number }) => (
  <span className="size-key__dot" style={{ width: size * 2, height: size * 2 }} aria-hidden="true" />
);

export function SizeKey({ sizeKey }: { sizeKey: Key }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { sizeBy, min, max } = sizeKey;
  return (
    <div className="size-key" data-testid="size-key" data-size-by={sizeBy}>
      <p className="size-key__title" title={t(`appearance.sizeBy.${sizeBy}Hint`)}>
        {t(`appearance.sizeKey.${sizeBy}`)}
      </p>
      <p className="size-key__scale">
        <Dot size={min.size} />
        <span>{formatMeasure(lang, sizeBy, min.value)}</span>
        <span className="size-key__arrow" aria-hidden="true">
          →
        </span>
        <Dot size={max.size} />
        <span>{formatMeasure(lang, sizeBy, max.value)}</span>
      </p>
    </div>
  );
}
