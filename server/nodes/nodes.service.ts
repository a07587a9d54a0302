// Node use cases: create with defaults and a first position, read with relations, edit under optimistic
// concurrency (If-Match), delete. Validation of the kind-specific patch happens here.
import { randomUUID } from 'node:crypto';
import type { RelationSummary } from '../../shared/api';
import { type CreateNode, type NodeView, patchSchemaFor } from '../../shared/entities';
import type { Lang, Relation } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import type { Actor } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { parse } from '../http/validate';
import { initialPosition } from '../landscape/placement';
import { withPhotoUrls } from '../photos/photo-view';
import * as repo from './nodes.repository';

const DEFAULT_STATUS: Partial<Record<CreateNode['kind'], string>> = { Question: 'open', Seed: 'germinating' };
const INTERNAL_PROPERTIES = ['autoPlaced'];
const LINK_BOOKKEEPING = ['id', 'createdAt', 'createdBy'];
const MAX_RELATIONS = 500;

export function toNodeView(stored: repo.StoredNode): NodeView {
  const view: Record<string, unknown> = { ...stored };
  for (const key of INTERNAL_PROPERTIES) delete view[key];
  return withPhotoUrls(view) as NodeView;
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

export function createNodesService(db: Database) {
  return {
    async create(actor: Actor, input: CreateNode): Promise<NodeView> {
      const properties = newNodeProperties(input, actor);
      return toNodeView(await db.write((tx) => repo.insertNode(tx, input.kind, properties)));
    },

    async get(
      actor: Actor,
      id: string,
      lang: Lang,
    ): Promise<{ node: NodeView; relations: RelationSummary[] }> {
      return db.read(async (tx) => {
        const node = await repo.findNode(tx, id, actor.canSee);
        if (!node) throw notFound(`Node ${id}`);
        const rows = await repo.findRelations(tx, id, actor.canSee, lang, MAX_RELATIONS);
        const relations = rows.map((row) => ({
          id: row.id,
          relation: row.relation as Relation,
          direction: row.out ? ('out' as const) : ('in' as const),
          properties: Object.fromEntries(
            Object.entries(row.properties).filter(([k]) => !LINK_BOOKKEEPING.includes(k)),
          ),
          other: row.other,
        }));
        return { node: toNodeView(node), relations };
      });
    },

    async patch(actor: Actor, id: string, expectedVersion: number, body: unknown): Promise<NodeView> {
      return db.write(async (tx) => {
        const current = await repo.lockNode(tx, id, actor.canSee);
        if (!current) throw notFound(`Node ${id}`);
        const patch = parse(patchSchemaFor(current.kind), body ?? {}, 'body');
        if (current.version !== expectedVersion) {
          throw new AppError(
            412,
            'PRECONDITION_FAILED',
            `Node ${id} has changed: its version is ${current.version}, not ${expectedVersion}`,
            { currentVersion: current.version },
          );
        }
        return toNodeView(await repo.updateNode(tx, id, patch));
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const deleted = await db.write((tx) => repo.deleteNode(tx, id, actor.canSee));
      if (!deleted) throw notFound(`Node ${id}`);
    },
  };
}

export type NodesService = ReturnType<typeof createNodesService>;
