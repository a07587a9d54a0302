// POST /api/nodes/:id/presence: "I am looking at this node" → how many people look at it now. Under the
// node's visibility (404 for a node the reader may not see, as for an unknown one); counted by person for
// a logged-in reader, by the browser's random id for a visitor (prefixed, so no id can pose as a person).
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import { PRESENCE_TTL_MS, type Presence } from '../../shared/live';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import { actorFrom } from '../http/actor';
import { notFound } from '../http/errors';
import { parseBody, parseParams } from '../http/validate';
import { findNode } from '../nodes/nodes.repository';
import { notePresence } from './presence.repository';

export function presenceRoutes(db: Database): Router {
  const router = Router();
  router.post(ENDPOINTS.notePresence.path, async (req, res) => {
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
