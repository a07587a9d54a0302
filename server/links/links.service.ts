// Link use cases: check that the relation fits the two kinds and the permission table, create
// idempotently (concurrent identical requests leave exactly one relationship: both ends are locked before
// looking), place a new node next to its first neighbour, delete — through the write path
// (server/graph-writes), which records each event and settles a question's status when a GROWS_FROM link
// comes or goes.
import type { CreateLink } from '../../shared/links';
import { checkRelationKinds } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import * as graph from '../graph-writes/graph-writes';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { assertCan } from '../permissions/permissions.service';
import * as repo from './links.repository';

export function createLinksService(db: Database) {
  return {
    /** Returns the link and whether this call created it. */
    async create(actor: Actor, input: CreateLink): Promise<{ link: repo.StoredLink; created: boolean }> {
      requireAccount(actor);
      if (input.source === input.target) {
        throw new AppError('RELATION_NOT_ALLOWED', 'A node cannot be linked to itself');
      }
      return db.write(async (tx) => {
        const ends = await graph.lockTargets(tx, [input.source, input.target], visibilityParams(actor));
        const source = ends.get(input.source);
        const target = ends.get(input.target);
        if (!source) throw notFound(`Source node ${input.source}`);
        if (!target) throw notFound(`Target node ${input.target}`);
        const rule = checkRelationKinds(input.relation, source.kind, target.kind);
        if (rule) throw new AppError('RELATION_NOT_ALLOWED', rule, { relation: input.relation });
        await assertCan(tx, actor, 'link', input);

        const properties = input.properties ?? {};
        const role = input.relation === 'HAS_ROLE' ? String(properties.role) : null;
        const existing = await repo.findLink(tx, input.source, input.target, input.relation, role);
        if (existing) return { link: existing, created: false };

        const link = await graph.createLink(
          graph.writer(tx, actor),
          { source: input.source, target: input.target, relation: input.relation, properties },
          [source, target],
        );
        return { link, created: true };
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      requireAccount(actor);
      await db.write(async (tx) => {
        const link = await graph.findVisibleLink(tx, id, visibilityParams(actor));
        if (!link) throw notFound(`Link ${id}`);
        await assertCan(tx, actor, 'unlink', { link });
        await graph.deleteLink(graph.writer(tx, actor), link);
      });
    },
  };
}

export type LinksService = ReturnType<typeof createLinksService>;
