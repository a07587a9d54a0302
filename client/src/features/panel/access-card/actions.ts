// The node panel's action bar (issue 11 §6): every action of the node's kind, always at hand — not only
// as a maieutic prompt that vanishes once the graph has its answer — each offered by permission, from what
// the server says the reader may do (`access.you`, shared/access.ts) and the link rules it applies
// (server/permissions/permissions.rules.ts mayLink):
// - any member may ask, add a resource, grow a seed, take a stance or join (links from their own person);
// - the animators of a seed or a community, and the seeds a community gathers, are chosen by those who
//   may edit it (its creator, its stewards, an admin): for anyone else they are shown disabled, with why.
// A visitor gets none (the panel invites them to log in); `me` undefined: not known yet, nothing.
import type { Access } from '../../../../../shared/access';
import type { Me } from '../../../../../shared/auth';
import type { Kind } from '../../../../../shared/vocabulary';
import type { PromptAction } from '../node-details/types';

/** Why an action is not offered to this reader: a key under `contribute.actionBar.why`. */
export type ActionDenial = 'seedStewards' | 'communityStewards';

/** The actions the bar offers: all of the prompts' but "why?" and "why not?", which stay prompts. */
export type BarAction = Exclude<PromptAction, 'ask-why' | 'ask-why-not'>;

export interface PanelAction {
  action: BarAction;
  allowed: boolean;
  /** Set when not allowed. */
  why?: ActionDenial;
}

/** The actions of each kind, in the order the bar shows them ("why?" and "why not?" stay prompts). */
export const KIND_ACTIONS: Record<Kind, readonly BarAction[]> = {
  Question: ['ask-follow-up', 'take-stance', 'add-resource', 'grow-seed', 'add-asker'],
  Seed: [
    'add-founding-question',
    'add-resource',
    'propose-resource-person',
    'propose-community',
    'propose-animator',
  ],
  Person: ['ask-question', 'take-stance', 'join-seed'],
  Resource: ['link-resource', 'ask-prompted-question'],
  Community: ['join-community', 'gather-seed', 'propose-animator'],
};

/** Actions that give a standing on the node: only for those who may edit it (mayLink's stewardship). */
const STEWARDS_ONLY: Partial<Record<Kind, Partial<Record<PromptAction, ActionDenial>>>> = {
  Seed: { 'propose-animator': 'seedStewards' },
  Community: { 'propose-animator': 'communityStewards', 'gather-seed': 'communityStewards' },
};

/**
 * Whether the reader may take `action` on a node of `kind`. Without an access card (an older server) a
 * member is offered it, and the server answers 403 where the rules say no.
 */
export function actionPermission<A extends PromptAction>(
  kind: Kind,
  action: A,
  access: Access | undefined,
  me: Me | null | undefined,
): { action: A; allowed: boolean; why?: ActionDenial } {
  if (!me) return { action, allowed: false };
  if (!access) return { action, allowed: true };
  const denial = STEWARDS_ONLY[kind]?.[action];
  if (denial && !access.you.edit) return { action, allowed: false, why: denial };
  return { action, allowed: access.you.link };
}

/** The bar: none for a visitor (or while it is not known who reads), else each of the kind's actions. */
export function panelActions(
  kind: Kind,
  access: Access | undefined,
  me: Me | null | undefined,
): PanelAction[] {
  if (!me) return [];
  return KIND_ACTIONS[kind].map((action) => actionPermission(kind, action, access, me));
}

/**
 * The maieutic prompts a reader can follow: a visitor sees them all (following one asks to log in
 * first); a member does not see those the rules would refuse (they stay, disabled with why, in the bar).
 */
export function promptAllowed(
  kind: Kind,
  action: PromptAction,
  access: Access | undefined,
  me: Me | null | undefined,
): boolean {
  if (!me) return true;
  return actionPermission(kind, action, access, me).allowed;
}
