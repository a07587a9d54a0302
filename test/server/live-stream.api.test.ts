// API tests for the live stream (GET /api/stream): each change as the reader may see it, with the event's
// log position as its SSE id; a write's answer naming its action and position; a node hidden mid-stream
// taken off a visitor's map; resuming after a disconnect with nothing lost or repeated; a garbled, future
// or too old Last-Event-ID answered with resync (never a 5xx); a reach change; the end of a stream with its
// session; the headers a reverse proxy needs and no compression; heartbeats.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { liveHubOf } from '../../server/live/live-hub';
import { ACTION_ID_HEADER, LOG_POSITION_HEADER, liveChangeSchema, liveResyncSchema } from '../../shared/live';
import { apiSuite } from '../support/api-suite';
import { createLink, createNode } from '../support/contribute';
import { cookieOf, listen, type OpenStream, openStream } from '../support/sse';

vi.setConfig({ testTimeout: 60_000 });

const {
  app,
  people: { alice, bob, admin },
} = await apiSuite({
  people: { alice: { name: 'Alice' }, bob: { name: 'Bob' }, admin: { name: 'Admin', admin: true } },
  app: { live: { pollMs: 20, heartbeatMs: 300, maxBacklog: 50 } },
});
// the event visibility rule takes Neo4j seconds to plan once: before the first test waits for it
await liveHubOf(app).warm();
const server = await listen(app);
afterAll(() => server.close());

const streams: OpenStream[] = [];
afterEach(() => {
  for (const s of streams.splice(0)) s.close();
});
async function stream(headers: Record<string, string> = {}, query = '') {
  const s = await openStream(`${server.base}/api/stream${query}`, headers);
  streams.push(s);
  expect(s.status).toBe(200);
  return s;
}
const as = (who: typeof alice) => ({ Cookie: cookieOf(who) });

/** The next `change` message, parsed. */
async function nextChange(s: OpenStream) {
  const message = await s.next();
  expect(message.event, JSON.stringify(message)).toBe('change');
  const change = liveChangeSchema.parse(message.data);
  expect(message.id).toBe(String(change.position));
  return change;
}

/** Waits until the stream has said nothing more for `ms` (after the tail's poll), returning what came. */
async function quiet(s: OpenStream, ms = 400) {
  const before = s.messages.length;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return s.messages.slice(before);
}

