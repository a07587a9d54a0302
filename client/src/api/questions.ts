// The ask flow's API: suggestions while a question is typed (a read, but a POST: it goes through
// sendJson like every POST, with the CSRF header), asking a question with its links, growing a seed.
import {
  type AskQuestion,
  type CreatedWithLinks,
  createdWithLinksSchema,
  type GrowSeed,
  type JoinQuestion,
  joinedQuestionSchema,
  type Suggestion,
  type SuggestionsRequest,
  suggestionsResponseSchema,
} from '../../../shared/questions';
import { sendJson } from './send';

export async function fetchSuggestions(
  body: SuggestionsRequest,
  signal?: AbortSignal,
): Promise<Suggestion[]> {
  const url = '/api/questions/suggestions';
  return (
    await sendJson('POST /api/questions/suggestions', 'POST', url, suggestionsResponseSchema, {
      body,
      signal,
    })
  ).data.suggestions;
}

export async function askQuestion(body: AskQuestion): Promise<CreatedWithLinks> {
  return (
    await sendJson('POST /api/questions', 'POST', '/api/questions', createdWithLinksSchema, {
      body,
      idempotent: true,
    })
  ).data;
}

export async function growSeed(body: GrowSeed): Promise<CreatedWithLinks> {
  return (
    await sendJson('POST /api/seeds', 'POST', '/api/seeds', createdWithLinksSchema, {
      body,
      idempotent: true,
    })
  ).data;
}

/** Asks an existing question too (idempotent); `reformulation` keeps one's own wording as an echo. */
export async function joinQuestion(id: string, body: Partial<JoinQuestion>) {
  const url = `/api/questions/${encodeURIComponent(id)}/join`;
  return (await sendJson('POST /api/questions/:id/join', 'POST', url, joinedQuestionSchema, { body })).data;
}
