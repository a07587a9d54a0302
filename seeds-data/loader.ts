// Loads the demo landscape (landscape.json, built from the source text) into Neo4j: checked against the
// contract, laid out once with ForceAtlas2, merged by id. Used at first start and by `npm run seed`.
import { createHash } from 'node:crypto';
import type { Database } from '../server/db/database';
import { SYSTEM } from '../server/http/actor';
import { newNodeProperties } from '../server/nodes/nodes.service';
import * as repo from './demo.repository';
import { type DemoLandscape, readDemoLandscape } from './demo-file';
import { computeLayout } from './layout';

export interface LoadResult {
  nodes: number;
  links: number;
  /** How many of them this load created (0 when the demo was already there). */
  createdNodes: number;
  createdLinks: number;
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
  options: { reset?: boolean; demo?: DemoLandscape } = {},
): Promise<LoadResult> {
  const demo = options.demo ?? readDemoLandscape();
  const positions = computeLayout(
    demo.nodes.map((n) => n.id),
    demo.links,
  );
  const nodes = demo.nodes.map(({ id, node }) => ({
    ...newNodeProperties(node, SYSTEM, id),
    ...positions.get(id),
    autoPlaced: false,
  }));
  const links = demo.links.map((l) => ({
    id: demoLinkId(l.source, l.relation, l.target, l.properties?.role),
    source: l.source,
    target: l.target,
    relation: l.relation,
    properties: l.properties ?? {},
  }));
  if (options.reset) await repo.emptyDatabase(db);
  const createdNodes = await repo.mergeNodes(db, nodes);
  const createdLinks = await repo.mergeLinks(db, links);
  await repo.markLandscapeLoaded(db);
  return { nodes: nodes.length, links: links.length, createdNodes, createdLinks };
}

/** Loads the demo when the database holds no landscape yet; null when it already had one. */
export async function loadDemoIfEmpty(db: Database): Promise<LoadResult | null> {
  return (await repo.isEmpty(db)) ? loadDemoLandscape(db) : null;
}
