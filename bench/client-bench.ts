// `npm run bench:client [-- --sizes 10000:20000,… --runs R --markdown]`: the page benchmark, in Debian's
// Chromium (software WebGL). Our built page and a bare page (bench/bare-sigma: React + graphology + sigma,
// nothing else) load the SAME generated landscapes: the bench answers both pages' GET /api/landscape with
// one payload per size, so what differs is the page. For each size, alternating the pages run by run:
//   - import: the graphology import of the payload (performance measures semis:import / bare:import);
//   - first frame: navigation start → the frame with the landscape presented (performance mark
//     semis:ready / window.__bare.drawnAt, both taken two animation frames after the draw);
//   - highlight: a click on the most connected node → the frame that shows its neighbourhood;
//   - JS heap after a garbage collection.
// Then the initial JavaScript (gzip) of both builds, and, on the demo landscape with the real API and an
// embedded Neo4j, the keystroke-to-list time of our search box. Prints ratios ours / bare and verdicts.
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import express from 'express';
import pino from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { loadDemoLandscape } from '../seeds-data/loader';
import { createApp } from '../server/app';
import { toGraphPayload } from '../server/landscape/graph-payload';
import type { GraphPayload } from '../shared/graph';
import { describeMachine } from './machine';
import { type Summary, summarise } from './measure';
import { type BenchNeo4j, startBenchNeo4j } from './neo4j-instance';
import { generateGraph } from './synthetic-graph';

const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.error(`[bench] ${line}`);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS = {
  firstFrameRatio: 1.25,
  firstFrameMs: new Map([
    [10_000, 500],
    [100_000, 2_000],
  ]),
  highlightMsAt10k: 100,
  initialJsKiB: 150,
  keystrokeMs: 100,
};
/** Prefixes typed letter by letter on the demo landscape: each keystroke from the 3rd letter is a sample. */
const TYPED = ['compost', 'graine', 'question', 'mutuelle', 'photo', 'pyramide'];

const USAGE = `usage: npm run bench:client -- [options]
  --sizes LIST  generated landscapes as nodes:edges, comma-separated
                (default 10000:20000,50000:100000,100000:200000)
  --runs R      page loads per page and size, alternated, after one discarded (default 3)
  --markdown    print the report as markdown`;

type Which = 'ours' | 'bare';
interface PageSample {
  importMs: number;
  firstFrameMs: number;
  highlightMs: number;
  heapMiB: number;
}
interface SizeResult {
  nodes: number;
  edges: number;
  ours: PageSample[];
  bare: PageSample[];
}

// ---------------------------------------------------------------------------------------------------
// Builds and payloads

async function buildBarePage(outDir: string): Promise<void> {
  await build({
    root: path.join(root, 'bench/bare-sigma'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    base: '/bare/',
    build: { outDir, emptyOutDir: true },
  });
}

/** Gzip size (KiB) of the JavaScript an index.html makes the browser fetch before anything is lazy-loaded. */
function initialJsKiB(distDir: string, base: string): number {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] as string);
  let bytes = 0;
  for (const url of new Set(urls)) {
    const file = path.join(distDir, url.startsWith(base) ? url.slice(base.length) : url);
    bytes += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return bytes / 1024;
}

/** A generated landscape as the API would serve it: positions and kinds from the synthetic generator. */
function payloadOf(nodes: number, edges: number): GraphPayload {
  const graph = generateGraph({ nodes, rels: edges, seed: 1 });
  const rows = graph.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    label: String(n.title),
    x: Number(n.x),
    y: Number(n.y),
  }));
  const links = graph.links.map((l) => ({
    id: l.id,
    source: l.source,
    target: l.target,
    relation: l.relation,
    stance: (l.properties.stance as string | undefined) ?? null,
    role: (l.properties.role as string | undefined) ?? null,
  }));
  return toGraphPayload(rows, links, nodes);
}

// ---------------------------------------------------------------------------------------------------
// In the browser

