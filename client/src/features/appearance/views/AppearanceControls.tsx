// The two radio groups that choose what colours and sizes stand for.
import { useTranslation } from 'react-i18next';
import { type Appearance, COLOR_BY, SIZE_BY } from '..';

interface Props {
  appearance: Appearance;
  onChange: (appearance: Appearance) => void;
}

export function AppearanceControls({ appearance, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="appearance-controls">
      <fieldset className="appearance-controls__group" data-testid="color-by">
        <legend>{t('appearance.colorBy.label')}</legend>
        {COLOR_BY.map((colorBy) => (
          <label key={colorBy} title={t(`appearance.colorBy.${colorBy}Hint`)}>
            <input
              type="radio"
              name="color-by"
              value={colorBy}
              checked={appearance.colorBy === colorBy}
              onChange={() => onChange({ ...appearance, colorBy })}
            />
            {t(`appearance.colorBy.${colorBy}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="appearance-controls__group" data-testid="size-by">
        <legend>{t('appearance.sizeBy.label')}</legend>
        {SIZE_BY.map((sizeBy) => (
          <label key={sizeBy} title={t(`appearance.sizeBy.${sizeBy}Hint`)}>
            <input
              type="radio"
              name="size-by"
              value={sizeBy}
              checked={appearance.sizeBy === sizeBy}
              onChange={() => onChange({ ...appearance, sizeBy })}
            />
            {t(`appearance.sizeBy.${sizeBy}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
