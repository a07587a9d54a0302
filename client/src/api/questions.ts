// The ask flow's API: suggestions while a question is typed (a read, but a POST: it carries the CSRF header
// like every POST), asking a question with its links, growing a seed, joining a question — each a `call`
// of the shared contract.
import { ENDPOINTS } from '../../../shared/api';
import type {
  AskQuestion,
  CreatedWithLinks,
  GrowSeed,
  JoinQuestion,
  Suggestion,
  SuggestionsRequest,
} from '../../../shared/questions';
import { call } from './call';

export async function fetchSuggestions(
  body: SuggestionsRequest,
  signal?: AbortSignal,
): Promise<Suggestion[]> {
  return (await call(ENDPOINTS.questionSuggestions, { body, signal })).suggestions;
}

export function askQuestion(body: AskQuestion): Promise<CreatedWithLinks> {
  return call(ENDPOINTS.askQuestion, { body });
}

export function growSeed(body: GrowSeed): Promise<CreatedWithLinks> {
  return call(ENDPOINTS.growSeed, { body });
}

/** Asks an existing question too (idempotent); `reformulation` keeps one's own wording as an echo. */
export function joinQuestion(id: string, body: Partial<JoinQuestion>) {
  return call(ENDPOINTS.joinQuestion, { params: { id }, body });
}
