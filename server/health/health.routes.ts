// Liveness (/api/health: the process answers, and says the database's state) and readiness (/api/ready:
// the database is up and answers, migrations and the first demo load are done; 503 naming why otherwise).
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import type { Database } from '../db/database';
import { AppError } from '../http/errors';

export function healthRoutes(db: Database, migrationsDone: () => boolean): Router {
  const router = Router();
  router.get(ENDPOINTS.health.path, (_req, res) => {
    res.json({ status: 'ok', database: db.health.snapshot() });
  });
  router.get(ENDPOINTS.ready.path, async (_req, res) => {
    const database = db.health.snapshot();
    if (database.state !== 'up') {
      res.setHeader('Retry-After', database.state === 'restarting' ? '5' : '2');
      throw new AppError('DATABASE_UNAVAILABLE', `The database is ${database.message}`, {
        database,
      });
    }
    await db.ping();
    if (!migrationsDone()) {
      res.setHeader('Retry-After', '2');
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        'Semis is still starting: preparing the schema and the demo landscape',
      );
    }
    res.json({ status: 'ready', database: 'neo4j' });
  });
  return router;
}
