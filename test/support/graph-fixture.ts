// Writes a small graph straight into the test database (no HTTP, no account needed): nodes built like the
// app builds them (newNodeProperties) and links by (source, relation, target), for tests that read or
// link to an existing landscape.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../server/db/database';
import { newNodeProperties } from '../../server/graph-writes/graph-writes';
import { insertLink, insertNode } from '../../server/graph-writes/graph-writes.repository';
import { markLandscapeLoaded } from '../../server/graph-writes/import.repository';
import type { CreateNode } from '../../shared/entities';
import type { Relation } from '../../shared/vocabulary';

export type FixtureNode = CreateNode & { id: string; createdBy?: string };
export type FixtureLink = [
  source: string,
  relation: Relation,
  target: string,
  properties?: Record<string, unknown>,
];

export async function insertGraph(
  db: Database,
  nodes: FixtureNode[],
  links: FixtureLink[] = [],
): Promise<void> {
  await db.write(async (tx) => {
    for (const { id, createdBy, ...input } of nodes) {
      await insertNode(
        tx,
        input.kind,
        newNodeProperties(input as CreateNode, { id: createdBy ?? 'system' }, id),
      );
    }
    for (const [source, relation, target, properties] of links) {
      await insertLink(tx, {
        id: randomUUID(),
        source,
        target,
        relation,
        properties: properties ?? {},
        createdBy: 'system',
      });
    }
  });
  // written without events, as the demo loader writes: move the log's epoch as it does (landscape cache)
  await markLandscapeLoaded(db);
}
