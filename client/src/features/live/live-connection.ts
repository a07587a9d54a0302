// One live stream per browser, shared between its tabs: the tab holding the Web Lock "semis-live" opens the
// EventSource (GET /api/stream) and passes every message on through a BroadcastChannel; the others listen
// there, and one of them takes the lock (and the stream) when that tab closes. Under HTTP/1.1 a browser
// opens at most 6 connections per origin, so one stream per tab would soon starve the page's own requests.
// Without Web Locks or BroadcastChannel (an old browser), each tab has its own stream. Messages are checked
// against the shared contract whichever way they come. A stream the server refused is opened again later.
import { ENDPOINTS } from '../../../../shared/api';
import {
  type LiveChange,
  type LiveEndReason,
  type LiveResync,
  liveChangeSchema,
  liveEndedSchema,
  liveResyncSchema,
} from '../../../../shared/live';
import { urlOf } from '../../api/call';

export type LiveMessage =
  | { kind: 'change'; change: LiveChange }
  | { kind: 'resync'; resync: LiveResync }
  | { kind: 'ended'; reason: LiveEndReason };

const CHANNEL = 'semis-live';
/** After a stream the server refused: the first wait before opening it again, and the longest. */
const RETRY_FIRST_MS = 2_000;
const RETRY_LAST_MS = 60_000;

/** A message as it came (an SSE event's name and data, or a tab's post), checked; null when malformed. */
export function readLiveMessage(kind: unknown, data: unknown): LiveMessage | null {
  if (kind === 'change') {
    const parsed = liveChangeSchema.safeParse(data);
    return parsed.success ? { kind, change: parsed.data } : null;
  }
  if (kind === 'resync') {
    const parsed = liveResyncSchema.safeParse(data);
    return parsed.success ? { kind, resync: parsed.data } : null;
  }
  if (kind === 'ended') {
    const parsed = liveEndedSchema.safeParse(data);
    return parsed.success ? { kind, reason: parsed.data.reason } : null;
  }
  return null;
}

const payloadOf = (message: LiveMessage) =>
  message.kind === 'change'
    ? message.change
    : message.kind === 'resync'
      ? message.resync
      : { reason: 'logged-out' };

export interface LiveConnection {
  /** Opens the stream again (the account changed: what the reader may see changed). */
  reconnect(): void;
  close(): void;
}

export function connectLive(onMessage: (message: LiveMessage) => void): LiveConnection {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  let source: EventSource | null = null;
  let closed = false;
  let release: (() => void) | null = null;

  let retryMs = RETRY_FIRST_MS;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  const open = () => {
    source?.close();
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    const stream = new EventSource(urlOf(ENDPOINTS.stream));
    source = stream;
    stream.addEventListener('open', () => {
      retryMs = RETRY_FIRST_MS;
    });
    // a dropped connection is retried by the browser itself; an answer that is not a stream (a proxy's 502,
    // a 503 while the database is down) closes the EventSource for good: opened again here, later each time
    stream.addEventListener('error', () => {
      if (stream.readyState !== EventSource.CLOSED || source !== stream || closed) return;
      retryTimer = setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, RETRY_LAST_MS);
    });
    for (const kind of ['change', 'resync', 'ended'] as const) {
      stream.addEventListener(kind, (event) => {
        let data: unknown;
        try {
          data = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return;
        }
        const message = readLiveMessage(kind, data);
        if (!message) return;
        onMessage(message);
        channel?.postMessage({ kind, data: payloadOf(message) });
      });
    }
  };

  if (channel) {
    channel.onmessage = (event: MessageEvent<{ kind?: unknown; data?: unknown }>) => {
      if (event.data?.kind === 'reconnect') {
        if (source) open();
        return;
      }
      const message = readLiveMessage(event.data?.kind, event.data?.data);
      if (message) onMessage(message);
    };
  }
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (channel && locks) {
    void locks.request(
      CHANNEL,
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
          if (closed) resolve();
          else open();
        }),
    );
  } else open();

  return {
    reconnect() {
      if (source) open();
      else channel?.postMessage({ kind: 'reconnect' });
    },
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      source?.close();
      source = null;
      release?.();
      channel?.close();
    },
  };
}
