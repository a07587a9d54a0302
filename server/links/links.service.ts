// Link use cases: check that the relation fits the two kinds and the permission table, create
// idempotently (concurrent identical requests leave exactly one relationship: both ends are locked before
// looking), place a new node next to its first neighbour, delete. Each write records its event; making or
// removing a GROWS_FROM link settles the question's status (server/seeds/question-status.ts).
import { randomUUID } from 'node:crypto';
import type { CreateLink } from '../../shared/links';
import { checkRelationKinds } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import { recordEvent } from '../history/history.recorder';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { placeNear } from '../landscape/free-spot';
import { assertCan } from '../permissions/permissions.service';
import { grownQuestions, settleQuestionStatus } from '../seeds/question-status';
import * as repo from './links.repository';

/** What a link event keeps: enough to recreate or delete the same link. */
export function linkSnapshot(link: repo.StoredLink): Record<string, unknown> {
  return {
    id: link.id,
    source: link.source,
    target: link.target,
    relation: link.relation,
    properties: link.properties,
    createdAt: link.createdAt,
    createdBy: link.createdBy,
  };
}

export function createLinksService(db: Database) {
  return {
    /** Returns the link and whether this call created it. */
    async create(actor: Actor, input: CreateLink): Promise<{ link: repo.StoredLink; created: boolean }> {
      requireAccount(actor);
      if (input.source === input.target) {
        throw new AppError('RELATION_NOT_ALLOWED', 'A node cannot be linked to itself');
      }
      return db.write(async (tx) => {
        const ends = await repo.lockEnds(tx, [input.source, input.target], visibilityParams(actor));
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

        const link = await repo.insertLink(tx, {
          id: randomUUID(),
          source: input.source,
          target: input.target,
          relation: input.relation,
          properties,
          createdBy: actor.id,
        });
        await placeNewcomers(tx, source, target);
        await recordEvent(tx, actor, {
          action: 'link.create',
          entity: { type: 'link', id: link.id },
          nodeIds: [link.source, link.target],
          before: null,
          after: linkSnapshot(link),
        });
        await settleQuestionStatus(tx, grownQuestions([link])); // a seed grows from it: `seeded`
        return { link, created: true };
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      requireAccount(actor);
      await db.write(async (tx) => {
        const link = await repo.findLinkById(tx, id, visibilityParams(actor));
        if (!link) throw notFound(`Link ${id}`);
        await assertCan(tx, actor, 'unlink', { link });
        await repo.deleteLink(tx, id);
        await recordEvent(tx, actor, {
          action: 'link.delete',
          entity: { type: 'link', id },
          nodeIds: [link.source, link.target],
          before: linkSnapshot(link),
          after: null,
        });
        await settleQuestionStatus(tx, grownQuestions([link])); // its last seed gone: no longer `seeded`
      });
    },
  };
}

/** A node not yet placed by a link moves next to the other end; if both are new, the target anchors. */
async function placeNewcomers(tx: Parameters<typeof repo.placeNode>[0], a: repo.LinkEnd, b: repo.LinkEnd) {
  if (a.autoPlaced) {
    await repo.placeNode(tx, a.id, await placeNear(tx, b, a.id));
    if (b.autoPlaced) await repo.markPlaced(tx, b.id);
  } else if (b.autoPlaced) {
    await repo.placeNode(tx, b.id, await placeNear(tx, a, b.id));
  }
}

export type LinksService = ReturnType<typeof createLinksService>;
