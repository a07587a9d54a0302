// HTTP routes for hints and traces: GET /api/hints (where contribution is needed) and GET /api/traces (each
// visible node's latest activity). Both depend on who asks and on every write: never shared, no-store.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom } from '../http/actor';
import { parseQuery } from '../http/validate';
import type { HintsService } from './hints.service';

export function hintsRoutes(hints: HintsService): Router {
  const router = Router();

  router.get(ENDPOINTS.hints.path, async (req, res) => {
    const query = parseQuery(ENDPOINTS.hints.query, req);
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(await hints.hints(actorFrom(req), query));
  });

  router.get(ENDPOINTS.traces.path, async (req, res) => {
    parseQuery(ENDPOINTS.traces.query, req);
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(await hints.traces(actorFrom(req)));
  });

  return router;
}
