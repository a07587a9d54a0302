// HTTP route for time: GET /api/landscape/timeline (the landscape at a date, `GET /api/landscape?at=`, is
// answered by the landscape's own route with this feature's service). It depends on who asks and on every
// write since: no shared cache, the browser revalidates.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom } from '../http/actor';
import { parseQuery } from '../http/validate';
import type { TimeService } from './time.service';

export function timeRoutes(time: TimeService): Router {
  const router = Router();

  router.get(ENDPOINTS.landscapeTimeline.path, async (req, res) => {
    const query = parseQuery(ENDPOINTS.landscapeTimeline.query, req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await time.timeline(actorFrom(req), query));
  });

  return router;
}
