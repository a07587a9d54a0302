// `npm run test:unit|test:api|test:e2e`: one vitest project (see vitest.config.ts), with only what it
// needs: npm packages always; for e2e, Debian's chromium and the client bundle (built when missing or
// stale). No biome, no tsc (`npm test` runs those). unit starts no Neo4j and runs no Maven; api and e2e
// start the embedded Neo4j (building its launcher with Maven the first time). Extra arguments go to
// vitest, e.g. `npm run test:api -- test/server/nodes.api.test.ts`.
import { checkNode, ensureClientBuilt, ensurePackages, fail } from './prepare.mjs';
import { ensureChromium, runVitest } from './vitest.mjs';

const PARTS = ['unit', 'api', 'e2e'];
const [part, ...rest] = process.argv.slice(2);
if (!PARTS.includes(part)) fail(`usage: node scripts/test-part.mjs <${PARTS.join('|')}> [vitest arguments]`);

checkNode();
ensurePackages();
if (part === 'e2e') {
  ensureChromium();
  ensureClientBuilt();
}
process.exitCode = runVitest(['--project', part, ...rest], `vitest-summary-${part}`);
