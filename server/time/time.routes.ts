// HTTP routes for time: GET /api/landscape?at=… (the landscape as it stood then; mounted before the
// landscape's own route, which answers when there is no `at`) and GET /api/landscape/timeline. Both
// depend on who asks and on every write since: no shared cache, the browser revalidates.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { instantMillis } from '../../shared/time';
import { actorFrom } from '../http/actor';
import { parseQuery } from '../http/validate';
import type { TimeService } from './time.service';

export function timeRoutes(time: TimeService): Router {
  const router = Router();

  router.get(ENDPOINTS.landscape.path, async (req, res, next) => {
    if (req.query?.at === undefined) {
      next();
      return;
    }
    const { at, ...query } = parseQuery(ENDPOINTS.landscape.query, req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await time.landscapeAt(actorFrom(req), { ...query, atMillis: instantMillis(at as string) }));
  });

  router.get(ENDPOINTS.landscapeTimeline.path, async (req, res) => {
    const query = parseQuery(ENDPOINTS.landscapeTimeline.query, req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await time.timeline(actorFrom(req), query));
  });

  return router;
}
