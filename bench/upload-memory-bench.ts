// `npm run bench:uploads [-- --uploads 12 --concurrency-baseline 12 --rounds 1 --threadpool N --default-arenas]`:
// the Semis server's memory (RSS) while
// N concurrent ~40-megapixel JPEG uploads are processed (the issue: "12 concurrent 40-megapixel uploads take
// the server from 218 to 555 MB RSS"). Neo4j runs in this process's embedded instance; each configuration
// gets a fresh Semis server in its own child process (`node --import tsx seeds-data/start.ts`), so the RSS read
// from /proc/<pid>/status is the server's alone: VmRSS sampled every 50 ms, VmHWM for the true peak (reset
// after the warm-up through /proc/<pid>/clear_refs). Configurations, in the same run: (a) the default
// SEMIS_PHOTO_CONCURRENCY bound, (b) the bound lifted (the baseline), alternated over --rounds (medians
// reported). The account's upload quota is lifted. sharp runs at most UV_THREADPOOL_SIZE images at once
// (libuv's pool, 4 by default): the bounded server keeps the inherited pool (as `npm start` runs it), the
// baseline gets at least --concurrency-baseline threads, so that the lifted bound really runs that many at
// once; --threadpool sets one size for both. The children get MALLOC_ARENA_MAX=2 as `npm start` gives the
// server (kept if set in the environment); --default-arenas leaves glibc's default (8 per core).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadConfig } from '../server/config';
import { ENDPOINTS } from '../shared/api';
import { browserSession, type Send } from './browser-session';
import { describeMachine, type Machine } from './machine';
import { timed } from './measure';
import { startBenchNeo4j } from './neo4j-instance';
import { mulberry32 } from './prng';
import {
  cleanups,
  readProcMemory,
  resetPeak,
  type ServerChild,
  startServerChild,
  stopStarting,
} from './server-child';

const log = (line: string) => console.error(`[bench] ${line}`);

/** The photo the issue speaks of: 40 megapixels, 3:2 (7744 × 5164 = 39.99 MP). */
const WANTED = { width: 7744, height: 5164 };
/** The warm-up photo: loads sharp and warms the upload path without growing the heap much. */
const WARM_UP = { width: 1600, height: 1067 };
const SAMPLE_EVERY_MS = 50;
/** Left to the server after it is ready (its background plan warm-up) and after the uploads. */
const SETTLE_MS = 3_000;
const LIFTED_QUOTA = { SEMIS_PHOTO_UPLOADS_PER_HOUR: '1000000', SEMIS_PHOTO_BYTES_PER_DAY: '1000000000000' };

function readSettings() {
  const { values } = parseArgs({
    options: {
      uploads: { type: 'string', default: '12' },
      'concurrency-baseline': { type: 'string', default: '12' },
      rounds: { type: 'string', default: '1' },
      threadpool: { type: 'string' },
      'default-arenas': { type: 'boolean', default: false },
    },
  });
  const int = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`--${name} must be a positive integer`);
    return n;
  };
  return {
    uploads: int('uploads', values.uploads),
    baselineConcurrency: int('concurrency-baseline', values['concurrency-baseline']),
    rounds: int('rounds', values.rounds),
    /** UV_THREADPOOL_SIZE of the server children; null: inherited (Node's default is 4). */
    threadpool: values.threadpool === undefined ? null : int('threadpool', values.threadpool),
    /** MALLOC_ARENA_MAX of the server children; null: glibc's default. */
    arenaMax: values['default-arenas'] ? null : (process.env.MALLOC_ARENA_MAX ?? '2'),
  };
}

// --- the test photo -----------------------------------------------------------------------------------

interface TestPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
  quality: number;
}

/** The largest 3:2 size up to WANTED whose pixel count fits the server's limit. */
function photoSize(maxPixels: number) {
  const pixels = WANTED.width * WANTED.height;
  if (pixels <= maxPixels) return WANTED;
  const scale = Math.sqrt(maxPixels / pixels);
  return { width: Math.floor(WANTED.width * scale), height: Math.floor(WANTED.height * scale) };
}

/** Gradients, a wave pattern and noise (seeded): not trivially compressible, as a photo is not. */
function photoPixels(width: number, height: number): Buffer {
  // a clamped array: values out of 0–255 are clamped (and rounded), not wrapped
  const raw = new Uint8ClampedArray(width * height * 3);
  const prng = mulberry32(40);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const noise = (prng.next() - 0.5) * 24;
      raw[i] = (x * 255) / width + noise;
      raw[i + 1] = (y * 255) / height + noise;
      raw[i + 2] = 128 + 100 * Math.sin(x / 97) * Math.cos(y / 61) + noise;
    }
  }
  return Buffer.from(raw.buffer);
}

