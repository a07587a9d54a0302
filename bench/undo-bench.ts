// `npm run bench:undo [-- --rounds R --warmup W]`: how long an undo takes on the demo landscape (issue 11 §4:
// ≤ 500 ms). A member asks a question founding nothing but linked to two demo questions (one action: the
// question, ASKED and two REFINES), then undoes it from "my history" (POST /api/history/:eventId/revert, which
// reverts the whole action), then redoes it (the revert of the undo), through the real app over HTTP. The
// baseline, measured in the same run and alternated round by round: the bare driver deleting such a question
// and its relationships in one statement (`DETACH DELETE`), what an undo must do at the least.
import { once } from 'node:events';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadDemoLandscape } from '../seeds-data/loader';
import { createApp } from '../server/app';
import { openBareDriver } from './bare-driver';
import { browserSession } from './browser-session';
import { describeMachine } from './machine';
import { type Summary, summarise, timed } from './measure';
import { startBenchNeo4j } from './neo4j-instance';

const TARGET_P95_MS = 500;
const log = (line: string) => console.error(`[bench] ${line}`);

function readSettings() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '40' },
      warmup: { type: 'string', default: '5' },
    },
  });
  const int = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`--${name} must be a positive integer`);
    return n;
  };
  return { rounds: int('rounds', values.rounds), warmup: int('warmup', values.warmup) };
}

async function main(): Promise<void> {
  const settings = readSettings();
  const began = Date.now();
  const neo = await startBenchNeo4j({ name: 'undo', heap: '1g', pageCache: '256m', log });
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-bench-undo-uploads-'));
  const stop = async () => {
    await neo.stop();
    fs.rmSync(uploads, { recursive: true, force: true });
  };
  try {
    const demo = await loadDemoLandscape(neo.db, { uploadsDir: uploads });
    log(`demo: ${demo.nodes} nodes, ${demo.links} links`);
    const app = createApp({ db: neo.db, logger: pino({ level: 'silent' }), uploadsDir: uploads });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const driver = openBareDriver(neo.uri);
    try {
      const send = browserSession(origin);
      await send('GET', '/api/health');
      const reg = await send('POST', '/api/auth/register', {
        name: 'Banc d’essai',
        email: 'bench-undo@semis.test',
        password: 'un mot de passe assez long',
      });
      if (reg.status !== 201) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`);
      const questions = await neo.db.read((tx) =>
        tx.run("MATCH (q:Entity {kind: 'Question', visibility: 'public'}) RETURN q.id AS id LIMIT 2"),
      );
      const targets = questions.records.map((r) => r.get('id') as string);
      if (targets.length < 2) throw new Error('the demo has fewer than two public questions');

      const ask = async (i: number) => {
        const res = await send('POST', '/api/questions', {
          title: `Comment mesurer une annulation, essai ${i} ?`,
          links: targets.map((target) => ({ target, relation: 'REFINES' })),
        });
        if (res.status !== 201) throw new Error(`ask: ${res.status} ${JSON.stringify(res.body)}`);
      };
      const newestOfMine = async () => {
        const res = await send('GET', '/api/history/mine?limit=1');
        const event = (res.body.events as { id: string }[] | undefined)?.[0];
        if (!event) throw new Error('no event in my history');
        return event.id;
      };
      const revert = async (eventId: string) => {
        const res = await send('POST', `/api/history/${eventId}/revert`);
        if (res.status !== 201) throw new Error(`revert: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body.id as string;
      };
      const bare = async (i: number) => {
        const session = driver.session();
        try {
          const id = `bench-undo-${i}`;
          await session.run(
            `CREATE (q:Entity {id: $id, kind: 'Question', title: 'essai', visibility: 'public'})
             WITH q UNWIND $targets AS t MATCH (o:Entity {id: t}) CREATE (q)-[:REFINES]->(o)`,
            { id, targets },
          );
          return (await timed(() => session.run('MATCH (q:Entity {id: $id}) DETACH DELETE q', { id }))).ms;
        } finally {
          await session.close();
        }
      };

      const undo: number[] = [];
      const redo: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < settings.warmup + settings.rounds; i++) {
        const measured = i >= settings.warmup;
        const first = i % 2 === 0;
        if (first) raw.push(await bare(i));
        await ask(i);
        const asked = await newestOfMine();
        const u = await timed(() => revert(asked));
        const r = await timed(() => revert(u.value));
        // leave the landscape as the demo: undo the redo (not measured)
        await revert(await newestOfMine());
        if (!first) raw.push(await bare(i));
        if (measured) {
          undo.push(u.ms);
          redo.push(r.ms);
        } else raw.pop();
      }
      const machine = await describeMachine(neo.db);
      process.stdout.write(
        report({
          machine,
          settings,
          undo: summarise(undo),
          redo: summarise(redo),
          raw: summarise(raw),
          load: os.loadavg()[0] ?? 0,
          totalMs: Date.now() - began,
        }),
      );
    } finally {
      await driver.close();
      server.closeAllConnections();
      server.close();
    }
  } finally {
    log('stopping Neo4j and removing its temporary folders…');
    await stop();
  }
}

interface Report {
  machine: Awaited<ReturnType<typeof describeMachine>>;
  settings: ReturnType<typeof readSettings>;
  undo: Summary;
  redo: Summary;
  raw: Summary;
  load: number;
  totalMs: number;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

function report(r: Report): string {
  const m = r.machine;
  const row = (name: string, s: Summary) =>
    `| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.mean)} | ${ms(s.max)} |`;
  const pass = r.undo.p95 <= TARGET_P95_MS && r.redo.p95 <= TARGET_P95_MS;
  return [
    `Undo benchmark — ${m.date}`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j}`,
    `demo landscape; ${r.settings.rounds} rounds after ${r.settings.warmup} warm-up; load average at the end ${r.load.toFixed(2)}`,
    '',
    '| side | p50 | p95 | mean | max |',
    '|---|---|---|---|---|',
    row('undo of an ask (question, ASKED, 2 REFINES), HTTP', r.undo),
    row('redo (revert of the undo), HTTP', r.redo),
    row('bare driver: DETACH DELETE of such a question', r.raw),
    '',
    `p95 ratio undo / bare: ${(r.undo.p95 / r.raw.p95).toFixed(1)}×; target p95 ≤ ${TARGET_P95_MS} ms: ${pass ? 'met' : 'NOT met'}`,
    `total run time ${(r.totalMs / 1000).toFixed(0)} s`,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
