// The Lucene query that finds candidate questions and seeds for a typed question. Questions are short and
// phrased many ways, so the words are OR-ed (any shared subject word finds a candidate; the similarity in
// ./similarity.ts ranks them). Question words ("pourquoi", "comment"…) and stop words are left out: they
// are in half the titles and would only make the index work harder. Every term goes through the search
// feature's escaping, so nothing typed is ever parsed as Lucene syntax.
import { escapeLuceneTerm } from '../search/lucene-query';
import { contentWords, foldText, QUESTION_WORDS } from './similarity';

const MAX_TERMS = 12;
const MIN_PREFIX_LENGTH = 3;

/** The subject words of a typed question, folded, in order, without repeats. */
export function subjectWords(text: string): string[] {
  const words = contentWords(text).filter((w) => !QUESTION_WORDS.has(w));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** `(a OR b OR c OR c*)`, or null when nothing typed names a subject. */
export function suggestionLuceneQuery(text: string): string | null {
  const words = subjectWords(text);
  if (words.length === 0) return null;
  const clauses = words.map(escapeLuceneTerm);
  // the last word may still be being typed: it also matches as a prefix (on the unstemmed folded form)
  const typing = foldText(text).split(' ').at(-1) ?? '';
  if (typing.length >= MIN_PREFIX_LENGTH && !QUESTION_WORDS.has(typing) && words.includes(stemOf(typing))) {
    clauses.push(`${escapeLuceneTerm(typing)}*`);
  }
  return clauses.join(' OR ');
}

const stemOf = (word: string) => contentWords(word)[0] ?? word;
