// Runs a TypeScript entry point (`npm run seed`, `npm run bench:api`, `npm run bench:client`) after
// installing what is missing; `--with-client` first (re)builds the client bundle when its sources changed.
import { checkNode, ensureClientBuilt, ensurePackages, run, tsx } from './prepare.mjs';

checkNode();
ensurePackages();
let [entry, ...args] = process.argv.slice(2);
if (entry === '--with-client') {
  ensureClientBuilt();
  [entry, ...args] = args;
}
process.exitCode = run(tsx, [entry, ...args]);
