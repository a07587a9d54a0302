// Import throughput: the synthetic landscape loaded with OUR path (mergeNodes / mergeLinks of
// seeds-data/demo.repository.ts, through the Database class) into one fresh store, and with the
// bare-driver UNWIND … CREATE script into another fresh store, both JVMs up at once. The batches are cut
// the way our import cuts them (per kind or relation, BATCH_SIZE rows) and sent alternately to the two
// stores (ours first, then bare first, …), so store growth and the noise of a shared machine fall on both
// alike. Every batch is timed; each side's rate is its rows over the sum of its batch times.
// A fresh JVM spends its first few hundred thousand rows compiling Neo4j's write path (C2 took about
// half of the JVM's CPU then, on 2 cores): warmUpImports runs a smaller, different graph through both
// sides first and empties both stores again, so the measured import shows the steady rate, and the
// warm-up's own rate is reported as the cold one.

import { Database } from '../server/db/database';
import { BATCH_SIZE, emptyDatabase, mergeLinks, mergeNodes } from '../server/graph-writes/import.repository';
import { KINDS, type Kind, RELATIONS, type Relation } from '../shared/vocabulary';
import { bareCreateLinks, bareCreateNodes, openBareDriver } from './bare-driver';
import { perSecond, timed } from './measure';
import type { LinkRow, NodeRow, SyntheticGraph } from './synthetic-graph';

export interface BatchTime {
  rows: number;
  ms: number;
}

export interface ImportTiming {
  nodes: BatchTime[];
  rels: BatchTime[];
}

export interface ImportRates {
  nodesMs: number;
  relsMs: number;
  nodesPerSecond: number;
  relsPerSecond: number;
}

const total = (batches: BatchTime[]) => ({
  rows: batches.reduce((sum, b) => sum + b.rows, 0),
  ms: batches.reduce((sum, b) => sum + b.ms, 0),
});

function rate(batches: BatchTime[]): { ms: number; perSecond: number } {
  const all = total(batches);
  return { ms: all.ms, perSecond: perSecond(all.rows, all.ms) };
}

export function importRates(timing: ImportTiming): ImportRates {
  const nodes = rate(timing.nodes);
  const rels = rate(timing.rels);
  return {
    nodesMs: nodes.ms,
    relsMs: rels.ms,
    nodesPerSecond: nodes.perSecond,
    relsPerSecond: rels.perSecond,
  };
}

/** The batches our import makes: grouped by `key` in the order of `keys`, BATCH_SIZE rows at most. */
function batchesBy<T, K extends string>(rows: T[], keys: readonly K[], key: (row: T) => K): [K, T[]][] {
  const batches: [K, T[]][] = [];
  for (const k of keys) {
    const group = rows.filter((row) => key(row) === k);
    for (let i = 0; i < group.length; i += BATCH_SIZE) batches.push([k, group.slice(i, i + BATCH_SIZE)]);
  }
  return batches;
}

function expectCount(what: string, got: number, wanted: number): void {
  if (got !== wanted) throw new Error(`the ${what} import stored ${got} instead of ${wanted}`);
}

/** Runs both sides of every batch, alternating which goes first. */
async function alternate<B>(
  batches: B[],
  ours: (batch: B) => Promise<BatchTime>,
  bare: (batch: B) => Promise<BatchTime>,
): Promise<{ ours: BatchTime[]; bare: BatchTime[] }> {
  const result = { ours: [] as BatchTime[], bare: [] as BatchTime[] };
  for (const [i, batch] of batches.entries()) {
    if (i % 2 === 0) {
      result.ours.push(await ours(batch));
      result.bare.push(await bare(batch));
    } else {
      result.bare.push(await bare(batch));
      result.ours.push(await ours(batch));
    }
  }
  return result;
}

export async function importBoth(
  oursDb: Database,
  bareUri: string,
  graph: SyntheticGraph,
  log: (line: string) => void,
): Promise<{ ours: ImportTiming; bare: ImportTiming }> {
  const driver = openBareDriver(bareUri);
  try {
    // mergeNodes / mergeLinks called with one single-kind (single-relation) batch run exactly one of
    // the transactions they run on the whole graph.
    const nodeBatches = batchesBy<NodeRow, Kind>(graph.nodes, KINDS, (n) => n.kind);
    log(`nodes: ${nodeBatches.length} batches per side…`);
    const nodes = await alternate(
      nodeBatches,
      async ([, rows]) => {
        const { ms, value } = await timed(() => mergeNodes(oursDb, rows));
        expectCount('nodes (ours)', value, rows.length);
        return { rows: rows.length, ms };
      },
      async ([kind, rows]) => {
        const { ms } = await timed(() => bareCreateNodes(driver, kind, rows));
        return { rows: rows.length, ms };
      },
    );
    const linkBatches = batchesBy<LinkRow, Relation>(graph.links, RELATIONS, (l) => l.relation);
    log(`relationships: ${linkBatches.length} batches per side…`);
    const rels = await alternate(
      linkBatches,
      async ([, rows]) => {
        const { ms, value } = await timed(() => mergeLinks(oursDb, rows));
        expectCount('relationships (ours)', value, rows.length);
        return { rows: rows.length, ms };
      },
      async ([relation, rows]) => {
        const { ms } = await timed(() => bareCreateLinks(driver, relation, rows));
        return { rows: rows.length, ms };
      },
    );

    const counted = await driver.executeQuery(
      'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
    );
    const row = counted.records[0];
    expectCount('nodes (bare)', Number(row?.get('nodes') ?? 0), graph.nodes.length);
    expectCount('relationships (bare)', Number(row?.get('rels') ?? 0), graph.links.length);
    return { ours: { nodes: nodes.ours, rels: rels.ours }, bare: { nodes: nodes.bare, rels: rels.bare } };
  } finally {
    await driver.close();
  }
}

/**
 * Runs `graph` (a different, smaller one than the measured graph) through both importers, then empties
 * both stores again: the JIT compiles the write path of both JVMs before the measured import. Returns the
 * warm-up's own timings, which are the rates of a first import into a fresh JVM.
 */
export async function warmUpImports(
  oursDb: Database,
  bareUri: string,
  graph: SyntheticGraph,
  log: (line: string) => void,
): Promise<{ ours: ImportTiming; bare: ImportTiming }> {
  log(`warm-up import: ${graph.nodes.length} nodes, ${graph.links.length} relationships on each side…`);
  const timings = await importBoth(oursDb, bareUri, graph, log);
  const bareDb = new Database({ uri: bareUri });
  try {
    log('warm-up import: emptying both stores…');
    await Promise.all([emptyDatabase(oursDb), emptyDatabase(bareDb)]);
  } finally {
    await bareDb.close();
  }
  return timings;
}
