// The map tools' « Temps » button: enters the time mode (the replay bar), or leaves it when pressed again.
import { useTranslation } from 'react-i18next';
import type { TimeMode } from '../use-time-mode';

export function TimeToggle({ time }: { time: TimeMode }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="map-tools__button"
      aria-pressed={time.active}
      title={time.active ? t('time.leave') : t('time.openHint')}
      onClick={time.active ? time.leave : time.enter}
    >
      {t('time.open')}
    </button>
  );
}