async function newPage(browser: Browser, payload: string | null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  // the first-visit welcome (a modal) marked seen, as for a returning visitor
  await context.addInitScript(() => localStorage.setItem('semis.welcome', 'seen'));
  const page = await context.newPage();
  if (payload !== null) {
    await page.route('**/api/landscape*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: payload }),
    );
  }
  // tsx compiles this file with esbuild's keepNames, which wraps the functions declared inside the
  // callbacks given to page.evaluate in a __name(…) helper the page does not have
  await page.addInitScript('window.__name = (fn) => fn;');
  // the moment of the last pointer press, on the page's clock
  await page.addInitScript(() => {
    window.addEventListener(
      'pointerdown',
      () => Object.assign(window, { __pressedAt: performance.now() }),
      true,
    );
  });
  return page;
}

async function firstFrame(page: Page, which: Which): Promise<number> {
  if (which === 'bare') {
    const handle = await page.waitForFunction(() => window.__bare?.drawnAt, undefined, { timeout: 120_000 });
    return (await handle.jsonValue()) as number;
  }
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('semis:ready')[0]?.startTime,
    undefined,
    {
      timeout: 120_000,
    },
  );
  return (await handle.jsonValue()) as number;
}

async function highlight(page: Page, which: Which): Promise<number> {
  const point = await page.evaluate((kind) => {
    const map = kind === 'ours' ? window.__semis : window.__bare;
    if (!map) throw new Error('no map on the page');
    let best = '';
    let degree = -1;
    map.graph.forEachNode((node) => {
      const d = map.graph.degree(node);
      if (d > degree) [best, degree] = [node, d];
    });
    const data = map.sigma.getNodeDisplayData(best);
    if (!data) throw new Error(`node ${best} is not drawn`);
    map.sigma.getCamera().setState({ x: data.x, y: data.y, ratio: 1, angle: 0 });
    map.sigma.refresh();
    const viewport = map.sigma.framedGraphToViewport({ x: data.x, y: data.y });
    const box = map.sigma.getContainer().getBoundingClientRect();
    return { x: box.left + viewport.x, y: box.top + viewport.y };
  }, which);
  const markName = which === 'ours' ? 'semis:highlight' : 'bare:highlight';
  await page.mouse.click(point.x, point.y);
  const handle = await page.waitForFunction(
    (name) => {
      const marks = performance.getEntriesByName(name);
      const pressed = (window as unknown as { __pressedAt?: number }).__pressedAt;
      const mark = marks[marks.length - 1];
      return mark && pressed !== undefined && mark.startTime >= pressed ? mark.startTime - pressed : null;
    },
    markName,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

async function measurePage(
  browser: Browser,
  baseUrl: string,
  which: Which,
  payload: string,
): Promise<PageSample> {
  const page = await newPage(browser, payload);
  try {
    await page.goto(`${baseUrl}${which === 'ours' ? '/' : '/bare/'}`);
    const firstFrameMs = await firstFrame(page, which);
    const importMs = await page.evaluate(
      (name) => {
        const [measure] = performance.getEntriesByName(name, 'measure');
        return measure ? measure.duration : Number.NaN;
      },
      which === 'ours' ? 'semis:import' : 'bare:import',
    );
    const heap = await heapMiB(page);
    const highlightMs = await highlight(page, which);
    return { importMs, firstFrameMs, highlightMs, heapMiB: heap };
  } finally {
    await page.context().close();
  }
}

/** Types each prefix letter by letter; the time from a keydown to the list of suggestions for that text. */
async function measureKeystrokes(page: Page): Promise<{ samples: number[]; missed: number }> {
  const samples: number[] = [];
  let missed = 0;
  const input = page.getByTestId('search-input');
  for (const word of TYPED) {
    await input.fill('');
    await page.waitForTimeout(300);
    for (let i = 0; i < word.length; i++) {
      const typed = word.slice(0, i + 1);
      await page.evaluate((text) => {
        const field = document.querySelector<HTMLInputElement>('[data-testid="search-input"]');
        if (!field) throw new Error('no search input');
        const state = { started: 0, ms: Number.NaN };
        Object.assign(window, { __keystroke: state });
        field.addEventListener('keydown', () => (state.started = performance.now()), { once: true });
        const shown = () =>
          document.querySelector('[data-testid="search-results"]')?.getAttribute('data-query') === text &&
          document.querySelector('[data-testid="search-hit"]') !== null;
        const observer = new MutationObserver(() => {
          if (state.started && shown()) {
            observer.disconnect();
            state.ms = performance.now() - state.started;
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        setTimeout(() => observer.disconnect(), 3_000);
      }, typed);
      await input.press(word[i] as string);
      const ms = await page
        .waitForFunction(
          () => {
            const ms = (window as unknown as { __keystroke: { ms: number } }).__keystroke.ms;
            return Number.isNaN(ms) ? null : ms;
          },
          undefined,
          { timeout: 3_000 },
        )
        .then((handle) => handle.jsonValue() as Promise<number>)
        .catch(() => Number.NaN);
      if (i >= 2) {
        if (Number.isFinite(ms)) samples.push(ms);
        else missed += 1;
      }
      await page.waitForTimeout(150);
    }
  }
  return { samples, missed };
}

// ---------------------------------------------------------------------------------------------------
// Report

const fmtMs = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const fmtMiB = (value: number) => `${value.toFixed(0)} MiB`;
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const k = (n: number) => `${n / 1000}k`;

function formatReport(
  markdown: boolean,
  header: string[],
  sizes: SizeResult[],
  js: { ours: number; bare: number },
  keys: { summary: Summary; missed: number },
): string {
  const row = (cells: string[]) => (markdown ? `| ${cells.join(' | ')} |` : cells.join('  '));
  const item = (text: string) => (markdown ? `- ${text}` : `  ${text}`);
  const out = [
    markdown
      ? `### Semis client benchmark — ${new Date().toISOString().slice(0, 10)}`
      : 'Semis client benchmark',
    '',
  ];
  out.push(...header.map(item), '');
  const headers = ['landscape', 'measure (p50)', 'ours', 'bare', 'ours / bare'];
  out.push(row(headers));
  if (markdown) out.push(row(headers.map(() => '---')));
  const verdicts: string[] = [];
  for (const size of sizes) {
    const p50 = (list: PageSample[], key: keyof PageSample) => summarise(list.map((s) => s[key])).p50;
    const label = `${k(size.nodes)} nodes / ${k(size.edges)} edges`;
    for (const [key, name, fmt] of [
      ['importMs', 'graph import', fmtMs],
      ['firstFrameMs', 'first frame', fmtMs],
      ['highlightMs', 'selection highlight', fmtMs],
      ['heapMiB', 'JS heap', fmtMiB],
    ] as const) {
      const ours = p50(size.ours, key);
      const bare = p50(size.bare, key);
      out.push(row([label, name, fmt(ours), fmt(bare), times(ours / bare)]));
    }
    const oursFrame = p50(size.ours, 'firstFrameMs');
    const ratio = oursFrame / p50(size.bare, 'firstFrameMs');
    verdicts.push(
      `${label}: first frame ≤ ${TARGETS.firstFrameRatio}× bare: ${verdict(ratio <= TARGETS.firstFrameRatio)} (${times(ratio)})`,
    );
    const absolute = TARGETS.firstFrameMs.get(size.nodes);
    if (absolute) {
      verdicts.push(
        `${label}: first frame ≤ ${absolute} ms: ${verdict(oursFrame <= absolute)} (${fmtMs(oursFrame)})`,
      );
    }
    if (size.nodes === 10_000) {
      const h = p50(size.ours, 'highlightMs');
      verdicts.push(
        `${label}: selection highlight ≤ ${TARGETS.highlightMsAt10k} ms: ${verdict(h <= TARGETS.highlightMsAt10k)} (${fmtMs(h)})`,
      );
    }
  }
  out.push('', ...verdicts.map(item));
  out.push(
    item(
      `Initial JavaScript, gzip: ours ${js.ours.toFixed(1)} KiB, bare React + sigma + graphology ${js.bare.toFixed(1)} KiB (${times(js.ours / js.bare)}); target ours ≤ ${TARGETS.initialJsKiB} KiB: ${verdict(js.ours <= TARGETS.initialJsKiB)}`,
    ),
    item(
      `Keystroke → suggestions listed, demo landscape (${keys.summary.count} keystrokes, ${keys.missed} without a list within 3 s): p50 ${fmtMs(keys.summary.p50)}, p95 ${fmtMs(keys.summary.p95)}, max ${fmtMs(keys.summary.max)}; target p95 < ${TARGETS.keystrokeMs} ms: ${verdict(keys.summary.p95 < TARGETS.keystrokeMs && keys.missed === 0)}`,
    ),
  );
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------

function parseSizes(text: string): { nodes: number; edges: number }[] {
  return text.split(',').map((pair) => {
    const [nodes, edges] = pair.split(':').map((n) => Number(n.replace(/_/g, '')));
    if (!Number.isInteger(nodes) || !Number.isInteger(edges) || (nodes ?? 0) < 10 || (edges ?? 0) < 1) {
      throw new RangeError(`--sizes: '${pair}' is not nodes:edges`);
    }
    return { nodes: nodes as number, edges: edges as number };
  });
}

async function listen(app: express.Express): Promise<{ server: Server; baseUrl: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return { server, baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000:20000,50000:100000,100000:200000' },
      runs: { type: 'string', default: '3' },
      markdown: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const runs = Number(values.runs);
  let sizes: { nodes: number; edges: number }[];
  try {
    sizes = parseSizes(values.sizes);
    if (!Number.isInteger(runs) || runs < 1) throw new RangeError('--runs must be a positive integer');
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const clientDir = path.join(root, 'client/dist');
  if (!fs.existsSync(path.join(clientDir, 'index.html'))) throw new Error('client/dist is missing');
  if (!fs.existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}`);

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-bench-client-'));
  const bareDir = path.join(scratch, 'bare');
  let neo4j: BenchNeo4j | null = null;
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    log('building the bare page…');
    await buildBarePage(bareDir);
    const js = { ours: initialJsKiB(clientDir, '/'), bare: initialJsKiB(bareDir, '/bare/') };

    // One app: the bare page under /bare/, ours at /, the API on the demo landscape (the generated
    // landscapes reach both pages through page.route instead).
    neo4j = await startBenchNeo4j({ name: 'client', heap: '1g', pageCache: '512m', log });
    await loadDemoLandscape(neo4j.db);
    const outer = express();
    outer.use('/bare', express.static(bareDir));
    outer.use(createApp({ db: neo4j.db, logger: pino({ level: 'silent' }), clientDir }));
    const listening = await listen(outer);
    server = listening.server;
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--no-first-run', '--disable-sync', '--enable-unsafe-swiftshader'],
    });

    const results: SizeResult[] = [];
    for (const size of sizes) {
      log(`${size.nodes} nodes / ${size.edges} edges: generating…`);
      const payload = JSON.stringify(payloadOf(size.nodes, size.edges));
      const result: SizeResult = { ...size, ours: [], bare: [] };
      for (let run = 0; run <= runs; run++) {
        const order: Which[] = run % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
        for (const which of order) {
          const sample = await measurePage(browser, listening.baseUrl, which, payload);
          if (run > 0) result[which].push(sample); // run 0 warms the browser's caches
        }
        log(`${size.nodes} nodes: run ${run}/${runs}`);
      }
      results.push(result);
    }

    log('typing in the search box (demo landscape)…');
    const page = await newPage(browser, null);
    await page.goto(`${listening.baseUrl}/`);
    await page.locator('[data-testid="landscape"][data-ready="true"]').waitFor({ timeout: 60_000 });
    const keys = await measureKeystrokes(page);
    await page.context().close();

    const machine = await describeMachine(neo4j.db);
    process.stdout.write(
      formatReport(
        values.markdown,
        [
          `Date: ${machine.date}`,
          `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}`,
          `Chromium ${browser.version()} (${executablePath}), headless, software WebGL; viewport 1280×800`,
          `${runs} measured loads per page and size (after one discarded), pages alternated; p50 shown`,
        ],
        results,
        js,
        { summary: summarise(keys.samples), missed: keys.missed },
      ),
    );
  } finally {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await neo4j?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
