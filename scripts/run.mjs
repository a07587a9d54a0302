// Runs a TypeScript entry point (`npm run seed`, `npm run bench:api`) after installing what is missing.
import { checkNode, ensurePackages, run, tsx } from './prepare.mjs';

checkNode();
ensurePackages();
const [entry, ...args] = process.argv.slice(2);
process.exitCode = run(tsx, [entry, ...args]);
