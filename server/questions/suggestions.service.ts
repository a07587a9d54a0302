// Suggestions use case: what an existing question or seed has in common with the one being typed, in one
// read transaction of two statements — the full-text candidates with the reader's context, then the seeds
// of similar questions — scored and ranked by ./ranking.ts.
import type { Suggestion } from '../../shared/questions';
import type { Lang } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import type { Actor } from '../http/actor';
import {
  addCandidates,
  addSeedsOfSimilar,
  type Candidate,
  rankSuggestions,
  similarQuestions,
} from './ranking';
import { foldForComparison } from './similarity';
import { suggestionLuceneQuery } from './suggestion-query';
import * as repo from './suggestions.repository';

/** Full-text hits looked at (the index streams them best first). */
export const TEXT_CANDIDATES = 40;
/** Context nodes looked at, per context. */
const CONTEXT_CANDIDATES = 100;
const SIMILAR_QUESTIONS_FOR_SEEDS = 5;
const SEEDS_PER_QUESTION = 3;

export interface SuggestionsInput {
  text: string;
  context?: { selected?: string; community?: string };
  lang: Lang;
  limit: number;
}

export function createSuggestionsService(db: Database) {
  return {
    async suggest(actor: Actor, input: SuggestionsInput): Promise<Suggestion[]> {
      const visibility = visibilityParams(actor);
      const typed = foldForComparison(input.text); // once, for every candidate
      const sources = { lucene: suggestionLuceneQuery(input.text), ...input.context };
      return db.read(async (tx) => {
        const candidates = new Map<string, Candidate>();
        const found = await repo.findCandidates(tx, sources, visibility, input.lang, {
          text: TEXT_CANDIDATES,
          context: CONTEXT_CANDIDATES,
        });
        for (const { row, reason } of found) addCandidates(candidates, typed, [row], reason);
        const similar = similarQuestions(candidates, SIMILAR_QUESTIONS_FOR_SEEDS).map((c) => c.row.id);
        if (similar.length > 0) {
          const seeds = await repo.seedsOfQuestions(tx, similar, visibility, input.lang, SEEDS_PER_QUESTION);
          addSeedsOfSimilar(candidates, typed, seeds);
        }
        return rankSuggestions(candidates, input.limit);
      });
    },
  };
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>;
