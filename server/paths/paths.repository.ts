// Cypher for "how is A connected to B?": which ends the actor can see, and every shortest path between
// them through visible nodes only, relationships taken in either direction, in a stable order.
import { type Path, pathSchema } from '../../shared/paths';
import type { Lang } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import { labelExpression } from '../nodes/nodes.repository';

/** The ids among `ids` that exist and that the actor may see. */
export async function visibleIds(tx: Tx, ids: string[], viewer: Viewer): Promise<Set<string>> {
  const result = await tx.run(`MATCH (n:Entity) WHERE n.id IN $ids AND ${visibleTo('n')} RETURN n.id AS id`, {
    ids,
    ...viewer,
  });
  return new Set(result.records.map((r) => r.get('id') as string));
}

/**
 * All shortest paths from `from` to `to` of at most `maxLength` relationships, up to `limit`, ordered by
 * their node ids then relationship ids. The visibility predicate holds for every node of the path, so
 * Neo4j checks it during its breadth-first search (a universal predicate) and finds the shortest
 * *visible* path, not the shortest path later thrown away. `maxLength` must be a validated integer:
 * Cypher takes no parameter for a variable-length bound, so it is written into the query.
 */
export async function shortestPaths(
  tx: Tx,
  from: string,
  to: string,
  maxLength: number,
  viewer: Viewer,
  lang: Lang,
  limit: number,
): Promise<Path[]> {
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new RangeError(`Bad path length ${maxLength}`);
  const result = await tx.run(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
     WHERE all(x IN nodes(p) WHERE x:Entity AND ${visibleTo('x')})
     WITH p, [x IN nodes(p) | x.id] AS nodeIds, [r IN relationships(p) | r.id] AS edgeIds
     ORDER BY nodeIds, edgeIds
     LIMIT $limit
     RETURN [x IN nodes(p) | x { .id, .kind, title: ${labelExpression('x')} }] AS nodes,
            [r IN relationships(p) | { id: r.id, relation: type(r), source: startNode(r).id, target: endNode(r).id }] AS edges`,
    { from, to, ...viewer, lang, limit: int(limit) },
  );
  return parseRows(
    pathSchema,
    result.records.map((r) => r.toObject()),
  );
}
