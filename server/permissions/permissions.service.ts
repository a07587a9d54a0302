// The permission door every write service goes through, inside its own write transaction:
//
//   const facts = await assertCan(tx, actor, 'edit', { nodeId });
//   await assertCan(tx, actor, 'create', { kind: 'Question' });
//   await assertCan(tx, actor, 'link', { source, target, relation, properties });
//   await assertCan(tx, actor, 'unlink', { link: { source, target, createdBy } });
//
// Answers, in this order: 401 UNAUTHENTICATED for the anonymous visitor (requireAccount), 404 NOT_FOUND
// when a node is hidden from the actor or unknown (the same answer and message for both), 403 FORBIDDEN
// naming the rule (never a hidden node's title) when the node is visible but the rule says no. Resolves to
// the facts it loaded, keyed by node id. Stable API: services of other features (questions, seeds,
// photos) call it too. `accessFor` computes the access card of GET /api/nodes/:id with the same rules.
import type { Access } from '../../shared/access';
import type { Kind, Relation } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { visibilityParams } from '../db/visibility';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { loadNodeFacts, loadStandings } from './permissions.repository';
import {
  accessCard,
  type Decision,
  mayChangeVisibility,
  mayDelete,
  mayEdit,
  mayLink,
  mayUnlink,
  type NodeFacts,
} from './permissions.rules';

export interface PermissionTargets {
  create: { kind: Kind };
  edit: { nodeId: string };
  delete: { nodeId: string };
  changeVisibility: { nodeId: string };
  link: { source: string; target: string; relation: Relation; properties?: Record<string, unknown> };
  unlink: { link: { source: string; target: string; createdBy: string | null } };
}
export type PermissionAction = keyof PermissionTargets;

/** 403 with the rule's text; the message names the action and the rule only. */
export function forbidden(action: string, decision: Decision): AppError {
  const rule = decision.allowed ? '' : decision.rule;
  return new AppError('FORBIDDEN', `You may not ${action} here: ${rule}`, { rule });
}

/** Facts for each id, or 404 for the first one the actor cannot see. */
export async function visibleFacts(tx: Tx, actor: Actor, ids: string[]): Promise<NodeFacts[]> {
  const facts = await loadNodeFacts(tx, ids, visibilityParams(actor));
  return ids.map((id) => {
    const found = facts.get(id);
    if (!found) throw notFound(`Node ${id}`);
    return found;
  });
}

export async function assertCan<A extends PermissionAction>(
  tx: Tx,
  actor: Actor,
  action: A,
  target: PermissionTargets[A],
): Promise<Map<string, NodeFacts>> {
  requireAccount(actor);
  if (action === 'create') return new Map();
  const t = target as Partial<
    PermissionTargets['edit'] & PermissionTargets['link'] & PermissionTargets['unlink']
  >;
  const ids = t.nodeId
    ? [t.nodeId]
    : t.link
      ? [t.link.source, t.link.target]
      : [t.source ?? '', t.target ?? ''];
  const facts = await visibleFacts(tx, actor, ids);
  const [first, second] = facts as [NodeFacts, NodeFacts];
  const decision = decide(actor, action, first, second, t);
  if (!decision.allowed) throw forbidden(ACTION_TEXT[action], decision);
  return new Map(facts.map((f) => [f.id, f]));
}

const ACTION_TEXT: Record<PermissionAction, string> = {
  create: 'create',
  edit: 'edit this node',
  delete: 'delete this node',
  changeVisibility: "change this node's visibility",
  link: 'make this link',
  unlink: 'remove this link',
};

function decide(
  actor: Actor,
  action: PermissionAction,
  first: NodeFacts,
  second: NodeFacts,
  t: Partial<PermissionTargets['link'] & PermissionTargets['unlink']>,
): Decision {
  switch (action) {
    case 'edit':
      return mayEdit(actor, first);
    case 'delete':
      return mayDelete(actor, first);
    case 'changeVisibility':
      return mayChangeVisibility(actor, first);
    case 'link': {
      const role = typeof t.properties?.role === 'string' ? t.properties.role : null;
      return mayLink(actor, { relation: t.relation as Relation, role }, first, second);
    }
    case 'unlink':
      return mayUnlink(actor, { createdBy: t.link?.createdBy ?? null }, first, second);
    default:
      return { allowed: true, because: 'member' };
  }
}

/** The access card of a node, or null when the actor cannot see it. */
export async function accessFor(tx: Tx, actor: Actor, nodeId: string): Promise<Access | null> {
  const viewer = visibilityParams(actor);
  const facts = (await loadNodeFacts(tx, [nodeId], viewer)).get(nodeId);
  return facts ? accessCard(actor, facts, await loadStandings(tx, nodeId, viewer)) : null;
}
