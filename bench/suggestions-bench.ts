// `npm run bench:suggestions [-- --nodes N --rels M --seed S --requests R --warmup W --markdown]`: the
// latency of POST /api/questions/suggestions on a generated landscape (bench/synthetic-graph.ts, French
// titles), through the real app over HTTP (createApp, 127.0.0.1, the CSRF cookie and header a browser
// sends), against a baseline measured in the same run: the bare driver running the plain full-text query
// (`db.index.fulltext.queryNodes` with the same Lucene text, LIMIT = the candidates the service reads).
// Both sides alternate request by request, after a discarded warm-up. Target: p95 ≤ 50 ms.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { createApp } from '../server/app';
import { FULLTEXT_INDEX } from '../server/db/migrations';
import { mergeLinks, mergeNodes } from '../server/graph-writes/import.repository';
import { TEXT_CANDIDATES } from '../server/questions/suggestions.service';
import { CSRF_COOKIE, CSRF_HEADER } from '../shared/auth';
import { openBareDriver } from './bare-driver';
import { createHttpClient } from './http-client';
import { describeMachine } from './machine';
import { type Summary, summarise, timed } from './measure';
import { startBenchNeo4j } from './neo4j-instance';
import { mulberry32 } from './prng';
import { type SuggestionCase, suggestionCases } from './suggestion-texts';
import { generateGraph } from './synthetic-graph';

const TARGET_P95_MS = 50;
const log = (line: string) => console.error(`[bench] ${line}`);

function readSettings() {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '100000' },
      rels: { type: 'string' },
      seed: { type: 'string', default: '1' },
      requests: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '50' },
      heap: { type: 'string', default: '2g' },
      pagecache: { type: 'string', default: '1g' },
      markdown: { type: 'boolean', default: false },
    },
  });
  const int = (name: string, value: string) => {
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`--${name} must be a positive integer`);
    return n;
  };
  const nodes = int('nodes', values.nodes);
  return {
    nodes,
    rels: values.rels ? int('rels', values.rels) : nodes * 10,
    seed: int('seed', values.seed),
    requests: int('requests', values.requests),
    warmup: int('warmup', values.warmup),
    heap: values.heap,
    pageCache: values.pagecache,
    markdown: values.markdown,
  };
}

const RAW_QUERY = `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
RETURN node.id AS id, score LIMIT $limit`;

async function rawFullText(driver: Driver, lucene: string): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) =>
        (await tx.run(RAW_QUERY, { index: FULLTEXT_INDEX, query: lucene, limit: neo4j.int(TEXT_CANDIDATES) }))
          .records.length,
    );
  } finally {
    await session.close();
  }
}

interface Side {
  ms: number[];
  sizes: number[];
}

