// What `npm test` and `npm run test:unit|test:api|test:e2e` share: Debian's chromium for the browser
// tests, and a vitest run that ends with one plain line any CI reader understands.
import fs from 'node:fs';
import path from 'node:path';
import { root, run, say } from './prepare.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const bin = (name) => path.join(root, 'node_modules', '.bin', name);

export function ensureChromium() {
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

/**
 * `vitest run` with `args`, then "vitest: N passed, M failed, K skipped" from its JSON report
 * (test-artifacts/<summary>.json). Returns vitest's exit code.
 */
export function runVitest(args, summary = 'vitest-summary') {
  const summaryFile = path.join(root, 'test-artifacts', `${summary}.json`);
  fs.rmSync(summaryFile, { force: true });
  const status = run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${summaryFile}`,
    ...args,
  ]);
  if (fs.existsSync(summaryFile)) {
    const result = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
    const skipped = result.numPendingTests + result.numTodoTests;
    console.log(
      `vitest: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`,
    );
  }
  return status;
}
