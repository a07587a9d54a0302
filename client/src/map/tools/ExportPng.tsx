// "Export as PNG": the map as drawn, with a title, the date and the legend, downloaded as semis-<date>.png.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { legendEntries, type Painter } from '../../features/appearance';
import { groupText, sizeKeyText } from '../../features/appearance/views/legend-text';
import { useLang } from '../../i18n';
import { downloadBlob, mapToPng, pngFileName } from '../export/export-png';
import { useSigma } from '../sigma/context';

/** The map's background (styles.css --map-bg): the image is opaque. */
const BACKGROUND = '#fbfbf9';

interface Props {
  painter: Painter;
  /** Leaves out of the legend's counts the nodes a filter hides (as the legend on the page does). */
  visible?: (node: string) => boolean;
}

export function ExportPng({ painter, visible }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const sigma = useSigma();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');

  const exportImage = async () => {
    setState('working');
    const now = new Date();
    const caption = {
      title: `${t('app.title')} — ${t('app.tagline')}`,
      date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(now),
      legendTitle: t('legend.title'),
      entries: legendEntries(sigma.getGraph(), painter, visible)
        .filter(({ count }) => count > 0)
        .map(({ group, count }) => ({ color: group.color, text: groupText(t, group), count })),
      sizeNote: sizeKeyText(t, lang, painter.sizeKey),
    };
    try {
      downloadBlob(await mapToPng(sigma, caption, BACKGROUND), pngFileName(now));
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="export">
      <button
        type="button"
        className="map-tools__button"
        data-testid="export-png"
        title={t('mapTools.export.hint')}
        disabled={state === 'working'}
        onClick={() => void exportImage()}
      >
        {state === 'working' ? t('mapTools.export.working') : t('mapTools.export.button')}
      </button>
      {state === 'failed' && (
        <p className="map-tools__error" role="alert">
          {t('mapTools.export.failed')}
        </p>
      )}
    </div>
  );
}