/** The JPEG of the highest quality (92 down to 50) that stays under 95 % of the server's byte limit. */
async function makeTestPhoto(size: { width: number; height: number }, maxBytes: number): Promise<TestPhoto> {
  const raw = photoPixels(size.width, size.height);
  const encode = (quality: number) =>
    sharp(raw, { raw: { ...size, channels: 3 } })
      .jpeg({ quality })
      .toBuffer();
  for (let quality = 92; quality >= 50; quality -= 4) {
    const jpeg = await encode(quality);
    if (jpeg.length <= maxBytes * 0.95) return { jpeg, ...size, quality };
  }
  throw new Error(`a ${size.width}×${size.height} JPEG does not fit in ${maxBytes} bytes even at quality 50`);
}

// --- the server's child process (bench/server-child.ts) ---------------------------------------------

function startUploadServer(options: {
  name: string;
  neo4jUri: string;
  dataDir: string;
  concurrency?: number;
  threadpool: number | null;
  arenaMax: string | null;
}): Promise<ServerChild> {
  return startServerChild({
    name: options.name,
    neo4jUri: options.neo4jUri,
    dataDir: options.dataDir,
    log,
    env: {
      ...LIFTED_QUOTA,
      ...(options.concurrency === undefined ? {} : { SEMIS_PHOTO_CONCURRENCY: String(options.concurrency) }),
      ...(options.threadpool === null ? {} : { UV_THREADPOOL_SIZE: String(options.threadpool) }),
      ...(options.arenaMax === null ? {} : { MALLOC_ARENA_MAX: options.arenaMax }),
    },
  });
}

/** VmRSS every SAMPLE_EVERY_MS until stopped: the largest sample and how many were taken. */
function sampleRss(pid: number) {
  let maxKiB = 0;
  let samples = 0;
  const take = () => {
    maxKiB = Math.max(maxKiB, readProcMemory(pid).rssKiB);
    samples++;
  };
  take();
  // in a timer a throw would end the bench before its clean-up: a child gone (Ctrl-C) ends the sampling
  const timer = setInterval(() => {
    try {
      take();
    } catch {
      clearInterval(timer);
    }
  }, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { maxKiB, samples };
    },
  };
}

// --- one configuration --------------------------------------------------------------------------------

interface Measurement {
  label: string;
  round: number;
  concurrency: number;
  /** UV_THREADPOOL_SIZE given to the server; null: inherited. */
  threadpool: number | null;
  statuses: number[];
  failures: string[];
  totalMs: number;
  idleKiB: number;
  peakKiB: number;
  sampledPeakKiB: number;
  samples: number;
  peakReset: boolean;
  afterKiB: number;
}

