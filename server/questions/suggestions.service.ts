// Suggestions use case: what an existing question or seed has in common with the one being typed — the
// full-text candidates, the reader's context and the seeds of similar questions, read in one statement —
// scored and ranked by ./ranking.ts.
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
      const lucene = suggestionLuceneQuery(input.text);
      const { selected, community } = input.context ?? {};
      const sources = { lucene, selected, community };
      return db.read(async (tx) => {
        const found = await repo.findCandidates(tx, sources, visibility, input.lang, {
          text: TEXT_CANDIDATES,
          context: CONTEXT_CANDIDATES,
          seedsPerQuestion: SEEDS_PER_QUESTION,
        });
        const candidates = new Map<string, Candidate>();
        for (const { candidate, reasons } of found) {
          for (const reason of reasons) {
            addCandidates(candidates, input.text, [candidate], reason === 'text' ? null : reason);
          }
        }
        const similar = new Set(
          similarQuestions(candidates, SIMILAR_QUESTIONS_FOR_SEEDS).map((c) => c.row.id),
        );
        addSeedsOfSimilar(
          candidates,
          input.text,
          found
            .filter((f) => similar.has(f.candidate.id))
            .flatMap((f) => f.seeds.map((seed) => ({ question: f.candidate.id, seed }))),
        );
        return rankSuggestions(candidates, input.limit);
      });
    },
  };
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>;
