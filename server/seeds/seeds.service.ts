// Growing a seed from a question ("faire germer une graine"), in one write transaction: the seed, its
// GROWS_FROM link, the grower as its author (HAS_ROLE), an event for each — and the question's status
// set to `seeded`, recorded as done by Semis itself (question-status.ts). Any member may grow a seed from
// a question they can see (404 otherwise): the status follows, the grower needs no right to edit it.
import type { z } from 'zod';
import type { CreatedWithLinks, growSeedSchema } from '../../shared/questions';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { placeNear } from '../landscape/free-spot';
import { markPlaced } from '../links/links.repository';
import { insertNode } from '../nodes/nodes.repository';
import { newNodeProperties, toNodeView } from '../nodes/nodes.service';
import { linkWithEvent, recordNodeCreated } from '../questions/linking';
import { lockVisible } from '../questions/questions.repository';
import { requirePerson } from '../questions/questions.service';
import { settleQuestionStatus } from './question-status';

export type GrowInput = z.output<typeof growSeedSchema>;

export function createSeedsService(db: Database) {
  return {
    async grow(actor: Actor, input: GrowInput): Promise<CreatedWithLinks> {
      requireAccount(actor);
      return db.write(async (tx) => {
        const question = (await lockVisible(tx, [input.question], visibilityParams(actor))).get(
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
        await requirePerson(tx, actor);

        const properties = newNodeProperties(
          {
            kind: 'Seed',
            title: input.title,
            lang: input.lang,
            visibility: input.visibility,
            ...(input.summary ? { summary: input.summary } : {}),
          },
          actor,
        );
        Object.assign(properties, await placeNear(tx, question, properties.id), { autoPlaced: false });
        if (question.autoPlaced) await markPlaced(tx, question.id);
        const seed = await insertNode(tx, 'Seed', properties);
        await recordNodeCreated(tx, actor, seed);

        const links = [
          await linkWithEvent(tx, actor, { source: seed.id, target: question.id, relation: 'GROWS_FROM' }),
          await linkWithEvent(tx, actor, {
            source: actor.id,
            target: seed.id,
            relation: 'HAS_ROLE',
            properties: { role: 'author' },
          }),
        ];

        // the question becomes `seeded`: a consequence of the graph, done by Semis, not an edit by the grower
        await settleQuestionStatus(tx, [question.id]);
        return { node: toNodeView(seed), links };
      });
    },
  };
}

export type SeedsService = ReturnType<typeof createSeedsService>;
