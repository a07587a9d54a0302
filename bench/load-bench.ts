// `npm run bench:load [-- --duration S --sizes 1000,10000 --quick]`: the HTTP load benchmark (autocannon)
// on a throw-away embedded Neo4j (temporary folder, free port) and Semis on 127.0.0.1 only. For each
// landscape size (the demo plus N generated nodes): reads alone — landscape, its revalidation with
// If-None-Match, a node, search, a neighbourhood — at 10 and 50 connections, each beside /api/health
// measured in the same run; then the landscape with writes mixed in (ask, link: each changes it).
// Every phase is time-bounded; the whole run stops by itself and removes its folder. Report on stdout.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadDemoLandscape } from '../seeds-data/loader';
import { createApp } from '../server/app';
import { markLandscapeLoaded, mergeLinks, mergeNodes } from '../server/graph-writes/import.repository';
import { CSRF_COOKIE, CSRF_HEADER } from '../shared/auth';
import { describeMachine } from './machine';
import { startBenchNeo4j } from './neo4j-instance';
import { generateGraph } from './synthetic-graph';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}
type CannonRequest = { method?: string; path: string; headers?: Record<string, string>; body?: string };
type Autocannon = (options: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const log = (line: string) => console.error(`[bench:load] ${line}`);

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000' },
    connections: { type: 'string', default: '10,50' },
  },
});
const DURATION = Number(values.duration);
const SIZES = values.sizes.split(',').map(Number);
const CONNECTIONS = values.connections.split(',').map(Number);

interface Row {
  size: string;
  phase: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  health: number;
}
const rows: Row[] = [];

async function cannon(
  url: string,
  connections: number,
  requests: CannonRequest[],
  headers: Record<string, string>,
) {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: DURATION,
    headers,
    requests: [
      {
        setupRequest: (req: CannonRequest) => {
          const next = requests[i++ % requests.length] as CannonRequest;
          return { ...req, ...next, headers: { ...headers, ...next.headers } };
        },
      },
    ],
  });
  // a 304 on revalidation is the expected answer, not an error
  const bad = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !['200', '201', '304'].includes(code))
    .reduce((sum, [, s]) => sum + s.count, 0);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + bad,
  };
}

