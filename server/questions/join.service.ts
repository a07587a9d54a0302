// Joining an existing question (« Rejoindre cette question »): in one write transaction, the person is
// recorded as asking it (Person -ASKED-> Question, with its link.create event) unless they already do —
// joining twice changes nothing. Their own wording, when kept, becomes a new question they ask that
// ECHOES the existing one (each with its event), so it is never thrown away and stays on the map.
import type { CreateNode } from '../../shared/entities';
import type { JoinQuestion } from '../../shared/questions';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import { type Actor, requireAccount } from '../http/actor';
import { notFound } from '../http/errors';
import { placeNear } from '../landscape/free-spot';
import type { StoredLink } from '../links/links.repository';
import { insertNode } from '../nodes/nodes.repository';
import { newNodeProperties, toNodeView } from '../nodes/nodes.service';
import { linkWithEvent, recordNodeCreated } from './linking';
import { asksAlready, lockVisible } from './questions.repository';

export function createJoinService(db: Database) {
  return {
    async join(actor: Actor, questionId: string, input: JoinQuestion) {
      requireAccount(actor);
      return db.write(async (tx) => {
        const found = (await lockVisible(tx, [questionId], visibilityParams(actor))).get(questionId);
        if (found?.kind !== 'Question') throw notFound(`Question ${questionId}`);
        const links: StoredLink[] = [];
        const joined = !(await asksAlready(tx, actor.id, questionId));
        if (joined) {
          links.push(
            await linkWithEvent(tx, actor, { source: actor.id, target: questionId, relation: 'ASKED' }),
          );
        }
        let reformulation = null;
        if (input.reformulation) {
          const question: CreateNode = { kind: 'Question', title: input.reformulation, lang: input.lang };
          const properties = newNodeProperties(question, actor);
          Object.assign(properties, await placeNear(tx, found, properties.id), { autoPlaced: false });
          const node = await insertNode(tx, 'Question', properties);
          await recordNodeCreated(tx, actor, node);
          links.push(
            await linkWithEvent(tx, actor, { source: actor.id, target: node.id, relation: 'ASKED' }),
          );
          links.push(
            await linkWithEvent(tx, actor, { source: node.id, target: questionId, relation: 'ECHOES' }),
          );
          reformulation = toNodeView(node);
        }
        return { joined, reformulation, links: links.map((l) => l.id) };
      });
    },
  };
}

export type JoinService = ReturnType<typeof createJoinService>;
