// The API calls of contributing (editing, deleting, adding, linking, history): one function per endpoint,
// each a `call` of the shared contract (the session cookie, CSRF header and checked answers come with it).
import type { z } from 'zod';
import { ENDPOINTS, nodeConflictDetailsSchema, type SearchHit } from '../../../shared/api';
import type { CreateNode, NodeView } from '../../../shared/entities';
import type { HistoryEvent, LastChange, RevertResponse } from '../../../shared/history';
import type { CreateLink, createLinkSchema, LinkView } from '../../../shared/links';
import type { Kind, Lang } from '../../../shared/vocabulary';
import { call } from './call';

export function createNode(input: CreateNode): Promise<NodeView> {
  return call(ENDPOINTS.createNode, { body: input });
}

/** Edits the fields of `patch`; `version` is the one the edit started from (If-Match). */
export function patchNode(id: string, version: number, patch: Record<string, unknown>): Promise<NodeView> {
  return call(ENDPOINTS.patchNode, { params: { id }, body: patch, headers: { 'If-Match': `"${version}"` } });
}

export async function deleteNode(id: string): Promise<void> {
  await call(ENDPOINTS.deleteNode, { params: { id } });
}

export function createLink(link: CreateLink): Promise<LinkView> {
  // the contract's schema is a union of one variant per relation, built from a list: its input type is
  // wider than CreateLink says, and the server checks the variant
  return call(ENDPOINTS.createLink, { body: link as z.input<typeof createLinkSchema> });
}

export async function deleteLink(id: string): Promise<void> {
  await call(ENDPOINTS.deleteLink, { params: { id } });
}

/** Search restricted to the kinds that fit (the other end of a link). */
export async function searchOfKinds(
  q: string,
  kinds: readonly Kind[],
  lang: Lang,
  signal?: AbortSignal,
): Promise<SearchHit[]> {
  const query = { q, lang, limit: 10, kinds: kinds.length > 0 ? kinds.join(',') : undefined };
  return (await call(ENDPOINTS.search, { query, signal })).hits;
}

export async function fetchHistory(id: string, signal?: AbortSignal): Promise<HistoryEvent[]> {
  return (await call(ENDPOINTS.nodeHistory, { params: { id }, query: { limit: 50 }, signal })).events;
}

/** My own latest events, newest first (undo reverts the first that is not reverted yet). */
export async function fetchMyHistory(signal?: AbortSignal): Promise<HistoryEvent[]> {
  return (await call(ENDPOINTS.myHistory, { query: { limit: 20 }, signal })).events;
}

/**
 * Reverts the user action an event belongs to (all of it: a question asked with its links is undone at once);
 * the answer is the asked event's `event.revert`, with every event the revert made in `actionEvents`.
 */
export function revertEvent(eventId: string): Promise<RevertResponse> {
  return call(ENDPOINTS.revertEvent, { params: { eventId } });
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
