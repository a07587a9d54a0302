// A question's status follows the graph, not a person: `seeded` while a seed grows from it (GROWS_FROM);
// when the last such seed goes (its link removed or reverted, the seed deleted), back to `explored` if a
// seed explores it (EXPLORED_IN), else `open`. Each change is a `node.edit` (version + 1, before/after)
// recorded as done by the SYSTEM actor — Semis itself — so it is nobody's "last action" to undo, and
// reverting it needs the right to edit the question, like any edit. Every write that makes or removes a
// GROWS_FROM link settles it in its own transaction, after the change: the write path (graph-writes.ts)
// does it for every link made, removed or restored, every node deleted or restored, every visibility change.
import { SYSTEM } from '../http/actor';
import type { StoredNode } from '../nodes/nodes.repository';
import { recordEvent } from './events';
import { updateNode } from './graph-writes.repository';
import { lockQuestionGrowth, type QuestionGrowth, questionsOfSeed } from './question-status.repository';
import { atOf, type Writer } from './writer';

/** The status the graph gives a question, or its own when the graph says nothing about it. */
export function statusFromGraph(question: QuestionGrowth): string | null {
  if (question.grown) return 'seeded';
  if (question.status !== 'seeded') return question.status;
  return question.explored ? 'explored' : 'open';
}

/**
 * Brings each question among `ids` to the status the graph gives it (other ids are ignored). Returns the
 * questions it changed, as stored now (a caller answering with one of them answers its new version).
 */
export async function settleQuestionStatus(w: Writer, ids: string[]): Promise<Map<string, StoredNode>> {
  const changed = new Map<string, StoredNode>();
  if (ids.length === 0) return changed;
  const semis: Writer = { ...w, actor: SYSTEM };
  for (const question of await lockQuestionGrowth(w.tx, ids)) {
    const status = statusFromGraph(question);
    if (status === null || status === question.status) continue;
    const after = await updateNode(w.tx, question.id, { status }, atOf(w));
    changed.set(question.id, after);
    await recordEvent(semis, {
      action: 'node.edit',
      entity: { type: 'node', id: question.id },
      nodeIds: [question.id],
      // what a node.edit event keeps: the fields changed, and the version (history.revert.ts)
      before: { version: question.version, status: question.status ?? null },
      after: { version: after.version, status },
    });
  }
  return changed;
}

/** The questions a removed or restored set of relationships made or unmade as GROWS_FROM targets. */
export function grownQuestions(relationships: readonly { relation: string; target: string }[]): string[] {
  return relationships.filter((r) => r.relation === 'GROWS_FROM').map((r) => r.target);
}

/**
 * After a node's visibility changed, the statuses it may move: a question's own (which of its seeds all its
 * readers may see has changed), or those of the questions a seed grows from or explores.
 */
export async function settleAfterVisibilityChange(
  w: Writer,
  node: { id: string; kind: string },
): Promise<Map<string, StoredNode>> {
  if (node.kind === 'Question') return settleQuestionStatus(w, [node.id]);
  if (node.kind === 'Seed') return settleQuestionStatus(w, await questionsOfSeed(w.tx, node.id));
  return new Map();
}
