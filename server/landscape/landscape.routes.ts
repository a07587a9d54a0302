// HTTP routes for graph views: GET /api/landscape and GET /api/nodes/:id/neighborhood.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom } from '../http/actor';
import { parseParams, parseQuery } from '../http/validate';
import type { LandscapeService } from './landscape.service';

export function landscapeRoutes(landscape: LandscapeService): Router {
  const router = Router();

  router.get(ENDPOINTS.landscape.path, async (req, res) => {
    const query = parseQuery(ENDPOINTS.landscape.query, req);
    res.json(await landscape.landscape(actorFrom(req), query));
  });

  router.get(ENDPOINTS.neighborhood.path, async (req, res) => {
    const { id } = parseParams(ENDPOINTS.neighborhood.params, req);
    const query = parseQuery(ENDPOINTS.neighborhood.query, req);
    res.json(await landscape.neighborhood(actorFrom(req), id, query));
  });

  return router;
}
