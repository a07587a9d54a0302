// What people type in the ask dialog, for the suggestions benchmark: existing question titles retyped
// (case, accents, punctuation, a word dropped — the near-duplicates the dialog must catch), new questions
// from the same vocabulary, and half-typed ones; some with a context (a selected question or seed, a
// community), as the dialog sends it.
import { suggestionLuceneQuery } from '../server/questions/suggestion-query';
import { questionTitle } from './french-words';
import type { Prng } from './prng';
import type { NodeRow } from './synthetic-graph';

export interface SuggestionCase {
  text: string;
  context?: { selected?: string; community?: string };
  /** The Lucene text both sides run. */
  lucene: string;
}

const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

function retype(prng: Prng, title: string): string {
  let text = title;
  if (prng.chance(0.5)) text = text.toLowerCase();
  if (prng.chance(0.4)) text = stripAccents(text);
  if (prng.chance(0.5)) text = text.replace(/\s*\?$/, '');
  if (prng.chance(0.3)) {
    const words = text.split(' ');
    words.splice(1 + prng.int(Math.max(1, words.length - 1)), 1);
    text = words.join(' ');
  }
  return text;
}

function halfTyped(prng: Prng): string {
  const words = questionTitle(prng).split(' ');
  return words.slice(0, Math.min(words.length, 3 + prng.int(3))).join(' ');
}

export function suggestionCases(prng: Prng, nodes: readonly NodeRow[], count: number): SuggestionCase[] {
  const visible = nodes.filter((n) => n.visibility === 'public');
  const questions = visible.filter((n) => n.kind === 'Question');
  const contextNodes = visible.filter((n) => n.kind === 'Question' || n.kind === 'Seed');
  const communities = visible.filter((n) => n.kind === 'Community');
  const cases: SuggestionCase[] = [];
  while (cases.length < count) {
    const u = prng.next();
    const text =
      u < 0.4
        ? retype(prng, String(prng.pick(questions).title))
        : u < 0.8
          ? questionTitle(prng)
          : halfTyped(prng);
    const lucene = suggestionLuceneQuery(text);
    if (!lucene || text.trim().length < 3) continue;
    const v = prng.next();
    const context =
      v < 0.3
        ? { selected: prng.pick(contextNodes).id }
        : v < 0.4 && communities.length > 0
          ? { community: prng.pick(communities).id }
          : undefined;
    cases.push({ text, lucene, ...(context ? { context } : {}) });
  }
  return cases;
}
