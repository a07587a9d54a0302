// Growing a seed from a question ("faire germer une graine"), in one write transaction: the seed, its
// GROWS_FROM link, the grower as its author (HAS_ROLE), an event for each — and the question's status
// set to `seeded`, recorded as done by Semis itself (question-status.ts). Any member may grow a seed from
// a question they can see (404 otherwise): the status follows, the grower needs no right to edit it.
// Written through the write path (server/graph-writes).
import type { z } from 'zod';
import type { CreatedWithLinks, growSeedSchema } from '../../shared/questions';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import * as graph from '../graph-writes/graph-writes';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { toNodeView } from '../nodes/nodes.service';
import { assertCan } from '../permissions/permissions.service';

export type GrowInput = z.output<typeof growSeedSchema>;

export function createSeedsService(db: Database) {
  return {
    async grow(actor: Actor, input: GrowInput): Promise<CreatedWithLinks> {
      requireAccount(actor);
      return db.write(async (tx) => {
        const w = graph.writer(tx, actor);
        const question = (await graph.lockTargets(tx, [input.question], visibilityParams(actor))).get(
          input.question,
        );
        if (!question) throw notFound(`Question ${input.question}`);
        if (question.kind !== 'Question') {
          throw new AppError(
            'RELATION_NOT_ALLOWED',
            `GROWS_FROM links Seed → Question, not Seed → ${question.kind}`,
            {
              field: 'question',
              relation: 'GROWS_FROM',
            },
          );
        }
        await graph.requirePerson(w);

        const seed = await graph.createNode(
          w,
          {
            kind: 'Seed',
            title: input.title,
            lang: input.lang,
            visibility: input.visibility,
            ...(input.summary ? { summary: input.summary } : {}),
          },
          { near: question, pinAnchor: true },
        );

        // the question becomes `seeded` once both links are made: a consequence of the graph, done by
        // Semis, not an edit by the grower (server/graph-writes/question-status.ts)
        const { links } = await graph.createLinks(
          w,
          [
            { source: seed.id, target: question.id, relation: 'GROWS_FROM' },
            { source: actor.id, target: seed.id, relation: 'HAS_ROLE', properties: { role: 'author' } },
          ],
          { check: (link) => assertCan(tx, actor, 'link', link) },
        );
        return { node: toNodeView(seed), links };
      });
    },
  };
}

export type SeedsService = ReturnType<typeof createSeedsService>;
