// `npm run seed [-- --reset]`: merges the demo landscape into the configured database — the external
// one (NEO4J_URI), the embedded one of a Semis already running on this data folder, or the embedded
// one started just for this and stopped afterwards.
import { loadConfig } from '../server/config';
import { migrate } from '../server/db/migrations';
import { openDatabase } from '../server/db/open-database';
import { loadDemoLandscape } from './loader';

async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  const config = loadConfig();
  const database = await openDatabase(config, { log: () => {}, reuseRunning: true });
  try {
    console.log(`[seed] database: ${database.uri} (${database.origin})`);
    await migrate(database.db);
    const result = await loadDemoLandscape(database.db, { reset, uploadsDir: config.uploadsDir });
    console.log(
      `[seed] ${reset ? 'emptied the database, then ' : ''}merged the demo landscape: ${result.nodes} nodes (${result.createdNodes} new), ${result.links} links (${result.createdLinks} new), ${result.storedPictures} demo pictures stored`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
