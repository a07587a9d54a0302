// How close a typed question is to an existing title, as a number from 0 to 1 that does not depend on the
// rest of the index (unlike a Lucene score): texts are folded (case, accents, punctuation, French elision,
// a light plural stem, common stop words), then compared by the Dice coefficient of their word sets and
// of their character trigrams (which forgives typos and word-form changes); question words ("pourquoi",
// "comment"…) count half, words and trigrams alike, so sharing only "comment" is not being similar. Identical texts after folding
// score 1, so "Pourquoi composter ?" and "pourquoi COMPOSTER" are the same question.

/** Words that carry no subject: removed before comparing. */
const STOP_WORDS = new Set(
  (
    'a au aux avec ce ces cette d de des du en et est il elle ils elles je l la le les leur leurs ' +
    'ma mes mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta tes ton tu un une ' +
    'vos votre vous y the of to and is are do does what why how a an in on for'
  ).split(' '),
);

/** Words that make a question but say little about its subject: half a word when comparing. */
export const QUESTION_WORDS = new Set(
  (
    'pourquoi comment quoi quel quelle quels quelles quand combien ou faut peut peuvent doit doivent ' +
    'faire fait est sont change changer comme plus moins tout tous toute toutes ' +
    'why how what which when who where should could would can'
  ).split(' '),
);
const QUESTION_WORD_WEIGHT = 0.5;
const weight = (word: string) => (QUESTION_WORDS.has(word) ? QUESTION_WORD_WEIGHT : 1);

/** Lower case, no accents, elisions cut ("l'eau" → "eau"), anything but letters and digits a space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(?:[cdjlmnst]|qu)['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A light stem: the plural -s / -x of longer words. */
const stem = (word: string) => (word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word);

/** The folded, stemmed content words of a text. */
export function contentWords(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w))
    .map(stem);
}

/** A text made ready for comparing: its folded form, content words and weighted trigrams. */
export interface FoldedText {
  folded: string;
  words: ReadonlySet<string>;
  grams: ReadonlyMap<string, number>;
}

/** Character trigrams of the words (padded), each weighing as much as the heaviest word it comes from. */
function trigrams(words: Iterable<string>): Map<string, number> {
  const grams = new Map<string, number>();
  for (const word of words) {
    const padded = ` ${word} `;
    const w = weight(word);
    for (let i = 0; i + 3 <= padded.length; i++) {
      const gram = padded.slice(i, i + 3);
      const known = grams.get(gram);
      if (known === undefined || known < w) grams.set(gram, w);
    }
  }
  return grams;
}

/** Folds a text once, for any number of comparisons. */
export function foldForComparison(text: string): FoldedText {
  const folded = foldText(text);
  const words = new Set(
    folded
      .split(' ')
      .filter((w) => w.length > 0 && !STOP_WORDS.has(w))
      .map(stem),
  );
  return { folded, words, grams: trigrams(words) };
}

/**
 * Titles come back keystroke after keystroke (each new letter finds mostly the same candidates), so their
 * folded forms are kept, up to a bound: a cleared cache costs only the folding again.
 */
const foldedTitles = new Map<string, FoldedText>();
const FOLDED_TITLES_KEPT = 5_000;

function foldedTitle(title: string): FoldedText {
  let folded = foldedTitles.get(title);
  if (!folded) {
    if (foldedTitles.size >= FOLDED_TITLES_KEPT) foldedTitles.clear();
    folded = foldForComparison(title);
    foldedTitles.set(title, folded);
  }
  return folded;
}

/** Weighted Dice coefficient of the word sets. */
function wordDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  let total = 0;
  for (const x of a) {
    const w = weight(x);
    total += w;
    if (b.has(x)) shared += w;
  }
  for (const x of b) total += weight(x);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Dice coefficient of the trigram sets, each trigram weighing the most either side gives it. */
function gramDice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [gram, wa] of a) {
    const wb = b.get(gram);
    const w = wb === undefined || wb < wa ? wa : wb;
    total += w;
    if (wb !== undefined) shared += w;
  }
  for (const [gram, wb] of b) {
    const wa = a.get(gram);
    total += wa === undefined || wa < wb ? wb : wa;
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** 0–1: the mean of the (weighted) word-set and trigram-set Dice coefficients of two folded texts. */
export function foldedSimilarity(a: FoldedText, b: FoldedText): number {
  if (a.words.size === 0 || b.words.size === 0) {
    // only stop words ("Pourquoi pas ?"): compare the folded texts themselves
    return a.folded !== '' && a.folded === b.folded ? 1 : 0;
  }
  return (wordDice(a.words, b.words) + gramDice(a.grams, b.grams)) / 2;
}

/** 0–1: how close a typed question is to an existing title (see the banner). */
export function titleSimilarity(typed: string | FoldedText, title: string): number {
  const a = typeof typed === 'string' ? foldForComparison(typed) : typed;
  return foldedSimilarity(a, foldedTitle(title));
}

/** 0–1: the share of the typed question's content words that a longer text (a body, a summary) holds. */
export function coverage(typed: string | FoldedText, text: string | null | undefined): number {
  if (!text) return 0;
  const wanted = (typeof typed === 'string' ? foldForComparison(typed) : typed).words;
  if (wanted.size === 0) return 0;
  const present = new Set(contentWords(text));
  let found = 0;
  for (const w of wanted) if (present.has(w)) found++;
  return found / wanted.size;
}