describe('GET /api/stream', () => {
  it('sends what others write, as a change with its log position, the map patch and the event told', async () => {
    const visitor = await stream();
    expect(visitor.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(visitor.headers.get('x-accel-buffering')).toBe('no');
    expect(visitor.headers.get('content-encoding')).toBeNull();
    const res = await alice.post('/api/nodes').send({ kind: 'Question', title: 'Pourquoi semer en hiver ?' });
    expect(res.status).toBe(201);
    const change = await nextChange(visitor);
    expect(change.event).toMatchObject({
      action: 'node.create',
      entity: { type: 'node', id: res.body.id },
      actor: { id: alice.person.id, name: 'Alice' },
    });
    expect(change.map.nodes).toEqual([
      {
        key: res.body.id,
        attributes: expect.objectContaining({
          kind: 'Question',
          labels: { fr: 'Pourquoi semer en hiver ?', en: 'Pourquoi semer en hiver ?' },
        }),
      },
    ]);
    expect(change.map.edges).toEqual([]);
    // the write's answer names its action and its last event's position: the page knows it as its own
    expect(res.headers[ACTION_ID_HEADER.toLowerCase()]).toBe(change.event?.actionId);
    expect(Number(res.headers[LOG_POSITION_HEADER.toLowerCase()])).toBe(change.position);

    const other = await createNode(bob, { kind: 'Question', title: 'Quand semer ?' });
    await nextChange(visitor);
    const link = await createLink(bob, other, res.body.id, 'REFINES');
    const linked = await nextChange(visitor);
    expect(linked.event).toMatchObject({ action: 'link.create', entity: { type: 'link', id: link } });
    expect(linked.map.edges).toEqual([
      { key: link, source: other, target: res.body.id, attributes: { relation: 'REFINES' } },
    ]);
    expect(linked.map.nodes.map((n) => n.key)).toEqual([other, res.body.id]);
    expect((await bob.delete(`/api/links/${link}`)).status).toBe(204);
    const unlinked = await nextChange(visitor);
    expect(unlinked.map).toEqual({ nodes: [], edges: [], removedNodes: [], removedEdges: [link] });
    expect((await bob.delete(`/api/nodes/${other}`)).status).toBe(204);
    const deleted = await nextChange(visitor);
    expect(deleted.event?.action).toBe('node.delete');
    expect(deleted.map.removedNodes).toEqual([other]);
  });

  it('never tells a reader about what they may not see, and takes a node made private off their map', async () => {
    const visitor = await stream();
    const author = await stream(as(alice));
    const secret = await createNode(alice, {
      kind: 'Question',
      title: 'Une question à moi',
      visibility: 'private',
    });
    const mine = await nextChange(author);
    expect(mine.map.nodes.map((n) => n.key)).toEqual([secret]);
    expect(await quiet(visitor)).toEqual([]); // nothing at all about it, not even its id

    const shared = await createNode(alice, { kind: 'Question', title: 'Une question de tous' });
    expect((await nextChange(visitor)).map.nodes.map((n) => n.key)).toEqual([shared]);
    await nextChange(author);
    const hide = await alice
      .patch(`/api/nodes/${shared}`)
      .set('If-Match', '1')
      .send({ visibility: 'private' });
    expect(hide.status, JSON.stringify(hide.body)).toBe(200);
    const gone = await nextChange(visitor);
    expect(gone).toEqual({
      position: gone.position,
      event: null,
      map: { nodes: [], edges: [], removedNodes: [shared], removedEdges: [] },
    });
    // its author still sees it, edited
    const edited = await nextChange(author);
    expect(edited.event?.action).toBe('node.edit');
    expect(edited.map.nodes.map((n) => n.key)).toEqual([shared]);
    // a private node's later edits tell the visitor nothing more
    await alice.patch(`/api/nodes/${shared}`).set('If-Match', '2').send({ title: 'Toujours à moi' });
    await nextChange(author);
    expect(await quiet(visitor)).toEqual([]);
  });

  it('names a person the reader may not see as hidden', async () => {
    const visitor = await stream();
    // Bob's person made private (by an admin): a visitor may not see who he is
    const hide = await admin
      .patch(`/api/nodes/${bob.person.id}`)
      .set('If-Match', '1')
      .send({ visibility: 'private' });
    expect(hide.status, JSON.stringify(hide.body)).toBe(200);
    await createNode(bob, { kind: 'Question', title: 'Qui a posé ceci ?' });
    let change = await nextChange(visitor);
    while (change.event === null || change.event.action !== 'node.create') change = await nextChange(visitor);
    expect(change.event.actor).toEqual({ id: 'hidden', name: '' });
  });

  it('resumes after Last-Event-ID with nothing lost or repeated', async () => {
    const first = await stream();
    await createNode(alice, { kind: 'Question', title: 'Première' });
    const seen = await nextChange(first);
    first.close();
    const later = [
      await createNode(alice, { kind: 'Question', title: 'Deuxième' }),
      await createNode(bob, { kind: 'Question', title: 'Troisième' }),
      await createNode(alice, { kind: 'Question', title: 'Quatrième' }),
    ];
    const resumed = await stream({ 'Last-Event-ID': String(seen.position) });
    const got = [await nextChange(resumed), await nextChange(resumed), await nextChange(resumed)];
    expect(got.map((c) => c.map.nodes[0]?.key)).toEqual(later);
    expect(got.map((c) => c.position)).toEqual([...got.map((c) => c.position)].sort((a, b) => a - b));
    expect(got[0]?.position).toBeGreaterThan(seen.position);
    const fifth = await createNode(bob, { kind: 'Question', title: 'Cinquième' });
    expect((await nextChange(resumed)).map.nodes[0]?.key).toBe(fifth);
    expect(await quiet(resumed)).toEqual([]);
  });

  it('answers a garbled, future or too old Last-Event-ID with resync at the latest position, never a 5xx', async () => {
    await createNode(alice, { kind: 'Question', title: 'Il y a un début' });
    const probe = await stream();
    await createNode(alice, { kind: 'Question', title: 'Et une suite' });
    const latest = (await nextChange(probe)).position;
    for (const lastEventId of ['abc', '-3', '1e3', String(latest + 1000), '0']) {
      const s = await stream({ 'Last-Event-ID': lastEventId });
      const message = await s.next();
      if (lastEventId === '0' && latest <= 50) {
        expect(message.event).toBe('change'); // 0 is the log's start: within the backlog, replayed
        continue;
      }
      expect(message.event, lastEventId).toBe('resync');
      expect(liveResyncSchema.parse(message.data)).toEqual({ position: latest, reason: 'unknown-position' });
      expect(message.id).toBe(String(latest));
    }
    for (let i = 0; i < 55; i++) await createNode(bob, { kind: 'Question', title: `Question numéro ${i}` });
    const tooOld = await stream({ 'Last-Event-ID': String(latest) });
    expect((await tooOld.next()).event).toBe('resync');
  });

  it('tells a reader whose own reach changed to resync', async () => {
    const seed = await createNode(alice, { kind: 'Seed', title: 'Une graine à plusieurs' });
    const bobs = await stream(as(bob));
    const alices = await stream(as(alice));
    await createLink(alice, bob.person.id, seed, 'HAS_ROLE', { role: 'editor' });
    const message = await bobs.next();
    expect(message.event).toBe('resync');
    expect(message.data).toMatchObject({ reason: 'reach-changed' });
    // for anyone else it is a link like another
    expect((await nextChange(alices)).event?.action).toBe('link.create');
  });

  it('ends a stream when its session logs out, and keeps it alive with heartbeats', async () => {
    const s = await stream(as(alice));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(s.raw()).toContain(': heartbeat\n\n');
    expect((await alice.post('/api/auth/logout')).status).toBe(204);
    const ended = await s.next();
    expect(ended).toEqual({ id: null, event: 'ended', data: { reason: 'logged-out' } });
    await s.closed;
  });

  it('refuses a bad query with 400 and its code', async () => {
    const res = await fetch(`${server.base}/api/stream?lang=fr`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('VALIDATION_FAILED');
  });
});
