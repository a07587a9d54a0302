// Graph-view use cases: the landscape and a node's neighbourhood, as graphology payloads.
import type { GraphPayload } from '../../shared/graph';
import type { Kind, Lang } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import type { Actor } from '../http/actor';
import { notFound } from '../http/errors';
import { toGraphPayload } from './graph-payload';
import * as repo from './landscape.repository';

export function createLandscapeService(db: Database) {
  return {
    landscape(actor: Actor, query: { kinds?: Kind[]; lang: Lang; limit: number }): Promise<GraphPayload> {
      return db.read(async (tx) => {
        const kinds = query.kinds ?? null;
        const viewer = visibilityParams(actor);
        const total = await repo.countLandscape(tx, kinds, viewer);
        const nodes = await repo.landscapeNodes(tx, kinds, viewer, query.lang, query.limit);
        const edges = await repo.edgesAmong(
          tx,
          nodes.map((n) => n.id),
        );
        return toGraphPayload(nodes, edges, total);
      });
    },

    neighborhood(
      actor: Actor,
      id: string,
      query: { depth: number; lang: Lang; limit: number },
    ): Promise<GraphPayload> {
      return db.read(async (tx) => {
        const depth = query.depth === 2 ? 2 : 1;
        const found = await repo.neighborhoodNodes(
          tx,
          id,
          depth,
          visibilityParams(actor),
          query.lang,
          query.limit,
        );
        if (!found.center) throw notFound(`Node ${id}`);
        const nodes = [found.center, ...found.nodes];
        const edges = await repo.edgesAmong(
          tx,
          nodes.map((n) => n.id),
        );
        return toGraphPayload(nodes, edges, found.total);
      });
    },
  };
}

export type LandscapeService = ReturnType<typeof createLandscapeService>;
