// A question's status follows the graph, not a person: `seeded` while a seed grows from it (GROWS_FROM);
// when the last such seed goes (its link removed or reverted, the seed deleted), back to `explored` if a
// seed explores it (EXPLORED_IN), else `open`. Each change is a `node.edit` (version + 1, before/after)
// recorded as done by the SYSTEM actor — Semis itself — so it is nobody's "last action" to undo, and
// reverting it needs the right to edit the question, like any edit. Every write that makes or removes a
// GROWS_FROM link calls `settleQuestionStatus` in its own transaction, after the change.
import type { Tx } from '../db/database';
import { recordEvent } from '../history/history.recorder';
import { SYSTEM } from '../http/actor';
import { updateNode } from '../nodes/nodes.repository';
import { lockQuestionGrowth, type QuestionGrowth } from './seeds.repository';

/** The status the graph gives a question, or its own when the graph says nothing about it. */
export function statusFromGraph(question: QuestionGrowth): string | null {
  if (question.grown) return 'seeded';
  if (question.status !== 'seeded') return question.status;
  return question.explored ? 'explored' : 'open';
}

/** Brings each question among `ids` to the status the graph gives it (other ids are ignored). */
export async function settleQuestionStatus(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const question of await lockQuestionGrowth(tx, ids)) {
    const status = statusFromGraph(question);
    if (status === null || status === question.status) continue;
    const after = await updateNode(tx, question.id, { status });
    await recordEvent(tx, SYSTEM, {
      action: 'node.edit',
      entity: { type: 'node', id: question.id },
      nodeIds: [question.id],
      // what a node.edit event keeps: the fields changed, and the version (history.revert.ts)
      before: { version: question.version, status: question.status ?? null },
      after: { version: after.version, status },
    });
  }
}

/** The questions a removed or restored set of relationships made or unmade as GROWS_FROM targets. */
export function grownQuestions(relationships: readonly { relation: string; target: string }[]): string[] {
  return relationships.filter((r) => r.relation === 'GROWS_FROM').map((r) => r.target);
}
