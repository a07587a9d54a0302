// A node's last change as a stale edit's 412 names it (shared/history.ts `lastChangeSchema`): when, and
// by whom — the Person who made it with their public name only when the reader may see that Person
// (otherwise no one is named), or Semis itself. Never an email: the name is the Person node's title.
import { type LastChange, SYSTEM_ACTOR_ID } from '../../shared/history';
import type { Tx } from '../db/database';
import type { Viewer } from '../db/visibility';
import { findNode } from '../nodes/nodes.repository';
import { lastNodeChange } from './history.repository';

export async function lastChangeOf(tx: Tx, nodeId: string, viewer: Viewer): Promise<LastChange | null> {
  const event = await lastNodeChange(tx, nodeId);
  if (!event) return null;
  if (event.actorId === SYSTEM_ACTOR_ID) return { at: event.at, by: { kind: 'system' } };
  const person = await findNode(tx, event.actorId, viewer);
  return {
    at: event.at,
    by: person?.kind === 'Person' ? { kind: 'person', id: person.id, name: String(person.title) } : null,
  };
}
