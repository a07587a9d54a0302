// Cypher of presence: one :Presence row per (node, viewer) with the time it lapses, merged at each beat
// (not an :Entity: never in a landscape, a search or an export), the lapsed ones of the node removed on
// the way, and the live ones counted. In Neo4j, so every Semis process counts the same people.
import { int, type Tx } from '../db/database';

export async function notePresence(
  tx: Tx,
  nodeId: string,
  viewerKey: string,
  ttlMs: number,
): Promise<number> {
  const result = await tx.run(
    `MERGE (p:Presence {nodeId: $nodeId, viewer: $viewerKey})
     SET p.until = datetime() + duration({milliseconds: $ttlMs})
     WITH p
     CALL (p) {
       MATCH (lapsed:Presence {nodeId: p.nodeId}) WHERE lapsed.until < datetime() DELETE lapsed
     }
     RETURN COUNT { MATCH (live:Presence {nodeId: $nodeId}) WHERE live.until >= datetime() } AS watching`,
    { nodeId, viewerKey, ttlMs: int(ttlMs) },
  );
  return Number(result.records[0]?.get('watching') ?? 1);
}
