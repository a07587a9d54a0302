// HTTP routes for graph views: GET /api/landscape (strong ETag, 304 on If-None-Match, a cached answer
// sent precompressed with br or gzip when the client accepts it; with `at`, the landscape as it stood then,
// from server/time, not cached) and GET /api/nodes/:id/neighborhood.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { instantMillis } from '../../shared/time';
import { actorFrom } from '../http/actor';
import { parseParams, parseQuery } from '../http/validate';
import type { TimeService } from '../time/time.service';
import type { LandscapeService } from './landscape.service';

/** Below this many bytes compressing costs more than it saves (compression's own default). */
const COMPRESS_FROM_BYTES = 1024;

export function landscapeRoutes(landscape: LandscapeService, time: TimeService): Router {
  const router = Router();

  router.get(ENDPOINTS.landscape.path, async (req, res) => {
    const { at, ...query } = parseQuery(ENDPOINTS.landscape.query, req);
    if (at !== undefined) {
      // it depends on who asks and on every write since: the browser revalidates, nothing is shared
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(await time.landscapeAt(actorFrom(req), { ...query, atMillis: instantMillis(at) }));
      return;
    }
    const { key, notModified, answer } = await landscape.landscapeAnswer(
      actorFrom(req),
      query,
      req.get('if-none-match'),
    );
    // the answer depends on who asks (their session cookie): only the browser may keep it, revalidating
    res.setHeader('ETag', answer.etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Vary', 'Cookie, Accept-Encoding');
    if (notModified || !('json' in answer)) {
      res.status(304).end();
      return;
    }
    res.type('application/json');
    const encoding =
      answer.json.length >= COMPRESS_FROM_BYTES ? req.acceptsEncodings('br', 'gzip', 'identity') : 'identity';
    if (encoding === 'br' || encoding === 'gzip') {
      res.setHeader('Content-Encoding', encoding);
      res.send(landscape.cache.encoded(key, answer, encoding));
      return;
    }
    res.send(answer.json);
  });

  router.get(ENDPOINTS.neighbourhood.path, async (req, res) => {
    const { id } = parseParams(ENDPOINTS.neighbourhood.params, req);
    const query = parseQuery(ENDPOINTS.neighbourhood.query, req);
    res.json(await landscape.neighbourhood(actorFrom(req), id, query));
  });

  return router;
}
