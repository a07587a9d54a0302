// Map / map and list / list: where the accessible list of the visible nodes is shown.
import { useTranslation } from 'react-i18next';
import { DISPLAY_MODES, type DisplayMode } from '../view';

export function DisplaySwitch({
  value,
  onChange,
}: {
  value: DisplayMode;
  onChange: (mode: DisplayMode) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('nav.display.label')}</legend>
      {DISPLAY_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={mode === value}
          data-testid={`display-${mode}`}
          onClick={() => onChange(mode)}
        >
          {t(`nav.display.${mode}`)}
        </button>
      ))}
    </fieldset>
  );
}
