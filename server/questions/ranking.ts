// How suggestions are scored and ranked — pure, so the rules can be read and tested in one place.
//
// score (0–1) = min(1, text + CONTEXT_BOOST when the candidate is in the reader's context), where
//   text = max(best title similarity, BODY_WEIGHT × share of the typed subject words its body holds)
//   (title similarity: ./similarity.ts, identical after folding = 1).
// A seed that grows from or explores a similar question (text ≥ SEED_OF_SIMILAR_MIN) scores at least
// SEED_OF_SIMILAR_FACTOR × that question's text score. A candidate found only by the full-text index is
// kept when text ≥ MIN_TEXT_SIMILARITY; a context candidate is always kept (what the reader is looking at
// is worth offering). A question whose title similarity reaches DUPLICATE_THRESHOLD is a likely duplicate.
import type { Suggestion, SuggestionReason } from '../../shared/questions';
import { SUGGESTION_REASONS } from '../../shared/questions';
import { coverage, type FoldedText, titleSimilarity } from './similarity';
import type { CandidateRow } from './suggestions.repository';

/** Calibrated on bench/data/question-pairs.json (bench/duplicate-threshold.ts, docs/benchmarks.md). */
export const DUPLICATE_THRESHOLD = 0.69;
export const MIN_TEXT_SIMILARITY = 0.25;
export const CONTEXT_BOOST = 0.15;
export const BODY_WEIGHT = 0.5;
export const SEED_OF_SIMILAR_MIN = 0.35;
export const SEED_OF_SIMILAR_FACTOR = 0.9;

export interface Candidate {
  row: CandidateRow;
  /** Title similarity with the typed text (0–1). */
  titleScore: number;
  /** The text part of the score (0–1). */
  textScore: number;
  reasons: Set<SuggestionReason>;
  /** Floor given by a similar question this seed grows from or explores. */
  seedFloor: number;
}

export function scoreText(typed: FoldedText, row: CandidateRow): { titleScore: number; textScore: number } {
  let titleScore = 0;
  for (const title of row.titles) titleScore = Math.max(titleScore, titleSimilarity(typed, title));
  const bodyScore = BODY_WEIGHT * coverage(typed, row.text);
  return { titleScore, textScore: Math.max(titleScore, bodyScore) };
}

/** Gathers candidates by id; `reason` marks where this batch came from. */
export function addCandidates(
  into: Map<string, Candidate>,
  typed: FoldedText,
  rows: readonly CandidateRow[],
  reason: SuggestionReason | null,
): void {
  for (const row of rows) {
    let candidate = into.get(row.id);
    if (!candidate) {
      candidate = { row, ...scoreText(typed, row), reasons: new Set(), seedFloor: 0 };
      into.set(row.id, candidate);
    }
    if (reason) candidate.reasons.add(reason);
  }
}

/** The questions whose seeds are worth offering too, most similar first. */
export function similarQuestions(candidates: Map<string, Candidate>, max: number): Candidate[] {
  return [...candidates.values()]
    .filter((c) => c.row.kind === 'Question' && c.textScore >= SEED_OF_SIMILAR_MIN)
    .sort((a, b) => b.textScore - a.textScore || a.row.id.localeCompare(b.row.id))
    .slice(0, max);
}

/** Adds the seeds of similar questions, with the reason and the floor they inherit. */
export function addSeedsOfSimilar(
  into: Map<string, Candidate>,
  typed: FoldedText,
  found: readonly { question: string; seed: CandidateRow }[],
): void {
  for (const { question, seed } of found) {
    const parent = into.get(question);
    if (!parent) continue;
    addCandidates(into, typed, [seed], 'seed-of-similar');
    const candidate = into.get(seed.id) as Candidate;
    candidate.seedFloor = Math.max(candidate.seedFloor, SEED_OF_SIMILAR_FACTOR * parent.textScore);
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Scores, filters and ranks the candidates: the response's suggestions. */
export function rankSuggestions(candidates: Map<string, Candidate>, limit: number): Suggestion[] {
  const scored: (Suggestion & { textScore: number })[] = [];
  for (const c of candidates.values()) {
    const inContext = c.reasons.has('linked-to-selection') || c.reasons.has('in-community');
    const similar = c.textScore >= MIN_TEXT_SIMILARITY;
    if (!similar && !inContext && !c.reasons.has('seed-of-similar')) continue;
    const reasons = new Set(c.reasons);
    if (similar) reasons.add('similar-text');
    const score = Math.min(1, Math.max(c.textScore, c.seedFloor) + (inContext ? CONTEXT_BOOST : 0));
    scored.push({
      id: c.row.id,
      kind: c.row.kind,
      title: c.row.title,
      score: round(score),
      reasons: SUGGESTION_REASONS.filter((r) => reasons.has(r)),
      likelyDuplicate: c.row.kind === 'Question' && c.titleScore >= DUPLICATE_THRESHOLD,
      textScore: c.textScore,
    });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.textScore - a.textScore ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
  return scored.slice(0, limit).map(({ textScore: _, ...suggestion }) => suggestion);
}
