// The map's filters as pure functions of the graph: which nodes and edges stay visible for a choice of
// hidden kinds, relations and stances, communities of interest, and "hide isolated nodes". The map hides
// the rest through sigma's reducers; the graph itself is never changed.
import type Graph from 'graphology';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../../../../shared/graph';
import type { Relation, Stance } from '../../../../../shared/vocabulary';
import type { Filters, Visible } from './types';

export type { Filters, Visible } from './types';

export const NO_FILTERS: Filters = {
  hiddenKinds: [],
  hiddenRelations: [],
  hiddenStances: [],
  communities: [],
  hideIsolated: false,
};

type MapGraph = Graph<GraphNodeAttributes, GraphEdgeAttributes>;

/** Relations that tie a node to a community (RELATION_RULES): the community gathers seeds (out)… */
const GATHERED_BY_COMMUNITY: readonly Relation[] = ['GATHERS'];
/** …and people are members or animators of it (in). */
const JOINING_COMMUNITY: readonly Relation[] = ['MEMBER_OF', 'ANIMATES'];

/** How many choices differ from "show everything" (each hidden kind, relation, stance, community…). */
export const activeFilterCount = (filters: Filters): number =>
  filters.hiddenKinds.length +
  filters.hiddenRelations.length +
  filters.hiddenStances.length +
  filters.communities.length +
  (filters.hideIsolated ? 1 : 0);

export const isFiltering = (filters: Filters): boolean => activeFilterCount(filters) > 0;

/**
 * The communities of interest and what they gather: each community node, the seeds it GATHERS, and the
 * people who are MEMBER_OF it or ANIMATE it. Ids that are not Community nodes on the map are ignored.
 */
export function communityScope(graph: MapGraph, communities: readonly string[]): Set<string> {
  const scope = new Set<string>();
  for (const community of communities) {
    if (!graph.hasNode(community) || graph.getNodeAttribute(community, 'kind') !== 'Community') continue;
    scope.add(community);
    graph.forEachOutEdge(community, (_edge, attributes, _source, target) => {
      if (GATHERED_BY_COMMUNITY.includes(attributes.relation)) scope.add(target);
    });
    graph.forEachInEdge(community, (_edge, attributes, source) => {
      if (JOINING_COMMUNITY.includes(attributes.relation)) scope.add(source);
    });
  }
  return scope;
}

/**
 * The visible nodes and edges. A node is visible when its kind is shown and, with communities chosen, it
 * is in their scope; an edge when both ends are visible, its relation is shown and its stance (if it has
 * one) is shown. "Hide isolated" then drops the visible nodes left without a visible edge.
 */
export function visibleItems(graph: MapGraph, filters: Filters): Visible {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenRelations = new Set(filters.hiddenRelations);
  const hiddenStances = new Set(filters.hiddenStances);
  const scope = filters.communities.length > 0 ? communityScope(graph, filters.communities) : null;

  const nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (!hiddenKinds.has(attributes.kind) && (scope === null || scope.has(node))) nodes.add(node);
  });

  const edges = new Set<string>();
  const linked = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!nodes.has(source) || !nodes.has(target) || hiddenRelations.has(attributes.relation)) return;
    if (attributes.stance !== undefined && hiddenStances.has(attributes.stance)) return;
    edges.add(edge);
    linked.add(source);
    linked.add(target);
  });

  if (filters.hideIsolated) {
    for (const node of nodes) if (!linked.has(node)) nodes.delete(node);
  }
  return { nodes, edges };
}

/** How many edges of each relation and of each stance the map has (absent: none), for the filter panel. */
export function edgeCounts(graph: MapGraph): {
  relations: Partial<Record<Relation, number>>;
  stances: Partial<Record<Stance, number>>;
} {
  const relations: Partial<Record<Relation, number>> = {};
  const stances: Partial<Record<Stance, number>> = {};
  graph.forEachEdge((_edge, { relation, stance }) => {
    relations[relation] = (relations[relation] ?? 0) + 1;
    if (stance !== undefined) stances[stance] = (stances[stance] ?? 0) + 1;
  });
  return { relations, stances };
}

/** The Community nodes on the map, by title, for the community filter. */
export function communitiesOf(graph: MapGraph, lang: string): { id: string; label: string }[] {
  const found: { id: string; label: string }[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'Community') found.push({ id: node, label: attributes.label });
  });
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return found.sort((a, b) => collator.compare(a.label, b.label));
}

/** The count the "showing N of M" line compares with: the landscape's total when it was cut, else the map. */
export function comparedTotal(graph: MapGraph, landscape: { total: number; truncated: boolean }): number {
  return landscape.truncated ? Math.max(landscape.total, graph.order) : graph.order;
}

/** Adds or removes `value` in a list, keeping the order of `order` (so URLs and tests stay stable). */
export function toggled<T>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(list);
  if (on) next.add(value);
  else next.delete(value);
  return order.filter((item) => next.has(item));
}
