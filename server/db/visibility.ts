// The one visibility rule, as a Cypher fragment every read uses, and the one "seeds of a node" rule it
// shares with the permission rules (server/permissions): a node is visible when its level is one the
// actor may read, or when it is private and the actor is one of those who may edit it — its author, an
// author, editor or animator of its seeds, or (a community) one of its animators; an account's person,
// only that person. The seeds of a node are
// the node itself when a Seed, and the seeds tied to it by a link that the node's OWN author or Semis
// made: linking is open to every member, so a link someone else made must hand them neither sight nor
// edit rights. Parameters: $canSee, $actorId.
import { SYSTEM_ACTOR_ID } from '../../shared/history';
import type { Role } from '../../shared/vocabulary';
import type { Actor } from '../http/actor';

/** The seed roles that make someone a steward of a node: they may edit it, hence see it when private. */
export const STEWARD_ROLES: readonly Role[] = ['author', 'editor', 'animator'];

/**
 * The two ways `person` (a node pattern's inside: `p:Person`, `:Person {id: $actorId}`) holds a role (`held`) on a seed of `node`, as a pattern and its condition: on the
 * node itself when it is a Seed, or on a seed tied to it (`tie`) by the node's author or Semis.
 */
export function seedTies(person: string, node: string): { pattern: string; where: string }[] {
  return [
    { pattern: `(${person})-[held:HAS_ROLE]->(${node})`, where: `${node}:Seed` },
    {
      pattern: `(${person})-[held:HAS_ROLE]->(:Seed)-[tie]-(${node})`,
      where: `tie.createdBy IN [${node}.createdBy, '${SYSTEM_ACTOR_ID}']`,
    },
  ];
}

/** Cypher list of the roles `person` holds on the seeds of `node` (may repeat). */
export function seedRolesHeld(person: string, node: string): string {
  return seedTies(person, node)
    .map(({ pattern, where }) => `[${pattern} WHERE ${where} | held.role]`)
    .join(' + ');
}

const ACTOR = ':Entity:Person {id: $actorId}';
/** A Person that is an account's public face: edited (so seen, when private) by that person only. */
export const ACCOUNT_PERSON = (alias: string) =>
  `(${alias}:Person AND EXISTS { MATCH (:Account {personId: ${alias}.id}) })`;
const STEWARDS = `[${STEWARD_ROLES.map((role) => `'${role}'`).join(', ')}]`;

/**
 * `WHERE`-ready predicate for the node bound to `alias`. The level test comes first, so a public node (or
 * any node for an anonymous reader) costs one property read; the private branch starts from the actor's
 * Person by the unique id index and walks their few HAS_ROLE links (never a scan of relationships).
 */
export function visibleTo(alias: string): string {
  const stewardOfSeed = seedTies(ACTOR, alias)
    .map(({ pattern, where }) => `EXISTS { MATCH ${pattern} WHERE ${where} AND held.role IN ${STEWARDS} }`)
    .join('\n    OR ');
  return `(${alias}.visibility IN $canSee OR (${alias}.visibility = 'private' AND $actorId IS NOT NULL AND (
    ${alias}.createdBy = $actorId
    OR (${alias}:Community AND EXISTS { MATCH (${ACTOR})-[:ANIMATES]->(${alias}) })
    OR (NOT ${alias}:Community AND NOT ${ACCOUNT_PERSON(alias)} AND (${stewardOfSeed})))))`;
}

/** What a repository needs to apply `visibleTo`: the parameters it reads. */
export interface Viewer {
  canSee: string[];
  actorId: string | null;
}

/** The parameters `visibleTo` reads. Anonymous and system actors have no person to be an author. */
export function visibilityParams(actor: Actor): Viewer {
  const isPerson = actor.role === 'member' || actor.role === 'admin';
  return { canSee: [...actor.canSee], actorId: isPerson ? actor.id : null };
}
