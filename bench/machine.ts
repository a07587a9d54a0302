// What the benchmark ran on: CPU, cores, memory, OS, Node, Java and the Neo4j version and edition
// (asked from the running database), printed with every result so numbers are never read without it.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../server/db/database';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
}

function javaVersion(): string {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const first = `${result.stderr ?? ''}${result.stdout ?? ''}`.split('\n')[0]?.trim();
  return first || 'unknown';
}

async function neo4jVersion(db: Database): Promise<string> {
  const result = await db.read((tx) =>
    tx.run("CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN *"),
  );
  const row = result.records[0];
  if (!row) return 'unknown';
  return `${(row.get('versions') as string[]).join(', ')} ${row.get('edition') as string} (embedded)`;
}

export async function describeMachine(db: Database): Promise<Machine> {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: javaVersion(),
    neo4j: await neo4jVersion(db),
  };
}
