// The API calls of contributing (editing, deleting, adding, linking, history): one typed function per
// endpoint. Writes go through sendJson (session cookie, CSRF header, checked answers); reads through getJson.
import { nodeConflictDetailsSchema, type SearchHit, searchResponseSchema } from '../../../shared/api';
import { type CreateNode, type NodeView, nodeSchema } from '../../../shared/entities';
import {
  type HistoryEvent,
  historyResponseSchema,
  type LastChange,
  type RevertResponse,
  revertResponseSchema,
} from '../../../shared/history';
import { type CreateLink, type LinkView, linkSchema } from '../../../shared/links';
import type { Kind, Lang } from '../../../shared/vocabulary';
import { apiUrl, getJson } from './http';
import { sendJson } from './send';

const nodePath = (id: string) => `/api/nodes/${encodeURIComponent(id)}`;

export async function createNode(input: CreateNode): Promise<NodeView> {
  return (
    await sendJson('POST /api/nodes', 'POST', '/api/nodes', nodeSchema, { body: input, idempotent: true })
  ).data;
}

/** Edits the fields of `patch`; `version` is the one the edit started from (If-Match). */
export async function patchNode(
  id: string,
  version: number,
  patch: Record<string, unknown>,
): Promise<NodeView> {
  const sent = await sendJson('PATCH /api/nodes/:id', 'PATCH', nodePath(id), nodeSchema, {
    body: patch,
    headers: { 'If-Match': `"${version}"` },
  });
  return sent.data;
}

export async function deleteNode(id: string): Promise<void> {
  await sendJson('DELETE /api/nodes/:id', 'DELETE', nodePath(id), null);
}

export async function createLink(link: CreateLink): Promise<LinkView> {
  return (
    await sendJson('POST /api/links', 'POST', '/api/links', linkSchema, { body: link, idempotent: true })
  ).data;
}

export async function deleteLink(id: string): Promise<void> {
  await sendJson('DELETE /api/links/:id', 'DELETE', `/api/links/${encodeURIComponent(id)}`, null);
}

/** Search restricted to the kinds that fit (the other end of a link). */
export async function searchOfKinds(
  q: string,
  kinds: readonly Kind[],
  lang: Lang,
  signal?: AbortSignal,
): Promise<SearchHit[]> {
  const url = apiUrl('/api/search', {
    q,
    lang,
    limit: 10,
    kinds: kinds.length > 0 ? kinds.join(',') : undefined,
  });
  return (await getJson('GET /api/search', url, searchResponseSchema, signal)).hits;
}

export async function fetchHistory(id: string, signal?: AbortSignal): Promise<HistoryEvent[]> {
  const url = apiUrl(`${nodePath(id)}/history`, { limit: 50 });
  return (await getJson('GET /api/nodes/:id/history', url, historyResponseSchema, signal)).events;
}

/** My own latest events, newest first (undo reverts the first that is not reverted yet). */
export async function fetchMyHistory(signal?: AbortSignal): Promise<HistoryEvent[]> {
  const url = apiUrl('/api/history/mine', { limit: 20 });
  return (await getJson('GET /api/history/mine', url, historyResponseSchema, signal)).events;
}

/**
 * Reverts the user action an event belongs to (all of it: a question asked with its links is undone at once);
 * the answer is the asked event's `event.revert`, with every event the revert made in `actionEvents`.
 */
export async function revertEvent(eventId: string): Promise<RevertResponse> {
  const url = `/api/history/${encodeURIComponent(eventId)}/revert`;
  return (
    await sendJson('POST /api/history/:eventId/revert', 'POST', url, revertResponseSchema, {
      idempotent: true,
    })
  ).data;
}

/** The 412's details: the version now stored and the node as GET now returns it (theirs). */
export function staleNode(details: unknown): NodeView | null {
  const parsed = nodeConflictDetailsSchema.safeParse(details);
  return parsed.success ? parsed.data.current.node : null;
}

/** The 412's details: when the node was last changed and by whom, as far as the reader may know. */
export function staleChange(details: unknown): LastChange | null {
  const parsed = nodeConflictDetailsSchema.safeParse(details);
  return parsed.success ? parsed.data.lastChange : null;
}
