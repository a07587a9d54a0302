// Every text that shows a count uses i18next's plural forms, and they read right in both languages
// (French: 0 and 1 are singular; English: only 1 is).
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { fr } from '../../client/src/i18n/fr';
import { formatInterpolated } from '../../client/src/i18n/numbers';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: 'fr',
    interpolation: { escapeValue: false, alwaysFormat: true, format: formatInterpolated },
    showSupportNotice: false,
  });
});
type PlainT = (key: string, options: Record<string, unknown>) => string;
/** Keys as plain strings (the typed t() knows the keys without their plural suffix), no-break spaces (also the
 * narrow one Intl puts between thousands in French) as spaces. */
const say = (lang: 'fr' | 'en', key: string, options: Record<string, unknown>): string =>
  (i18n.getFixedT(lang) as unknown as PlainT)(key, options).replace(/[\u00a0\u202f]/g, ' ');

describe('plural forms', () => {
  it('are used by every text with a {{count}}, each with its _one and _other', () => {
    for (const texts of [fr, en]) {
      const all = leaves(texts);
      const keys = new Set(all.map(([key]) => key));
      for (const [key, text] of all) {
        if (text.includes('{{count}}')) expect(key, `${key} shows a count`).toMatch(/_(one|other)$/);
        if (key.endsWith('_one')) expect(keys.has(key.replace(/_one$/, '_other')), key).toBe(true);
        if (key.endsWith('_other')) expect(keys.has(key.replace(/_other$/, '_one')), key).toBe(true);
      }
    }
  });

  it('make 0 and 1 singular in French', () => {
    expect(say('fr', 'nav.counter', { count: 0, total: 96 })).toBe('0 nœud affiché sur 96');
    expect(say('fr', 'nav.counter', { count: 1, total: 96 })).toBe('1 nœud affiché sur 96');
    expect(say('fr', 'nav.counter', { count: 2, total: 96 })).toBe('2 nœuds affichés sur 96');
    expect(say('fr', 'nav.expand.added', { count: 1 })).toBe('1 nœud ajouté à la carte.');
    expect(say('fr', 'nav.expand.removed', { count: 0 })).toBe('Aucun nœud retiré de la carte.');
    expect(say('fr', 'nav.filters.active', { count: 3 })).toBe('3 filtres actifs');
    expect(say('fr', 'nav.list.more', { count: 1 })).toBe('Afficher 1 nœud de plus');
    expect(say('fr', 'nav.announce.selected', { count: 0, title: 'Q', kind: 'question' })).toBe(
      'Sélectionné : « Q », question, 0 voisin',
    );
    expect(say('fr', 'nav.announce.selected', { count: 4, title: 'Q', kind: 'question' })).toBe(
      'Sélectionné : « Q », question, 4 voisins',
    );
  });

  it('write numbers as the language does: a decimal comma and spaced thousands in French', () => {
    const progress = { iterations: 1200, budget: 3000, seconds: 12.43 };
    expect(say('fr', 'mapTools.refine.progress', progress)).toBe(
      'Affinage : 1 200 / 3 000 itérations · 12,4 s',
    );
    expect(say('en', 'mapTools.refine.progress', progress)).toBe(
      'Refining: 1,200 / 3,000 iterations · 12.4 s',
    );
    expect(say('fr', 'nav.counter', { count: 1234, total: 10500 })).toBe('1 234 nœuds affichés sur 10 500');
    expect(say('en', 'nav.expand.removed', { count: 0 })).toBe('No node removed from the map.');
  });

  it('make only 1 singular in English', () => {
    expect(say('en', 'nav.counter', { count: 0, total: 96 })).toBe('Showing 0 nodes out of 96');
    expect(say('en', 'nav.counter', { count: 1, total: 96 })).toBe('Showing 1 node out of 96');
    expect(say('en', 'nav.expand.added', { count: 12 })).toBe('12 nodes added to the map.');
    expect(say('en', 'nav.announce.selected', { count: 1, title: 'Q', kind: 'seed' })).toBe(
      'Selected: “Q”, seed, 1 neighbour',
    );
  });
});
