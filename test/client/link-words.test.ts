// A link said in words uses the page's language for both the verb and the quotation marks.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkSentence } from '../../client/src/features/contribute/views/link-words';
import { en } from '../../client/src/i18n/en';
import { fr } from '../../client/src/i18n/fr';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: 'fr',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

describe('linkSentence', () => {
  it('quotes with « » and no-break spaces in French, “ ” in English', () => {
    const say = (lang: 'fr' | 'en') =>
      linkSentence(i18n.getFixedT(lang) as unknown as TFunction, 'REFINES', 'Pourquoi ?', 'Comment ?');
    expect(say('fr')).toBe(
      `«\u00a0Pourquoi ?\u00a0» ${fr.relations.REFINES.out.toLocaleLowerCase()} «\u00a0Comment ?\u00a0»`,
    );
    expect(say('en')).toBe('“Pourquoi ?” refines “Comment ?”');
  });
});
