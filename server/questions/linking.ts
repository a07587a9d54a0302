// Shared by the ask and grow-seed writes: creating one link inside the caller's transaction, checked by
// the permission table (assertCan) and recorded with its full snapshot (so it reverts like any link), and
// the event of a created node.
import { randomUUID } from 'node:crypto';
import type { Relation } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { recordEvent } from '../history/history.recorder';
import type { Actor } from '../http/actor';
import { insertLink, type StoredLink } from '../links/links.repository';
import { linkSnapshot } from '../links/links.service';
import type { StoredNode } from '../nodes/nodes.repository';
import { assertCan } from '../permissions/permissions.service';

export async function linkWithEvent(
  tx: Tx,
  actor: Actor,
  link: { source: string; target: string; relation: Relation; properties?: Record<string, unknown> },
): Promise<StoredLink> {
  const properties = link.properties ?? {};
  await assertCan(tx, actor, 'link', { ...link, properties });
  const stored = await insertLink(tx, { id: randomUUID(), ...link, properties, createdBy: actor.id });
  await recordEvent(tx, actor, {
    action: 'link.create',
    entity: { type: 'link', id: stored.id },
    nodeIds: [stored.source, stored.target],
    before: null,
    after: linkSnapshot(stored),
  });
  return stored;
}

export async function recordNodeCreated(tx: Tx, actor: Actor, node: StoredNode): Promise<void> {
  await recordEvent(tx, actor, {
    action: 'node.create',
    entity: { type: 'node', id: node.id },
    nodeIds: [node.id],
    before: null,
    after: node,
  });
}
