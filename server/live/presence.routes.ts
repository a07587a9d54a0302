// POST /api/nodes/:id/presence: "I am looking at this node" → how many people look at it now. Under the
// node's visibility (404 for a node the reader may not see, as for an unknown one); counted by person for
// a logged-in reader, by the browser's random id for a visitor (prefixed, so no id can pose as a person).
// Beats are limited per address (429 RATE_LIMITED), so a script cannot make a seed look crowded.
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ENDPOINTS } from '../../shared/api';
import { PRESENCE_TTL_MS, type Presence } from '../../shared/live';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import { actorFrom } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { parseBody, parseParams } from '../http/validate';
import { findNode } from '../nodes/nodes.repository';
import { notePresence } from './presence.repository';

/** Beats per address and minute: a page beats every 20 s per seed shown; a script inflating counts stops. */
const BEATS_PER_MINUTE = 30;

export function presenceRoutes(db: Database): Router {
  const router = Router();
  const limited = rateLimit({
    windowMs: 60_000,
    limit: BEATS_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(new AppError('RATE_LIMITED', 'Too many presence beats from this address; try again later'));
    },
  });
  router.post(ENDPOINTS.notePresence.path, limited, async (req, res) => {
    const { id } = parseParams(ENDPOINTS.notePresence.params, req);
    const { viewer } = parseBody(ENDPOINTS.notePresence.body, req);
    const actor = actorFrom(req);
    const signedIn = actor.role === 'member' || actor.role === 'admin';
    const key = signedIn ? `person:${actor.id}` : `browser:${viewer}`;
    const watching = await db.write(async (tx) => {
      if (!(await findNode(tx, id, visibilityParams(actor)))) throw notFound(`Node ${id}`);
      return notePresence(tx, id, key, PRESENCE_TTL_MS);
    });
    const answer: Presence = { watching };
    res.json(answer);
  });
  return router;
}
