// FR / EN buttons: the visitor's choice overrides the browser's language and is remembered.
import { useTranslation } from 'react-i18next';
import { LANGS } from '../../../../shared/vocabulary';
import { switchLanguage, useLang } from '../../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLang();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('languages.label')}</legend>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          title={t(`languages.${lang}`)}
          aria-pressed={lang === current}
          data-testid={`lang-${lang}`}
          onClick={() => void switchLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
