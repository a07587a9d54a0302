// What a new node is stored with: the input, its kind's default status, identity, author, and a first
// position near the centre (until a link or an anchor places it — graph-writes.ts).
import { randomUUID } from 'node:crypto';
import type { CreateNode } from '../../shared/entities';
import { initialPosition } from '../landscape/placement';

const DEFAULT_STATUS: Partial<Record<CreateNode['kind'], string>> = { Question: 'open', Seed: 'germinating' };

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
