// Starts Semis exactly as `npm start` runs it (scripts/start.mjs → `tsx seeds-data/start.ts`): the real entry
// point, the default configuration, the embedded Neo4j, the demo loaded into an empty database and the
// built client — in a fresh temporary folder used as the working directory, so the data folder is the
// default, literally `.data`. Only the ports differ (free ones), so that it can run beside other tests.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

const root = path.resolve(import.meta.dirname, '../..');

export interface RunningSemis {
  baseUrl: string;
  /** The working directory; the data lives in `<workDir>/.data`. */
  workDir: string;
  /** What the server printed, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

/** Waits for /api/ready to answer 200 (after the migrations and the demo), at most `timeoutMs`. */
async function waitReady(baseUrl: string, child: ChildProcess, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Semis exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/api/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Semis was not ready after ${timeoutMs} ms:\n${output()}`);
}

/** `extraEnv`: settings on top of the default configuration (another Semis process on a given Neo4j…). */
export async function startAsNpmStart(
  timeoutMs = 240_000,
  extraEnv: Record<string, string> = {},
): Promise<RunningSemis> {
  if (!fs.existsSync(path.join(root, 'client/dist/index.html')))
    throw new Error('client/dist is missing: run `npm run build` first (npm start builds it too)');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-npm-start-'));
  const [port, boltPort] = [await freePort(), await freePort()];
  // The default configuration: nothing of the caller's Semis or Neo4j settings leaks in.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('SEMIS_') && !key.startsWith('NEO4J_')),
  );
  let log = '';
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'seeds-data/start.ts')], {
    cwd: workDir,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', NEO4J_BOLT_PORT: String(boltPort), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (log += String(chunk)));
  child.stderr?.on('data', (chunk) => (log += String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await waitReady(baseUrl, child, timeoutMs, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  if (!extraEnv.NEO4J_URI && !fs.existsSync(path.join(workDir, '.data')))
    throw new Error(`Semis did not keep its data in ${workDir}/.data`);
  return { baseUrl, workDir, output: () => log, stop };
}
