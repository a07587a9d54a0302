// Hints and traces use cases: where contribution is needed, kind by kind (how many, and the first ones),
// and each visible node's latest activity with the configured half-life of its halo; both read under the
// reader's visibility (hints.repository.ts).
import {
  HINT_KINDS,
  type Hint,
  type HintsQuery,
  type HintsResponse,
  type TracesResponse,
  UNANSWERED_DEFAULT_DAYS,
} from '../../shared/hints';
import { instantMillis } from '../../shared/time';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import type { Actor } from '../http/actor';
import * as repo from './hints.repository';

const DAY_MS = 86_400_000;

export interface HintsOptions {
  /** A trace's halo is half as strong after this many days. */
  traceHalfLifeDays: number;
  /** The clock (tests fix it). */
  now?: () => number;
}

export function createHintsService(db: Database, options: HintsOptions) {
  const now = options.now ?? Date.now;
  return {
    async hints(actor: Actor, query: HintsQuery): Promise<HintsResponse> {
      const viewer = visibilityParams(actor);
      const sinceMillis =
        query.since === undefined ? now() - UNANSWERED_DEFAULT_DAYS * DAY_MS : instantMillis(query.since);
      return db.read(async (tx) => {
        const hints: Hint[] = [];
        const counts = {} as HintsResponse['counts'];
        for (const kind of HINT_KINDS) {
          const found = await repo.hintsOfKind(tx, kind, viewer, {
            lang: query.lang,
            limit: query.limit,
            sinceMillis,
          });
          counts[kind] = found.count;
          for (const row of found.rows) {
            hints.push({
              kind,
              nodeId: row.nodeId,
              title: row.title,
              nodeKind: row.nodeKind,
              ...(row.detail !== null ? { detail: row.detail } : {}),
            });
          }
        }
        return { hints, counts };
      });
    },

    async traces(actor: Actor): Promise<TracesResponse> {
      const nodes = await db.read((tx) => repo.traces(tx, visibilityParams(actor)));
      return { halfLifeDays: options.traceHalfLifeDays, nodes };
    },
  };
}
export type HintsService = ReturnType<typeof createHintsService>;
