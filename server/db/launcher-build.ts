// Builds the embedded Neo4j launcher (neo4j/, Maven) when its output is missing or older than its
// sources, once at a time across processes, and finds executables on the PATH. Node's standard library only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedNeo4jError, mavenMissingMessage } from './embedded-neo4j-errors';

export interface LauncherBuildOptions {
  /** Environment used to find and run mvn (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The Maven executable, default `mvn` on PATH. */
  mavenCommand?: string;
}

/** neo4j/ at the repository root, located from this file rather than from process.cwd(). */
export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
export const LAUNCHER_JAR = path.join(TARGET_DIR, 'semis-neo4j.jar');
export const LIB_DIR = path.join(TARGET_DIR, 'lib');
/** Written after a successful build; its mtime is compared with pom.xml and the sources. */
const BUILD_STAMP = path.join(TARGET_DIR, '.semis-build-stamp');
const BUILD_LOCK = path.join(TARGET_DIR, '.semis-build-lock');
export const MAIN_CLASS = 'org.semis.neo4j.SemisNeo4j';

export const isWindows = process.platform === 'win32';

// ---------------------------------------------------------------------------------------------------------
// Finding executables

/** The absolute path of `command` on the PATH of `env`, or null. */
export function whichSync(command: string, env: NodeJS.ProcessEnv): string | null {
  if (command.includes('/') || command.includes('\\')) {
    return isExecutable(command) ? command : null;
  }
  const pathVar = env.PATH ?? env.Path ?? '';
  const extensions = isWindows ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of pathVar.split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = path.join(dir, command + ext);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

export function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function run(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // .cmd/.bat files (mvn.cmd) can only be started through the shell on Windows
      shell: isWindows && /\.(cmd|bat)$/i.test(command),
      windowsHide: true,
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The last `count` non-empty lines of a text, for error messages. */
export function lastLines(text: string | string[], count: number): string {
  const lines = (Array.isArray(text) ? text : text.split(/\r?\n/)).filter((line) => line.trim() !== '');
  return lines.slice(-count).join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Building the launcher

async function newestMtime(file: string): Promise<number> {
  const stat = await fsp.stat(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of await fsp.readdir(file)) {
    newest = Math.max(newest, await newestMtime(path.join(file, entry)));
  }
  return newest;
}

/**
 * True when the launcher jar and its libraries exist and are newer than pom.xml and the sources. Both the
 * stamp written after our own builds (the jar plugin may leave an unchanged jar untouched) and the jar's
 * own time (a manual `mvn package`) count.
 */
async function launcherUpToDate(): Promise<boolean> {
  try {
    const [jar, lib] = await Promise.all([fsp.stat(LAUNCHER_JAR), fsp.readdir(LIB_DIR)]);
    if (!jar.isFile() || !lib.some((name) => name.endsWith('.jar'))) return false;
    const stamp = await fsp.stat(BUILD_STAMP).catch(() => null);
    const inputs = Math.max(
      await newestMtime(path.join(LAUNCHER_DIR, 'pom.xml')),
      await newestMtime(path.join(LAUNCHER_DIR, 'src')),
    );
    return Math.max(stamp?.mtimeMs ?? 0, jar.mtimeMs) >= inputs;
  } catch {
    return false;
  }
}

/** Whether a process with this id exists (EPERM: it exists but belongs to someone else). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock directory in neo4j/target, so two Semis processes never run Maven on the same folder at once. */
async function withBuildLock<T>(log: (line: string) => void, body: () => Promise<T>): Promise<T> {
  await fsp.mkdir(TARGET_DIR, { recursive: true });
  const owner = path.join(BUILD_LOCK, 'pid');
  let announced = false;
  for (;;) {
    try {
      await fsp.mkdir(BUILD_LOCK);
      await fsp.writeFile(owner, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await fsp.readFile(owner, 'utf8').catch(() => ''), 10);
      const lockAge =
        Date.now() - (await fsp.stat(BUILD_LOCK).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      // a dead holder, or a lock whose pid was never written long ago, is stale
      if (
        (Number.isInteger(holder) && !pidAlive(holder)) ||
        (!Number.isInteger(holder) && lockAge > 10_000)
      ) {
        await fsp.rm(BUILD_LOCK, { recursive: true, force: true });
        continue;
      }
      if (!announced) {
        log('waiting for another process that is building the embedded Neo4j launcher…');
        announced = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await body();
  } finally {
    await fsp.rm(BUILD_LOCK, { recursive: true, force: true });
  }
}

let buildInProgress: Promise<void> | null = null;

/**
 * Runs `mvn -q -B package -DskipTests` in neo4j/ when the build output is missing or older than pom.xml or
 * the Java sources. The first build downloads Neo4j (~120 MB) from Maven Central into ~/.m2.
 */
export async function ensureLauncherBuilt(
  log: (line: string) => void = () => {},
  options: LauncherBuildOptions = {},
): Promise<void> {
  if (await launcherUpToDate()) return;
  // one build at a time within this process; callers arriving meanwhile share it
  if (!buildInProgress) {
    buildInProgress = buildLauncher(log, options).finally(() => {
      buildInProgress = null;
    });
  }
  return buildInProgress;
}

async function buildLauncher(log: (line: string) => void, options: LauncherBuildOptions): Promise<void> {
  const env = options.env ?? process.env;
  const maven = whichSync(options.mavenCommand ?? (isWindows ? 'mvn.cmd' : 'mvn'), env);
  if (!maven) throw new EmbeddedNeo4jError('MAVEN_MISSING', mavenMissingMessage);

  await withBuildLock(log, async () => {
    if (await launcherUpToDate()) return; // another process built it while we waited
    log(
      `building the embedded Neo4j launcher in ${LAUNCHER_DIR} (mvn package; the first build downloads Neo4j from Maven Central, about 120 MB, and takes a minute or two)…`,
    );
    const started = Date.now();
    // stale jars of another Neo4j version must not stay on the classpath
    await fsp.rm(LIB_DIR, { recursive: true, force: true });
    await fsp.rm(BUILD_STAMP, { force: true });
    let result: { code: number | null; output: string };
    try {
      result = await run(maven, ['-q', '-B', 'package', '-DskipTests'], { env, cwd: LAUNCHER_DIR });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new EmbeddedNeo4jError('MAVEN_MISSING', mavenMissingMessage);
      }
      throw new EmbeddedNeo4jError(
        'BUILD_FAILED',
        `could not run Maven (${maven}): ${(error as Error).message}`,
      );
    }
    if (result.code !== 0) {
      const tail = lastLines(result.output, 40);
      throw new EmbeddedNeo4jError(
        'BUILD_FAILED',
        `building the embedded Neo4j launcher failed (mvn exited with ${result.code}; run \`mvn -B package -DskipTests\` in ${LAUNCHER_DIR} to see everything). Last output:\n${tail}`,
      );
    }
    if (!(await fsp.stat(LAUNCHER_JAR).catch(() => null))) {
      throw new EmbeddedNeo4jError('BUILD_FAILED', `Maven finished but ${LAUNCHER_JAR} was not produced`);
    }
    await fsp.writeFile(BUILD_STAMP, `${new Date().toISOString()}\n`);
    log(`embedded Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}
