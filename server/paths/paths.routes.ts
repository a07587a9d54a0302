// HTTP route for "how is A connected to B?": GET /api/paths?from=&to=&max=.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom } from '../http/actor';
import { parseQuery } from '../http/validate';
import type { PathsService } from './paths.service';

export function pathsRoutes(paths: PathsService): Router {
  const router = Router();
  router.get(ENDPOINTS.paths.path, async (req, res) => {
    const query = parseQuery(ENDPOINTS.paths.query, req);
    res.json({ paths: await paths.paths(actorFrom(req), query) });
  });
  return router;
}
