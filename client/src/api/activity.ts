// The API calls of activity: the feeds, following, the inbox and its read marks — each a `call` of the
// shared contract (session cookie, CSRF header and checked answers come with it).
import type { ActivityResponse, ActivityScope, Follow, InboxResponse } from '../../../shared/activity';
import { ENDPOINTS } from '../../../shared/api';
import type { Lang } from '../../../shared/vocabulary';
import { call } from './call';

export interface FeedRequest {
  scope: ActivityScope;
  id?: string;
  before?: number;
  after?: number;
  limit?: number;
  lang: Lang;
}

export function fetchActivity(request: FeedRequest, signal?: AbortSignal): Promise<ActivityResponse> {
  const { before, after, ...rest } = request;
  const query = {
    ...rest,
    ...(before !== undefined ? { before: String(before) } : {}),
    ...(after !== undefined ? { after: String(after) } : {}),
  };
  return call(ENDPOINTS.activity, { query, signal, cache: 'no-store' });
}

export function fetchInbox(lang: Lang, before?: number, signal?: AbortSignal): Promise<InboxResponse> {
  const query = { lang, ...(before !== undefined ? { before: String(before) } : {}) };
  return call(ENDPOINTS.inbox, { query, signal, cache: 'no-store' });
}

export async function fetchUnread(signal?: AbortSignal): Promise<number> {
  return (await call(ENDPOINTS.inboxUnread, { signal, cache: 'no-store' })).unread;
}

/** Marks these inbox items read (or all of them); the unread count after. */
export async function markInboxRead(which: { eventIds: string[] } | { all: true }): Promise<number> {
  return (await call(ENDPOINTS.inboxRead, { body: which })).unread;
}

export function fetchFollows(lang: Lang, signal?: AbortSignal): Promise<Follow[]> {
  return call(ENDPOINTS.myFollows, { query: { lang }, signal, cache: 'no-store' }).then((r) => r.follows);
}

export function follow(nodeId: string): Promise<Follow> {
  return call(ENDPOINTS.follow, { params: { nodeId } });
}

export async function unfollow(nodeId: string): Promise<void> {
  await call(ENDPOINTS.unfollow, { params: { nodeId } });
}
