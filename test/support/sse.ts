// Listening to GET /api/stream in tests: `listen` serves an app on a free port, `openStream` reads its
// Server-Sent Events with fetch (as a browser would: the Cookie and Last-Event-ID it sends), parsed into
// messages to wait for one by one, with the raw text kept for heartbeats and a failing test's message.
import type { AddressInfo } from 'node:net';
import { CookieAccessInfo } from 'cookiejar';
import type { Express } from 'express';
import type { Client } from './session';

export interface SseMessage {
  id: string | null;
  event: string;
  data: unknown;
}

export interface OpenStream {
  status: number;
  headers: Headers;
  /** Every message so far, in order. */
  messages: SseMessage[];
  /** Everything received so far, as text. */
  raw(): string;
  /** The next message not yet taken by `next` (waits for it, at most `timeoutMs`). */
  next(timeoutMs?: number): Promise<SseMessage>;
  /** Resolves once the server ended the stream. */
  closed: Promise<void>;
  close(): void;
}

/** Serves `app` on a free port of 127.0.0.1; its base URL and a close. */
export async function listen(app: Express): Promise<{ base: string; close: () => Promise<void> }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The Cookie header a test client's agent would send (its session and CSRF cookies). */
export function cookieOf(who: Client): string {
  const jar = (who.agent as unknown as { jar: { getCookies(a: unknown): { toValueString(): string } } }).jar;
  return jar.getCookies(CookieAccessInfo.All).toValueString();
}

function parseFrame(frame: string): SseMessage | null {
  let id: string | null = null;
  let event = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const [field, ...rest] = line.split(':');
    const value = rest.join(':').replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { id, event, data: JSON.parse(data.join('\n')) } : null;
}

export async function openStream(url: string, headers: Record<string, string> = {}): Promise<OpenStream> {
  const aborter = new AbortController();
  const res = await fetch(url, {
    headers: { Accept: 'text/event-stream', ...headers },
    signal: aborter.signal,
  });
  const messages: SseMessage[] = [];
  let text = '';
  let taken = 0;
  const waiting: (() => void)[] = [];
  const wake = () => {
    for (const w of waiting.splice(0)) w();
  };
  const closed = (async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    let pending = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        const piece = decoder.decode(chunk, { stream: true });
        text += piece;
        pending += piece;
        let end = pending.indexOf('\n\n');
        while (end >= 0) {
          const message = parseFrame(pending.slice(0, end));
          pending = pending.slice(end + 2);
          if (message) messages.push(message);
          end = pending.indexOf('\n\n');
        }
        wake();
      }
    } catch {
      // aborted by close()
    }
    wake();
  })();
  let ended = false;
  void closed.then(() => {
    ended = true;
  });
  return {
    status: res.status,
    headers: res.headers,
    messages,
    raw: () => text,
    closed,
    close: () => aborter.abort(),
    async next(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (taken >= messages.length) {
        if (ended) throw new Error(`the stream ended; it said:\n${text}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no message within ${timeoutMs} ms; the stream said:\n${text}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiting.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages[taken++] as SseMessage;
    },
  };
}
