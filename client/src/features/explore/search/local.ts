// Instant suggestions from the map itself: while the full-text request is on its way (debounced), the
// nodes already drawn whose label matches what is typed are listed at once, so the list follows every
// keystroke. Same rule as the server's search: every word must match the start of a word of the label,
// accents and case ignored. Ranked by where the match is (label start first), then by degree.
import type { SearchHit } from '../../../../../shared/api';
import type { LandscapeGraph } from '../../../map/landscape';

export const LOCAL_SUGGESTIONS = 8;

/** Lower case, accents dropped, punctuation as spaces: "L’Écosystème" → "l ecosysteme". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface LocalIndexEntry {
  id: string;
  /** The folded label with a leading space, so " word" finds word starts. */
  folded: string;
  degree: number;
}

/** One pass over the graph, redone only when its content changes (see useSearch). */
export function buildLocalIndex(graph: LandscapeGraph): LocalIndexEntry[] {
  const entries: LocalIndexEntry[] = [];
  graph.forEachNode((id, attributes) => {
    entries.push({ id, folded: ` ${foldText(attributes.label)}`, degree: graph.degree(id) });
  });
  return entries;
}

/** The best `limit` nodes of the map whose label has a word starting with each typed word. */
export function localMatches(
  graph: LandscapeGraph,
  index: readonly LocalIndexEntry[],
  query: string,
  limit = LOCAL_SUGGESTIONS,
): SearchHit[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const scored: { entry: LocalIndexEntry; score: number }[] = [];
  for (const entry of index) {
    let score = 0;
    let all = true;
    for (const word of words) {
      const at = entry.folded.indexOf(` ${word}`);
      if (at < 0) {
        all = false;
        break;
      }
      if (at === 0) score += 2; // the label starts with it
    }
    if (all) scored.push({ entry, score });
  }
  scored.sort(
    (a, b) => b.score - a.score || b.entry.degree - a.entry.degree || a.entry.id.localeCompare(b.entry.id),
  );
  return scored.slice(0, limit).map(({ entry, score }) => {
    const attributes = graph.getNodeAttributes(entry.id);
    return { id: entry.id, kind: attributes.kind, title: attributes.label, snippet: '', score };
  });
}

/** The server's hits first (its ranking, nodes beyond the map included), then the map's own, once each. */
export function mergeHits(server: readonly SearchHit[], local: readonly SearchHit[]): SearchHit[] {
  const seen = new Set(server.map((hit) => hit.id));
  return [...server, ...local.filter((hit) => !seen.has(hit.id))];
}
