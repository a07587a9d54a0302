// Both languages say everything: same keys, no empty text, every kind, relation and error code covered.
import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { fr } from '../../client/src/i18n/fr';
import { ERROR_CODES } from '../../shared/errors';
import { KINDS, RELATIONS } from '../../shared/vocabulary';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  it('have the same keys in French and English, none empty', () => {
    const frLeaves = leaves(fr);
    const enLeaves = leaves(en);
    expect(enLeaves.map(([k]) => k)).toEqual(frLeaves.map(([k]) => k));
    expect([...frLeaves, ...enLeaves].filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('name every kind, relation (both directions) and error code', () => {
    for (const texts of [fr, en]) {
      expect(Object.keys(texts.kinds)).toEqual([...KINDS]);
      expect(Object.keys(texts.relations)).toEqual(RELATIONS);
      for (const relation of RELATIONS) expect(Object.keys(texts.relations[relation])).toEqual(['out', 'in']);
      expect(Object.keys(texts.errors)).toEqual([
        ...ERROR_CODES,
        'NETWORK_ERROR',
        'BAD_RESPONSE',
        'UNEXPECTED',
      ]);
    }
  });

  it('use the community’s names for the kinds', () => {
    expect(Object.values(fr.kinds)).toEqual([
      'Question',
      'Graine',
      'Personne',
      'Ressource',
      'Communauté d’intérêt',
    ]);
    expect(Object.values(en.kinds)).toEqual([
      'Question',
      'Seed',
      'Person',
      'Resource',
      'Community of interest',
    ]);
  });
});
