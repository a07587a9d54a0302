// Node use cases: create with defaults and a first position, read with relations and the access card,
// edit under optimistic concurrency (If-Match) and the permission rules, delete. Every write checks the
// permission table (server/permissions) and records its event (server/history) in its own transaction.
import { randomUUID } from 'node:crypto';
import type { NodeResponse, RelationSummary } from '../../shared/api';
import { type CreateNode, type NodeView, patchSchemaFor } from '../../shared/entities';
import type { Lang, Relation } from '../../shared/vocabulary';
import type { Database, Tx } from '../db/database';
import { type Viewer, visibilityParams } from '../db/visibility';
import { recordEvent } from '../history/history.recorder';
import { lastChangeOf } from '../history/last-change';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { parse } from '../http/validate';
import { initialPosition } from '../landscape/placement';
import { accessFor, assertCan } from '../permissions/permissions.service';
import { withPhotoUrls } from '../photos/photo-view';
import { grownQuestions, settleAfterVisibilityChange, settleQuestionStatus } from '../seeds/question-status';
import * as repo from './nodes.repository';

const DEFAULT_STATUS: Partial<Record<CreateNode['kind'], string>> = { Question: 'open', Seed: 'germinating' };
/** Stored properties that never leave the server: placement bookkeeping and a photo's file names. */
export const SERVER_ONLY_PROPERTIES = ['autoPlaced', 'photoFile', 'thumbnailFile'];
export const LINK_BOOKKEEPING = ['id', 'createdAt', 'createdBy'];
const MAX_RELATIONS = 500;

export function toNodeView(stored: repo.StoredNode): NodeView {
  // a photo's file names become the URLs that serve them; whatever is left server-only is dropped
  const view: Record<string, unknown> = withPhotoUrls({ ...stored });
  for (const key of SERVER_ONLY_PROPERTIES) delete view[key];
  return view as NodeView;
}

/** Properties of a new node, as stored: the input plus defaults, identity and a first position. */
export function newNodeProperties(input: CreateNode, actor: { id: string }, id: string = randomUUID()) {
  const { kind, ...fields } = input;
  const status = ('status' in input ? input.status : undefined) ?? DEFAULT_STATUS[kind];
  return {
    ...fields,
    id,
    kind,
    lang: input.lang ?? 'fr',
    visibility: input.visibility ?? 'public',
    ...(status ? { status } : {}),
    version: 1,
    createdBy: actor.id,
    ...initialPosition(id),
    autoPlaced: true,
  };
}

/** The node as GET returns it: its properties, a summary of its visible relations, its access card. */
export async function readNode(tx: Tx, actor: Actor, id: string, lang: Lang): Promise<NodeResponse | null> {
  const viewer = visibilityParams(actor);
  const node = await repo.findNode(tx, id, viewer);
  if (!node) return null;
  const relations = await relationSummaries(tx, id, viewer, lang);
  const access = await accessFor(tx, actor, id);
  if (!access) return null;
  return { node: toNodeView(node), relations, access };
}

async function relationSummaries(tx: Tx, id: string, viewer: Viewer, lang: Lang): Promise<RelationSummary[]> {
  const rows = await repo.findRelations(tx, id, viewer, lang, MAX_RELATIONS);
  return rows.map((row) => ({
    id: row.id,
    relation: row.relation as Relation,
    direction: row.out ? ('out' as const) : ('in' as const),
    properties: Object.fromEntries(
      Object.entries(row.properties).filter(([k]) => !LINK_BOOKKEEPING.includes(k)),
    ),
    other: row.other,
  }));
}

/** The fields a patch changes, before and after, plus the version (what a node.edit event keeps). */
function editSnapshots(current: repo.StoredNode, updated: repo.StoredNode, patch: Record<string, unknown>) {
  const before: Record<string, unknown> = { version: current.version };
  const after: Record<string, unknown> = { version: updated.version };
  for (const key of Object.keys(patch)) {
    before[key] = current[key] ?? null;
    after[key] = updated[key] ?? null;
  }
  return { before, after };
}

