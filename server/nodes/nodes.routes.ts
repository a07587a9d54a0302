// HTTP routes for nodes: GET (with ETag), POST, PATCH (If-Match), DELETE.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom, requireAccount } from '../http/actor';
import { AppError } from '../http/errors';
import { parseBody, parseParams, parseQuery } from '../http/validate';
import type { NodesService } from './nodes.service';

/** If-Match accepts `"<version>"` or a bare `<version>`; 428 when it is missing. */
export function versionFromIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new AppError(
      'PRECONDITION_REQUIRED',
      'Editing needs an If-Match header with the version you edited (from the ETag)',
    );
  }
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!match?.[1]) {
    throw new AppError(
      'VALIDATION_FAILED',
      `If-Match must be a version such as "3", not ${JSON.stringify(header)}`,
    );
  }
  return Number(match[1]);
}

export function nodesRoutes(nodes: NodesService): Router {
  const router = Router();

  router.get(ENDPOINTS.getNode.path, async (req, res) => {
    const { id } = parseParams(ENDPOINTS.getNode.params, req);
    const { lang } = parseQuery(ENDPOINTS.getNode.query, req);
    const result = await nodes.get(actorFrom(req), id, lang);
    // The ETag is the node's version (for If-Match), but the answer also holds its relations, which
    // change without it: never cached, and never a 304 from Express's freshness check on If-None-Match.
    res.setHeader('ETag', `"${result.node.version}"`).setHeader('Cache-Control', 'no-store');
    delete req.headers['if-none-match'];
    res.json(result);
  });

  router.post(ENDPOINTS.createNode.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const input = parseBody(ENDPOINTS.createNode.body, req);
    const node = await nodes.create(actorFrom(req), input);
    res.status(201).setHeader('ETag', `"${node.version}"`).json(node);
  });

  router.patch(ENDPOINTS.patchNode.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const { id } = parseParams(ENDPOINTS.patchNode.params, req);
    const expected = versionFromIfMatch(req.get('If-Match'));
    const node = await nodes.patch(actorFrom(req), id, expected, req.body);
    res.setHeader('ETag', `"${node.version}"`).json(node);
  });

  router.delete(ENDPOINTS.deleteNode.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const { id } = parseParams(ENDPOINTS.deleteNode.params, req);
    await nodes.remove(actorFrom(req), id);
    res.status(204).end();
  });

  return router;
}
