// GET /api/stream: the live landscape as Server-Sent Events. Each `change` has the event's log position as
// its SSE id; a reconnecting browser sends it back as Last-Event-ID and the stream resumes after it (a
// garbled, future or too old one gets `resync`). A comment every 15 s keeps proxies from closing it;
// `X-Accel-Buffering: no` and no compression (app.ts) let every message through a reverse proxy at once.
// The stream is opened with the reader's session and ends with it.
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import type { AuthOptions } from '../auth/auth.options';
import { sessionToken } from '../auth/session.middleware';
import { visibilityParams } from '../db/visibility';
import { actorFrom } from '../http/actor';
import { parseQuery } from '../http/validate';
import { type LiveHub, type LiveSubscriber, sseFrame } from './live-hub';

/** What a stream may hold unsent before it is dropped (a reader that stopped reading). */
const MAX_BUFFERED_BYTES = 1024 * 1024;
/** How long a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 3_000;

export function streamRoutes(hub: LiveHub, authOptions: AuthOptions): Router {
  const router = Router();

  router.get(ENDPOINTS.stream.path, async (req, res) => {
    parseQuery(ENDPOINTS.stream.query, req); // none: an unknown parameter is a 400
    const actor = actorFrom(req);
    const signedIn = actor.role === 'member' || actor.role === 'admin';
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    });
    res.write(`retry: ${RETRY_MS}\n\n`);
    const subscriber: LiveSubscriber = {
      viewer: visibilityParams(actor),
      sessionToken: signedIn ? sessionToken(req.cookies, authOptions) : null,
      cursor: 0,
      write: (text) => {
        // a reader that does not read: dropped rather than buffered without end (its browser resumes)
        if (res.writableLength > MAX_BUFFERED_BYTES) res.destroy();
        else res.write(text);
      },
      end: (reason) => res.end(sseFrame('ended', null, { reason })),
    };
    res.on('close', () => hub.unsubscribe(subscriber));
    try {
      await hub.subscribe(subscriber, req.get('last-event-id'));
    } catch {
      res.end(); // the database is unreachable: the browser retries in RETRY_MS
    }
    if (res.destroyed || res.writableEnded) hub.unsubscribe(subscriber);
  });

  return router;
}
