// Link use cases: check that the relation fits the two kinds, create idempotently (concurrent identical
// requests leave exactly one relationship: both ends are locked before looking), place a new node next
// to its first neighbour, delete.
import { randomUUID } from 'node:crypto';
import type { CreateLink } from '../../shared/links';
import { checkRelationKinds } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import type { Actor } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { positionNextTo } from '../landscape/placement';
import * as repo from './links.repository';

export function createLinksService(db: Database) {
  return {
    /** Returns the link and whether this call created it. */
    async create(actor: Actor, input: CreateLink): Promise<{ link: repo.StoredLink; created: boolean }> {
      if (input.source === input.target) {
        throw new AppError(400, 'RELATION_NOT_ALLOWED', 'A node cannot be linked to itself');
      }
      return db.write(async (tx) => {
        const ends = await repo.lockEnds(tx, [input.source, input.target], actor.canSee);
        const source = ends.get(input.source);
        const target = ends.get(input.target);
        if (!source) throw notFound(`Source node ${input.source}`);
        if (!target) throw notFound(`Target node ${input.target}`);
        const rule = checkRelationKinds(input.relation, source.kind, target.kind);
        if (rule) throw new AppError(400, 'RELATION_NOT_ALLOWED', rule, { relation: input.relation });

        const properties = input.properties ?? {};
        const role = input.relation === 'HAS_ROLE' ? String(properties.role) : null;
        const existing = await repo.findLink(tx, input.source, input.target, input.relation, role);
        if (existing) return { link: existing, created: false };

        const link = await repo.insertLink(tx, {
          id: randomUUID(),
          source: input.source,
          target: input.target,
          relation: input.relation,
          properties,
          createdBy: actor.id,
        });
        await placeNewcomers(tx, source, target);
        return { link, created: true };
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const deleted = await db.write((tx) => repo.deleteLink(tx, id, actor.canSee));
      if (!deleted) throw notFound(`Link ${id}`);
    },
  };
}

/** A node not yet placed by a link moves next to the other end; if both are new, the target anchors. */
async function placeNewcomers(tx: Parameters<typeof repo.placeNode>[0], a: repo.LinkEnd, b: repo.LinkEnd) {
  if (a.autoPlaced) {
    await repo.placeNode(tx, a.id, positionNextTo(b, a.id));
    if (b.autoPlaced) await repo.markPlaced(tx, b.id);
  } else if (b.autoPlaced) {
    await repo.placeNode(tx, b.id, positionNextTo(a, b.id));
  }
}

export type LinksService = ReturnType<typeof createLinksService>;
