// The pure functions of "how is A connected to B?": picking the ends and the length, the request they
// make, a path told step by step, and what it highlights on the map. No React, no sigma here.
import { DEFAULT_PATH_LENGTH, MAX_PATH_LENGTH } from '../../../../shared/paths';
import type { Lang } from '../../../../shared/vocabulary';
import type { Path, PathEnds, PathHighlight, PathStep } from './types';

export type { Path, PathEnds, PathHighlight, PathNode, PathStep } from './types';

export const NO_PATH_ENDS: PathEnds = { from: null, to: null, max: DEFAULT_PATH_LENGTH };

/** Starting from a node forgets the previous end (and so the previous result). */
export const startPathAt = (ends: PathEnds, nodeId: string): PathEnds => ({
  from: nodeId,
  to: null,
  max: ends.max,
});

/** Whether `nodeId` can end the path: a start is chosen and it is another node. */
export const canEndPathAt = (ends: PathEnds, nodeId: string): boolean =>
  ends.from !== null && ends.from !== nodeId;

export const endPathAt = (ends: PathEnds, nodeId: string): PathEnds =>
  canEndPathAt(ends, nodeId) ? { ...ends, to: nodeId } : ends;

/** The longest path asked for, kept within what the API accepts (1 to 8 whole steps). */
export function withMaxLength(ends: PathEnds, max: number): PathEnds {
  const bounded = Number.isFinite(max) ? Math.min(MAX_PATH_LENGTH, Math.max(1, Math.round(max))) : ends.max;
  return { ...ends, max: bounded };
}

/** What to ask the API, or null while an end is missing. */
export function pathQuery(ends: PathEnds): { from: string; to: string; max: number } | null {
  return ends.from !== null && ends.to !== null ? { from: ends.from, to: ends.to, max: ends.max } : null;
}

/** Changes exactly when the answer would: the ends, the length or the language of the titles. */
export function pathRequestKey(ends: PathEnds, lang: Lang): string | null {
  const query = pathQuery(ends);
  return query ? JSON.stringify([query.from, query.to, query.max, lang]) : null;
}

/** The path shown among several shortest ones: `index` kept in range; null when there is none. */
export function chosenPath(paths: readonly Path[], index: number): Path | null {
  if (paths.length === 0) return null;
  return paths[Math.min(Math.max(0, index), paths.length - 1)] ?? null;
}

/** The path's relationships in walk order, each with its real source and target. */
export function pathSteps(path: Path): PathStep[] {
  const steps: PathStep[] = [];
  path.edges.forEach((edge, i) => {
    const here = path.nodes[i];
    const next = path.nodes[i + 1];
    if (!here || !next) return;
    const forward = edge.source === here.id;
    steps.push({
      edgeId: edge.id,
      relation: edge.relation,
      source: forward ? here : next,
      target: forward ? next : here,
      forward,
    });
  });
  return steps;
}

/** The path's nodes and relationships to emphasise (by id: the map keys edges by relationship id). */
export function highlightOfPath(path: Path | null): PathHighlight | null {
  if (!path || path.nodes.length === 0) return null;
  const first = path.nodes[0];
  const last = path.nodes[path.nodes.length - 1];
  return {
    nodes: new Set(path.nodes.map((n) => n.id)),
    edges: new Set(path.edges.map((e) => e.id)),
    ends: new Set([first, last].flatMap((n) => (n ? [n.id] : []))),
  };
}

/** The path's nodes the map does not show (a truncated landscape); the box lists them all the same. */
export const nodesNotOnMap = (path: Path, isOnMap: (nodeId: string) => boolean): string[] =>
  path.nodes.filter((n) => !isOnMap(n.id)).map((n) => n.id);

/** A relation's panel heading ("Précise", "Has a role in") used inside a sentence: first letter lowered. */
export const asVerb = (heading: string, lang: Lang): string =>
  heading.charAt(0).toLocaleLowerCase(lang) + heading.slice(1);
