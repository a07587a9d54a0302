// The embedded default database: starts the small Java launcher in neo4j/ (built by launcher-build.ts),
// which runs Neo4j Community in its own JVM with a persistent store and Bolt on 127.0.0.1 (auth off,
// loopback only). Semis uses it whenever NEO4J_URI is not set, so a fresh checkout needs only a JDK.
//
// The JVM's stdin is a pipe we keep open: when this Node process dies, the pipe closes and the launcher
// shuts Neo4j down by itself, so no orphan JVM stays behind. A process 'exit' handler also signals it.
// Only Node's standard library is used here.
import { type ChildProcess, spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { EmbeddedNeo4jError, javaMissingMessage } from './embedded-neo4j-errors';
import {
  ensureLauncherBuilt,
  isExecutable,
  isWindows,
  LAUNCHER_DIR,
  LAUNCHER_JAR,
  LIB_DIR,
  lastLines,
  MAIN_CLASS,
  run,
  whichSync,
} from './launcher-build';

export { EmbeddedNeo4jError, type EmbeddedNeo4jErrorCode } from './embedded-neo4j-errors';
export { ensureLauncherBuilt, type LauncherBuildOptions } from './launcher-build';

export interface EmbeddedNeo4jOptions {
  /** The store folder itself, e.g. $SEMIS_DATA_DIR/neo4j (created if missing). */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** JVM heap (-Xmx), default '1g'. */
  heap?: string;
  /** Neo4j page cache, default '512m'. */
  pageCache?: string;
  /** How long to wait for the READY line, default 120000 ms. */
  readyTimeoutMs?: number;
  /** Progress and the launcher's stderr, one line at a time. */
  log?: (line: string) => void;
  /** Environment used to find and run java/mvn (default process.env); tests use it to hide java. */
  env?: NodeJS.ProcessEnv;
  /** The java executable, default $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on PATH. */
  javaCommand?: string;
}

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:<port> */
  readonly uri: string;
  /** The JVM's process id. */
  readonly pid: number;
  /** SIGTERM, waits for the exit, SIGKILL after a grace period; idempotent. */
  stop(): Promise<void>;
  /** Called once if the JVM exits without stop() (killed, crashed), with how it ended. */
  onUnexpectedExit(listener: (reason: string) => void): void;
}

const READY_PREFIX = 'SEMIS_NEO4J_READY ';
const ERROR_PREFIX = 'SEMIS_NEO4J_ERROR ';
const DEFAULT_READY_TIMEOUT_MS = 120_000;
/** How long stop() waits after SIGTERM before SIGKILL (a checkpoint on a big store can take a while). */
const STOP_GRACE_MS = 30_000;
const STDERR_TAIL_LINES = 30;
const SIZE_PATTERN = /^\d+[kmgKMG]?$/;

function resolveJava(env: NodeJS.ProcessEnv, javaCommand?: string): string {
  if (javaCommand) {
    const found = whichSync(javaCommand, env);
    if (!found) throw new EmbeddedNeo4jError('JAVA_MISSING', javaMissingMessage);
    return found;
  }
  if (env.JAVA_HOME) {
    const fromHome = path.join(env.JAVA_HOME, 'bin', isWindows ? 'java.exe' : 'java');
    if (isExecutable(fromHome)) return fromHome;
  }
  const onPath = whichSync('java', env);
  if (!onPath) throw new EmbeddedNeo4jError('JAVA_MISSING', javaMissingMessage);
  return onPath;
}

/** Runs `java -version` and checks for Java 17 or newer. */
async function checkJavaVersion(java: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { code, output } = await run(java, ['-version'], { env, cwd: LAUNCHER_DIR });
  if (code !== 0) {
    throw new EmbeddedNeo4jError(
      'JAVA_MISSING',
      `${javaMissingMessage} (${java} -version failed: ${output.trim()})`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return; // unusual vendor string: let the JVM itself complain if it is too old
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < 17) {
    throw new EmbeddedNeo4jError(
      'JAVA_MISSING',
      `Java ${major} was found at ${java}, but the embedded Neo4j needs Java 17 or newer: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk), or set NEO4J_URI to use your own Neo4j server`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Starting and stopping

/** Children still alive, signalled when this process exits (e.g. a crashing test run). */
const liveChildren = new Set<ChildProcess>();
let exitHandlerInstalled = false;

function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  if (!exitHandlerInstalled) {
    exitHandlerInstalled = true;
    process.on('exit', () => {
      for (const alive of liveChildren) {
        // SIGTERM lets the JVM checkpoint and close the store; its stdin EOF would stop it anyway
        try {
          alive.kill('SIGTERM');
        } catch {
          // already gone
        }
      }
    });
  }
}

/** Resolves false when something already listens on 127.0.0.1:port. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

function portInUseError(port: number): EmbeddedNeo4jError {
  return new EmbeddedNeo4jError(
    'PORT_IN_USE',
    `Port ${port} is already in use on 127.0.0.1: set NEO4J_BOLT_PORT to a free port (or stop the other process)`,
  );
}

/** Calls `onLine` for every complete line of a stream. */
function readLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      onLine(buffered.slice(0, newline).replace(/\r$/, ''));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
    }
  });
  stream.on('end', () => {
    if (buffered) onLine(buffered);
    buffered = '';
  });
}