async function main() {
  const neo = await startBenchNeo4j({ name: 'load', heap: '1g', pageCache: '512m', log });
  const stop = () => neo.stop();
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  const deadline = setTimeout(() => {
    log('time bound reached: stopping');
    void stop().then(() => process.exit(2));
  }, 30 * 60_000);
  deadline.unref();
  try {
    const machine = await describeMachine(neo.db);
    const app = createApp({ db: neo.db, logger: pino({ level: 'silent' }), auth: { rateLimit: 1_000_000 } });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    log(`Semis on ${origin}`);
    await loadDemoLandscape(neo.db);

    // a member, for the writes: CSRF cookie, then register (session cookie)
    const first = await fetch(`${origin}/api/auth/me`);
    const csrf = /semis_csrf=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const registered = await fetch(`${origin}/api/auth/register`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: origin,
        [CSRF_HEADER]: csrf,
        Cookie: `${CSRF_COOKIE}=${csrf}`,
      },
      body: JSON.stringify({ name: 'Banc', email: 'banc@semis.test', password: 'une graine, dix questions' }),
    });
    const setCookie = registered.headers.get('set-cookie') ?? '';
    const session = /(semis_session=[^;]+)/.exec(setCookie)?.[1] ?? '';
    // the CSRF token is bound to the session: registration renews it
    const memberCsrf = /semis_csrf=([^;]+)/.exec(setCookie)?.[1] ?? csrf;
    const member = {
      Origin: origin,
      [CSRF_HEADER]: memberCsrf,
      Cookie: `${CSRF_COOKIE}=${memberCsrf}; ${session}`,
    };

    for (const size of SIZES) {
      const graph = generateGraph({ nodes: size, rels: size * 3, seed: 1 });
      log(`loading the demo + ${size} generated nodes…`);
      await mergeNodes(neo.db, graph.nodes);
      await mergeLinks(
        neo.db,
        graph.links.map((l) => ({ ...l, id: `${l.id}-${size}` })),
      );
      await markLandscapeLoaded(neo.db);
      await neo.db.read((tx) => tx.run('CALL db.awaitIndexes(300)'));
      const ids = graph.nodes.filter((n) => n.visibility === 'public').map((n) => n.id);
      const questions = graph.nodes
        .filter((n) => n.kind === 'Question' && n.visibility === 'public')
        .map((n) => n.id);
      const landscape = await fetch(`${origin}/api/landscape`, { headers: { 'Accept-Encoding': 'gzip' } });
      const etag = landscape.headers.get('etag') ?? '';
      const bytes = (await landscape.arrayBuffer()).byteLength;
      log(`landscape: ${etag}, ${bytes} bytes (decoded)`);
      const label = `demo + ${size.toLocaleString('en')}`;
      const gz = { 'Accept-Encoding': 'gzip' };
      const reads: [string, CannonRequest[]][] = [
        ['landscape', [{ path: '/api/landscape' }]],
        ['landscape 304', [{ path: '/api/landscape', headers: { 'If-None-Match': etag } }]],
        ['node', ids.slice(0, 200).map((id) => ({ path: `/api/nodes/${id}` }))],
        [
          'search',
          ['compost', 'eau', 'jardin', 'semis', 'arbre', 'sol'].map((q) => ({ path: `/api/search?q=${q}` })),
        ],
        ['neighbourhood', ids.slice(0, 200).map((id) => ({ path: `/api/nodes/${id}/neighborhood` }))],
      ];
      // one warm-up request of each (query plans compiled, caches filled), its status and time logged
      for (const [phase, requests] of reads) {
        const started = performance.now();
        const res = await fetch(`${origin}${requests[0]?.path}`, {
          headers: { ...gz, ...requests[0]?.headers },
        });
        await res.arrayBuffer();
        log(`warm-up ${phase}: ${res.status} in ${(performance.now() - started).toFixed(0)} ms`);
      }
      for (const connections of CONNECTIONS) {
        const health = await cannon(origin, connections, [{ path: '/api/health' }], gz);
        rows.push({ size: label, phase: 'health', connections, ...health, health: health.rps });
        log(`${label} c${connections} health ${health.rps.toFixed(0)} req/s`);
        for (const [phase, requests] of reads) {
          const r = await cannon(origin, connections, requests, gz);
          rows.push({ size: label, phase, connections, ...r, health: health.rps });
          log(
            `${label} c${connections} ${phase} ${r.rps.toFixed(0)} req/s p99 ${r.p99} ms, ${r.errors} errors`,
          );
        }
      }
      // reads with writes mixed in: the landscape at 10 connections while 2 connections ask and link
      let n = 0;
      const writes: CannonRequest[] = Array.from({ length: 400 }, (_, k) =>
        k % 2 === 0
          ? {
              method: 'POST',
              path: '/api/questions',
              headers: { ...member, 'Content-Type': 'application/json' },
              body: JSON.stringify({ title: `Question de charge ${size} n°${k} ?` }),
            }
          : {
              method: 'POST',
              path: '/api/links',
              headers: { ...member, 'Content-Type': 'application/json' },
              body: JSON.stringify({
                source: questions[(n++ * 7) % questions.length],
                relation: 'REFINES',
                target: questions[(n * 13 + 1) % questions.length],
              }),
            },
      );
      for (const write of writes.slice(0, 2)) {
        const res = await fetch(`${origin}${write.path}`, {
          method: 'POST',
          headers: write.headers,
          body: write.body,
        });
        log(`warm-up ${write.path}: ${res.status}`);
        // a refused warm-up means every measured write would be refused too: stop rather than report it
        if (res.status >= 400)
          throw new Error(`warm-up ${write.path} refused: ${res.status} ${await res.text()}`);
      }
      const health = await cannon(origin, 10, [{ path: '/api/health' }], gz);
      const [mixedReads, mixedWrites] = await Promise.all([
        cannon(origin, 10, [{ path: '/api/landscape' }], gz),
        cannon(origin, 2, writes, {}),
      ]);
      rows.push({
        size: label,
        phase: 'landscape, writes mixed',
        connections: 10,
        ...mixedReads,
        health: health.rps,
      });
      rows.push({
        size: label,
        phase: 'writes (ask, link)',
        connections: 2,
        ...mixedWrites,
        health: health.rps,
      });
      log(
        `${label} mixed: landscape ${mixedReads.rps.toFixed(0)} req/s, writes ${mixedWrites.rps.toFixed(0)} req/s, ${mixedWrites.errors} errors`,
      );
    }
    server.close();
    const fmt = (x: number) => x.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    console.log(
      `Machine: ${machine.cpu}, ${machine.cores} cores; ${new Date().toISOString()}; ${DURATION} s per phase`,
    );
    console.log('| landscape | phase | conn. | req/s | p50 ms | p99 ms | errors | health req/s | ratio |');
    console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|');
    for (const r of rows) {
      console.log(
        `| ${r.size} | ${r.phase} | ${r.connections} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${fmt(r.health)} | ${fmt(r.rps / r.health)} |`,
      );
    }
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
