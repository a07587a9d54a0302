// `npm run bench:live [-- --subscribers 500 --writes 20 --spacing 400]`: the live stream under many
// subscribers. A Semis server (its own child process, started as `npm start` starts it, on a throw-away
// embedded Neo4j holding the demo landscape) gets N visitors' streams (GET /api/stream) open at once; a
// member then asks W questions one after the other, and every stream's receipt of each is timed from the
// write's answer (its commit). The baseline, in the same run and the same way: the barest SSE broadcast
// (bench/bare-sse-server.ts, also its own process) sent a message of the same size. Reported: delivery
// p50/p95/p99 over every (write, subscriber), the writes that did not reach everyone, and the server's
// memory per subscriber (VmRSS with the streams open less before, over N). Targets (issue 13 §2): p95 ≤
// 250 ms, p99 ≤ 1 s, ≤ 50 KB per subscriber. The subscribers run in this process: its event loop is a
// cost both sides share.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDemoLandscape } from '../seeds-data/loader';
import { ENDPOINTS } from '../shared/api';
import { freePort } from '../test/support/free-port';
import { browserSession } from './browser-session';
import { describeMachine } from './machine';
import { percentile } from './measure';
import { startBenchNeo4j } from './neo4j-instance';
import { cleanups, readProcMemory, startServerChild, stopStarting } from './server-child';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.error(`[bench] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readSettings() {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '500' },
      writes: { type: 'string', default: '20' },
      spacing: { type: 'string', default: '400' },
    },
  });
  const int = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`--${name} must be a positive integer`);
    return n;
  };
  return {
    subscribers: int('subscribers', values.subscribers),
    writes: int('writes', values.writes),
    spacingMs: int('spacing', values.spacing),
  };
}

/** N open streams, each timing when a chunk holding a watched token arrives. */
async function subscribe(url: string, count: number) {
  const received = new Map<string, number[]>();
  const watched = new Set<string>();
  const aborter = new AbortController();
  const open = async () => {
    const res = await fetch(url, { headers: { Accept: 'text/event-stream' }, signal: aborter.signal });
    if (res.status !== 200 || !res.body) throw new Error(`${url}: ${res.status}`);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const first = await reader.read(); // the `retry:` line: the stream is open
    if (first.done) throw new Error(`${url}: closed at once`);
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          const at = performance.now();
          const text = decoder.decode(value, { stream: true });
          for (const token of watched) if (text.includes(token)) received.get(token)?.push(at);
        }
      } catch {
        // closed by the bench
      }
    })();
  };
  for (let i = 0; i < count; i += 50)
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, open));
  return {
    watch(token: string) {
      watched.add(token);
      received.set(token, []);
    },
    receipts: (token: string) => received.get(token) ?? [],
    close: () => aborter.abort(),
  };
}

interface Side {
  label: string;
  latencies: number[];
  incomplete: number;
  idleKiB: number;
  openKiB: number;
}

/** W writes, one after the other: each one's receipts by every stream, timed from its answer. */
async function measureSide(options: {
  label: string;
  pid: number;
  streamUrl: string;
  write: (i: number) => Promise<{ token: string; answeredAt: number }>;
  settings: ReturnType<typeof readSettings>;
}): Promise<Side> {
  const { settings } = options;
  // warm-up: one stream and one write through it (plans, first connections), waited for
  const warm = await subscribe(options.streamUrl, 1);
  const first = await options.write(-1);
  warm.watch(first.token);
  const until = performance.now() + 20_000;
  while (warm.receipts(first.token).length === 0 && performance.now() < until) await sleep(20);
  warm.close();
  await sleep(1_000);
  const idleKiB = readProcMemory(options.pid).rssKiB;
  log(`${options.label}: opening ${settings.subscribers} streams…`);
  const streams = await subscribe(options.streamUrl, settings.subscribers);
  await sleep(2_000);
  const openKiB = readProcMemory(options.pid).rssKiB;
  const latencies: number[] = [];
  let incomplete = 0;
  for (let i = 0; i < settings.writes; i++) {
    const { token, answeredAt } = await options.write(i);
    streams.watch(token);
    await sleep(settings.spacingMs);
    const deadline = performance.now() + 5_000;
    while (streams.receipts(token).length < settings.subscribers && performance.now() < deadline)
      await sleep(20);
    const receipts = streams.receipts(token);
    if (receipts.length < settings.subscribers) incomplete += 1;
    for (const at of receipts) latencies.push(Math.max(0, at - answeredAt));
  }
  streams.close();
  log(
    `${options.label}: ${latencies.length} receipts, p95 ${percentile(
      [...latencies].sort((a, b) => a - b),
      0.95,
    ).toFixed(0)} ms`,
  );
  return { label: options.label, latencies, incomplete, idleKiB, openKiB };
}

async function startBare(): Promise<{ pid: number; origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/bare-sse-server.ts', String(port)],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    cleanups.delete(stop);
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  cleanups.add(stop);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/ready`)).ok) return { pid: child.pid as number, origin, stop };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stop();
  throw new Error('the bare SSE server did not start');
}

