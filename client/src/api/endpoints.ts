// The reads of exploring, one function per endpoint, each a `call` of the shared contract (shared/api.ts).
import { ENDPOINTS, type NodeResponse, type SearchHit } from '../../../shared/api';
import type { GraphPayload } from '../../../shared/graph';
import type { HintsResponse, TracesResponse } from '../../../shared/hints';
import type { Path } from '../../../shared/paths';
import type { Timeline } from '../../../shared/time';
import type { Lang } from '../../../shared/vocabulary';
import { call, urlOf } from './call';
import { graphPayloadCheck } from './graph-payload';

/** `limit`: how many nodes (the most connected first); the server's default when not given. */
export const landscapeUrl = (lang: Lang, limit?: number) =>
  urlOf(ENDPOINTS.landscape, { query: { lang, limit } });

export function fetchLandscape(lang: Lang, signal?: AbortSignal, limit?: number): Promise<GraphPayload> {
  return call(ENDPOINTS.landscape, { query: { lang, limit }, signal, check: graphPayloadCheck });
}

export function fetchNeighbourhood(
  id: string,
  options: { depth: 1 | 2; lang: Lang; limit: number },
  signal?: AbortSignal,
): Promise<GraphPayload> {
  return call(ENDPOINTS.neighbourhood, { params: { id }, query: options, signal });
}

/** Every visible node's and link's lives and labels (the time slider's replay), labels in `lang`. */
export function fetchTimeline(lang: Lang, signal?: AbortSignal): Promise<Timeline> {
  return call(ENDPOINTS.landscapeTimeline, { query: { lang }, signal, cache: 'no-store' });
}

export async function searchNodes(q: string, lang: Lang, signal?: AbortSignal): Promise<SearchHit[]> {
  return (await call(ENDPOINTS.search, { query: { q, lang, limit: 10 }, signal })).hits;
}

/**
 * Never from the browser's cache: the ETag is the node's version, which a new link or an access change
 * does not move, so a revalidated (304) copy could show stale relations after a contribution.
 */
export function fetchNode(id: string, lang: Lang, signal?: AbortSignal): Promise<NodeResponse> {
  return call(ENDPOINTS.getNode, { params: { id }, query: { lang }, signal, cache: 'no-store' });
}

/** The shortest paths from `from` to `to` of at most `max` steps, titles in `lang` (none: an empty list). */
export async function fetchPaths(
  query: { from: string; to: string; max: number },
  lang: Lang,
  signal?: AbortSignal,
): Promise<Path[]> {
  return (await call(ENDPOINTS.paths, { query: { ...query, lang }, signal })).paths;
}

/** Where contribution is needed (GET /api/hints), titles in `lang`. */
export function fetchHints(lang: Lang, signal?: AbortSignal): Promise<HintsResponse> {
  return call(ENDPOINTS.hints, { query: { lang }, signal, cache: 'no-store' });
}

/** Each visible node's latest activity and the halo's half-life (GET /api/traces). */
export function fetchTraces(signal?: AbortSignal): Promise<TracesResponse> {
  return call(ENDPOINTS.traces, { signal, cache: 'no-store' });
}
