// The demo landscape: the file obeys the contract and the minimums, loading it twice gives the
// same graph, --reset starts afresh, positions are stable, and search finds what the text is about.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoLandscape } from '../../seeds-data/demo-file';
import { loadDemoIfEmpty, loadDemoLandscape } from '../../seeds-data/loader';
import type { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrations';
import { LINEAGE_RELATIONS } from '../../shared/vocabulary';
import { count, openTestDatabase, testApp, wipe } from '../support/database';

const demo = readDemoLandscape();
let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipe(db);
});
afterAll(() => db.close());

const snapshot = async () => {
  const result = await db.read((tx) =>
    tx.run(`MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->(m)
            WITH n, collect(type(r) + '>' + m.id + ':' + r.id) AS out ORDER BY n.id
            RETURN collect([n.id, n.x, n.y, n.version, n.title, out]) AS rows`),
  );
  return JSON.stringify(
    result.records[0]
      ?.get('rows')
      .map((row: unknown[]) => [...row.slice(0, 5), [...(row[5] as string[])].sort()]),
  );
};

describe('the demo landscape file', () => {
  const byKind = (kind: string) => demo.nodes.filter((n) => n.node.kind === kind);

  it('meets the minimums: 12 seeds, 30 questions, people, resources, a community with animators', () => {
    expect(byKind('Seed').length).toBeGreaterThanOrEqual(12);
    expect(byKind('Question').length).toBeGreaterThanOrEqual(30);
    expect(byKind('Person').length).toBeGreaterThan(0);
    expect(byKind('Resource').length).toBeGreaterThan(0);
    expect(byKind('Community').length).toBeGreaterThanOrEqual(1);
    expect(demo.links.some((l) => l.relation === 'ANIMATES')).toBe(true);
    const lineage = demo.links.filter((l) => (LINEAGE_RELATIONS as readonly string[]).includes(l.relation));
    expect(lineage.length).toBeGreaterThanOrEqual(15);
  });

  it('names the seeds the text is about', () => {
    const ids = byKind('Seed').map((n) => n.id);
    for (const id of [
      'compostage',
      '1er-m2-numerique',
      'mutuelle-des-connaissances',
      'revolution-du-sourire',
      '36-photos',
      'graines-de-connaissance',
      'matrices-de-richesses',
      'ecc',
      'pyramide-inversee',
      'catalogue-contributif',
      'esprit-off',
      'openprocess',
    ]) {
      expect(ids).toContain(`seed-${id}`);
    }
  });

  it('asks real questions, each with an English translation, and gives every seed one founding question', () => {
    for (const q of byKind('Question')) {
      expect(q.node.title.trim().endsWith('?'), q.node.title).toBe(true);
      expect(q.node.title_en, q.id).toBeTruthy();
    }
    for (const seed of byKind('Seed')) {
      expect(
        demo.links.filter((l) => l.relation === 'GROWS_FROM' && l.source === seed.id),
        seed.id,
      ).toHaveLength(1);
    }
  });

  it('leaves no node isolated', () => {
    const linked = new Set(demo.links.flatMap((l) => [l.source, l.target]));
    expect(demo.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id)).toEqual([]);
  });
});

describe('loading the demo', () => {
  it('loads into an empty database, and loading again changes nothing', async () => {
    const first = await loadDemoIfEmpty(db);
    expect(first).toEqual({
      nodes: demo.nodes.length,
      links: demo.links.length,
      createdNodes: demo.nodes.length,
      createdLinks: demo.links.length,
      storedPictures: 0, // no uploads folder given
    });
    expect(await loadDemoIfEmpty(db)).toBeNull();
    const before = await snapshot();
    const again = await loadDemoLandscape(db);
    expect(again.createdNodes).toBe(0);
    expect(again.createdLinks).toBe(0);
    expect(await snapshot()).toBe(before);
    expect(await count(db, 'MATCH (n:Entity) RETURN count(n)')).toBe(demo.nodes.length);
    expect(await count(db, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)')).toBe(demo.links.length);
  });

  it('--reset empties the database first and gives the same positions again', async () => {
    const before = await snapshot();
    await db.write((tx) =>
      tx.run(
        "CREATE (:Entity:Question {id: 'extra', kind: 'Question', title: 'En plus ?', visibility: 'public'})",
      ),
    );
    const result = await loadDemoLandscape(db, { reset: true });
    expect(result.createdNodes).toBe(demo.nodes.length);
    expect(await count(db, "MATCH (n {id: 'extra'}) RETURN count(n)")).toBe(0);
    expect(await snapshot()).toBe(before);
  });

  it('is found by search: graine, compostage, demarche (no accent)', async () => {
    await migrate(db);
    const app = testApp(db);
    const titles = async (q: string) =>
      (await request(app).get('/api/search').query({ q })).body.hits.map((h: { title: string }) => h.title);
    expect(await titles('graine')).toContain('Les graines de connaissance');
    const compost = (await request(app).get('/api/search').query({ q: 'compostage', kinds: 'Seed' })).body
      .hits;
    expect(compost[0]).toMatchObject({ id: 'seed-compostage', kind: 'Seed' });
    expect((await titles('demarche')).some((t: string) => t.includes('démarche'))).toBe(true);
  });
});

describe("the demo's photos", () => {
  it('stores drawn pictures for the photo resources under <uploads>/photos, served 200, with questions on regions', async () => {
    const uploadsDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'semis-demo-')), '.data', 'uploads');
    await migrate(db);
    const first = await loadDemoLandscape(db, { reset: true, uploadsDir });
    expect(first.storedPictures).toBe(2);
    const stored = fs.readdirSync(path.join(uploadsDir, 'photos'));
    expect(stored).toHaveLength(4); // each picture and its thumbnail
    const app = testApp(db, { uploadsDir });
    for (const id of ['res-photo-potager', 'res-photo-batiment-vide']) {
      const node = await request(app).get(`/api/nodes/${id}`);
      expect(node.status).toBe(200);
      expect(node.body.node ?? node.body).toMatchObject({
        resourceKind: 'photo',
        width: 1200,
        height: 800,
        url: `/api/photos/${id}/image`,
      });
      for (const which of ['image', 'thumbnail']) {
        const res = await request(app).get(`/api/photos/${id}/${which}`).buffer(true);
        expect(res.status, `${id} ${which}`).toBe(200);
        const meta = await sharp(Buffer.from(res.body)).metadata();
        expect(meta.format).toBe('webp');
        expect(meta.width).toBeGreaterThan(0);
      }
      const regions = await db.read((tx) =>
        tx.run(
          `MATCH (:Resource {id: $id})-[r:PROMPTED]->(:Question)
           WHERE r.regionX IS NOT NULL AND r.regionW > 0 AND r.regionH > 0 RETURN count(r) AS n`,
          { id },
        ),
      );
      expect(Number(regions.records[0]?.get('n'))).toBeGreaterThanOrEqual(1);
    }
    // Loading again keeps the pictures it stored: nothing new is written.
    const again = await loadDemoLandscape(db, { uploadsDir });
    expect(again.storedPictures).toBe(0);
    expect(fs.readdirSync(path.join(uploadsDir, 'photos')).sort()).toEqual([...stored].sort());
  });
});
