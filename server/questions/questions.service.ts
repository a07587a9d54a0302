// The atomic ask: in ONE write transaction, the question, who asked it, its lineage links, the seeds it
// joins (or founds) and the resource that prompted it (with the image region), each with its history event. Every
// target is checked first — it must exist and be visible (404 naming it), its kind must fit (400) — so a
// refused request writes nothing. The new question appears next to the first thing it links to. Written
// through the write path (server/graph-writes).

import type { z } from 'zod';
import type { CreateNode } from '../../shared/entities';
import type { askQuestionSchema, CreatedWithLinks } from '../../shared/questions';
import { checkRelationKinds, type Relation } from '../../shared/vocabulary';
import type { Database } from '../db/database';
import { visibilityParams } from '../db/visibility';
import * as graph from '../graph-writes/graph-writes';
import { type Actor, requireAccount } from '../http/actor';
import { AppError } from '../http/errors';
import { toNodeView } from '../nodes/nodes.service';
import { assertCan } from '../permissions/permissions.service';

export type AskInput = z.output<typeof askQuestionSchema>;

/** One link the new question needs: `field` names it in errors (the request's path to the id). */
interface PlannedLink {
  field: string;
  target: string;
  relation: Relation;
  /** PROMPTED and GROWS_FROM go from the resource or seed to the question; the others from the question. */
  fromTarget: boolean;
  properties?: Record<string, unknown>;
}

/** The links the request asks for, duplicates collapsed, in the request's order. */
export function plannedLinks(input: AskInput): PlannedLink[] {
  const planned: PlannedLink[] = [];
  const seen = new Set<string>();
  const add = (link: PlannedLink) => {
    const key = `${link.relation}:${link.target}`;
    if (seen.has(key)) return;
    seen.add(key);
    planned.push(link);
  };
  for (const [i, l] of input.links.entries()) {
    add({ field: `links.${i}.target`, target: l.target, relation: l.relation, fromTarget: false });
  }
  for (const [i, seed] of input.seeds.entries()) {
    add({ field: `seeds.${i}`, target: seed, relation: 'EXPLORED_IN', fromTarget: false });
  }
  if (input.foundingOf) {
    add({ field: 'foundingOf', target: input.foundingOf, relation: 'GROWS_FROM', fromTarget: true });
  }
  if (input.promptedBy) {
    const r = input.promptedBy.region;
    add({
      field: 'promptedBy.resource',
      target: input.promptedBy.resource,
      relation: 'PROMPTED',
      fromTarget: true,
      properties: r ? { regionX: r.x, regionY: r.y, regionW: r.w, regionH: r.h } : {},
    });
  }
  return planned;
}

/** 404 for the first target that is unknown or hidden (the same answer for both), 400 for a wrong kind. */
function checkTargets(planned: PlannedLink[], found: Map<string, graph.LockedNode>): void {
  for (const link of planned) {
    if (!found.has(link.target)) {
      throw new AppError('NOT_FOUND', `${link.field}: node ${link.target} was not found`, {
        field: link.field,
        id: link.target,
      });
    }
  }
  for (const link of planned) {
    const kind = (found.get(link.target) as graph.LockedNode).kind;
    const rule = link.fromTarget
      ? checkRelationKinds(link.relation, kind, 'Question')
      : checkRelationKinds(link.relation, 'Question', kind);
    if (rule) {
      throw new AppError('RELATION_NOT_ALLOWED', `${link.field}: ${rule}`, {
        field: link.field,
        relation: link.relation,
      });
    }
  }
}

export function createQuestionsService(db: Database) {
  return {
    async ask(actor: Actor, input: AskInput): Promise<CreatedWithLinks> {
      requireAccount(actor);
      const planned = plannedLinks(input);
      return db.write(async (tx) => {
        const w = graph.writer(tx, actor);
        const found = await graph.lockTargets(
          tx,
          planned.map((l) => l.target),
          visibilityParams(actor),
        );
        checkTargets(planned, found);
        await graph.requirePerson(w);

        const question: CreateNode = {
          kind: 'Question',
          title: input.title,
          lang: input.lang,
          visibility: input.visibility,
          ...(input.body ? { body: input.body } : {}),
        };
        const anchor = planned[0] ? found.get(planned[0].target) : undefined;
        const node = await graph.createNode(w, question, anchor ? { near: anchor, pinAnchor: true } : {});

        const wanted: graph.NewLink[] = [{ source: actor.id, target: node.id, relation: 'ASKED' }];
        for (const link of planned) {
          const [source, target] = link.fromTarget ? [link.target, node.id] : [node.id, link.target];
          wanted.push({ source, target, relation: link.relation, properties: link.properties });
        }
        // a question asked as a seed's founding one becomes seeded when that seed counts for all its
        // readers (server/graph-writes/question-status.ts), as a step of Semis itself
        const { links, settled } = await graph.createLinks(w, wanted, {
          check: (link) => assertCan(tx, actor, 'link', link),
          settle: [node.id],
        });
        return { node: toNodeView(settled.get(node.id) ?? node), links };
      });
    },
  };
}

export type QuestionsService = ReturnType<typeof createQuestionsService>;
