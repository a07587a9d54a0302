// Erasing, in the write path (issue 13 §3: deleting is not erasing). A deletion keeps everything in the
// history so it can be undone; an erasure scrubs it: the node is deleted (its node.delete recorded as any
// deletion), then every event that concerns it — its own snapshots and those of the links that touched it —
// is written back with only the node's shape left (scrub.ts), and marked `erased` so no revert can bring
// anything back. A `node.erase` event records who erased what, and when, without a word of the content.
// An account's erasure (its person's choice) hands every event they made to "une personne" and either
// keeps their contributions under that name, their Person a tombstone, or erases them with the person.
// The checks (who may, the password) stay with server/erasure; photo files are removed there, after commit.
import { visibilityParams } from '../db/visibility';
import { SYSTEM } from '../http/actor';
import type { StoredNode } from '../nodes/nodes.repository';
import * as repo from './erasure.repository';
import { recordEvent } from './events';
import { deleteLink, deleteNode, findVisibleLink } from './graph-writes';
import {
  erasedTitles,
  photoFilesOf,
  scrubbedLink,
  scrubbedLinkSnapshot,
  scrubbedNodeSnapshot,
} from './scrub';
import type { Writer } from './writer';

type Snapshot = Record<string, unknown>;

export interface Erased {
  /** The nodes erased (deleted now or before, their history scrubbed). */
  nodeIds: string[];
  /** How many events were written back scrubbed. */
  scrubbedEvents: number;
  /** Stored photo file names the erased nodes had: the caller removes them once the transaction commits. */
  photoFiles: string[];
}

const parse = (json: string | null | undefined): Snapshot | null =>
  json ? (JSON.parse(json) as Snapshot) : null;
const text = (snapshot: Snapshot | null) => (snapshot === null ? null : JSON.stringify(snapshot));

/** A node's standing as its events last told it (a node already deleted has no other). */
interface Standing {
  kind: unknown;
  visibility: unknown;
  createdBy: unknown;
}

/** Scrubs every event concerning `ids` and returns how many changed, the standing of each node and the
 *  photo files the snapshots named. Events about the erased nodes or their links are marked erased. */
async function scrubHistoryOf(w: Writer, ids: Set<string>) {
  const events = await repo.eventsConcerning(w.tx, [...ids]);
  const standing = new Map<string, Standing>();
  const photoFiles: string[] = [];
  const rows: { id: string; before: string | null; after: string | null; erased: boolean }[] = [];
  for (const event of events) {
    const before = parse(event.before);
    const after = parse(event.after);
    const own = event.entityType === 'node' && ids.has(event.entityId);
    if (own) {
      photoFiles.push(...photoFilesOf(before), ...photoFilesOf(after));
      const known = standing.get(event.entityId);
      const full = after ?? before;
      standing.set(event.entityId, {
        kind: full?.kind ?? known?.kind,
        visibility: full?.visibility ?? known?.visibility,
        createdBy: full?.createdBy ?? known?.createdBy,
      });
    }
    const kind = standing.get(event.entityId)?.kind;
    const scrub = (s: Snapshot | null) =>
      event.entityType === 'link' ? scrubbedLinkSnapshot(s, ids) : scrubbedNodeSnapshot(s, own, kind, ids);
    const [newBefore, newAfter] = [text(scrub(before)), text(scrub(after))];
    const touchesErased = own || event.entityType === 'link';
    if (newBefore !== (event.before ?? null) || newAfter !== (event.after ?? null) || touchesErased) {
      rows.push({ id: event.id, before: newBefore, after: newAfter, erased: touchesErased });
    }
  }
  await repo.rewriteEvents(w.tx, rows);
  return { scrubbedEvents: rows.length, standing, photoFiles };
}

/**
 * Erases nodes `ids` (existing or already deleted): each one still there is deleted through the write path,
 * then their whole history is scrubbed and a `node.erase` recorded for each with the erasure's reason.
 * Ids with neither a node nor an event are skipped (the caller decides whether that is a 404).
 */
