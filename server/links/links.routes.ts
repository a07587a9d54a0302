// HTTP routes for links: POST (201 created, 200 already there) and DELETE.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import type { CreateLink } from '../../shared/links';
import { actorFrom, requireAccount } from '../http/actor';
import { parseBody, parseParams } from '../http/validate';
import type { LinksService } from './links.service';

export function linksRoutes(links: LinksService): Router {
  const router = Router();

  router.post(ENDPOINTS.createLink.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const input = parseBody(ENDPOINTS.createLink.body, req) as CreateLink;
    const { link, created } = await links.create(actorFrom(req), input);
    res.status(created ? 201 : 200).json(link);
  });

  router.delete(ENDPOINTS.deleteLink.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const { id } = parseParams(ENDPOINTS.deleteLink.params, req);
    await links.remove(actorFrom(req), id);
    res.status(204).end();
  });

  return router;
}
