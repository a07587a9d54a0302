// Tests of the embedded default database (server/db/embedded-neo4j.ts and the Java launcher in neo4j/):
// persistence across restarts, clear errors for a busy port and a missing Java, no JVM left after stop()
// or after the parent closes the launcher's stdin. Each JVM start takes ~10 s, so instances are few.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type EmbeddedNeo4j,
  EmbeddedNeo4jError,
  ensureLauncherBuilt,
  startEmbeddedNeo4j,
} from '../../server/db/embedded-neo4j';
import { pidAlive } from '../../server/db/launcher-build';
import { freePort } from '../support/free-port';

const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const SMALL = { heap: '512m', pageCache: '64m' } as const;

const instances: EmbeddedNeo4j[] = [];
const children: ChildProcess[] = [];
const tempDirs: string[] = [];
const servers: net.Server[] = [];

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'semis-neo4j-test-'));
  tempDirs.push(dir);
  return dir;
}

/** Holds a port with a listening server until afterAll. */
function holdPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      servers.push(server);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

async function start(dataDir: string, boltPort: number): Promise<EmbeddedNeo4j> {
  const db = await startEmbeddedNeo4j({ dataDir, boltPort, ...SMALL });
  instances.push(db);
  return db;
}

async function query(uri: string, cypher: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(uri);
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((record) => record.toObject());
  } finally {
    await driver.close();
  }
}

function launcherArgs(dataDir: string, port: number): string[] {
  const classpath = [
    path.join(LAUNCHER_DIR, 'target', 'semis-neo4j.jar'),
    path.join(LAUNCHER_DIR, 'target', 'lib', '*'),
  ];
  return [
    '-Xmx512m',
    '-cp',
    classpath.join(path.delimiter),
    'org.semis.neo4j.SemisNeo4j',
    '--data-dir',
    dataDir,
    '--bolt-port',
    String(port),
    '--pagecache',
    '64m',
  ];
}

/** Runs the launcher directly; resolves with its stdout once `until` matches it or the process exits. */
function spawnLauncher(dataDir: string, port: number) {
  const child = spawn('java', launcherArgs(dataDir, port), { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.resume();
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const output = (until: RegExp, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${until} within ${timeoutMs} ms: ${stdout}`)),
        timeoutMs,
      );
      const check = () => {
        if (until.test(stdout)) {
          clearTimeout(timer);
          resolve(stdout);
        }
      };
      child.stdout.on('data', check);
      void exit.then(() => {
        clearTimeout(timer);
        resolve(stdout);
      });
      check();
    });
  return { child, exit, output };
}

async function expectRejection(promise: Promise<unknown>): Promise<EmbeddedNeo4jError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EmbeddedNeo4jError);
  return error as EmbeddedNeo4jError;
}

beforeAll(async () => {
  // a cold build downloads Neo4j from Maven Central; afterwards this is a few stat() calls
  await ensureLauncherBuilt((line) => console.log(line));
}, 600_000);

afterAll(async () => {
  await Promise.allSettled(instances.map((db) => db.stop()));
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await Promise.all(tempDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
}, 60_000);

describe('embedded Neo4j', () => {
  test('keeps its data across a stop and a restart on the same folder; stop() ends the JVM', async () => {
    const dataDir = path.join(await tempDir(), 'neo4j');
    const port = await freePort();

    const first = await start(dataDir, port);
    expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
    await query(first.uri, 'CREATE (:Probe {name: $name})', { name: 'persisted' });
    await first.stop();
    expect(pidAlive(first.pid)).toBe(false);
    expect(() => process.kill(first.pid, 0)).toThrow();
    await first.stop(); // idempotent

    const second = await start(dataDir, port);
    expect(second.pid).not.toBe(first.pid);
    const rows = await query(second.uri, 'MATCH (p:Probe) RETURN p.name AS name');
    expect(rows).toEqual([{ name: 'persisted' }]);
    await second.stop();
    expect(() => process.kill(second.pid, 0)).toThrow();
  }, 90_000);

  test('rejects with PORT_IN_USE, naming the port, when the Bolt port is taken', async () => {
    const port = await holdPort();
    const error = await expectRejection(
      startEmbeddedNeo4j({ dataDir: path.join(await tempDir(), 'neo4j'), boltPort: port, ...SMALL }),
    );
    expect(error.code).toBe('PORT_IN_USE');
    expect(error.message).toContain(String(port));
    expect(error.message).toContain('NEO4J_BOLT_PORT');
  }, 30_000);

  test('the launcher itself reports a taken port on stdout and exits non-zero', async () => {
    const port = await holdPort();
    const launcher = spawnLauncher(path.join(await tempDir(), 'neo4j'), port);
    const code = await launcher.exit;
    const stdout = await launcher.output(/SEMIS_NEO4J_ERROR/, 1000);
    expect(stdout.trim()).toBe(`SEMIS_NEO4J_ERROR PORT_IN_USE ${port}`);
    expect(code).not.toBe(0);
  }, 30_000);

  test('rejects with JAVA_MISSING when java is not on the PATH', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: path.join(os.tmpdir(), 'semis-no-java-here') };
    delete env.JAVA_HOME;
    const error = await expectRejection(
      startEmbeddedNeo4j({ dataDir: path.join(await tempDir(), 'neo4j'), boltPort: await freePort(), env }),
    );
    expect(error.code).toBe('JAVA_MISSING');
    expect(error.message).toMatch(/install a JDK 17 or newer.*NEO4J_URI/);
  });

  test('the launcher shuts Neo4j down when its stdin closes (parent gone)', async () => {
    const port = await freePort();
    const launcher = spawnLauncher(path.join(await tempDir(), 'neo4j'), port);
    const stdout = await launcher.output(/SEMIS_NEO4J_READY/, 60_000);
    expect(stdout.trim()).toBe(`SEMIS_NEO4J_READY bolt://127.0.0.1:${port}`);
    launcher.child.stdin.end();
    expect(await launcher.exit).toBe(0);
  }, 90_000);
});
