// Joining an existing question (« Rejoindre cette question »): in one write transaction, the person is
// recorded as asking it (Person -ASKED-> Question, with its link.create event) unless they already do —
// joining twice changes nothing. Their own wording, when kept, becomes a new question they ask that
// ECHOES the existing one (each with its event), so it is never thrown away and stays on the map. Written
// through the write path (server/graph-writes); each link checked by the permission table.
import type { CreateNode } from '../../shared/entities';
import type { JoinQuestion } from '../../shared/questions';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import * as graph from '../graph-writes/graph-writes';
import { type Actor, requireAccount } from '../http/actor';
import { notFound } from '../http/errors';
import type { StoredLink } from '../links/links.repository';
import { toNodeView } from '../nodes/nodes.service';
import { assertCan } from '../permissions/permissions.service';
import { asksAlready } from './questions.repository';

export function createJoinService(db: Database) {
  return {
    async join(actor: Actor, questionId: string, input: JoinQuestion) {
      requireAccount(actor);
      return db.write(async (tx) => {
        const w = graph.writer(tx, actor);
        const check = (link: graph.NewLink) => assertCan(tx, actor, 'link', link);
        const found = (await graph.lockTargets(tx, [questionId], visibilityParams(actor))).get(questionId);
        if (found?.kind !== 'Question') throw notFound(`Question ${questionId}`);
        const links: StoredLink[] = [];
        const joined = !(await asksAlready(tx, actor.id, questionId));
        if (joined) {
          const asked = await graph.createLinks(
            w,
            [{ source: actor.id, target: questionId, relation: 'ASKED' }],
            { check },
          );
          links.push(...asked.links);
        }
        let reformulation = null;
        if (input.reformulation) {
          const question: CreateNode = { kind: 'Question', title: input.reformulation, lang: input.lang };
          const node = await graph.createNode(w, question, { near: found });
          const made = await graph.createLinks(
            w,
            [
              { source: actor.id, target: node.id, relation: 'ASKED' },
              { source: node.id, target: questionId, relation: 'ECHOES' },
            ],
            { check },
          );
          links.push(...made.links);
          reformulation = toNodeView(node);
        }
        return { joined, reformulation, links: links.map((l) => l.id) };
      });
    },
  };
}

export type JoinService = ReturnType<typeof createJoinService>;
