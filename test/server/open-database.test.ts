// Which database Semis opens: NEO4J_URI means an external server and no embedded process; the
// embedded database of a Semis already running on the same data folder is reused by `npm run seed`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open-database';

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-open-db-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('uses NEO4J_URI without starting an embedded Neo4j', async () => {
    const config = loadConfig({ NEO4J_URI: inject('neo4jUri'), SEMIS_DATA_DIR: dataDir });
    const opened = await openDatabase(config, { log: () => {} });
    try {
      expect(opened.origin).toBe('external');
      await opened.db.ping();
      expect(fs.existsSync(path.join(dataDir, 'neo4j'))).toBe(false);
    } finally {
      await opened.close();
    }
  });

  it('reuses the embedded database of a running Semis for the seed command, and refuses a second server', async () => {
    const config = loadConfig({ SEMIS_DATA_DIR: dataDir });
    fs.writeFileSync(
      path.join(dataDir, 'neo4j.runtime.json'),
      JSON.stringify({ uri: inject('neo4jUri'), pid: process.pid }),
    );
    const opened = await openDatabase(config, { log: () => {}, reuseRunning: true });
    try {
      expect(opened.origin).toBe('running-semis');
      await opened.db.ping();
    } finally {
      await opened.close();
    }
    await expect(openDatabase(config, { log: () => {} })).rejects.toThrow(
      `Semis is already running on the data folder ${dataDir}`,
    );
    fs.rmSync(path.join(dataDir, 'neo4j.runtime.json'));
  });
});
