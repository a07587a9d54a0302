// `npm test`: installs what is missing (npm packages; Debian's chromium for the browser tests when
// running as root), builds the client bundle, checks formatting, lint and types, then runs every vitest
// project — unit, api (against a real embedded Neo4j) and e2e (Chromium) — see vitest.config.ts.
// One part alone, without biome or tsc: `npm run test:unit`, `test:api`, `test:e2e` (scripts/test-part.mjs).
import { checkNode, ensureClientBuilt, ensurePackages, fail, run, say } from './prepare.mjs';
import { bin, ensureChromium, runVitest } from './vitest.mjs';

checkNode();
ensurePackages();
ensureChromium();
ensureClientBuilt();
say('checking format and lint (biome)…');
if (run(bin('biome'), ['check', '.']) !== 0)
  fail('biome check failed: run `npm run format` or fix the lint errors above');
say('checking types (tsc)…');
if (run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) !== 0) fail('type check failed (see above)');
say('running the tests (vitest; the first run builds the embedded Neo4j launcher with Maven)…');
process.exitCode = runVitest(process.argv.slice(2));
