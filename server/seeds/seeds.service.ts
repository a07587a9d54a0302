// Growing a seed from a question ("faire germer une graine"), in one write transaction: the seed, its
// GROWS_FROM link, the grower as its author (HAS_ROLE), the question's status set to `seeded` (an edit:
// version + 1, recorded with before/after), and an event for each. The question must be visible (404).
import type { z } from 'zod';
import type { CreatedWithLinks, growSeedSchema } from '../../shared/questions';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import { recordEvent } from '../history/history.recorder';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { positionNextTo } from '../landscape/placement';
import { markPlaced } from '../links/links.repository';
import { insertNode, updateNode } from '../nodes/nodes.repository';
import { newNodeProperties, toNodeView } from '../nodes/nodes.service';
import { linkWithEvent, recordNodeCreated } from '../questions/linking';
import { lockVisible, storedProperties } from '../questions/questions.repository';
import { requirePerson } from '../questions/questions.service';

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
            400,
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
        Object.assign(properties, positionNextTo(question, properties.id), { autoPlaced: false });
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

        const before = await storedProperties(tx, question.id);
        if (before && before.status !== 'seeded') {
          const after = await updateNode(tx, question.id, { status: 'seeded' });
          await recordEvent(tx, actor, {
            action: 'node.edit',
            entity: { type: 'node', id: question.id },
            nodeIds: [question.id],
            // what a node.edit event keeps: the fields changed, and the version (history.revert.ts)
            before: { version: before.version, status: before.status ?? null },
            after: { version: after.version, status: after.status },
          });
        }
        return { node: toNodeView(seed), links };
      });
    },
  };
}

export type SeedsService = ReturnType<typeof createSeedsService>;
