// The map tools' « Où aider ? » button: turns the lens on (the nodes that need help stand out, the list
// opens), or off when pressed again.
import { useTranslation } from 'react-i18next';
import type { HintsMode } from '../use-hints';

export function HintsToggle({ hints }: { hints: HintsMode }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="map-tools__button"
      aria-pressed={hints.active}
      title={t('hints.openHint')}
      data-testid="hints-toggle"
      onClick={hints.toggle}
    >
      {t('hints.open')}
    </button>
  );
}