const ms = (values: number[], q: number) =>
  percentile(
    [...values].sort((a, b) => a - b),
    q,
  );
const kb = (side: Side, n: number) => ((side.openKiB - side.idleKiB) * 1.024) / n;

async function main() {
  const settings = readSettings();
  const started = performance.now();
  const neo = await startBenchNeo4j({ name: 'live', heap: '1g', pageCache: '256m', log });
  cleanups.add(neo.stop);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-bench-live-'));
  try {
    await loadDemoLandscape(neo.db);
    const machine = await describeMachine(neo.db);
    const semis = await startServerChild({ name: 'semis', neo4jUri: neo.uri, dataDir, log });
    const send = browserSession(semis.origin);
    await send('GET', ENDPOINTS.health.path);
    const reg = await send('POST', ENDPOINTS.register.path, {
      name: 'Banc d’essai du direct',
      email: `bench-live-${Date.now()}@semis.test`,
      password: 'un mot de passe assez long',
    });
    if (reg.status !== 201) throw new Error(`register: ${reg.status}`);
    let sampleMessageBytes = 0;
    const ours = await measureSide({
      label: 'Semis /api/stream',
      pid: semis.pid,
      streamUrl: semis.origin + ENDPOINTS.stream.path,
      settings,
      write: async (i) => {
        const title = `Question du banc d’essai numéro ${i + 2} ?`;
        const res = await send('POST', ENDPOINTS.createNode.path, { kind: 'Question', title });
        const answeredAt = performance.now();
        if (res.status !== 201) throw new Error(`write: ${res.status} ${JSON.stringify(res.body)}`);
        return { token: String(res.body.id), answeredAt };
      },
    });
    // one of our messages, measured, so the baseline broadcasts as many bytes
    const one = await fetch(`${semis.origin}${ENDPOINTS.stream.path}`, { headers: { 'Last-Event-ID': '0' } });
    const reader = one.body?.getReader();
    let text = '';
    while (reader && !text.includes('event: change'))
      text += new TextDecoder().decode((await reader.read()).value);
    await reader?.cancel();
    sampleMessageBytes = Math.max(200, (/data: .*\n/.exec(text)?.[0].length ?? 600) - 7);
    await semis.stop();

    const bare = await startBare();
    const baseline = await measureSide({
      label: 'bare SSE broadcast',
      pid: bare.pid,
      streamUrl: `${bare.origin}/stream`,
      settings,
      write: async (i) => {
        const token = `token-${i}-${Date.now()}`;
        const body = JSON.stringify({
          token,
          pad: 'x'.repeat(Math.max(0, sampleMessageBytes - token.length - 20)),
        });
        const res = await fetch(`${bare.origin}/publish`, { method: 'POST', body });
        const answeredAt = performance.now();
        if (res.status !== 204) throw new Error(`publish: ${res.status}`);
        return { token, answeredAt };
      },
    });
    await bare.stop();

    const n = settings.subscribers;
    const row = (s: Side) =>
      `| ${s.label} | ${s.latencies.length} | ${ms(s.latencies, 0.5).toFixed(0)} ms | ${ms(s.latencies, 0.95).toFixed(0)} ms | ` +
      `${ms(s.latencies, 0.99).toFixed(0)} ms | ${s.incomplete} | ${kb(s, n).toFixed(1)} KB |`;
    const lines = [
      `## bench:live — ${machine.date.slice(0, 10)}`,
      '',
      `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; ${machine.java}; Neo4j ${machine.neo4j}; load average ${os.loadavg()[0]?.toFixed(2)}`,
      `${n} subscribers (visitors), ${settings.writes} writes ${settings.spacingMs} ms apart, message ≈ ${sampleMessageBytes} bytes; delivery timed from each write's answer`,
      '',
      '| stream | receipts | p50 | p95 | p99 | writes not reaching all | server memory per subscriber |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      row(ours),
      row(baseline),
      '',
      `ratios (Semis / bare): p95 ${(ms(ours.latencies, 0.95) / Math.max(1, ms(baseline.latencies, 0.95))).toFixed(1)}×, ` +
        `memory per subscriber ${(kb(ours, n) / Math.max(0.1, kb(baseline, n))).toFixed(1)}×`,
      `targets: p95 ≤ 250 ms ${ms(ours.latencies, 0.95) <= 250 ? 'met' : 'NOT met'}, p99 ≤ 1 s ${ms(ours.latencies, 0.99) <= 1000 ? 'met' : 'NOT met'}, ≤ 50 KB per subscriber ${kb(ours, n) <= 50 ? 'met' : 'NOT met'}`,
      `total ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    for (const stop of [...cleanups]) await stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

process.on('SIGINT', () => {
  stopStarting();
  void Promise.allSettled([...cleanups].map((stop) => stop())).then(() => process.exit(130));
});
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
