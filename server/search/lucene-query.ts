// Turns what a person typed into a safe Lucene query for Neo4j's full-text index: every Lucene operator
// is escaped so `"AND (`, `title:` or `*~?` are searched as text, never parsed (and never a 500).
// All words are required; the last one also matches as a prefix, so results follow the typing.

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
