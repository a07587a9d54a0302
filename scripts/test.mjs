// `npm test`: installs what is missing (npm packages; Debian's chromium for the browser tests when
// running as root), builds the client bundle, checks formatting, lint and types, then runs every vitest
// test — unit, API and integration against a real embedded Neo4j, and e2e in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { checkNode, ensureClientBuilt, ensurePackages, fail, root, run, say } from './prepare.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || run('sh', ['-c', 'command -v apt-get >/dev/null'], { stdio: 'ignore' }) !== 0) {
    say(
      `no Chromium at ${CHROMIUM}: install Debian's chromium (or set CHROMIUM_PATH); the e2e tests will fail without it`,
    );
    return;
  }
  say("installing Debian's chromium for the browser tests…");
  if (
    run('sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
    ]) !== 0
  ) {
    say('could not install chromium; the e2e tests will fail');
  }
}

checkNode();
ensurePackages();
ensureChromium();
ensureClientBuilt();
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
say('checking format and lint (biome)…');
if (run(bin('biome'), ['check', '.']) !== 0)
  fail('biome check failed: run `npm run format` or fix the lint errors above');
say('checking types (tsc)…');
if (run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) !== 0) fail('type check failed (see above)');
say('running the tests (vitest; the first run builds the embedded Neo4j launcher with Maven)…');
const summaryFile = path.join(root, 'test-artifacts', 'vitest-summary.json');
fs.rmSync(summaryFile, { force: true });
const args = [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${summaryFile}`,
  ...process.argv.slice(2),
];
process.exitCode = run(bin('vitest'), args);
// One plain closing line that any CI reader understands.
if (fs.existsSync(summaryFile)) {
  const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  console.log(
    `vitest: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped`,
  );
}
