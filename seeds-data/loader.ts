// Loads the demo landscape (landscape.json, built from the source text) into Neo4j: checked against the
// contract, laid out once with ForceAtlas2, and written into an empty database as months of history by
// its people (demo-history.ts, through server/graph-writes/dated-history.ts: every node and link has its
// dated, attributed event); where the demo is already there, what is missing is merged by id through the
// write path's batch import (server/graph-writes/import.ts), without events. Used at first start (handed to the server as its `loadDemo` hook,
// seeds-data/start.ts) and by `npm run seed`. Given the uploads folder, it also stores the demo photos'
// drawn pictures through the photo store.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Database } from '../server/db/database';
import { writeDatedHistory } from '../server/graph-writes/dated-history';
import { attachPhotoFiles, emptyDatabase, importGraph, markImported } from '../server/graph-writes/import';
import { type Actor, accountActor } from '../server/http/actor';
import { DEFAULT_PHOTO_LIMITS, processPhoto } from '../server/photos/photo-processing';
import { createPhotoStore } from '../server/photos/photo-store';
import * as repo from './demo.repository';
import { type DemoLandscape, readDemoLandscape } from './demo-file';
import { planDemoHistory } from './demo-history';
import { DEMO_PICTURES, renderDemoPicture } from './demo-photos';
import { computeLayout } from './layout';

export interface LoadResult {
  nodes: number;
  links: number;
  /** How many of them this load created (0 when the demo was already there). */
  createdNodes: number;
  createdLinks: number;
  /** How many demo pictures this load stored (0 when they were there, or without an uploads folder). */
  storedPictures: number;
}

/**
 * Stores the drawn picture of each demo photo resource that has none yet (or whose file is gone), re-encoded
 * and thumbnailed like an upload, under `<uploadsDir>/photos`.
 */
async function storeDemoPictures(db: Database, uploadsDir: string, ids: Set<string>): Promise<number> {
  const store = createPhotoStore(uploadsDir);
  const wanted = Object.keys(DEMO_PICTURES).filter((id) => ids.has(id));
  const present = await repo.photoFilesOf(db, wanted);
  let stored = 0;
  for (const id of wanted) {
    const file = present.get(id);
    const path = file ? store.pathOf(file) : null;
    if (path && fs.existsSync(path)) continue;
    const processed = await processPhoto(
      await renderDemoPicture(DEMO_PICTURES[id] ?? ''),
      DEFAULT_PHOTO_LIMITS,
    );
    const files = await store.save(processed.image, processed.thumbnail);
    await attachPhotoFiles(db, id, { ...files, width: processed.width, height: processed.height });
    stored++;
  }
  return stored;
}

/** A demo link's id is derived from what it links, so merging twice finds the same relationship. */
export function demoLinkId(source: string, relation: string, target: string, role?: unknown): string {
  const digest = createHash('sha256')
    .update([source, relation, target, role ?? ''].join('|'))
    .digest('hex');
  return `demo-${digest.slice(0, 24)}`;
}

export async function loadDemoLandscape(
  db: Database,
  options: { reset?: boolean; demo?: DemoLandscape; uploadsDir?: string } = {},
): Promise<LoadResult> {
  const demo = options.demo ?? readDemoLandscape();
  const positions = computeLayout(
    demo.nodes.map((n) => n.id),
    demo.links,
  );
  const links = demo.links.map((l) => ({
    id: demoLinkId(l.source, l.relation, l.target, l.properties?.role),
    source: l.source,
    target: l.target,
    relation: l.relation,
    properties: l.properties ?? {},
  }));
  if (options.reset) await emptyDatabase(db);
  const ids = demo.nodes.map((n) => n.id);
  let created: { createdNodes: number; createdLinks: number };
  if (await repo.noneOf(db, ids)) {
    // the demo's first load: its months of history, through the write path, oldest first
    await writeDatedHistory(db, planDemoHistory(demo, positions, links, new Date()), demoPeople(demo));
    created = { createdNodes: demo.nodes.length, createdLinks: links.length };
  } else {
    // the demo (or part of it) is there: what is missing is merged by id, without a history
    created = await importGraph(db, {
      nodes: demo.nodes.map(({ id, node }) => ({ id, node, position: positions.get(id) })),
      links,
    });
  }
  const storedPictures = options.uploadsDir
    ? await storeDemoPictures(db, options.uploadsDir, new Set(ids))
    : 0;
  await markImported(db);
  return { nodes: ids.length, links: links.length, ...created, storedPictures };
}

/** The demo's people as the actors of its history: each writes as their own account would. */
function demoPeople(demo: DemoLandscape): Map<string, Actor> {
  return new Map(
    demo.nodes
      .filter((n) => n.node.kind === 'Person')
      .map((n) => [n.id, accountActor(n.id, n.node.title, 'member')]),
  );
}

/** Loads the demo when the database holds no landscape yet; null when it already had one. */
export async function loadDemoIfEmpty(db: Database, uploadsDir?: string): Promise<LoadResult | null> {
  return (await repo.isEmpty(db)) ? loadDemoLandscape(db, { uploadsDir }) : null;
}
