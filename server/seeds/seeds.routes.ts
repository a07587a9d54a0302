// HTTP route for growing a seed from a question: POST /api/seeds.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom, requireAccount } from '../http/actor';
import { parseBody } from '../http/validate';
import type { SeedsService } from './seeds.service';

export function seedsRoutes(seeds: SeedsService): Router {
  const router = Router();
  router.post(ENDPOINTS.growSeed.path, async (req, res) => {
    const actor = actorFrom(req);
    requireAccount(actor); // a visitor learns they must log in before anything about the body
    const input = parseBody(ENDPOINTS.growSeed.body, req);
    const created = await seeds.grow(actor, input);
    res.status(201).setHeader('ETag', `"${created.node.version}"`).json(created);
  });
  return router;
}
