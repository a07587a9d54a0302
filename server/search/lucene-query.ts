// Turns what a person typed into a safe Lucene query for Neo4j's full-text index: every Lucene operator
// is escaped so `"AND (`, `title:` or `*~?` are searched as text, never parsed (and never a 500).
// All words are required; the last one also matches as a prefix, so results follow the typing.
// The tolerant form (`toTolerantLuceneQuery`) is the fallback when exact terms find little: each word
// also matches its stem-like prefix (word forms: « photographie » finds « photographier ») and its
// spellings one typo away (two for long words, whose indexed stem already differs by a letter).

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MIN_PREFIX_LENGTH = 3;

export function escapeLuceneTerm(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The Lucene query for `text`, or null when it holds no word to search for. */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/\s+/)
    .filter((w) => HAS_WORD_CHARACTER.test(w))
    .map((w) => escapeLuceneTerm(w.toLowerCase()));
  if (words.length === 0) return null;
  const clauses = words.map((word, i) => {
    const isLast = i === words.length - 1;
    return isLast && word.length >= MIN_PREFIX_LENGTH ? `(${word} OR ${word}*)` : word;
  });
  return clauses.join(' AND ');
}

/** Words shorter than this are left out of the tolerant query (articles, « de », « la »…). */
const MIN_TOLERANT_LENGTH = 4;
/** Words at least this long may be two edits away: the index holds stems (« compostag »), not words. */
const TWO_EDITS_FROM = 8;

/** Lower case, no accents, no elision (« l'apport » → « apport »): what the French analyzer indexes. */
function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[\p{L}]{1,2}['’]/u, '');
}

/** The tolerant Lucene query for `text`, or null when it holds no word long enough to be tolerant with. */
export function toTolerantLuceneQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[\s]+/)
    .map(foldWord)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((w) => w.length >= MIN_TOLERANT_LENGTH);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const prefix = word.slice(0, Math.max(MIN_TOLERANT_LENGTH + 1, Math.ceil(word.length * 0.6)));
    const edits = word.length >= TWO_EDITS_FROM ? 2 : 1;
    return `(${word} OR ${word}~${edits} OR ${prefix}*)`;
  });
  return clauses.join(' AND ');
}