/** Builds the launcher if needed, starts the JVM and resolves once Neo4j accepts Bolt connections. */
export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const env = opts.env ?? process.env;
  const heap = opts.heap ?? '1g';
  const pageCache = opts.pageCache ?? '512m';
  const readyTimeoutMs = opts.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const port = opts.boltPort;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new RangeError(`boltPort must be an integer between 1 and 65535, got ${port}`);
  }
  if (!SIZE_PATTERN.test(heap)) throw new RangeError(`heap must be a size such as 1g or 768m, got '${heap}'`);
  if (!SIZE_PATTERN.test(pageCache)) {
    throw new RangeError(`pageCache must be a size such as 512m or 2g, got '${pageCache}'`);
  }

  const java = resolveJava(env, opts.javaCommand);
  await checkJavaVersion(java, env);
  await ensureLauncherBuilt(log, { env });

  // The launcher checks the port too; checking here as well fails fast, without starting a JVM.
  if (!(await portIsFree(port))) throw portInUseError(port);

  const dataDir = path.resolve(opts.dataDir);
  await fsp.mkdir(dataDir, { recursive: true });

  const args = [
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    // what the Neo4j server scripts pass too: lets the page cache and Netty use their fast paths
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
    '-cp',
    [LAUNCHER_JAR, path.join(LIB_DIR, '*')].join(path.delimiter),
    MAIN_CLASS,
    '--data-dir',
    dataDir,
    '--bolt-port',
    String(port),
    '--pagecache',
    pageCache,
    // the launcher gives up a little after us, so our timeout is the one that speaks
    '--ready-timeout',
    String(Math.ceil(readyTimeoutMs / 1000) + 30),
  ];

  log(
    `starting the embedded Neo4j on 127.0.0.1:${port} (heap ${heap}, page cache ${pageCache}, store ${dataDir})…`,
  );
  const started = Date.now();
  const child = spawn(java, args, {
    cwd: LAUNCHER_DIR,
    env,
    // stdin stays an open pipe for the JVM's whole life: its EOF tells the launcher to stop
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  trackChild(child);
  // if the JVM is gone, writes/EOF on its stdin may raise EPIPE: nothing to do about it
  child.stdin?.on('error', () => {});

  let exited = false;
  let exitCode: number | null = null;
  let exitSignal: NodeJS.Signals | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      exitCode = code;
      exitSignal = signal;
      resolve();
    });
  });

  const stderrTail: string[] = [];
  let errorLine: string | null = null;
  let ready = false;

  const readyPromise = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new EmbeddedNeo4jError(
          'START_TIMEOUT',
          `the embedded Neo4j was not ready after ${Math.round(readyTimeoutMs / 1000)} s (see ${path.join(dataDir, 'logs', 'debug.log')}). Last output:\n${lastLines(stderrTail, STDERR_TAIL_LINES) || '(none)'}`,
        ),
      );
    }, readyTimeoutMs);
    timer.unref();

    readLines(child.stdout as NodeJS.ReadableStream, (line) => {
      if (line.startsWith(READY_PREFIX)) {
        clearTimeout(timer);
        resolve(line.slice(READY_PREFIX.length).trim());
      } else if (line.startsWith(ERROR_PREFIX)) {
        errorLine = line.slice(ERROR_PREFIX.length).trim();
      } else if (line.trim()) {
        log(`neo4j: ${line}`);
      }
    });
    readLines(child.stderr as NodeJS.ReadableStream, (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 200) stderrTail.splice(0, stderrTail.length - 200);
      // stack traces of a failed start are reported once, in the error; the rest is worth showing
      if (ready || !/^\s+(at |\.\.\. \d+ more)/.test(line)) {
        log(line.startsWith('semis-neo4j:') ? line : `neo4j: ${line}`);
      }
    });

    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new EmbeddedNeo4jError('JAVA_MISSING', javaMissingMessage)
          : new EmbeddedNeo4jError('EXITED', `could not start ${java}: ${error.message}`),
      );
    });
    // 'close' (not 'exit') so the ERROR line and stderr are fully read before we explain the failure
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (ready) return;
      const detail = errorLine ?? '';
      if (detail.startsWith('PORT_IN_USE')) {
        reject(portInUseError(port));
        return;
      }
      let message = `the embedded Neo4j exited before it was ready (${signal ? `signal ${signal}` : `exit code ${code}`})`;
      if (/store_lock|FileLockException/.test(detail)) {
        message += `: the store ${dataDir} is already used by another Neo4j process (is another Semis running on this data folder?)`;
      } else if (detail) {
        message += `: ${detail}`;
      }
      const tail = lastLines(stderrTail, STDERR_TAIL_LINES);
      reject(new EmbeddedNeo4jError('EXITED', tail ? `${message}. Last output:\n${tail}` : message));
    });
  });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    if (!stopping) {
      stopping = (async () => {
        if (exited || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
        child.stdin?.end();
        child.kill('SIGTERM');
        const graceful = await Promise.race([
          exitPromise.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_GRACE_MS).unref()),
        ]);
        if (!graceful && !exited) {
          log(
            `the embedded Neo4j (pid ${child.pid}) did not stop within ${STOP_GRACE_MS / 1000} s: killing it`,
          );
          child.kill('SIGKILL');
          await exitPromise;
        }
      })();
    }
    return stopping;
  };

  let uri: string;
  try {
    uri = await readyPromise;
  } catch (error) {
    await stop();
    throw error;
  }
  ready = true;
  log(`embedded Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const exitListeners: ((reason: string) => void)[] = [];
  void exitPromise.then(() => {
    if (stopping) return;
    const reason = `${exitSignal ? `signal ${exitSignal}` : `exit code ${exitCode}`}; see ${path.join(dataDir, 'logs', 'debug.log')}`;
    log(`the embedded Neo4j stopped unexpectedly (${reason})`);
    for (const listener of exitListeners) listener(reason);
  });

  const pid = child.pid as number;
  return { uri, pid, stop, onUnexpectedExit: (listener) => void exitListeners.push(listener) };
}