async function main(): Promise<void> {
  const settings = readSettings();
  const began = Date.now();
  log(`generating ${settings.nodes} nodes and ${settings.rels} relationships (seed ${settings.seed})…`);
  const graph = generateGraph(settings);
  const neo = await startBenchNeo4j({
    name: 'suggestions',
    heap: settings.heap,
    pageCache: settings.pageCache,
    log,
  });
  const stop = () => neo.stop();
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    log('importing…');
    const imported = await timed(async () => {
      await mergeNodes(neo.db, graph.nodes);
      await mergeLinks(neo.db, graph.links);
      await neo.db.read((tx) => tx.run('CALL db.awaitIndexes(300)'));
    });
    log(`imported in ${(imported.ms / 1000).toFixed(1)} s`);

    const app = createApp({ db: neo.db, logger: pino({ level: 'silent' }) });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = createHttpClient(origin);
    const driver = openBareDriver(neo.uri);
    try {
      // a browser's CSRF cookie, handed out by any API answer
      const first = await client.get('/api/health');
      const cookie = (first.setCookie ?? [])
        .map((c) => c.split(';')[0] ?? '')
        .find((c) => c.startsWith(`${CSRF_COOKIE}=`));
      if (!cookie) throw new Error('no CSRF cookie from /api/health');
      const headers = {
        Cookie: cookie,
        Origin: origin,
        [CSRF_HEADER]: decodeURIComponent(cookie.split('=')[1] ?? ''),
      };

      const ours = async (c: SuggestionCase) => {
        const { ms, value } = await timed(() =>
          client.post(
            '/api/questions/suggestions',
            { text: c.text, ...(c.context ? { context: c.context } : {}) },
            headers,
          ),
        );
        if (value.status !== 200) throw new Error(`'${c.text}': HTTP ${value.status} ${value.body}`);
        return { ms, size: (JSON.parse(value.body) as { suggestions: unknown[] }).suggestions.length };
      };
      const raw = async (c: SuggestionCase) => {
        const { ms, value } = await timed(() => rawFullText(driver, c.lucene));
        return { ms, size: value };
      };
      const run = async (cases: SuggestionCase[]) => {
        const sides: { ours: Side; raw: Side } = { ours: { ms: [], sizes: [] }, raw: { ms: [], sizes: [] } };
        for (const [i, c] of cases.entries()) {
          const order = i % 2 === 0 ? (['ours', 'raw'] as const) : (['raw', 'ours'] as const);
          for (const side of order) {
            const sample = await (side === 'ours' ? ours(c) : raw(c));
            sides[side].ms.push(sample.ms);
            sides[side].sizes.push(sample.size);
          }
        }
        return sides;
      };

      const prng = mulberry32(settings.seed ^ 0xa5c);
      const warm = suggestionCases(prng, graph.nodes, settings.warmup);
      const measured = suggestionCases(prng, graph.nodes, settings.requests);
      log(`warm-up: ${warm.length} requests per side…`);
      await run(warm);
      log(`measuring: ${measured.length} requests per side…`);
      const result = await run(measured);
      const machine = await describeMachine(neo.db);
      const withContext = measured.filter((c) => c.context).length;
      process.stdout.write(
        report({
          settings,
          machine,
          importMs: imported.ms,
          ours: summarise(result.ours.ms),
          raw: summarise(result.raw.ms),
          suggestions: summarise(result.ours.sizes).p50,
          hits: summarise(result.raw.sizes).p50,
          withContext,
          load: os.loadavg()[0] ?? 0,
          totalMs: Date.now() - began,
        }),
      );
    } finally {
      client.close();
      await driver.close();
      server.closeAllConnections();
      server.close();
    }
  } finally {
    log('stopping Neo4j and removing its temporary folder…');
    await stop();
  }
}

interface Report {
  settings: ReturnType<typeof readSettings>;
  machine: Awaited<ReturnType<typeof describeMachine>>;
  importMs: number;
  ours: Summary;
  raw: Summary;
  suggestions: number;
  hits: number;
  withContext: number;
  load: number;
  totalMs: number;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

function report(r: Report): string {
  const s = r.settings;
  const ratio = r.ours.p95 / r.raw.p95;
  const pass = r.ours.p95 <= TARGET_P95_MS;
  const m = r.machine;
  const lines = [
    `Suggestions benchmark — ${m.date}`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j}`,
    `graph: ${s.nodes} nodes, ${s.rels} relationships (seed ${s.seed}); import ${(r.importMs / 1000).toFixed(1)} s; load average at the end ${r.load.toFixed(2)}`,
    `requests: ${r.ours.count} per side after ${s.warmup} warm-up, one at a time, alternated; ${r.withContext} with a context`,
    '',
  ];
  const rows = [
    ['side', 'p50', 'p95', 'mean', 'max', 'median size'],
    [
      'POST /api/questions/suggestions (HTTP)',
      ms(r.ours.p50),
      ms(r.ours.p95),
      ms(r.ours.mean),
      ms(r.ours.max),
      `${r.suggestions} suggestions`,
    ],
    [
      `bare driver: queryNodes LIMIT ${TEXT_CANDIDATES}`,
      ms(r.raw.p50),
      ms(r.raw.p95),
      ms(r.raw.mean),
      ms(r.raw.max),
      `${r.hits} hits`,
    ],
  ];
  if (s.markdown) {
    lines.push(`| ${rows[0]?.join(' | ')} |`, `|${rows[0]?.map(() => '---').join('|')}|`);
    for (const row of rows.slice(1)) lines.push(`| ${row.join(' | ')} |`);
  } else {
    for (const row of rows) lines.push(row.map((c, i) => (i === 0 ? c.padEnd(42) : c.padStart(14))).join(''));
  }
  lines.push(
    '',
    `p95 ratio ours / bare: ${ratio.toFixed(2)}×; target p95 ≤ ${TARGET_P95_MS} ms: ${pass ? 'met' : 'NOT met'} (${ms(r.ours.p95)})`,
    `total run time ${(r.totalMs / 1000).toFixed(0)} s`,
    '',
  );
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
