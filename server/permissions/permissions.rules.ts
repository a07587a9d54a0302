// The permission table (README "Permissions") as pure functions: given who acts and the facts about the
// nodes concerned (loaded by permissions.repository.ts), each rule says yes with the grant that allows it,
// or no with the rule's text. No database, no HTTP: unit-tested on its own (test/server/permissions.test.ts).
// Reading is not here: it is the one visibility rule of server/db/visibility.ts, checked before these.
import type { Access } from '../../shared/access';
import type { Kind, Relation, Role, Visibility } from '../../shared/vocabulary';

/** Who acts: an account's person id and its global role. */
export interface Who {
  id: string;
  role: 'visitor' | 'member' | 'admin' | 'system';
}

/** What the rules need to know about one node, from the actor's point of view. */
export interface NodeFacts {
  id: string;
  kind: Kind;
  createdBy: string | null;
  visibility: Visibility;
  /** The actor's roles (HAS_ROLE) on the node's seeds: the node itself if a Seed, or seeds linked to it. */
  seedRoles: Role[];
  /** Whether the actor ANIMATES this node (a Community). */
  animates: boolean;
  /** Whether this node is the Person of an account (only that person, or an admin, edits it). */
  accountPerson: boolean;
}

/** Someone holding a standing on a node ('author', 'seed-editor', 'community-animator'…), loaded by
 *  permissions.repository.ts; `person` is null when the reader may not see that person. */
export interface Standing {
  role: string;
  personId: string;
  person: { id: string; title: string } | null;
}

export type Grant = Access['because'] | 'member' | 'link-creator' | 'event-actor';
export type Decision = { allowed: true; because: Grant } | { allowed: false; rule: string };

const allow = (because: Grant): Decision => ({ allowed: true, because });
const deny = (rule: string): Decision => ({ allowed: false, rule });

const isAdmin = (who: Who) => who.role === 'admin' || who.role === 'system';
const isMember = (who: Who) => who.role !== 'visitor';
const SEED_STEWARDS: Role[] = ['author', 'editor', 'animator'];

/** The first steward role the actor holds on the node's seeds, as a grant. */
function seedGrant(node: NodeFacts, roles: Role[]): Grant | null {
  for (const role of roles) if (node.seedRoles.includes(role)) return `seed-${role}` as Grant;
  return null;
}

/** Edit: author; authors, editors, animators of its seeds; a community's creator and animators; a person
 *  of an account only by that person; admin always. */
export function mayEdit(who: Who, node: NodeFacts): Decision {
  if (!isMember(who)) return deny('writes need an account');
  if (isAdmin(who)) return allow('admin');
  if (node.accountPerson) {
    return node.id === who.id
      ? allow('self')
      : deny('the person of an account is edited by that person only');
  }
  if (node.createdBy === who.id) return allow('author');
  if (node.kind === 'Community') {
    return node.animates
      ? allow('community-animator')
      : deny('a community is edited by its creator and its animators');
  }
  return (
    asGrant(seedGrant(node, SEED_STEWARDS)) ??
    deny('a node is edited by its author and the authors, editors and animators of its seeds')
  );
}

const asGrant = (grant: Grant | null): Decision | null => (grant ? allow(grant) : null);

/** Delete (and change visibility): its author, authors of its seeds, admin; a person of an account: admin. */
export function mayDelete(who: Who, node: NodeFacts, what = 'deleted'): Decision {
  if (!isMember(who)) return deny('writes need an account');
  if (isAdmin(who)) return allow('admin');
  if (node.accountPerson) return deny(`the person of an account is ${what} by an admin only`);
  if (node.createdBy === who.id) return allow('author');
  if (node.kind !== 'Community' && node.seedRoles.includes('author')) return allow('seed-author');
  return deny(`a node is ${what} by its author and the authors of its seeds`);
}

/** Erase a node (scrub it from the history, not undoable): admins only; an account's person is erased by
 *  that person, with their account (server/erasure). */
export function mayErase(who: Who, node: { accountPerson: boolean }): Decision {
  if (!isMember(who)) return deny('writes need an account');
  if (!isAdmin(who)) return deny('a node is erased by an admin only');
  if (node.accountPerson) return deny("an account's person is erased by that person, with the account");
  return allow('admin');
}

export function mayChangeVisibility(who: Who, node: NodeFacts): Decision {
  return mayDelete(who, node, 'made more or less visible');
}

