// The page's starting language: the stored choice, else the browser's first fr/en preference, else French.
import { describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  LANG_STORAGE_KEY,
  langOfTag,
  readStoredLang,
  storeLang,
} from '../../client/src/app/language';

describe('chooseLanguage', () => {
  it('follows the browser when its language is French or English', () => {
    expect(chooseLanguage(null, ['en-US', 'en'])).toBe('en');
    expect(chooseLanguage(null, ['fr-FR'])).toBe('fr');
    expect(chooseLanguage(null, ['fr-CA', 'en'])).toBe('fr');
  });

  it('takes the first French or English tag among the preferences', () => {
    expect(chooseLanguage(null, ['de-DE', 'en-GB', 'fr'])).toBe('en');
  });

  it('falls back to French for other languages or none', () => {
    expect(chooseLanguage(null, ['de-DE', 'es'])).toBe('fr');
    expect(chooseLanguage(null, [])).toBe('fr');
  });

  it('prefers a valid stored choice over the browser', () => {
    expect(chooseLanguage('fr', ['en-US'])).toBe('fr');
    expect(chooseLanguage('en', ['fr-FR'])).toBe('en');
  });

  it('ignores an invalid stored value', () => {
    expect(chooseLanguage('de', ['en-US'])).toBe('en');
    expect(chooseLanguage('', ['de'])).toBe('fr');
  });
});

describe('langOfTag', () => {
  it('reads the primary subtag, case- and separator-insensitive', () => {
    expect(langOfTag('EN_gb')).toBe('en');
    expect(langOfTag(' fr ')).toBe('fr');
    expect(langOfTag('fra')).toBeNull();
    expect(langOfTag('')).toBeNull();
  });
});

describe('stored language', () => {
  it('round-trips through a storage under one key', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    storeLang(storage, 'en');
    expect([...data]).toEqual([[LANG_STORAGE_KEY, 'en']]);
    expect(readStoredLang(storage)).toBe('en');
  });

  it('treats a storage that throws, or none, as nothing stored', () => {
    const broken = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readStoredLang(broken)).toBeNull();
    expect(() => storeLang(broken, 'fr')).not.toThrow();
    expect(readStoredLang(undefined)).toBeNull();
  });
});
