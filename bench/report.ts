// Formats the benchmark's results: aligned plain-text tables for the terminal, or markdown (--markdown)
// ready to paste into docs/benchmarks.md. Both list the machine, the graph, the import rates and the
// latency table with the target verdicts.
import { type ImportRates, type ImportTiming, importRates } from './import-rate';
import type { LatencyRow } from './latency';
import type { Machine } from './machine';
import type { GraphStats } from './synthetic-graph';

export interface BenchSettings {
  nodes: number;
  rels: number;
  seed: number;
  requests: number;
  warmup: number;
  /** Nodes of the warm-up import (relationships: three per node); 0 when there was none. */
  warmupImport: number;
  heap: string;
  pageCache: string;
  batchSize: number;
}

export interface LoadSample {
  phase: string;
  /** 1-minute load average. */
  loadAverage: number;
  /** Linux CPU pressure: % of the last 60 s in which some runnable task waited for a CPU (null elsewhere). */
  cpuPressure: number | null;
}

export interface BenchReport {
  settings: BenchSettings;
  machine: Machine;
  graph: GraphStats;
  ours: ImportTiming;
  bare: ImportTiming;
  /** The warm-up import's timings: a first import into fresh JVMs. Null when it was skipped. */
  cold: { ours: ImportTiming; bare: ImportTiming } | null;
  latency: LatencyRow[];
  /** Machine load after each phase: the machine may be shared, so busy phases show here. */
  load: LoadSample[];
  totalMs: number;
}

export const IMPORT_TARGETS = { nodesPerSecond: 20_000, relsPerSecond: 10_000 } as const;

const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const times = (value: number) => `${value.toFixed(2)}×`;
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

function table(headers: string[], rows: string[][], markdown: boolean): string {
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(report: BenchReport, markdown: boolean): string {
  const { settings, machine, graph, ours, bare } = report;
  const heading = (level: number, text: string) => (markdown ? `${'#'.repeat(level)} ${text}` : text);
  const item = (text: string) => (markdown ? `- ${text}` : `  ${text}`);
  const out: string[] = [];

  out.push(heading(3, `Semis API benchmark — ${machine.date.slice(0, 10)}`), '');
  out.push(
    item(`Date: ${machine.date}`),
    item(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}`),
    item(`Node ${machine.node}; ${machine.java}; Neo4j ${machine.neo4j}`),
    item(
      `Neo4j heap ${settings.heap}, page cache ${settings.pageCache}; import batch ${settings.batchSize} rows`,
    ),
    item(
      `Graph (seed ${settings.seed}): ${thousands(settings.nodes)} nodes (${Object.entries(graph.nodesByKind)
        .map(([k, v]) => `${k} ${thousands(v)}`)
        .join(
          ', ',
        )}), ${thousands(settings.rels)} relationships; degree mean ${graph.degree.mean.toFixed(1)}, median ${graph.degree.median}, p99 ${graph.degree.p99}, max ${graph.degree.max}`,
    ),
    '',
  );

  const o = importRates(ours);
  const b = importRates(bare);
  const co = report.cold ? importRates(report.cold.ours) : null;
  const cb = report.cold ? importRates(report.cold.bare) : null;
  const cold = (r: ImportRates | null, key: 'nodesPerSecond' | 'relsPerSecond') =>
    r ? thousands(r[key]) : 'n/a';
  const coldRatio = (key: 'nodesPerSecond' | 'relsPerSecond') => (co && cb ? times(co[key] / cb[key]) : '');
  out.push(heading(4, 'Import rate'), '');
  out.push(
    table(
      ['import', 'nodes', 'nodes/s', 'relationships', 'rels/s', 'cold nodes/s', 'cold rels/s'],
      [
        [
          'ours: mergeNodes / mergeLinks',
          seconds(o.nodesMs),
          thousands(o.nodesPerSecond),
          seconds(o.relsMs),
          thousands(o.relsPerSecond),
          cold(co, 'nodesPerSecond'),
          cold(co, 'relsPerSecond'),
        ],
        [
          'bare driver: UNWIND … CREATE',
          seconds(b.nodesMs),
          thousands(b.nodesPerSecond),
          seconds(b.relsMs),
          thousands(b.relsPerSecond),
          cold(cb, 'nodesPerSecond'),
          cold(cb, 'relsPerSecond'),
        ],
        [
          'ours / bare',
          '',
          times(o.nodesPerSecond / b.nodesPerSecond),
          '',
          times(o.relsPerSecond / b.relsPerSecond),
          coldRatio('nodesPerSecond'),
          coldRatio('relsPerSecond'),
        ],
      ],
      markdown,
    ),
    '',
    item(
      `${ours.nodes.length} node and ${ours.rels.length} relationship batches per side, alternated between the two stores`,
    ),
    item(
      settings.warmupImport > 0
        ? `Measured after a warm-up import of ${thousands(settings.warmupImport)} nodes and ${thousands(3 * settings.warmupImport)} relationships (another seed) into both stores, then emptied; "cold" = that warm-up, a first import into fresh JVMs`
        : 'No warm-up import (--warmup-import 0): the measured import ran on fresh JVMs',
    ),
    item(
      `Target ours ≥ ${thousands(IMPORT_TARGETS.nodesPerSecond)} nodes/s: ${verdict(o.nodesPerSecond >= IMPORT_TARGETS.nodesPerSecond)} (${thousands(o.nodesPerSecond)})`,
    ),
    item(
      `Target ours ≥ ${thousands(IMPORT_TARGETS.relsPerSecond)} rels/s: ${verdict(o.relsPerSecond >= IMPORT_TARGETS.relsPerSecond)} (${thousands(o.relsPerSecond)})`,
    ),
    '',
  );

  out.push(
    heading(
      4,
      `Latency (${settings.requests} requests per side after ${settings.warmup} warm-up, one at a time, alternated)`,
    ),
    '',
  );
  out.push(
    table(
      ['endpoint', 'ours p50', 'ours p95', 'raw p50', 'raw p95', 'ratio p50', 'ratio p95', 'target'],
      report.latency.map((r) => [
        r.endpoint,
        ms(r.ours.p50),
        ms(r.ours.p95),
        ms(r.raw.p50),
        ms(r.raw.p95),
        times(r.ours.p50 / r.raw.p50),
        times(r.ours.p95 / r.raw.p95),
        r.target ? `${verdict(r.target.pass)} (p95 ≤ ${ms(r.target.limitMs)})` : 'no target',
      ]),
      markdown,
    ),
    '',
    ...report.latency.map((r) =>
      item(
        `${r.endpoint}: ${r.shape}; ours mean ${ms(r.ours.mean)}, max ${ms(r.ours.max)}; raw mean ${ms(r.raw.mean)}, max ${ms(r.raw.max)}; answers differing in size: ${r.mismatches}`,
      ),
    ),
    item('Neighbourhood target: ours p95 ≤ 1.3 × raw p95 + 2 ms.'),
    '',
    item(`Whole run: ${seconds(report.totalMs)}`),
    item(
      `Machine load (${machine.cores} cores; 1-min load average / CPU pressure): ${report.load
        .map(
          (l) =>
            `${l.phase} ${l.loadAverage.toFixed(2)} / ${l.cpuPressure === null ? 'n/a' : `${l.cpuPressure.toFixed(0)}%`}`,
        )
        .join(', ')}`,
    ),
  );
  return `${out.join('\n')}\n`;
}
