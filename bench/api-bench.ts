// `npm run bench:api [-- --nodes N --rels M --seed S --requests R --warmup W --warmup-import N --markdown]`: the API
// benchmark. Generates a seeded synthetic landscape, measures the import rate of our batched merge
// against a bare-driver CREATE script (each into its own fresh store, batches alternated), then the
// latency of the neighbourhood and search endpoints against the same Cypher through a plain session.
// Progress goes to stderr, the report to stdout (plain text, or markdown with --markdown).
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { BATCH_SIZE } from '../server/graph-writes/import.repository';
import { importBoth, warmUpImports } from './import-rate';
import { measureLatency } from './latency';
import { describeMachine } from './machine';
import { timed } from './measure';
import { type BenchNeo4j, startBenchNeo4j } from './neo4j-instance';
import { type BenchSettings, formatReport, type LoadSample } from './report';
import { generateGraph } from './synthetic-graph';

const USAGE = `usage: npm run bench:api -- [options]
  --nodes N          nodes in the synthetic landscape (default 100000)
  --rels M           relationships (default 1000000)
  --seed S           PRNG seed for the graph and the request inputs (default 1)
  --requests R       measured requests per endpoint and side (default 300)
  --warmup W         warm-up requests per endpoint and side, discarded (default 50)
  --warmup-import N  nodes of the warm-up import run before the measured one, 3 relationships
                     per node, another seed (default 100000; 0 for none)
  --heap SIZE        Neo4j JVM heap (default 2g)
  --pagecache SIZE   Neo4j page cache (default 1g)
  --markdown         print the report as markdown`;

const log = (line: string) => console.error(`[bench] ${line}`);

/** "some avg60" of /proc/pressure/cpu, where Linux provides it. */
function cpuPressure(): number | null {
  try {
    const match = /some avg10=[\d.]+ avg60=([\d.]+)/.exec(fs.readFileSync('/proc/pressure/cpu', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

const load: LoadSample[] = [];
const sampleLoad = (phase: string) =>
  load.push({ phase, loadAverage: os.loadavg()[0] ?? 0, cpuPressure: cpuPressure() });

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(parsed) || parsed < 1) throw new RangeError(`--${name} must be a positive integer`);
  return parsed;
}

function nonNegativeInt(name: string, value: string | undefined, fallback: number): number {
  return value !== undefined && Number(value.replace(/_/g, '')) === 0
    ? 0
    : positiveInt(name, value, fallback);
}

function readSettings(): { settings: BenchSettings; markdown: boolean } | null {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string' },
      rels: { type: 'string' },
      seed: { type: 'string' },
      requests: { type: 'string' },
      warmup: { type: 'string' },
      'warmup-import': { type: 'string' },
      heap: { type: 'string', default: '2g' },
      pagecache: { type: 'string', default: '1g' },
      markdown: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  return {
    markdown: values.markdown,
    settings: {
      nodes: positiveInt('nodes', values.nodes, 100_000),
      rels: positiveInt('rels', values.rels, 1_000_000),
      seed: positiveInt('seed', values.seed, 1),
      requests: positiveInt('requests', values.requests, 300),
      warmup: positiveInt('warmup', values.warmup, 50),
      warmupImport: nonNegativeInt('warmup-import', values['warmup-import'], 100_000),
      heap: values.heap,
      pageCache: values.pagecache,
      batchSize: BATCH_SIZE,
    },
  };
}

/** Every Neo4j started here; stopped (JVM and folder) in the `finally` and on Ctrl-C. */
const instances = new Set<BenchNeo4j>();
const stopAll = () => Promise.allSettled([...instances].map((instance) => instance.stop()));

async function start(name: string, settings: BenchSettings): Promise<BenchNeo4j> {
  const instance = await startBenchNeo4j({ name, heap: settings.heap, pageCache: settings.pageCache, log });
  instances.add(instance);
  return instance;
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof readSettings>;
  try {
    parsed = readSettings();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (!parsed) {
    console.log(USAGE);
    return;
  }
  const { settings, markdown } = parsed;
  const began = Date.now();
  process.once('SIGINT', () => {
    log('interrupted: stopping Neo4j and removing its folders…');
    void stopAll().then(() => process.exit(130));
  });

  log(`generating ${settings.nodes} nodes and ${settings.rels} relationships (seed ${settings.seed})…`);
  const generated = await timed(async () => generateGraph(settings));
  const graph = generated.value;
  log(`generated in ${(generated.ms / 1000).toFixed(1)} s; max degree ${graph.stats.degree.max}`);

  try {
    // Each importer writes into a brand-new migrated store in its own JVM (same heap and page cache);
    // both JVMs are up together and receive the batches alternately. Ours stays up for the latency phase.
    sampleLoad('at start');
    const ours = await start('ours', settings);
    const bare = await start('bare', settings);
    let cold: Awaited<ReturnType<typeof warmUpImports>> | null = null;
    if (settings.warmupImport > 0) {
      const warmGraph = generateGraph({
        nodes: settings.warmupImport,
        rels: 3 * settings.warmupImport,
        seed: settings.seed + 1,
      });
      cold = await warmUpImports(ours.db, bare.uri, warmGraph, log);
      sampleLoad('after the warm-up import');
    }
    log(`importing: ours into ${ours.folder}, bare into ${bare.folder}…`);
    const imported = await importBoth(ours.db, bare.uri, graph, log);
    sampleLoad('after the imports');
    await bare.stop();
    instances.delete(bare);

    const machine = await describeMachine(ours.db);
    const latency = await measureLatency({
      db: ours.db,
      uri: ours.uri,
      publicIds: graph.publicIds,
      seed: settings.seed,
      requests: settings.requests,
      warmup: settings.warmup,
      log,
    });
    sampleLoad('after latency');
    const report = formatReport(
      {
        settings,
        machine,
        graph: graph.stats,
        ours: imported.ours,
        bare: imported.bare,
        cold,
        latency,
        load,
        totalMs: Date.now() - began,
      },
      markdown,
    );
    process.stdout.write(report);
  } finally {
    log('stopping Neo4j and removing its temporary folders…');
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
