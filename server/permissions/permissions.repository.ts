// Cypher for the facts the permission rules need about nodes the actor can see: kind, creator,
// visibility, the actor's roles on the node's seeds, whether the actor animates it (a community), and
// whether it is the Person of an account. Hidden or unknown nodes are simply absent from the answer.
// A seed's roles reach a node linked to it only when the node's own author (or Semis) made that link: the
// same `seedTies` rule server/db/visibility.ts uses, so whoever may edit a node may also see it. Also the
// people who may edit a node, for its access card, each named only when the reader may see them.
import { z } from 'zod';
import { SYSTEM_ACTOR_ID } from '../../shared/history';
import { kindSchema, roleSchema, visibilitySchema } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import {
  ACCOUNT_PERSON,
  STEWARD_ROLES,
  seedRolesHeld,
  seedTies,
  type Viewer,
  visibleTo,
} from '../db/visibility';
import type { NodeFacts, Standing } from './permissions.rules';

/** A node's facts as loadNodeFacts projects them. */
const nodeFactsSchema = z.object({
  id: z.string(),
  kind: kindSchema,
  createdBy: z.string().nullable(),
  visibility: visibilitySchema,
  seedRoles: z.array(roleSchema),
  animates: z.boolean(),
  accountPerson: z.boolean(),
}) satisfies z.ZodType<NodeFacts>;

/** One standing as loadStandings returns it. */
const standingSchema = z.object({
  role: z.string(),
  personId: z.string(),
  person: z.object({ id: z.string(), title: z.string() }).nullable(),
}) satisfies z.ZodType<Standing>;

/** Per-node facts, keyed by id, for the ids the reader can see. */
export async function loadNodeFacts(tx: Tx, ids: string[], viewer: Viewer): Promise<Map<string, NodeFacts>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id}) WHERE ${visibleTo('n')}
     RETURN n { .id, .kind, .visibility, createdBy: n.createdBy,
       seedRoles: CASE WHEN $actorId IS NULL THEN [] ELSE
         ${seedRolesHeld(':Entity:Person {id: $actorId}', 'n')} END,
       animates: $actorId IS NOT NULL AND n:Community
         AND EXISTS { (:Entity:Person {id: $actorId})-[:ANIMATES]->(n) },
       accountPerson: ${ACCOUNT_PERSON('n')}
     } AS facts`,
    { ids: [...new Set(ids)], ...viewer },
  );
  const facts = parseRows(
    nodeFactsSchema,
    result.records.map((r) => r.get('facts')),
  );
  return new Map(facts.map((f) => [f.id, { ...f, seedRoles: [...new Set(f.seedRoles)] }]));
}

/**
 * Everyone who holds a standing on the node (visible to the reader): its author, the stewards of its
 * seeds (by `seedTies`), a community's animators. The rules keep those whose role lets them edit.
 */
export async function loadStandings(tx: Tx, nodeId: string, viewer: Viewer): Promise<Standing[]> {
  const [direct, tied] = seedTies('p:Entity:Person', 'n') as [SeedTie, SeedTie];
  const result = await tx.run(
    `MATCH (n:Entity {id: $id}) WHERE ${visibleTo('n')}
     CALL (n) {
       MATCH (p:Entity:Person {id: n.createdBy}) RETURN p, 'author' AS role
       UNION
       MATCH ${direct.pattern} WHERE ${direct.where} AND held.role IN $stewards
       RETURN p, 'seed-' + held.role AS role
       UNION
       MATCH ${tied.pattern} WHERE ${tied.where} AND held.role IN $stewards
       RETURN p, 'seed-' + held.role AS role
       UNION
       MATCH (p:Entity:Person)-[:ANIMATES]->(n) WHERE n:Community RETURN p, 'community-animator' AS role
     }
     RETURN role, p.id AS personId,
       CASE WHEN ${visibleTo('p')} THEN p { .id, .title } ELSE null END AS person
     ORDER BY toLower(coalesce(p.title, '')), p.id`,
    { id: nodeId, stewards: [...STEWARD_ROLES], ...viewer },
  );
  return parseRows(
    standingSchema,
    result.records.map((r) => r.toObject()),
  );
}

type SeedTie = ReturnType<typeof seedTies>[number];

/** Facts about a node that no longer exists, from what its delete event kept (for reverting the delete).
 *  Its seeds are those the node's own author, or Semis, linked it to, as `seedTies` says for a live node. */
export async function factsFromSnapshot(
  tx: Tx,
  snapshot: { id: string; kind: NodeFacts['kind']; createdBy?: string; visibility: NodeFacts['visibility'] },
  ties: { other: string; createdBy: string | null }[],
  actorId: string | null,
): Promise<NodeFacts> {
  const tiedBy = [snapshot.createdBy ?? null, SYSTEM_ACTOR_ID];
  const neighbourIds = ties.filter((t) => tiedBy.includes(t.createdBy)).map((t) => t.other);
  const result = await tx.run(
    `RETURN CASE WHEN $actorId IS NULL THEN [] ELSE
       [(:Entity:Person {id: $actorId})-[held:HAS_ROLE]->(seed:Seed) WHERE seed.id IN $neighbourIds | held.role]
     END AS seedRoles,
     EXISTS { MATCH (a:Account {personId: $id}) } AS accountPerson`,
    { actorId, neighbourIds, id: snapshot.id },
  );
  const row = result.records[0];
  return {
    id: snapshot.id,
    kind: snapshot.kind,
    createdBy: snapshot.createdBy ?? null,
    visibility: snapshot.visibility,
    seedRoles: parseRow(z.array(roleSchema).nullable(), row?.get('seedRoles')) ?? [],
    animates: false,
    accountPerson: Boolean(row?.get('accountPerson')),
  };
}
