// Small helpers for API tests that act as several people: create a node or a link as a session
// (expecting success), read what the database holds about events.
import { expect } from 'vitest';
import type { Database } from '../../server/db/database';
import { count } from './database';
import type { Client } from './session';

/** Creates a node as `who` (expects 201) and returns its id. */
export async function createNode(who: Client, body: Record<string, unknown>): Promise<string> {
  const res = await who.post('/api/nodes').send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

/** Links as `who` (expects 201) and returns the link's id. */
export async function createLink(
  who: Client,
  source: string,
  target: string,
  relation: string,
  properties?: Record<string, unknown>,
): Promise<string> {
  const res = await who.post('/api/links').send({ source, target, relation, properties });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

/** Everything the graph holds that a refused write could have touched: nodes, links, events, versions,
 *  follows and read marks. */
export async function fingerprint(db: Database): Promise<string> {
  const nodes = await db.read((tx) =>
    tx.run(
      `MATCH (n:Entity) RETURN n.id AS id, n.version AS version, n.title AS title, n.visibility AS visibility
       ORDER BY id`,
    ),
  );
  const links = await count(db, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)');
  const events = await count(db, 'MATCH (e:Event) RETURN count(e)');
  // a person's own bookkeeping: what they follow and their inbox's read marks
  const marks = await count(db, 'MATCH (m) WHERE m:Follow OR m:InboxRead OR m:InboxState RETURN count(m)');
  return JSON.stringify({ nodes: nodes.records.map((r) => r.toObject()), links, events, marks });
}