async function registerMember(send: Send, email: string): Promise<void> {
  await send('GET', ENDPOINTS.health.path);
  const reg = await send('POST', '/api/auth/register', {
    name: 'Banc d’essai des photos',
    email,
    password: 'un mot de passe assez long',
  });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`);
}

function photoForm(jpeg: Buffer, title: string): FormData {
  const form = new FormData();
  form.set('title', title);
  form.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
  return form;
}

const upload = (send: Send, jpeg: Buffer, title: string) =>
  send('POST', ENDPOINTS.uploadPhoto.path, photoForm(jpeg, title));

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

async function measureConfiguration(options: {
  label: string;
  concurrency: number;
  /** Unset: the server's own default (the variable is not passed). */
  concurrencyEnv?: number;
  round: number;
  uploads: number;
  photo: TestPhoto;
  warmUp: Buffer;
  neo4jUri: string;
  threadpool: number | null;
  arenaMax: string | null;
}): Promise<Measurement> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-bench-uploads-server-'));
  try {
    log(
      `round ${options.round}, ${options.label}: starting a Semis server (SEMIS_PHOTO_CONCURRENCY ${options.concurrency})…`,
    );
    const server = await startUploadServer({
      name: options.label,
      neo4jUri: options.neo4jUri,
      dataDir,
      threadpool: options.threadpool,
      arenaMax: options.arenaMax,
      ...(options.concurrencyEnv === undefined ? {} : { concurrency: options.concurrencyEnv }),
    });
    try {
      const send = browserSession(server.origin);
      await registerMember(
        send,
        `bench-uploads-${options.round}-${options.concurrency}-${Date.now()}@semis.test`,
      );
      const warm = await upload(send, options.warmUp, 'Photo d’échauffement');
      if (warm.status !== 201) throw new Error(`warm-up upload: ${warm.status} ${JSON.stringify(warm.body)}`);
      await settle();
      const idleKiB = readProcMemory(server.pid).rssKiB;
      const peakReset = resetPeak(server.pid);
      log(`${options.label}: idle ${mib(idleKiB)}; sending ${options.uploads} uploads at once…`);

      const sampler = sampleRss(server.pid);
      const { ms, value: answers } = await timed(() =>
        Promise.all(
          Array.from({ length: options.uploads }, (_, i) =>
            upload(send, options.photo.jpeg, `Photo de 40 mégapixels ${i + 1}`),
          ),
        ),
      );
      const sampled = sampler.stop();
      const peakKiB = readProcMemory(server.pid).hwmKiB;
      await settle();
      const afterKiB = readProcMemory(server.pid).rssKiB;
      const failures = answers
        .filter((a) => a.status !== 201 && a.status !== 200)
        .map((a) => `${a.status} ${JSON.stringify(a.body).slice(0, 200)}`);
      return {
        label: options.label,
        round: options.round,
        concurrency: options.concurrency,
        threadpool: options.threadpool,
        statuses: answers.map((a) => a.status),
        failures,
        totalMs: ms,
        idleKiB,
        peakKiB,
        sampledPeakKiB: sampled.maxKiB,
        samples: sampled.samples,
        peakReset,
        afterKiB,
      };
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// --- the report ---------------------------------------------------------------------------------------

const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MB`;
const growth = (m: Measurement) => m.peakKiB - m.idleKiB;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function statusSummary(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n}×${status}`).join(', ');
}

interface Report {
  machine: Machine;
  settings: ReturnType<typeof readSettings>;
  photo: TestPhoto;
  maxBytes: number;
  bounded: Measurement[];
  baseline: Measurement[];
  totalMs: number;
}

/** Node's libuv threadpool when UV_THREADPOOL_SIZE is not given. */
const inheritedThreadpool = () => Number(process.env.UV_THREADPOOL_SIZE) || 4;

const threadpoolOf = (threadpool: number | null) =>
  threadpool === null
    ? `${inheritedThreadpool()}${process.env.UV_THREADPOOL_SIZE ? '' : ' (Node’s default)'}`
    : String(threadpool);

const threadpoolText = (r: Report) =>
  `libuv threadpool: bounded ${threadpoolOf(r.bounded[0]?.threadpool ?? null)}, ` +
  `baseline ${threadpoolOf(r.baseline[0]?.threadpool ?? null)}` +
  (r.settings.threadpool === null ? '' : ' (--threadpool)');

const arenaText = (arenaMax: string | null) =>
  arenaMax === null ? 'MALLOC_ARENA_MAX unset (glibc’s default)' : `MALLOC_ARENA_MAX=${arenaMax}`;

function measurementRow(x: Measurement): string {
  return (
    `| ${x.round} | ${x.label} | ${x.concurrency} | ${statusSummary(x.statuses)} | ${(x.totalMs / 1000).toFixed(1)} s | ` +
    `${mib(x.idleKiB)} | ${mib(x.peakKiB)} | ${mib(x.sampledPeakKiB)} | +${mib(growth(x))} | ${mib(x.afterKiB)} |`
  );
}

function medianLine(label: string, runs: Measurement[]): string {
  const of = (pick: (m: Measurement) => number) => median(runs.map(pick));
  return (
    `${label}: median total ${(of((m) => m.totalMs) / 1000).toFixed(1)} s, idle ${mib(of((m) => m.idleKiB))}, ` +
    `peak ${mib(of((m) => m.peakKiB))}, growth +${mib(of(growth))}, after ${mib(of((m) => m.afterKiB))}`
  );
}

function report(r: Report): string {
  const m = r.machine;
  const p = r.photo;
  const all = [...r.bounded, ...r.baseline].sort((a, b) => a.round - b.round);
  const failures = all.flatMap((x) => x.failures.map((f) => `round ${x.round}, ${x.label}: ${f}`));
  const ratios = r.bounded.map((b, i) => growth(b) / growth(r.baseline[i] as Measurement));
  const medianRatio = median(r.bounded.map(growth)) / median(r.baseline.map(growth));
  return [
    `Upload memory benchmark — ${m.date}`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j}`,
    `photo: ${p.width}×${p.height} JPEG (${((p.width * p.height) / 1e6).toFixed(2)} MP), quality ${p.quality}, ` +
      `${(p.jpeg.length / 1e6).toFixed(2)} MB (limit ${(r.maxBytes / 1e6).toFixed(0)} MB); ` +
      `${r.settings.uploads} uploads at once per configuration and round, each in a fresh server process; ` +
      `${r.settings.rounds} round(s), order alternated; ${threadpoolText(r)}; ${arenaText(r.settings.arenaMax)}; load average ${os.loadavg()[0]?.toFixed(2)}`,
    '',
    '| round | configuration | SEMIS_PHOTO_CONCURRENCY | answers | total time | RSS idle | peak (VmHWM) | peak sampled (50 ms) | growth | RSS after |',
    '|--:|---|--:|---|--:|--:|--:|--:|--:|--:|',
    ...all.map(measurementRow),
    '',
    medianLine('bounded', r.bounded),
    medianLine('baseline', r.baseline),
    `peak-over-idle growth, bounded / baseline: ${medianRatio.toFixed(2)} (medians)` +
      (ratios.length > 1 ? `; by round ${ratios.map((x) => x.toFixed(2)).join(', ')}` : ''),
    failures.length
      ? `FAILED uploads:\n${failures.map((f) => `  ${f}`).join('\n')}`
      : 'every upload answered 201',
    all.some((x) => !x.peakReset)
      ? 'VmHWM could not be reset after the warm-up: the peak includes start-up and the warm-up'
      : 'VmHWM reset after the warm-up (clear_refs): the peak is the uploads’ own',
    `RSS samples per configuration: ${all.map((x) => x.samples).join(', ')}; total run time ${(r.totalMs / 1000).toFixed(0)} s`,
    '',
  ].join('\n');
}

