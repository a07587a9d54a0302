// i18next set-up: French and English texts, the starting language (chooseLanguage), and the switch that
// remembers the visitor's choice and keeps <html lang> in step. Each language's texts are their own chunk:
// the page loads the one it starts in, the other when the visitor switches.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/vocabulary';
import { chooseLanguage, DEFAULT_LANG, isLang, readStoredLang, storeLang } from '../app/language';
import type { fr } from './fr';
import { formatInterpolated } from './numbers';

type Texts = typeof fr;
const TEXTS: Record<Lang, () => Promise<Texts>> = {
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en),
};

/** Adds a language's texts to i18next unless they are there already. */
async function loadTexts(lang: Lang): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  i18next.addResourceBundle(lang, 'translation', await TEXTS[lang]());
}

const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** The page's first language: `preferred` (the URL's `lang`), else the stored choice, else the browser's. */
export function startingLanguage(preferred: Lang | null = null): Lang {
  const stored = preferred ?? readStoredLang(storage());
  return chooseLanguage(stored, navigator.languages ?? [navigator.language]);
}

/** `preferred`: a language the page was asked for (the URL's `lang`), over the stored choice, this visit only. */
export async function initI18n(preferred: Lang | null = null): Promise<typeof i18next> {
  const lng = startingLanguage(preferred);
  i18next.on('languageChanged', (lang) => {
    document.documentElement.lang = lang;
  });
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: await TEXTS[lng]() } },
    lng,
    fallbackLng: DEFAULT_LANG,
    supportedLngs: ['fr', 'en'],
    // React escapes what it renders; numbers are written in the language's format (numbers.ts)
    interpolation: { escapeValue: false, alwaysFormat: true, format: formatInterpolated },
    showSupportNotice: false,
  });
  return i18next;
}

/** The visitor's explicit choice: applied now and remembered for the next visits. */
export async function switchLanguage(lang: Lang): Promise<void> {
  storeLang(storage(), lang);
  await loadTexts(lang);
  await i18next.changeLanguage(lang);
}

/** The page's language, re-rendering the component when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lang) ? lang : DEFAULT_LANG;
}
