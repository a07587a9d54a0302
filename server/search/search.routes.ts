// HTTP route for full-text search: GET /api/search.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom } from '../http/actor';
import { parseQuery } from '../http/validate';
import type { SearchService } from './search.service';

export function searchRoutes(search: SearchService): Router {
  const router = Router();
  router.get(ENDPOINTS.search.path, async (req, res) => {
    const query = parseQuery(ENDPOINTS.search.query, req);
    res.json({ hits: await search.search(actorFrom(req), query) });
  });
  return router;
}
