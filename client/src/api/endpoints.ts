// The API calls the page makes, one function per endpoint, typed by the shared contract (shared/api.ts).
import {
  type NodeResponse,
  nodeResponseSchema,
  type SearchHit,
  searchResponseSchema,
} from '../../../shared/api';
import { type GraphPayload, graphPayloadSchema } from '../../../shared/graph';
import { type Path, pathsResponseSchema } from '../../../shared/paths';
import type { Lang } from '../../../shared/vocabulary';
import { graphPayloadCheck } from './graph-payload';
import { apiUrl, getJson } from './http';

/** `limit`: how many nodes (the most connected first); the server's default when not given. */
export const landscapeUrl = (lang: Lang, limit?: number) => apiUrl('/api/landscape', { lang, limit });

export function fetchLandscape(lang: Lang, signal?: AbortSignal, limit?: number): Promise<GraphPayload> {
  return getJson('GET /api/landscape', landscapeUrl(lang, limit), graphPayloadCheck, signal);
}

export function fetchNeighborhood(
  id: string,
  options: { depth: 1 | 2; lang: Lang; limit: number },
  signal?: AbortSignal,
): Promise<GraphPayload> {
  const url = apiUrl(`/api/nodes/${encodeURIComponent(id)}/neighborhood`, options);
  return getJson('GET /api/nodes/:id/neighborhood', url, graphPayloadSchema, signal);
}

export async function searchNodes(q: string, lang: Lang, signal?: AbortSignal): Promise<SearchHit[]> {
  const url = apiUrl('/api/search', { q, lang, limit: 10 });
  return (await getJson('GET /api/search', url, searchResponseSchema, signal)).hits;
}

/**
 * Never from the browser's cache: the ETag is the node's version, which a new link or an access change
 * does not move, so a revalidated (304) copy could show stale relations after a contribution.
 */
export function fetchNode(id: string, lang: Lang, signal?: AbortSignal): Promise<NodeResponse> {
  const url = apiUrl(`/api/nodes/${encodeURIComponent(id)}`, { lang });
  return getJson('GET /api/nodes/:id', url, nodeResponseSchema, signal, 'no-store');
}

/** The shortest paths from `from` to `to` of at most `max` steps, titles in `lang` (none: an empty list). */
export async function fetchPaths(
  query: { from: string; to: string; max: number },
  lang: Lang,
  signal?: AbortSignal,
): Promise<Path[]> {
  const url = apiUrl('/api/paths', { ...query, lang });
  return (await getJson('GET /api/paths', url, pathsResponseSchema, signal)).paths;
}