export function createNodesService(db: Database) {
  return {
    async create(actor: Actor, input: CreateNode): Promise<NodeView> {
      requireAccount(actor);
      const properties = newNodeProperties(input, actor);
      const stored = await db.write(async (tx) => {
        await assertCan(tx, actor, 'create', { kind: input.kind });
        const node = await repo.insertNode(tx, input.kind, properties);
        await recordEvent(tx, actor, {
          action: 'node.create',
          entity: { type: 'node', id: node.id },
          nodeIds: [node.id],
          before: null,
          after: node,
        });
        return node;
      });
      return toNodeView(stored);
    },

    async get(actor: Actor, id: string, lang: Lang): Promise<NodeResponse> {
      const found = await db.read((tx) => readNode(tx, actor, id, lang));
      if (!found) throw notFound(`Node ${id}`);
      return found;
    },

    async patch(actor: Actor, id: string, expectedVersion: number, body: unknown): Promise<NodeView> {
      requireAccount(actor);
      return db.write(async (tx) => {
        const current = await repo.lockNode(tx, id, visibilityParams(actor));
        if (!current) throw notFound(`Node ${id}`);
        await assertCan(tx, actor, 'edit', { nodeId: id });
        const patch = parse(patchSchemaFor(current.kind), body ?? {}, 'body') as Record<string, unknown>;
        if (patch.visibility !== undefined && patch.visibility !== current.visibility) {
          await assertCan(tx, actor, 'changeVisibility', { nodeId: id });
        }
        if (current.version !== expectedVersion) {
          const now = await readNode(tx, actor, id, current.lang === 'en' ? 'en' : 'fr');
          const lastChange = await lastChangeOf(tx, id, visibilityParams(actor));
          throw new AppError(
            'PRECONDITION_FAILED',
            `Node ${id} has changed: its version is ${current.version}, not ${expectedVersion}`,
            { currentVersion: current.version, current: now, lastChange },
          );
        }
        const updated = await repo.updateNode(tx, id, patch);
        await recordEvent(tx, actor, {
          action: 'node.edit',
          entity: { type: 'node', id },
          nodeIds: [id],
          ...editSnapshots(current, updated, patch),
        });
        if (patch.visibility !== undefined && patch.visibility !== current.visibility) {
          // a question's status counts only the seeds all its readers may see (server/seeds/question-status.ts)
          const settled = await settleAfterVisibilityChange(tx, current);
          return toNodeView(settled.get(id) ?? updated);
        }
        return toNodeView(updated);
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      requireAccount(actor);
      await db.write(async (tx) => {
        const current = await repo.lockNode(tx, id, visibilityParams(actor));
        if (!current) throw notFound(`Node ${id}`);
        await assertCan(tx, actor, 'delete', { nodeId: id });
        await deleteWithTrace(tx, actor, current, 'node.delete');
      });
    },
  };
}

/** Deletes a node with its relationships and records what a revert needs to bring them back (then the
 *  status of a question a deleted seed grew from follows); resolves to the event's id. */
export async function deleteWithTrace(
  tx: Tx,
  actor: Actor,
  node: repo.StoredNode,
  action: 'node.delete' | 'event.revert',
  reverts?: string,
): Promise<string> {
  const relationships = await repo.allRelationships(tx, node.id);
  await repo.deleteNode(tx, node.id);
  const before = { ...node, relationships };
  const neighbours = relationships.map((r) => (r.source === node.id ? r.target : r.source));
  const eventId = await recordEvent(tx, actor, {
    action,
    entity: { type: 'node', id: node.id },
    nodeIds: [node.id, ...neighbours],
    before,
    after: null,
    ...(reverts ? { reverts } : {}),
  });
  await settleQuestionStatus(tx, grownQuestions(relationships)); // a deleted seed's question may lose `seeded`
  return eventId;
}

export type NodesService = ReturnType<typeof createNodesService>;
