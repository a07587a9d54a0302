// Request latency: the real app (createApp, app.listen on 127.0.0.1, silent logs) against the same
// Cypher through a plain driver session, with the same inputs, one request at a time, the two sides
// alternated request by request (ours first on even requests, raw first on odd ones) so machine noise,
// GC and cache effects fall on both alike. A warm-up of the same shape runs first and is discarded.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from '../server/app';
import type { Database } from '../server/db/database';
import { toLuceneQuery } from '../server/search/lucene-query';
import {
  type CapturedQuery,
  neighbourhoodQuery,
  openBareDriver,
  rawNeighbourhood,
  rawSearch,
  searchQuery,
} from './bare-driver';
import { searchText } from './french-words';
import { createHttpClient } from './http-client';
import { type Summary, summarise, timed } from './measure';
import { mulberry32 } from './prng';

export interface LatencyRow {
  endpoint: string;
  ours: Summary;
  raw: Summary;
  /** Requests whose API answer did not have the same size as the raw answer (should be 0). */
  mismatches: number;
  /** What a typical answer holds, e.g. "median 21 nodes, 38 edges". */
  shape: string;
  /** The neighbourhood target: ours p95 ≤ 1.3 × raw p95 + 2 ms; null where there is none. */
  target: { limitMs: number; pass: boolean } | null;
}

export interface LatencyOptions {
  db: Database;
  uri: string;
  publicIds: string[];
  seed: number;
  requests: number;
  warmup: number;
  log: (line: string) => void;
}

interface Sample {
  ms: number;
  /** A size both sides must agree on: "nodes/edges" or the number of hits. */
  size: string;
}

interface Case {
  ours(): Promise<Sample>;
  raw(): Promise<Sample>;
}

const median = (values: number[]) => summarise(values).p50;

/** Runs every case on both sides, alternating which side goes first. */
async function alternate(cases: Case[]): Promise<{ ours: Sample[]; raw: Sample[] }> {
  const ours: Sample[] = [];
  const raw: Sample[] = [];
  for (const [i, c] of cases.entries()) {
    if (i % 2 === 0) {
      ours.push(await c.ours());
      raw.push(await c.raw());
    } else {
      raw.push(await c.raw());
      ours.push(await c.ours());
    }
  }
  return { ours, raw };
}

export async function measureLatency(options: LatencyOptions): Promise<LatencyRow[]> {
  const app = createApp({ db: options.db, logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const client = createHttpClient(`http://127.0.0.1:${port}`);
  const driver = openBareDriver(options.uri);
  const rows: LatencyRow[] = [];
  try {
    const prng = mulberry32(options.seed ^ 0x5eed);
    const ids = (count: number) => Array.from({ length: count }, () => prng.pick(options.publicIds));
    const texts = (count: number) => Array.from({ length: count }, () => searchText(prng));
    const warmIds = ids(options.warmup);
    const measuredIds = ids(options.requests);
    const warmTexts = texts(options.warmup);
    const measuredTexts = texts(options.requests);

    for (const depth of [1, 2] as const) {
      const cases = async (list: string[]): Promise<Case[]> =>
        Promise.all(
          list.map(async (id) => {
            const statement = await neighbourhoodQuery(id, depth);
            return neighbourhoodCase(client, driver, id, depth, statement);
          }),
        );
      const endpoint = `GET /api/nodes/:id/neighborhood?depth=${depth}`;
      options.log(
        `latency: ${endpoint} (${options.warmup} warm-up + ${options.requests} requests per side)…`,
      );
      await alternate(await cases(warmIds));
      const { ours, raw } = await alternate(await cases(measuredIds));
      rows.push(row(endpoint, ours, raw, true, neighbourhoodShape(raw)));
    }

    const searchCases = async (list: string[]): Promise<Case[]> =>
      Promise.all(
        list.map(async (text) => {
          const lucene = toLuceneQuery(text);
          if (!lucene) throw new Error(`no Lucene query for '${text}'`);
          return searchCase(client, driver, text, await searchQuery(lucene));
        }),
      );
    const endpoint = 'GET /api/search?q=…';
    options.log(`latency: ${endpoint} (${options.warmup} warm-up + ${options.requests} requests per side)…`);
    await alternate(await searchCases(warmTexts));
    const { ours, raw } = await alternate(await searchCases(measuredTexts));
    rows.push(row(endpoint, ours, raw, false, `median ${median(raw.map((s) => Number(s.size)))} hits`));
  } finally {
    client.close();
    await driver.close();
    server.closeAllConnections();
    server.close();
  }
  return rows;
}

function neighbourhoodCase(
  client: ReturnType<typeof createHttpClient>,
  driver: ReturnType<typeof openBareDriver>,
  id: string,
  depth: 1 | 2,
  statement: CapturedQuery,
): Case {
  return {
    async ours() {
      const { ms, value } = await timed(() =>
        client.get(`/api/nodes/${encodeURIComponent(id)}/neighborhood?depth=${depth}`),
      );
      if (value.status !== 200) throw new Error(`neighbourhood of ${id}: HTTP ${value.status} ${value.body}`);
      const payload = JSON.parse(value.body) as { nodes: unknown[]; edges: unknown[] };
      return { ms, size: `${payload.nodes.length}/${payload.edges.length}` };
    },
    async raw() {
      const { ms, value } = await timed(() => rawNeighbourhood(driver, statement));
      return { ms, size: `${value.nodes}/${value.edges}` };
    },
  };
}

function searchCase(
  client: ReturnType<typeof createHttpClient>,
  driver: ReturnType<typeof openBareDriver>,
  text: string,
  statement: CapturedQuery,
): Case {
  return {
    async ours() {
      const { ms, value } = await timed(() => client.get(`/api/search?q=${encodeURIComponent(text)}`));
      if (value.status !== 200) throw new Error(`search '${text}': HTTP ${value.status} ${value.body}`);
      return { ms, size: String((JSON.parse(value.body) as { hits: unknown[] }).hits.length) };
    },
    async raw() {
      const { ms, value } = await timed(() => rawSearch(driver, statement));
      return { ms, size: String(value) };
    },
  };
}

function neighbourhoodShape(raw: Sample[]): string {
  const nodes = raw.map((s) => Number(s.size.split('/')[0]));
  const edges = raw.map((s) => Number(s.size.split('/')[1]));
  return `median ${median(nodes)} nodes / ${median(edges)} edges (max ${Math.max(...nodes)} / ${Math.max(...edges)})`;
}

function row(
  endpoint: string,
  ours: Sample[],
  raw: Sample[],
  withTarget: boolean,
  shape: string,
): LatencyRow {
  const oursSummary = summarise(ours.map((s) => s.ms));
  const rawSummary = summarise(raw.map((s) => s.ms));
  const mismatches = ours.filter((s, i) => s.size !== raw[i]?.size).length;
  const limitMs = 1.3 * rawSummary.p95 + 2;
  return {
    endpoint,
    ours: oursSummary,
    raw: rawSummary,
    mismatches,
    shape,
    target: withTarget ? { limitMs, pass: oursSummary.p95 <= limitMs } : null,
  };
}
