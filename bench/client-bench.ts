// `npm run bench:client [-- --nodes N --runs R --markdown]`: the page benchmark, in Debian's Chromium.
// Serves the built Semis client and a bare sigma page (bench/bare-sigma: fetch, import, draw, nothing else)
// from one Express app on an embedded Neo4j holding the demo landscape (or, with --nodes, a generated one
// of N nodes and 3N relationships). Measures, alternating the two pages run by run:
//   - load: navigation start → the landscape on screen (data-ready="true" / window.__bare.drawnAt);
//   - redraw: the mean time of 20 forced sigma refreshes (what every camera move costs);
// and on the Semis page alone the keystroke-to-list time of the search box (keydown of the last character
// → suggestions for the typed text in the list; target < 100 ms). Prints ratios ours / bare.
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import express from 'express';
import pino from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { mergeLinks, mergeNodes } from '../seeds-data/demo.repository';
import { loadDemoLandscape } from '../seeds-data/loader';
import { createApp } from '../server/app';
import { describeMachine } from './machine';
import { type Summary, summarise } from './measure';
import { type BenchNeo4j, startBenchNeo4j } from './neo4j-instance';
import { generateGraph } from './synthetic-graph';

const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.error(`[bench] ${line}`);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KEYSTROKE_TARGET_MS = 100;
/** Prefixes typed letter by letter: each keystroke is one sample. */
const TYPED = ['compost', 'graine', 'question', 'mutuelle', 'photo', 'pyramide'];

const USAGE = `usage: npm run bench:client -- [options]
  --nodes N     a generated landscape of N nodes (3N relationships) instead of the demo landscape
  --runs R      page loads per page, alternated (default 10)
  --markdown    print the report as markdown`;

interface PageSample {
  loadMs: number;
  redrawMs: number;
}

async function buildBarePage(outDir: string): Promise<void> {
  await build({
    root: path.join(root, 'bench/bare-sigma'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
    base: '/bare/',
  });
}

async function listen(app: express.Express): Promise<{ server: Server; baseUrl: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return { server, baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/** Loads `url` in a fresh page and measures load and redraw with the page's own clock. */
async function measurePage(browser: Browser, url: string, which: 'ours' | 'bare'): Promise<PageSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  try {
    await page.goto(url);
    const loadMs =
      which === 'ours'
        ? await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const ready = () => document.querySelector('[data-testid="landscape"][data-ready="true"]');
                if (ready()) return resolve(performance.now());
                new MutationObserver((_records, observer) => {
                  if (ready()) {
                    observer.disconnect();
                    resolve(performance.now());
                  }
                }).observe(document.body, { attributes: true, subtree: true, childList: true });
              }),
          )
        : await page
            .waitForFunction(() => window.__bare?.drawnAt)
            .then((handle) => handle.jsonValue() as Promise<number>);
    const redrawMs = await page.evaluate((kind) => {
      const sigma = kind === 'ours' ? window.__semis?.sigma : window.__bare?.sigma;
      if (!sigma) throw new Error('no sigma on the page');
      const started = performance.now();
      for (let i = 0; i < 20; i++) sigma.refresh();
      return (performance.now() - started) / 20;
    }, which);
    return { loadMs, redrawMs };
  } finally {
    await context.close();
  }
}

/** Types each prefix letter by letter; one sample per keystroke from the 3rd letter on. */
async function measureKeystrokes(page: Page): Promise<number[]> {
  const samples: number[] = [];
  const input = page.getByTestId('search-input');
  for (const word of TYPED) {
    await input.fill('');
    await page.waitForTimeout(300);
    for (let i = 0; i < word.length; i++) {
      const typed = word.slice(0, i + 1);
      const waiting = page.evaluate(
        (text) =>
          new Promise<number>((resolve, reject) => {
            const field = document.querySelector<HTMLInputElement>('[data-testid="search-input"]');
            if (!field) return reject(new Error('no search input'));
            let started = 0;
            const shown = () => {
              const list = document.querySelector('[data-testid="search-results"]');
              return (
                list?.getAttribute('data-query') === text &&
                document.querySelectorAll('[data-testid="search-hit"]').length > 0
              );
            };
            field.addEventListener('keydown', () => (started = performance.now()), { once: true });
            const observer = new MutationObserver(() => {
              if (started && shown()) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            });
            observer.observe(document.body, {
              subtree: true,
              childList: true,
              attributes: true,
              characterData: true,
            });
            setTimeout(() => {
              observer.disconnect();
              resolve(Number.NaN);
            }, 3000);
          }),
        typed,
      );
      await page.waitForTimeout(20); // the observer is in place before the key goes down
      await input.press(word[i] as string);
      const ms = await waiting;
      if (i >= 2 && Number.isFinite(ms)) samples.push(ms);
      await page.waitForTimeout(60);
    }
  }
  return samples;
}

