// HTTP routes of the ask flow: POST /api/questions/suggestions (a read, POST because the text can be
// long; it goes through the same CSRF check as every POST) and POST /api/questions (the atomic ask).
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom, requireAccount } from '../http/actor';
import { parseBody, parseParams } from '../http/validate';
import type { JoinService } from './join.service';
import type { QuestionsService } from './questions.service';
import type { SuggestionsService } from './suggestions.service';

export function questionsRoutes(
  suggestions: SuggestionsService,
  questions: QuestionsService,
  join: JoinService,
): Router {
  const router = Router();

  router.post(ENDPOINTS.questionSuggestions.path, async (req, res) => {
    const input = parseBody(ENDPOINTS.questionSuggestions.body, req);
    res.json({ suggestions: await suggestions.suggest(actorFrom(req), input) });
  });

  router.post(ENDPOINTS.joinQuestion.path, async (req, res) => {
    const actor = actorFrom(req);
    requireAccount(actor);
    const { id } = parseParams(ENDPOINTS.joinQuestion.params, req);
    const input = parseBody(ENDPOINTS.joinQuestion.body, req);
    res.json(await join.join(actor, id, input));
  });

  router.post(ENDPOINTS.askQuestion.path, async (req, res) => {
    const actor = actorFrom(req);
    requireAccount(actor); // a visitor learns they must log in before anything about the body
    const input = parseBody(ENDPOINTS.askQuestion.body, req);
    const created = await questions.ask(actor, input);
    res.status(201).setHeader('ETag', `"${created.node.version}"`).json(created);
  });

  return router;
}
