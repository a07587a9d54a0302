// Cypher for the facts the permission rules need about nodes the actor can see: kind, creator,
// visibility, the actor's roles on the node's seeds, whether the actor animates it (a community), and
// whether it is the Person of an account. Hidden or unknown nodes are simply absent from the answer.
// A seed's roles reach a node linked to it only when the node's own author (or the demo loader) made that
// link: linking is open to every member, so a link someone else made must not hand them the node.
import type { Tx } from '../db/database';
import { toPlain } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import type { NodeFacts } from './permissions.rules';

/** Per-node facts, keyed by id, for the ids the reader can see. */
export async function loadNodeFacts(tx: Tx, ids: string[], viewer: Viewer): Promise<Map<string, NodeFacts>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id}) WHERE ${visibleTo('n')}
     RETURN n { .id, .kind, .visibility, createdBy: n.createdBy,
       seedRoles: CASE WHEN $actorId IS NULL THEN [] ELSE
         [(:Entity:Person {id: $actorId})-[held:HAS_ROLE]->(n:Seed) | held.role] +
         [(:Entity:Person {id: $actorId})-[held:HAS_ROLE]->(:Seed)-[tie]-(n)
           WHERE tie.createdBy IN [n.createdBy, 'system'] | held.role] END,
       animates: $actorId IS NOT NULL AND n:Community
         AND EXISTS { (:Entity:Person {id: $actorId})-[:ANIMATES]->(n) },
       accountPerson: n:Person AND EXISTS { MATCH (account:Account {personId: n.id}) }
     } AS facts`,
    { ids: [...new Set(ids)], ...viewer },
  );
  const facts = result.records.map((r) => toPlain(r.get('facts')) as NodeFacts);
  return new Map(facts.map((f) => [f.id, { ...f, seedRoles: [...new Set(f.seedRoles)] }]));
}

/** Facts about a node that no longer exists, from what its delete event kept (for reverting the delete). */
export async function factsFromSnapshot(
  tx: Tx,
  snapshot: { id: string; kind: NodeFacts['kind']; createdBy?: string; visibility: NodeFacts['visibility'] },
  neighbourIds: string[],
  actorId: string | null,
): Promise<NodeFacts> {
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
    seedRoles: (row?.get('seedRoles') as NodeFacts['seedRoles']) ?? [],
    animates: false,
    accountPerson: Boolean(row?.get('accountPerson')),
  };
}