const fmt = (value: number) => `${value.toFixed(1)} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;

function report(
  markdown: boolean,
  lines: { machine: string; landscape: string; runs: number },
  ours: { load: Summary; redraw: Summary },
  bare: { load: Summary; redraw: Summary },
  keys: Summary,
  keysMissed: number,
): string {
  const row = (cells: string[]) => (markdown ? `| ${cells.join(' | ')} |` : cells.join('  '));
  const out = [
    markdown
      ? `### Semis client benchmark — ${new Date().toISOString().slice(0, 10)}`
      : 'Semis client benchmark',
    '',
    `${markdown ? '- ' : '  '}${lines.machine}`,
    `${markdown ? '- ' : '  '}${lines.landscape}; ${lines.runs} loads per page, alternated; Chromium ${executablePath}`,
    '',
    row(['measure', 'ours p50', 'ours p95', 'bare p50', 'bare p95', 'ratio p50', 'ratio p95']),
    ...(markdown ? [row(['---', '---', '---', '---', '---', '---', '---'])] : []),
    row([
      'load → landscape drawn',
      fmt(ours.load.p50),
      fmt(ours.load.p95),
      fmt(bare.load.p50),
      fmt(bare.load.p95),
      times(ours.load.p50 / bare.load.p50),
      times(ours.load.p95 / bare.load.p95),
    ]),
    row([
      'one redraw (mean of 20)',
      fmt(ours.redraw.p50),
      fmt(ours.redraw.p95),
      fmt(bare.redraw.p50),
      fmt(bare.redraw.p95),
      times(ours.redraw.p50 / bare.redraw.p50),
      times(ours.redraw.p95 / bare.redraw.p95),
    ]),
    '',
    `${markdown ? '- ' : '  '}Keystroke → suggestions listed (${keys.count} keystrokes, ${keysMissed} without a list in 3 s): p50 ${fmt(keys.p50)}, p95 ${fmt(keys.p95)}, max ${fmt(keys.max)}; target p95 < ${KEYSTROKE_TARGET_MS} ms: ${keys.p95 < KEYSTROKE_TARGET_MS && keysMissed === 0 ? 'PASS' : 'FAIL'}`,
  ];
  return `${out.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string' },
      runs: { type: 'string', default: '10' },
      markdown: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const runs = Number(values.runs);
  const nodes = values.nodes === undefined ? null : Number(values.nodes);
  if (!Number.isInteger(runs) || runs < 1 || (nodes !== null && (!Number.isInteger(nodes) || nodes < 10))) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  if (!fs.existsSync(path.join(root, 'client/dist/index.html'))) throw new Error('client/dist is missing');
  if (!fs.existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}`);

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-bench-client-'));
  let neo4j: BenchNeo4j | null = null;
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    log('building the bare sigma page…');
    await buildBarePage(path.join(scratch, 'bare'));
    neo4j = await startBenchNeo4j({ name: 'client', heap: '1g', pageCache: '512m', log });
    let landscape = 'demo landscape';
    if (nodes === null) {
      await loadDemoLandscape(neo4j.db);
    } else {
      const graph = generateGraph({ nodes, rels: 3 * nodes, seed: 1 });
      log(`importing ${nodes} generated nodes…`);
      await mergeNodes(neo4j.db, graph.nodes);
      await mergeLinks(neo4j.db, graph.links);
      landscape = `generated landscape of ${nodes} nodes, ${3 * nodes} relationships`;
    }
    const outer = express();
    outer.use('/bare', express.static(path.join(scratch, 'bare')));
    outer.use(
      createApp({
        db: neo4j.db,
        logger: pino({ level: 'silent' }),
        clientDir: path.join(root, 'client/dist'),
      }),
    );
    const listening = await listen(outer);
    server = listening.server;
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--no-first-run', '--disable-sync'],
    });

    const samples = { ours: [] as PageSample[], bare: [] as PageSample[] };
    for (let run = 0; run < runs + 1; run++) {
      const order: ('ours' | 'bare')[] = run % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
      for (const which of order) {
        const url = `${listening.baseUrl}${which === 'ours' ? '/' : '/bare/'}`;
        const sample = await measurePage(browser, url, which);
        if (run > 0) samples[which].push(sample); // run 0 warms the server and the browser's caches
      }
      log(`run ${run}/${runs}`);
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${listening.baseUrl}/`);
    await page.locator('[data-testid="landscape"][data-ready="true"]').waitFor({ timeout: 60_000 });
    log('typing in the search box…');
    const keystrokes = await measureKeystrokes(page);
    const expected = TYPED.reduce((sum, word) => sum + Math.max(0, word.length - 2), 0);
    await context.close();

    const machine = await describeMachine(neo4j.db);
    const summary = (list: PageSample[]) => ({
      load: summarise(list.map((s) => s.loadMs)),
      redraw: summarise(list.map((s) => s.redrawMs)),
    });
    process.stdout.write(
      report(
        values.markdown,
        {
          machine: `${machine.date}; ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}`,
          landscape,
          runs,
        },
        summary(samples.ours),
        summary(samples.bare),
        summarise(keystrokes),
        expected - keystrokes.length,
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
