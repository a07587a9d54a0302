// A seeded synthetic knowledge landscape for the benchmark: a realistic mix of kinds, French titles,
// positions in clusters, and relations that follow RELATION_RULES with a skewed degree distribution
// (a few hub questions, seeds and people). Node rows are built like the demo loader builds them
// (newNodeProperties, server/graph-writes), so the import path and the stored properties are the real ones.

import { newNodeProperties } from '../server/graph-writes/graph-writes';
import { SYSTEM } from '../server/http/actor';
import type { CreateNode } from '../shared/entities';
import { KINDS, type Kind, RELATION_RULES, RELATIONS, type Relation } from '../shared/vocabulary';
import * as words from './french-words';
import { mulberry32, type Prng, permutation, skewedRank } from './prng';

export type NodeRow = Record<string, unknown> & { id: string; kind: Kind; visibility: string };

export interface LinkRow {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  properties: Record<string, unknown>;
}

export interface GraphStats {
  nodesByKind: Record<Kind, number>;
  linksByRelation: Record<Relation, number>;
  degree: { mean: number; median: number; p99: number; max: number };
}

export interface SyntheticGraph {
  nodes: NodeRow[];
  links: LinkRow[];
  /** Ids an anonymous reader can see: the inputs of the latency requests are drawn from these. */
  publicIds: string[];
  stats: GraphStats;
}

export interface GraphOptions {
  nodes: number;
  rels: number;
  seed: number;
}

/** Share of each kind among the nodes: mostly questions and seeds. */
const KIND_SHARES: Record<Kind, number> = {
  Question: 0.42,
  Seed: 0.38,
  Person: 0.12,
  Resource: 0.06,
  Community: 0.02,
};

/** Share of each relation among the relationships (percent, sums to 100). */
const RELATION_SHARES: Record<Relation, number> = {
  GROWS_FROM: 9,
  EXPLORED_IN: 9,
  REFINES: 8,
  REFRAMES: 4,
  CHALLENGES: 4,
  PRESUPPOSES: 3,
  ECHOES: 5,
  DERIVED_FROM: 6,
  HAS_ROLE: 12,
  ASKED: 10,
  TAKES_STANCE: 6,
  RESOURCE_PERSON_FOR: 4,
  INFORMS: 7,
  PROMPTED: 3,
  GATHERS: 5,
  MEMBER_OF: 4,
  ANIMATES: 1,
};

/** How strongly sources and targets concentrate on hubs (see skewedRank). */
const SOURCE_SKEW = 1.5;
const TARGET_SKEW = 2;

const ID_PREFIX: Record<Kind, string> = {
  Question: 'q',
  Seed: 's',
  Person: 'p',
  Resource: 'r',
  Community: 'c',
};
const CLUSTERS = 30;

function kindCounts(total: number): Record<Kind, number> {
  const counts = {} as Record<Kind, number>;
  let assigned = 0;
  for (const kind of KINDS) {
    counts[kind] = Math.max(1, Math.round(total * KIND_SHARES[kind]));
    assigned += counts[kind];
  }
  counts.Question += total - assigned;
  if (counts.Question < 1) throw new RangeError(`--nodes ${total} is too small for every kind`);
  return counts;
}

function visibility(prng: Prng): 'public' | 'members' | 'private' {
  const u = prng.next();
  return u < 0.96 ? 'public' : u < 0.99 ? 'members' : 'private';
}

function nodeInput(prng: Prng, kind: Kind): CreateNode {
  const common = { lang: 'fr' as const, visibility: visibility(prng) };
  switch (kind) {
    case 'Question': {
      const title = words.questionTitle(prng);
      return {
        kind,
        ...common,
        title,
        ...(prng.chance(0.1) ? { title_en: `(en) ${title}` } : {}),
        ...(prng.chance(0.6) ? { body: words.sentence(prng) } : {}),
        status: prng.pick(['open', 'explored', 'seeded'] as const),
      };
    }
    case 'Seed':
      return {
        kind,
        ...common,
        title: words.seedTitle(prng),
        summary: words.sentence(prng),
        ...(prng.chance(0.5) ? { body: words.sentence(prng) } : {}),
        status: prng.pick(['germinating', 'active', 'dormant'] as const),
      };
    case 'Person':
      return { kind, ...common, title: words.personName(prng), skills: words.skills(prng) };
    case 'Resource':
      return {
        kind,
        ...common,
        title: words.resourceTitle(prng),
        resourceKind: prng.pick(['web', 'photo', 'video', 'audio', 'document', 'book'] as const),
        ...(prng.chance(0.5) ? { body: words.sentence(prng) } : {}),
      };
    case 'Community':
      return { kind, ...common, title: words.communityTitle(prng), purpose: words.sentence(prng) };
  }
}

