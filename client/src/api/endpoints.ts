// The API calls the page makes, one function per endpoint, typed by the shared contract (shared/api.ts).
import {
  type NodeResponse,
  nodeResponseSchema,
  type SearchHit,
  searchResponseSchema,
} from '../../../shared/api';
import { type GraphPayload, graphPayloadSchema } from '../../../shared/graph';
import type { Lang } from '../../../shared/vocabulary';
import { apiUrl, getJson } from './http';

export function fetchLandscape(lang: Lang, signal?: AbortSignal): Promise<GraphPayload> {
  return getJson('GET /api/landscape', apiUrl('/api/landscape', { lang }), graphPayloadSchema, signal);
}

export async function searchNodes(q: string, lang: Lang, signal?: AbortSignal): Promise<SearchHit[]> {
  const url = apiUrl('/api/search', { q, lang, limit: 10 });
  return (await getJson('GET /api/search', url, searchResponseSchema, signal)).hits;
}

export function fetchNode(id: string, lang: Lang, signal?: AbortSignal): Promise<NodeResponse> {
  const url = apiUrl(`/api/nodes/${encodeURIComponent(id)}`, { lang });
  return getJson('GET /api/nodes/:id', url, nodeResponseSchema, signal);
}
