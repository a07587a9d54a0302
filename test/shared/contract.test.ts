// Unit tests for the shared contract: relation rules, link property schemas, and the safe Lucene query.
import { describe, expect, it } from 'vitest';
import { toLuceneQuery, toTolerantLuceneQuery } from '../../server/search/lucene-query';
import { makeSnippet } from '../../server/search/snippet';
import { createLinkSchema } from '../../shared/links';
import { checkRelationKinds, RELATION_RULES } from '../../shared/vocabulary';

describe('relation rules', () => {
  it('accepts the kinds of DESIGN.md §3 and names the rule otherwise', () => {
    expect(checkRelationKinds('INFORMS', 'Resource', 'Seed')).toBeNull();
    expect(checkRelationKinds('INFORMS', 'Resource', 'Question')).toBeNull();
    expect(checkRelationKinds('INFORMS', 'Person', 'Seed')).toBe(
      'INFORMS links Resource → Question or Seed, not Person → Seed',
    );
    expect(Object.keys(RELATION_RULES)).toHaveLength(17);
  });

  it('requires a role on HAS_ROLE and a stance on TAKES_STANCE, and no stray properties', () => {
    const base = { source: 'a', target: 'b' };
    expect(
      createLinkSchema.safeParse({ ...base, relation: 'HAS_ROLE', properties: { role: 'editor' } }).success,
    ).toBe(true);
    expect(createLinkSchema.safeParse({ ...base, relation: 'HAS_ROLE' }).success).toBe(false);
    expect(
      createLinkSchema.safeParse({
        ...base,
        relation: 'TAKES_STANCE',
        properties: { stance: 'supports', statement: 'Oui' },
      }).success,
    ).toBe(true);
    expect(
      createLinkSchema.safeParse({ ...base, relation: 'ASKED', properties: { role: 'author' } }).success,
    ).toBe(false);
    expect(
      createLinkSchema.safeParse({ ...base, relation: 'PROMPTED', properties: { regionX: 0.2 } }).success,
    ).toBe(false);
  });
});

describe('toTolerantLuceneQuery', () => {
  it('folds accents and elisions, drops short words, adds a prefix and one or two edits', () => {
    expect(toTolerantLuceneQuery('Photographié')).toBe('(photographie OR photographie~2 OR photogra*)');
    expect(toTolerantLuceneQuery("reconnaître l'apport")).toBe(
      '(reconnaitre OR reconnaitre~2 OR reconna*) AND (apport OR apport~1 OR appor*)',
    );
    expect(toTolerantLuceneQuery('de la')).toBeNull();
    expect(toTolerantLuceneQuery('AND (title:) ~*')).toBe('(title OR title~1 OR title*)');
  });
});

describe('toLuceneQuery', () => {
  it('requires every word and matches the last one as a prefix', () => {
    expect(toLuceneQuery('graines de connaiss')).toBe('graines AND de AND (connaiss OR connaiss*)');
    expect(toLuceneQuery('Compostage')).toBe('(compostage OR compostage*)');
    expect(toLuceneQuery('la ou')).toBe('la AND ou');
  });

  it('escapes every Lucene operator and drops words with no letter', () => {
    expect(toLuceneQuery('title:x')).toBe('(title\\:x OR title\\:x*)');
    expect(toLuceneQuery('"AND (')).toBe('(\\"and OR \\"and*)');
    expect(toLuceneQuery('*~? ( ) ')).toBeNull();
    expect(toLuceneQuery('a+b-c&&d||e!f{g}h[i]j^k~l*m?n\\o/p')).toBe(
      '(a\\+b\\-c\\&\\&d\\|\\|e\\!f\\{g\\}h\\[i\\]j\\^k\\~l\\*m\\?n\\\\o\\/p OR a\\+b\\-c\\&\\&d\\|\\|e\\!f\\{g\\}h\\[i\\]j\\^k\\~l\\*m\\?n\\\\o\\/p*)',
    );
  });
});

describe('makeSnippet', () => {
  it('keeps short texts whole and cuts long ones around the first searched word', () => {
    expect(makeSnippet('Un texte court.', 'texte')).toBe('Un texte court.');
    const long = `${'Avant. '.repeat(40)}Le compostage collectif nourrit le quartier. ${'Après. '.repeat(40)}`;
    const snippet = makeSnippet(long, 'compostage');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('Le compostage collectif');
    expect(snippet.length).toBeLessThanOrEqual(162);
  });
});
