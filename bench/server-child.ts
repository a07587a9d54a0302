// A Semis server in its own child process, for the benchmarks that measure the server alone (its memory
// read from /proc, its deliveries): started as `npm start` starts it (`node --import tsx
// seeds-data/start.ts`) on a given Neo4j, with only the settings passed (the caller's Semis, Neo4j and malloc
// settings left out), its output forwarded, stopped with SIGTERM (SIGKILL after 10 s). `cleanups` holds the
// stops still to run, for a bench's Ctrl-C handler.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ENDPOINTS } from '../shared/api';
import { freePort } from '../test/support/free-port';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READY_TIMEOUT_MS = 180_000;

/** The stops of the servers still running. */
export const cleanups = new Set<() => Promise<void>>();
let interrupted = false;
/** After Ctrl-C: no new server is started. */
export const stopStarting = () => {
  interrupted = true;
};

export interface ServerChild {
  pid: number;
  origin: string;
  stop(): Promise<void>;
}

/** This process's environment without any Semis, Neo4j or malloc setting, so only ours reach the server. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('SEMIS_') && !key.startsWith('NEO4J_') && key !== 'MALLOC_ARENA_MAX',
    ),
  );
}

/** The server's request log of our readiness polls (503 until it is ready, logged at error): not shown. */
const isReadyPoll = (line: string) => line.includes(`"url":"${ENDPOINTS.ready.path}"`);

function forwardOutput(child: ChildProcess, name: string, log: (line: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    readline.createInterface({ input: stream }).on('line', (line) => {
      if (!isReadyPoll(line)) log(`[${name}] ${line}`);
    });
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilReady(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (code ${child.exitCode}) before it was ready`);
    try {
      if ((await fetch(origin + ENDPOINTS.ready.path)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Starts a Semis server on `neo4jUri` with its data in `dataDir`, no demo, and `env` on top. */
export async function startServerChild(options: {
  name: string;
  neo4jUri: string;
  dataDir: string;
  env?: Record<string, string>;
  log: (line: string) => void;
}): Promise<ServerChild> {
  const port = await freePort();
  if (interrupted) throw new Error('interrupted: no new server is started');
  const env: NodeJS.ProcessEnv = {
    ...cleanEnvironment(),
    PORT: String(port),
    HOST: '127.0.0.1',
    NEO4J_URI: options.neo4jUri,
    SEMIS_DATA_DIR: options.dataDir,
    SEMIS_NO_DEMO: 'true',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'seeds-data/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  forwardOutput(child, options.name, options.log);
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    cleanups.delete(stop);
    await stopChild(child);
  };
  cleanups.add(stop);
  try {
    if (child.pid === undefined) throw new Error('the server could not be started');
    await waitUntilReady(origin, child);
    return { pid: child.pid, origin, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// --- memory of a process, from /proc ------------------------------------------------------------------

export interface ProcMemory {
  rssKiB: number;
  hwmKiB: number;
}

export function readProcMemory(pid: number): ProcMemory {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
    return Number(match[1]);
  };
  return { rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM') };
}

/** Resets VmHWM to the current RSS (Linux: "5" to clear_refs); false when the kernel refuses. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
