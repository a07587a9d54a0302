// Which language the page speaks: the one the visitor chose (remembered in localStorage), else the
// browser's first French or English preference, else French — the community's own language.
import { LANGS, type Lang } from '../../../../shared/vocabulary';

export const LANG_STORAGE_KEY = 'semis.lang';
export const DEFAULT_LANG: Lang = 'fr';

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** `fr-CA` → `fr`; anything that is not French or English → null. */
export function langOfTag(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : null;
}

/** The stored choice when valid, else the first fr/en tag among the browser's, else French. */
export function chooseLanguage(stored: string | null, browserLanguages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of browserLanguages) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}

/** localStorage can throw (privacy modes, sandboxed frames): a failure only means "not remembered". */
export function readStoredLang(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not remembered; the switch still works for this visit
  }
}
