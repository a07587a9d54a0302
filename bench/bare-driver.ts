// The baselines: what a plain neo4j-driver script does without Semis around it.
// - Import: the simplest UNWIND … CREATE, one transaction per batch (the batches are cut by import-rate.ts
//   exactly like our import cuts them).
// - Queries: the exact Cypher text and parameters our repositories send (captured by calling the real
//   repository functions with a recording transaction), run through a plain driver session in one read
//   transaction, so the difference with the API is Express, zod, the services, JSON and HTTP.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Tx } from '../server/db/database';
import { visibilityParams } from '../server/db/visibility';
import { ANONYMOUS } from '../server/http/actor';
import { edgesAmong, neighbourhoodNodes } from '../server/landscape/landscape.repository';
import { searchNodes } from '../server/search/search.repository';
import { neighbourhoodQuerySchema, searchQuerySchema } from '../shared/api';
import type { Kind, Relation } from '../shared/vocabulary';
import type { LinkRow, NodeRow } from './synthetic-graph';

export function openBareDriver(uri: string): Driver {
  // disableLosslessIntegers like server/db/database.ts, so both sides decode records the same way
  return neo4j.driver(uri, undefined, {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
}

/** One transaction: the simplest UNWIND … CREATE for one batch of nodes of a single kind. */
export async function bareCreateNodes(driver: Driver, kind: Kind, rows: NodeRow[]): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite((tx) =>
      tx.run(`UNWIND $rows AS r CREATE (n:Entity:${kind}) SET n = r`, { rows }),
    );
  } finally {
    await session.close();
  }
}

/** One transaction: MATCH both ends by id and CREATE, for one batch of links of a single relation. */
export async function bareCreateLinks(driver: Driver, relation: Relation, links: LinkRow[]): Promise<void> {
  const rows = links.map((l) => ({
    source: l.source,
    target: l.target,
    properties: { ...l.properties, id: l.id },
  }));
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite((tx) =>
      tx.run(
        `UNWIND $rows AS r
         MATCH (a:Entity {id: r.source}), (b:Entity {id: r.target})
         CREATE (a)-[x:${relation}]->(b) SET x = r.properties`,
        { rows },
      ),
    );
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// The repositories' Cypher, captured

export interface CapturedQuery {
  query: string;
  params: Record<string, unknown>;
}

/** The statements `work` sends, each answered with no records (enough for the repository functions). */
export async function captureCypher(work: (tx: Tx) => Promise<unknown>): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const recorder = {
    run(query: string, params: Record<string, unknown> = {}) {
      captured.push({ query, params });
      return Promise.resolve({ records: [] });
    },
  };
  await work(recorder as unknown as Tx);
  return captured;
}

async function captureOne(work: (tx: Tx) => Promise<unknown>): Promise<CapturedQuery> {
  const [first, ...more] = await captureCypher(work);
  if (!first || more.length > 0) throw new Error(`expected one statement, got ${more.length + 1}`);
  return first;
}

/** What the API routes use when the request gives no lang/limit: the contract's defaults. */
export const neighbourhoodDefaults = neighbourhoodQuerySchema.parse({});
export const searchDefaults = searchQuerySchema.parse({ q: 'x' });

/** The first statement of GET /api/nodes/:id/neighborhood for an anonymous reader. */
export function neighbourhoodQuery(id: string, depth: 1 | 2): Promise<CapturedQuery> {
  const { lang, limit } = neighbourhoodDefaults;
  return captureOne((tx) => neighbourhoodNodes(tx, id, depth, visibilityParams(ANONYMOUS), lang, limit));
}

/** The statement of GET /api/search for an already-translated Lucene query. */
export function searchQuery(lucene: string): Promise<CapturedQuery> {
  const { lang, limit } = searchDefaults;
  return captureOne((tx) => searchNodes(tx, lucene, null, visibilityParams(ANONYMOUS), lang, limit));
}

export interface RawNeighbourhood {
  nodes: number;
  edges: number;
  total: number;
}

/** The neighbourhood's two statements in one read transaction of a plain session, like the service. */
export async function rawNeighbourhood(driver: Driver, first: CapturedQuery): Promise<RawNeighbourhood> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx: ManagedTransaction) => {
      const found = await tx.run(first.query, first.params);
      const row = found.records[0];
      if (!row) throw new Error(`no neighbourhood for ${String(first.params.id)}`);
      const centre = row.get('center') as { id: string };
      const others = row.get('nodes') as { id: string }[];
      const ids = [centre.id, ...others.map((n) => n.id)];
      const second = await captureOne((recorder) => edgesAmong(recorder, ids));
      const edges = await tx.run(second.query, second.params);
      return { nodes: ids.length, edges: edges.records.length, total: row.get('total') as number };
    });
  } finally {
    await session.close();
  }
}

/** The search statement in one read transaction of a plain session; resolves to the number of hits. */
export async function rawSearch(driver: Driver, statement: CapturedQuery): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => (await tx.run(statement.query, statement.params)).records.length,
    );
  } finally {
    await session.close();
  }
}
