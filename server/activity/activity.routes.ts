// HTTP routes for activity: the feeds, following (mine only), the inbox and its read marks. A visitor
// learns they must log in (401) before anything about their input, on every route that needs an account.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom, requireAccount } from '../http/actor';
import { parseBody, parseParams, parseQuery } from '../http/validate';
import type { ActivityService } from './activity.service';

export function activityRoutes(activity: ActivityService): Router {
  const router = Router();

  router.get(ENDPOINTS.activity.path, async (req, res) => {
    const query = parseQuery(ENDPOINTS.activity.query, req);
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(await activity.feed(actorFrom(req), query));
  });

  router.get(ENDPOINTS.myFollows.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const { lang } = parseQuery(ENDPOINTS.myFollows.query, req);
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ follows: await activity.myFollows(actorFrom(req), lang) });
  });

  router.put(ENDPOINTS.follow.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const { nodeId } = parseParams(ENDPOINTS.follow.params, req);
    res.json(await activity.follow(actorFrom(req), nodeId));
  });

  router.delete(ENDPOINTS.unfollow.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const { nodeId } = parseParams(ENDPOINTS.unfollow.params, req);
    await activity.unfollow(actorFrom(req), nodeId);
    res.status(204).end();
  });

  router.get(ENDPOINTS.inbox.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const query = parseQuery(ENDPOINTS.inbox.query, req);
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(await activity.inbox(actorFrom(req), query));
  });

  router.get(ENDPOINTS.inboxUnread.path, async (req, res) => {
    requireAccount(actorFrom(req));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ unread: await activity.unread(actorFrom(req)) });
  });

  router.post(ENDPOINTS.inboxRead.path, async (req, res) => {
    requireAccount(actorFrom(req));
    const body = parseBody(ENDPOINTS.inboxRead.body, req);
    res.json({ unread: await activity.markRead(actorFrom(req), body) });
  });

  return router;
}
