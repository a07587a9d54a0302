// A batch import through the write path: many nodes and links at once (the demo landscape, later a
// person's import), each node built as any new node is (new-node.ts) by the importing actor, merged by id
// so importing twice gives the same graph. Like every load so far it records no event per node or link:
// it gives the event log a new epoch instead (`markImported`), so every cached landscape is read again.
// Making an import one attributed, undoable action (its events with one action id) is still to come, here.
import type { CreateNode } from '../../shared/entities';
import type { Relation } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { type Actor, SYSTEM } from '../http/actor';
import type { Point } from '../landscape/placement';
import * as repo from './import.repository';
import { newNodeProperties } from './new-node';

export interface ImportedNode {
  id: string;
  node: CreateNode;
  /** Where it goes on the map (an import is laid out beforehand); it is then no longer auto-placed. */
  position?: Point;
}

export interface ImportedLink {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  properties: Record<string, unknown>;
}

/**
 * Merges the nodes, then the links, that are missing (by id) — after emptying the database when `reset`.
 * Resolves to how many of each this import created. Call `markImported` once everything is in.
 */
export async function importGraph(
  db: Database,
  input: { nodes: ImportedNode[]; links: ImportedLink[] },
  options: { reset?: boolean; actor?: Actor } = {},
): Promise<{ nodes: Record<string, unknown>[]; createdNodes: number; createdLinks: number }> {
  const actor = options.actor ?? SYSTEM;
  const nodes = input.nodes.map(({ id, node, position }) => ({
    ...newNodeProperties(node, actor, id),
    ...position,
    autoPlaced: false,
  }));
  if (options.reset) await repo.emptyDatabase(db);
  const createdNodes = await repo.mergeNodes(db, nodes);
  const createdLinks = await repo.mergeLinks(db, input.links, actor.id);
  return { nodes, createdNodes, createdLinks };
}

/** Empties the database (nodes, links, events): what `reset` does before an import. */
export const emptyDatabase = repo.emptyDatabase;

/** Gives an imported photo resource its stored picture (file names and size), as an upload would have. */
export const attachPhotoFiles = repo.setPhotoFiles;

/** The import is in: the event log's new epoch changes the landscape's ETag and cache key. */
export const markImported = repo.markLandscapeLoaded;