// --- main ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (process.platform !== 'linux') throw new Error('this benchmark reads /proc/<pid>/status: Linux only');
  const settings = readSettings();
  const began = Date.now();
  const defaults = loadConfig({});
  const size = photoSize(defaults.SEMIS_PHOTO_MAX_PIXELS);
  log(`making the ${size.width}×${size.height} test photo…`);
  const photo = await makeTestPhoto(size, defaults.SEMIS_PHOTO_MAX_BYTES);
  const warmUp = (await makeTestPhoto(WARM_UP, defaults.SEMIS_PHOTO_MAX_BYTES)).jpeg;
  log(`test photo: ${(photo.jpeg.length / 1e6).toFixed(2)} MB at quality ${photo.quality}`);

  const neo = await startBenchNeo4j({ name: 'uploads', heap: '1g', pageCache: '256m', log });
  cleanups.add(neo.stop);
  try {
    const common = {
      uploads: settings.uploads,
      photo,
      warmUp,
      neo4jUri: neo.uri,
      arenaMax: settings.arenaMax,
    };
    // the lifted bound runs that many images at once only with as many libuv threads
    const baselineThreadpool =
      settings.threadpool ?? Math.max(inheritedThreadpool(), settings.baselineConcurrency);
    const bounded: Measurement[] = [];
    const baseline: Measurement[] = [];
    const measureBounded = async (round: number) =>
      bounded.push(
        await measureConfiguration({
          ...common,
          round,
          label: 'bounded (default)',
          concurrency: defaults.SEMIS_PHOTO_CONCURRENCY,
          threadpool: settings.threadpool,
        }),
      );
    const measureBaseline = async (round: number) =>
      baseline.push(
        await measureConfiguration({
          ...common,
          round,
          label: 'baseline (bound lifted)',
          concurrency: settings.baselineConcurrency,
          concurrencyEnv: settings.baselineConcurrency,
          threadpool: baselineThreadpool,
        }),
      );
    for (let round = 1; round <= settings.rounds; round++) {
      // alternated, so that neither configuration always runs on the fresher database
      const order = round % 2 ? [measureBounded, measureBaseline] : [measureBaseline, measureBounded];
      for (const measure of order) await measure(round);
    }
    process.stdout.write(
      report({
        machine: await describeMachine(neo.db),
        settings,
        photo,
        maxBytes: defaults.SEMIS_PHOTO_MAX_BYTES,
        bounded,
        baseline,
        totalMs: Date.now() - began,
      }),
    );
    const runs = [...bounded, ...baseline];
    if (runs.some((x) => x.failures.length > 0)) process.exitCode = 1;
  } finally {
    log('stopping Neo4j and removing its temporary folders…');
    await neo.stop();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopStarting();
    log(`${signal}: stopping the server and Neo4j…`);
    void Promise.allSettled([...cleanups].map((stop) => stop())).then(() => process.exit(130));
  });
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
