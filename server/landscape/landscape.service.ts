// Graph-view use cases: the landscape and a node's neighbourhood, as graphology payloads. The landscape
// is also served as a ready answer (JSON bytes + a strong ETag) from a cache shared by the readers who
// see exactly the same thing: every visitor; every member whose reach adds nothing of their own (no seed
// role, no private node they wrote); every admin (they see all). Anyone else gets their own key. The key
// holds the event log's position (every change moves it) and the demo loader's epoch, read before the
// landscape itself: an answer is never labelled newer than what it shows. Concurrent misses share a build,
// and concurrent version reads by one reader share a statement that started after they arrived.
import { createHash } from 'node:crypto';
import type { GraphPayload } from '../../shared/graph';
import type { Kind, Lang } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { createFreshCoalescer } from '../db/fresh-coalescer';
import { visibilityParams } from '../db/visibility';
import type { Actor } from '../http/actor';
import { notFound } from '../http/errors';
import { toGraphPayload } from './graph-payload';
import * as repo from './landscape.repository';
import { type CachedAnswer, createLandscapeCache, type LandscapeCache } from './landscape-cache';

type LandscapeQuery = { kinds?: Kind[]; lang: Lang; limit: number };

/** Who sees the same landscape as whom: the shared groups, or this one reader alone. */
function reachKey(actor: Actor, personalReach: boolean): string {
  if (actor.role === 'visitor') return 'visitors';
  if (actor.role === 'admin') return 'admins';
  if (actor.role === 'member' && !personalReach) return 'members';
  return `person:${actor.id}`;
}

export function createLandscapeService(db: Database, cache: LandscapeCache = createLandscapeCache()) {
  const builds = new Map<string, Promise<CachedAnswer>>();
  // concurrent revalidations by the same reader share one version statement started after they arrived
  const versions = createFreshCoalescer<repo.LandscapeVersion>();
  return {
    cache,

    /**
     * The landscape as a ready answer: `notModified` when `ifNoneMatch` names its current ETag (only the
     * version statement ran), else the cached answer or one built now and cached.
     */
    async landscapeAnswer(
      actor: Actor,
      query: LandscapeQuery,
      ifNoneMatch?: string,
    ): Promise<{ key: string; notModified: boolean; answer: CachedAnswer | { etag: string } }> {
      const kinds = query.kinds ?? null;
      const viewer = visibilityParams(actor);
      const version = await versions.read(viewer.actorId ?? '', () =>
        db.read((tx) => repo.landscapeVersion(tx, viewer.actorId)),
      );
      const key = [
        version.epoch,
        version.position,
        reachKey(actor, version.personalReach),
        kinds ? [...kinds].sort().join(',') : '*',
        query.lang,
        query.limit,
      ].join('|');
      const etag = `"L${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
      if (ifNoneMatch && matchesEtag(ifNoneMatch, etag)) return { key, notModified: true, answer: { etag } };
      const cached = cache.get(key);
      if (cached) return { key, notModified: false, answer: cached };
      // one build per key however many readers miss at once (after a write, every reader misses)
      let building = builds.get(key);
      if (!building) {
        // read after the version: the answer may be newer than its key, never older
        building = db
          .read(async (tx) => {
            const total = await repo.countLandscape(tx, kinds, viewer);
            const nodes = await repo.landscapeNodes(tx, kinds, viewer, query.lang, query.limit);
            const edges = await repo.edgesAmong(
              tx,
              nodes.map((n) => n.id),
            );
            const answer: CachedAnswer = {
              etag,
              json: Buffer.from(JSON.stringify(toGraphPayload(nodes, edges, total))),
            };
            cache.set(key, answer);
            return answer;
          })
          .finally(() => builds.delete(key));
        builds.set(key, building);
      }
      return { key, notModified: false, answer: await building };
    },

    neighbourhood(
      actor: Actor,
      id: string,
      query: { depth: number; lang: Lang; limit: number },
    ): Promise<GraphPayload> {
      return db.read(async (tx) => {
        const depth = query.depth === 2 ? 2 : 1;
        const found = await repo.neighbourhoodNodes(
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

/** If-None-Match: `*` or a list of entity tags, weak ones compared weakly (RFC 9110 §13.1.2). */
export function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
