// Liveness (the process answers) and readiness (Neo4j reachable, migrations and the first demo load done).
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import type { Database } from '../db/database';
import { AppError } from '../http/errors';

export function healthRoutes(db: Database, migrationsDone: () => boolean): Router {
  const router = Router();
  router.get(ENDPOINTS.health.path, (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get(ENDPOINTS.ready.path, async (_req, res) => {
    await db.ping();
    if (!migrationsDone()) {
      res.setHeader('Retry-After', '2');
      throw new AppError(
        503,
        'DATABASE_UNAVAILABLE',
        'Semis is still starting: preparing the schema and the demo landscape',
      );
    }
    res.json({ status: 'ready', database: 'neo4j' });
  });
  return router;
}
