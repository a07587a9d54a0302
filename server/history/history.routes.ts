// HTTP routes for history: a node's events, the reader's own events, and reverting an event.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom } from '../http/actor';
import { parseParams, parseQuery } from '../http/validate';
import type { HistoryService } from './history.service';

export function historyRoutes(history: HistoryService): Router {
  const router = Router();

  router.get(ENDPOINTS.nodeHistory.path, async (req, res) => {
    const { id } = parseParams(ENDPOINTS.nodeHistory.params, req);
    const { limit } = parseQuery(ENDPOINTS.nodeHistory.query, req);
    res.json({ events: await history.nodeHistory(actorFrom(req), id, limit) });
  });

  router.get(ENDPOINTS.myHistory.path, async (req, res) => {
    const { limit } = parseQuery(ENDPOINTS.myHistory.query, req);
    res.json({ events: await history.mine(actorFrom(req), limit) });
  });

  router.post(ENDPOINTS.revertEvent.path, async (req, res) => {
    const { eventId } = parseParams(ENDPOINTS.revertEvent.params, req);
    res.status(201).json(await history.revert(actorFrom(req), eventId));
  });

  return router;
}
