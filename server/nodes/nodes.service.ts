// Node use cases: create with defaults and a first position, read with relations and the access card,
// edit under optimistic concurrency (If-Match) and the permission rules, delete. Every write checks the
// permission table (server/permissions) and writes through the write path (server/graph-writes), which
// records its event, in its own transaction.
import type { NodeResponse, RelationSummary } from '../../shared/api';
import { type CreateNode, type NodeView, patchSchemaFor, type ResourceInforms } from '../../shared/entities';
import { checkRelationKinds, type Lang, type Relation } from '../../shared/vocabulary';
import type { Database, Tx } from '../db/database';
import { type Viewer, visibilityParams } from '../db/visibility';
import * as graph from '../graph-writes/graph-writes';
import { lastChangeOf } from '../history/last-change';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { parse } from '../http/validate';
import { accessFor, assertCan } from '../permissions/permissions.service';
import { withPhotoUrls } from '../photos/photo-view';
import * as repo from './nodes.repository';

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

export function createNodesService(db: Database) {
  return {
    async create(actor: Actor, input: CreateNode): Promise<NodeView> {
      requireAccount(actor);
      // `informs` is the link to write with a resource, not one of its properties
      const { informs, ...fields } = input as CreateNode & { informs?: ResourceInforms };
      const stored = await db.write(async (tx) => {
        await assertCan(tx, actor, 'create', { kind: input.kind });
        const w = graph.writer(tx, actor);
        if (!informs) return graph.createNode(w, fields as CreateNode);
        // one action: the resource, placed next to what it informs, and its INFORMS link — or nothing
        const informed = (await graph.lockTargets(tx, [informs.target], visibilityParams(actor))).get(
          informs.target,
        );
        if (!informed) throw notFound(`Node ${informs.target}`);
        const rule = checkRelationKinds('INFORMS', 'Resource', informed.kind);
        if (rule) throw new AppError('RELATION_NOT_ALLOWED', rule, { relation: 'INFORMS' });
        const node = await graph.createNode(w, fields as CreateNode, { near: informed });
        const properties = informs.stance ? { stance: informs.stance } : {};
        await graph.createLinks(
          w,
          [{ source: node.id, target: informed.id, relation: 'INFORMS', properties }],
          {
            check: (link) => assertCan(tx, actor, 'link', link),
          },
        );
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
        const { node } = await graph.editNode(graph.writer(tx, actor), current, patch);
        return toNodeView(node);
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      requireAccount(actor);
      await db.write(async (tx) => {
        const current = await repo.lockNode(tx, id, visibilityParams(actor));
        if (!current) throw notFound(`Node ${id}`);
        await assertCan(tx, actor, 'delete', { nodeId: id });
        await graph.deleteNode(graph.writer(tx, actor), current);
      });
    },
  };
}

export type NodesService = ReturnType<typeof createNodesService>;