/** Link two visible nodes: any member, except the relations that confer a standing or speak for someone. */
export function mayLink(
  who: Who,
  link: { relation: Relation; role?: string | null },
  source: NodeFacts,
  target: NodeFacts,
): Decision {
  if (!isMember(who)) return deny('writes need an account');
  if (isAdmin(who)) return allow('admin');
  switch (link.relation) {
    case 'HAS_ROLE': {
      const steward = seedGrant(target, SEED_STEWARDS) ?? (target.createdBy === who.id ? 'author' : null);
      if (steward) return allow(steward);
      if ((link.role === 'contributor' || link.role === 'member') && source.id === who.id)
        return allow('self');
      return deny(
        "roles in a seed are given by its authors, editors and animators; a member may give themself 'contributor' or 'member'",
      );
    }
    case 'ANIMATES':
      return communityStewardship(who, target);
    case 'GATHERS':
      return communityStewardship(who, source);
    case 'TAKES_STANCE':
    case 'ASKED':
    case 'MEMBER_OF':
      return source.id === who.id ? allow('self') : deny(`${link.relation} links only from your own person`);
    default:
      return allow('member');
  }
}

function communityStewardship(who: Who, community: NodeFacts): Decision {
  if (community.createdBy === who.id) return allow('author');
  if (community.animates) return allow('community-animator');
  return deny("a community's animators and seeds are chosen by its creator and its animators");
}

/** Unlink: the link's creator, anyone who may edit either end, admin. */
export function mayUnlink(
  who: Who,
  link: { createdBy: string | null },
  source: NodeFacts,
  target: NodeFacts,
): Decision {
  if (!isMember(who)) return deny('writes need an account');
  if (isAdmin(who)) return allow('admin');
  if (link.createdBy === who.id) return allow('link-creator');
  const edit = [mayEdit(who, source), mayEdit(who, target)].find((d) => d.allowed);
  return edit ?? deny('a link is removed by its creator and by whoever may edit one of its ends');
}

/** Revert an event: its own actor, anyone who may edit (one of) the entity's nodes now, admin. */
export function mayRevert(who: Who, event: { actorId: string }, nodes: NodeFacts[]): Decision {
  if (!isMember(who)) return deny('writes need an account');
  if (isAdmin(who)) return allow('admin');
  if (event.actorId === who.id) return allow('event-actor');
  const edit = nodes.map((n) => mayEdit(who, n)).find((d) => d.allowed);
  return edit ?? deny('an event is reverted by its actor and by whoever may edit what it changed');
}

/** Who may edit a node, as the access card lists them. */
export function whoCanEdit(node: NodeFacts): Access['whoCanEdit'] {
  if (node.accountPerson) return ['self', 'admin'];
  if (node.kind === 'Community') return ['author', 'community-animator', 'admin'];
  return ['author', 'seed-author', 'seed-editor', 'seed-animator', 'admin'];
}

const SEE_RULE = { public: 'everyone', members: 'members', private: 'editors-only' } as const;

/** The people among `standings` whose role lets them edit the node, each once per role, in the order of
 *  `whoCanEdit` (an account's person is listed as 'self'). */
export function namedEditors(node: NodeFacts, standings: Standing[]): Access['editors'] {
  const roles = whoCanEdit(node);
  const seen = new Set<string>();
  const named: (Access['editors'][number] & { rank: number })[] = [];
  for (const standing of standings) {
    const role = (node.accountPerson && standing.role === 'author' ? 'self' : standing.role) as EditorRole;
    const rank = roles.indexOf(role);
    const key = `${role}\u0000${standing.personId}`;
    if (rank < 0 || seen.has(key)) continue;
    seen.add(key);
    named.push({ role, person: standing.person, rank });
  }
  return named.sort((a, b) => a.rank - b.rank).map(({ role, person }) => ({ role, person }));
}
type EditorRole = Access['whoCanEdit'][number];

/** The access card of a node the reader can see; `standings` name the people who may edit it. */
export function accessCard(who: Who, node: NodeFacts, standings: Standing[] = []): Access {
  const edit = mayEdit(who, node);
  const because: Access['because'] = !isMember(who)
    ? 'visitor'
    : edit.allowed && isCardGrant(edit.because)
      ? edit.because
      : 'none';
  return {
    visibility: node.visibility,
    whoCanSee: SEE_RULE[node.visibility],
    whoCanEdit: whoCanEdit(node),
    editors: namedEditors(node, standings),
    you: {
      edit: edit.allowed,
      delete: mayDelete(who, node).allowed,
      link: isMember(who),
      changeVisibility: mayChangeVisibility(who, node).allowed,
      revert: edit.allowed,
    },
    because,
  };
}

const CARD_GRANTS = new Set<string>([
  'author',
  'seed-author',
  'seed-editor',
  'seed-animator',
  'community-animator',
  'self',
  'admin',
]);
const isCardGrant = (grant: Grant): grant is Access['because'] => CARD_GRANTS.has(grant);
