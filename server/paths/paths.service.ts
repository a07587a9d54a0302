// Path use case: both ends must be visible (a hidden end is answered exactly like an unknown one), then
// the shortest visible paths between them, none when they are further apart than `max`.
import type { Path } from '../../shared/paths';
import type { Lang } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import type { Actor } from '../http/actor';
import { notFound } from '../http/errors';
import * as repo from './paths.repository';

export function createPathsService(db: Database) {
  return {
    paths(
      actor: Actor,
      query: { from: string; to: string; max: number; lang: Lang; limit: number },
    ): Promise<Path[]> {
      return db.read(async (tx) => {
        const viewer = visibilityParams(actor);
        const visible = await repo.visibleIds(tx, [query.from, query.to], viewer);
        for (const end of [query.from, query.to]) if (!visible.has(end)) throw notFound(`Node ${end}`);
        return repo.shortestPaths(tx, query.from, query.to, query.max, viewer, query.lang, query.limit);
      });
    },
  };
}

export type PathsService = ReturnType<typeof createPathsService>;
