// The one visibility rule, as a Cypher fragment every read uses: a node is visible when its level is one
// the actor may read, or when it is private and the actor is its author or an author or editor of a
// seed it belongs to (the seed itself, or a seed it is directly linked to). Parameters: $canSee, $actorId.
import type { Actor } from '../http/actor';

/**
 * `WHERE`-ready predicate for the node bound to `alias`. The level test comes first, so a public node (or
 * any node for an anonymous reader) costs one property read; the private branch starts from the actor's
 * Person by the unique id index and walks their few HAS_ROLE links (never a scan of relationships).
 */
export function visibleTo(alias: string): string {
  return `(${alias}.visibility IN $canSee OR (${alias}.visibility = 'private' AND $actorId IS NOT NULL AND (
    ${alias}.createdBy = $actorId
    OR EXISTS { MATCH (:Entity:Person {id: $actorId})-[held:HAS_ROLE]->(${alias})
                WHERE ${alias}:Seed AND held.role IN ['author', 'editor'] }
    OR EXISTS { MATCH (:Entity:Person {id: $actorId})-[held:HAS_ROLE]->(seed:Seed)--(${alias})
                WHERE held.role IN ['author', 'editor'] })))`;
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