function linkProperties(prng: Prng, relation: Relation): Record<string, unknown> {
  switch (relation) {
    case 'HAS_ROLE':
      return { role: prng.pick(['author', 'editor', 'contributor', 'animator', 'member']) };
    case 'TAKES_STANCE':
      return { stance: prng.pick(['supports', 'challenges', 'nuances']) };
    case 'INFORMS':
      return prng.chance(0.3) ? { stance: prng.pick(['supports', 'challenges', 'nuances']) } : {};
    case 'GATHERS':
      return prng.chance(0.2) ? { featured: true } : {};
    default:
      return {};
  }
}

function percentileOf(sorted: Int32Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function generateGraph(options: GraphOptions): SyntheticGraph {
  const prng = mulberry32(options.seed);
  const counts = kindCounts(options.nodes);

  // Nodes, kind by kind; each kind's nodes are ranked by a random permutation for hub selection.
  const nodes: NodeRow[] = [];
  const byKind = {} as Record<Kind, string[]>;
  const centres = Array.from({ length: CLUSTERS }, () => ({
    x: (prng.next() - 0.5) * 6000,
    y: (prng.next() - 0.5) * 6000,
  }));
  for (const kind of KINDS) {
    byKind[kind] = [];
    for (let i = 0; i < counts[kind]; i++) {
      const id = `${ID_PREFIX[kind]}-${nodes.length.toString(36)}`;
      const centre = prng.pick(centres);
      nodes.push({
        ...newNodeProperties(nodeInput(prng, kind), SYSTEM, id),
        x: Math.round((centre.x + prng.gaussian() * 150) * 100) / 100,
        y: Math.round((centre.y + prng.gaussian() * 150) * 100) / 100,
        autoPlaced: false,
      } as NodeRow);
      byKind[kind].push(id);
    }
  }
  const rankOrder = {} as Record<Kind, Int32Array>;
  for (const kind of KINDS) rankOrder[kind] = permutation(prng, counts[kind]);
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));

  const pickNode = (kinds: readonly Kind[], skew: number): string => {
    // several allowed kinds (INFORMS → Question or Seed): choose in proportion to their sizes
    let kind = kinds[0] as Kind;
    if (kinds.length > 1) {
      let u = prng.int(kinds.reduce((sum, k) => sum + counts[k], 0));
      for (const k of kinds) {
        if (u < counts[k]) {
          kind = k;
          break;
        }
        u -= counts[k];
      }
    }
    const rank = skewedRank(prng, counts[kind], skew);
    return byKind[kind][rankOrder[kind][rank] as number] as string;
  };

  // Relations: a share of the total per relation, no self-loops, no duplicate (source, relation, target).
  const links: LinkRow[] = [];
  const seen = new Set<number>();
  const n = nodes.length;
  const linksByRelation = {} as Record<Relation, number>;
  const totalShare = RELATIONS.reduce((sum, r) => sum + RELATION_SHARES[r], 0);
  let remaining = options.rels;
  RELATIONS.forEach((relation, r) => {
    const last = r === RELATIONS.length - 1;
    const wanted = last ? remaining : Math.round((options.rels * RELATION_SHARES[relation]) / totalShare);
    remaining -= wanted;
    const rule = RELATION_RULES[relation];
    let made = 0;
    let attempts = 0;
    while (made < wanted) {
      if (++attempts > wanted * 20 + 1000) {
        throw new RangeError(
          `could not draw ${wanted} distinct ${relation} relationships among ${n} nodes: use fewer --rels or more --nodes`,
        );
      }
      const source = pickNode(rule.source, SOURCE_SKEW);
      const target = pickNode(rule.target, TARGET_SKEW);
      if (source === target) continue;
      const key = (r * n + (indexOf.get(source) as number)) * n + (indexOf.get(target) as number);
      if (seen.has(key)) continue;
      seen.add(key);
      links.push({
        id: `l-${links.length.toString(36)}`,
        source,
        target,
        relation,
        properties: linkProperties(prng, relation),
      });
      made++;
    }
    linksByRelation[relation] = made;
  });

  const degrees = new Int32Array(n);
  for (const link of links) {
    for (const end of [link.source, link.target]) {
      const at = indexOf.get(end) as number;
      degrees[at] = (degrees[at] ?? 0) + 1;
    }
  }
  const sorted = degrees.slice().sort();
  const stats: GraphStats = {
    nodesByKind: counts,
    linksByRelation,
    degree: {
      mean: (2 * links.length) / n,
      median: percentileOf(sorted, 0.5),
      p99: percentileOf(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? 0,
    },
  };
  const publicIds = nodes.filter((node) => node.visibility === 'public').map((node) => node.id);
  return { nodes, links, publicIds, stats };
}
