// HTTP routes of erasing: POST /api/nodes/:id/erase (admins) and POST /api/auth/erase (one's own account:
// its session ends at once — the cookie cleared and the live streams of that session closed).
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import type { AuthOptions } from '../auth/auth.options';
import { clearSessionCookie } from '../auth/cookies';
import { sessionToken } from '../auth/session.middleware';
import { actorFrom } from '../http/actor';
import { parseBody, parseParams } from '../http/validate';
import type { ErasureService } from './erasure.service';

export function erasureRoutes(
  erasure: ErasureService,
  options: AuthOptions,
  onSessionGone: (token: string) => void,
): Router {
  const router = Router();

  router.post(ENDPOINTS.eraseNode.path, async (req, res) => {
    const { id } = parseParams(ENDPOINTS.eraseNode.params, req);
    const { reason } = parseBody(ENDPOINTS.eraseNode.body, req);
    res.json(await erasure.eraseNode(actorFrom(req), id, reason));
  });

  router.post(ENDPOINTS.eraseAccount.path, async (req, res) => {
    const body = parseBody(ENDPOINTS.eraseAccount.body, req);
    const erased = await erasure.eraseAccount(actorFrom(req), body);
    const token = sessionToken(req.cookies, options);
    if (token) onSessionGone(token);
    clearSessionCookie(res, options);
    res.json(erased);
  });

  return router;
}
