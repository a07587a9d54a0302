// What the legend writes for each colour and for the size key, shared by the legend on the page and the
// one drawn into an exported image.
import type { TFunction } from 'i18next';
import { shortLabel } from '../../../map/sigma/reducers';
import type { LegendGroup, SizeBy, SizeKey } from '..';

/** Cluster names fit the legend's width on one line; the whole title is in the line's tooltip. */
const CLUSTER_TITLE_LENGTH = 30;

export function groupText(t: TFunction, group: LegendGroup): string {
  switch (group.type) {
    case 'kind':
      return t(`kinds.${group.kind}`);
    case 'cluster':
      return t('appearance.cluster', { title: shortLabel(group.centralLabel, CLUSTER_TITLE_LENGTH) });
    case 'otherClusters':
      return t('appearance.otherClusters', { count: group.clusters });
  }
}

const FORMATS: Record<SizeBy, Intl.NumberFormatOptions> = {
  degree: { maximumFractionDigits: 0 },
  betweenness: { style: 'percent', maximumFractionDigits: 1 },
  pagerank: { maximumSignificantDigits: 2 },
};

export function formatMeasure(lang: string, sizeBy: SizeBy, value: number): string {
  return new Intl.NumberFormat(lang, FORMATS[sizeBy]).format(value);
}

/** "Size: number of links, from 0 to 23". */
export function sizeKeyText(t: TFunction, lang: string, key: SizeKey): string {
  const range = t('appearance.sizeRange', {
    min: formatMeasure(lang, key.sizeBy, key.min.value),
    max: formatMeasure(lang, key.sizeBy, key.max.value),
  });
  return `${t(`appearance.sizeKey.${key.sizeBy}`)}, ${range}`;
}