export async function eraseNodes(w: Writer, ids: string[], reason: string): Promise<Erased> {
  const photoFiles: string[] = [];
  for (const id of [...ids].sort()) {
    const node = await repo.lockAnyNode(w.tx, id);
    if (!node) continue;
    photoFiles.push(...photoFilesOf(node));
    await deleteNode(w, node);
  }
  const scrubbed = await scrubHistoryOf(w, new Set(ids));
  const erased = ids.filter((id) => scrubbed.standing.has(id));
  const eraseEvents: string[] = [];
  for (const id of erased) {
    const standing = scrubbed.standing.get(id) as Standing;
    eraseEvents.push(
      await recordEvent(w, {
        action: 'node.erase',
        entity: { type: 'node', id },
        nodeIds: [id],
        before: null,
        after: { id, ...standing, erased: true, reason, ...erasedTitles(standing.kind) },
      }),
    );
  }
  await repo.markErased(w.tx, eraseEvents);
  return {
    nodeIds: erased,
    scrubbedEvents: scrubbed.scrubbedEvents,
    photoFiles: [...new Set([...photoFiles, ...scrubbed.photoFiles])],
  };
}

/** Whether erasing `id` by an admin is erasing an account's person (that is the account's own choice). */
export const isAccountPerson = (w: Writer, id: string) => repo.isAccountPerson(w.tx, id);

/** A node whatever its visibility (what an admin's erasure acts on), locked. */
export const lockAnyNode = (w: Writer, id: string): Promise<StoredNode | null> => repo.lockAnyNode(w.tx, id);

/** The Person an account keeps as a tombstone: its shape, "une personne", nothing they wrote about themselves. */
function tombstoneOf(person: StoredNode): Snapshot {
  const kept = scrubbedNodeSnapshot(person, true, 'Person', new Set([person.id])) as Snapshot;
  return { ...kept, ...erasedTitles('Person'), erased: true };
}

/**
 * Erases the account of the writer's person. `contributions: 'keep'`: what they made stays, their Person
 * becomes a tombstone named "une personne" (its own history scrubbed), their links and stances stay.
 * `'remove'`: the nodes they made, the links they made and the Person are erased. In both, every event
 * they made is then told as made by "une personne", and the account with its sessions and personal rows
 * is deleted. Run in one transaction: all of it or nothing.
 */
export async function eraseAccount(w: Writer, contributions: 'keep' | 'remove'): Promise<Erased> {
  const personId = w.actor.id;
  const result: Erased = { nodeIds: [], scrubbedEvents: 0, photoFiles: [] };
  if (contributions === 'remove') {
    const system = visibilityParams(SYSTEM);
    for (const linkId of (await repo.linksMadeBy(w.tx, personId)).sort()) {
      const link = await findVisibleLink(w.tx, linkId, system);
      if (link) await deleteLink(w, link);
    }
    // what they wrote on links between others' nodes (a statement, a note) goes too
    const linkEvents = await repo.linkEventsBy(w.tx, personId);
    await repo.rewriteEvents(
      w.tx,
      linkEvents.map((e) => ({
        id: e.id,
        before: text(parse(e.before) && scrubbedLink(parse(e.before) as Snapshot)),
        after: text(parse(e.after) && scrubbedLink(parse(e.after) as Snapshot)),
        erased: true,
      })),
    );
    const erased = await eraseNodes(w, [...(await repo.nodesMadeBy(w.tx, personId)), personId], 'account');
    Object.assign(result, erased, { scrubbedEvents: erased.scrubbedEvents + linkEvents.length });
  } else {
    const person = await repo.lockAnyNode(w.tx, personId);
    const scrubbed = await scrubHistoryOfPersonOnly(w, personId);
    if (person) await repo.replaceNodeProperties(w.tx, personId, tombstoneOf(person));
    const eraseEvent = await recordEvent(w, {
      action: 'node.erase',
      entity: { type: 'node', id: personId },
      nodeIds: [personId],
      before: null,
      after: person ? tombstoneOf(person) : { id: personId, kind: 'Person', erased: true },
    });
    await repo.markErased(w.tx, [eraseEvent]);
    Object.assign(result, { nodeIds: [personId], scrubbedEvents: scrubbed });
  }
  await repo.handEventsToNoOne(w.tx, personId);
  await repo.deleteAccountRows(w.tx, personId);
  return result;
}

/** A kept person's own node events scrubbed (their name, bio, skills), their links' left as they are. */
async function scrubHistoryOfPersonOnly(w: Writer, personId: string): Promise<number> {
  const events = (await repo.eventsConcerning(w.tx, [personId])).filter(
    (e) => e.entityType === 'node' && e.entityId === personId,
  );
  const only = new Set([personId]);
  await repo.rewriteEvents(
    w.tx,
    events.map((e) => ({
      id: e.id,
      before: text(scrubbedNodeSnapshot(parse(e.before), true, 'Person', only)),
      after: text(scrubbedNodeSnapshot(parse(e.after), true, 'Person', only)),
      erased: true,
    })),
  );
  return events.length;
}
