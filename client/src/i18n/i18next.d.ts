// Types i18next's t() with the French texts, so a missing or misspelt key is a compile error.
import 'i18next';
import type { fr } from './fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
