// Dependency-free preparation shared by `npm start`, `npm test` and `npm run seed`: checks Node, installs
// npm packages when missing or stale, builds the client bundle when its sources changed. Each step says
// what it is doing. (The Maven launcher is built by the server itself, on first use.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const say = (line) => console.log(`[semis] ${line}`);

export function fail(message) {
  console.error(`[semis] ${message}`);
  process.exit(1);
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (
    major < 20 ||
    (major === 20 && minor < 19) ||
    (major === 22 && minor < 12) ||
    major === 21 ||
    major === 23
  ) {
    fail(
      `Node ${process.versions.node} is too old: Semis needs Node 20.19+ or 22.12+ (see README, prerequisites)`,
    );
  }
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** The newest modification time of any file below `dir` (0 when it does not exist). */
function newest(dir) {
  let latest = mtime(dir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    latest = Math.max(latest, newest(path.join(dir, entry.name)));
  }
  return latest;
}

export function ensurePackages() {
  const installed = mtime(path.join(root, 'node_modules', '.package-lock.json'));
  const wanted = Math.max(
    mtime(path.join(root, 'package.json')),
    mtime(path.join(root, 'package-lock.json')),
  );
  if (installed && installed >= wanted) return;
  say(installed ? 'package.json changed: updating npm packages…' : 'installing npm packages (first run)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) fail('npm ci failed (see above)');
}

export function ensureClientBuilt() {
  const built = mtime(path.join(root, 'client', 'dist', 'index.html'));
  const sources = Math.max(newest(path.join(root, 'client')), newest(path.join(root, 'shared')));
  if (built && built >= sources) return;
  say(
    built
      ? 'client sources changed: rebuilding the client bundle…'
      : 'building the client bundle (first run)…',
  );
  if (
    run(path.join(root, 'node_modules', '.bin', 'vite'), [
      'build',
      '--config',
      'client/vite.config.ts',
      '--logLevel',
      'warn',
    ]) !== 0
  ) {
    fail('the client build failed (see above)');
  }
}

export const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
