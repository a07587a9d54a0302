// API tests for upload hygiene against the real Neo4j: the per-account quota (uploads per hour, bytes
// per day) answers 429 UPLOAD_QUOTA with Retry-After and leaves nothing behind; at most N images are
// processed at once, the others queued (seen through an instrumented limiter, not by timing); and an
// Idempotency-Key on the multipart upload replays the first answer and stores one photo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../server/db/database';
import {
  createPhotoProcessor,
  type PhotoLimits,
  type PhotoProcessor,
  processPhoto,
} from '../../server/photos/photo-processing';
import { quotaRefusal } from '../../server/photos/upload-quota';
import { count, openTestDatabase, testApp, wipe } from '../support/database';
import { plainJpeg } from '../support/photos';
import { type Client, type Session, signUp } from '../support/session';

let db: Database;
let uploadsDir: string;
let jpeg: Buffer;

const storedFiles = () => {
  const folder = path.join(uploadsDir, 'photos');
  return fs.existsSync(folder) ? fs.readdirSync(folder).length : 0;
};

/** Everything an upload may leave: photo nodes, events, ledger rows, idempotency keys, files. */
async function traces() {
  return {
    resources: await count(db, 'MATCH (n:Resource) RETURN count(n)'),
    events: await count(db, 'MATCH (e:Event) RETURN count(e)'),
    ledger: await count(db, 'MATCH (u:PhotoUpload) RETURN count(u)'),
    keys: await count(db, 'MATCH (k:IdempotencyKey) RETURN count(k)'),
    files: storedFiles(),
  };
}

function upload(as: Client, title = 'Un compost', file = jpeg, key?: string) {
  let call = as.post('/api/photos');
  if (key) call = call.set('Idempotency-Key', key);
  return call.field('title', title).attach('file', file, 'photo.jpg');
}

function appWith(limits: Partial<PhotoLimits>, photoProcessor?: PhotoProcessor) {
  return testApp(db, { uploadsDir, photoLimits: { maxBytes: 2_000_000, ...limits }, photoProcessor });
}

beforeAll(async () => {
  db = await openTestDatabase();
  jpeg = await plainJpeg(64, 48);
});
afterAll(() => db.close());
beforeEach(async () => {
  await wipe(db);
  uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-quota-test-'));
});

describe('upload quota', () => {
  it('429 UPLOAD_QUOTA past the hourly count, with Retry-After, nothing written; other accounts unaffected', async () => {
    const app = appWith({ uploadsPerHour: 2 });
    const member = await signUp(app);
    for (const title of ['Première', 'Deuxième']) {
      const res = await upload(member, title);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const before = await traces();
    expect(before).toMatchObject({ resources: 2, ledger: 2, files: 4 });

    const refused = await upload(member, 'Troisième', jpeg, 'quota-key-1');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('UPLOAD_QUOTA');
    expect(refused.body.error.message).toMatch(/per hour/);
    expect(refused.body.error.details).toMatchObject({ limit: 'uploadsPerHour', max: 2, used: 2 });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    // the oldest of the two was made seconds ago: it leaves the hour in just under 3600 s
    expect(retryAfter).toBeGreaterThan(3_500);
    expect(retryAfter).toBeLessThanOrEqual(3_600);
    expect(refused.body.error.details.retryAfterSeconds).toBe(retryAfter);
    expect(await traces()).toEqual(before); // no node, event, ledger row, key or file

    const other = await signUp(app);
    expect((await upload(other, 'À moi')).status).toBe(201);
  });

  it('Retry-After counts from the oldest upload of the hour, and a deleted photo still counts', async () => {
    const app = appWith({ uploadsPerHour: 2 });
    const member = await signUp(app);
    const first = await upload(member, 'Effacée ensuite');
    expect(first.status).toBe(201);
    expect((await member.delete(`/api/nodes/${first.body.id}`).set('If-Match', '"1"')).status).toBe(204);
    // that upload is made 50 minutes old: it leaves the hour in about 600 s
    await db.write((tx) =>
      tx.run('MATCH (u:PhotoUpload {personId: $id}) SET u.at = datetime() - duration({minutes: 50})', {
        id: member.person.id,
      }),
    );
    expect((await upload(member, 'Deuxième')).status).toBe(201);

    const refused = await upload(member, 'Troisième');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);

    // an hour-old upload no longer counts
    await db.write((tx) =>
      tx.run('MATCH (u:PhotoUpload {personId: $id}) SET u.at = datetime() - duration({minutes: 61})', {
        id: member.person.id,
      }),
    );
    expect((await upload(member, 'Enfin')).status).toBe(201);
  });

  it('429 UPLOAD_QUOTA past the daily bytes, naming that limit; nothing written', async () => {
    const app = appWith({ bytesPerDay: Math.floor(jpeg.length * 1.5) });
    const member = await signUp(app);
    expect((await upload(member, 'Première')).status).toBe(201);
    const before = await traces();

    const refused = await upload(member, 'Deuxième');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('UPLOAD_QUOTA');
    expect(refused.body.error.message).toMatch(/per day/);
    expect(refused.body.error.details).toMatchObject({ limit: 'bytesPerDay', used: jpeg.length });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(86_000);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(await traces()).toEqual(before);
  });

  it('documents the 429 and its Retry-After on the upload route', async () => {
    const res = await request(appWith({})).get('/api/openapi.json');
    const tooMany = res.body.paths['/api/photos'].post.responses['429'];
    expect(tooMany.description).toMatch(/UPLOAD_QUOTA/);
    expect(tooMany.headers['Retry-After'].schema).toEqual({ type: 'integer', minimum: 1 });
    expect(tooMany.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
  });

  it('frees the quota by the oldest uploads that must leave the window (unit)', () => {
    const now = 10 * 86_400_000;
    const limits = { uploadsPerHour: 3, bytesPerDay: 1_000 };
    const at = (minutesAgo: number, bytes = 1) => ({ at: now - minutesAgo * 60_000, bytes });
    expect(quotaRefusal({ uploads: [at(10), at(30)], now }, 1, limits)).toBeNull();
    const byCount = quotaRefusal({ uploads: [at(10), at(20), at(40), at(70)], now }, 1, limits);
    expect(byCount?.headers).toEqual({ 'Retry-After': String(20 * 60) }); // the 40-minute-old one
    // 900 bytes used (600 from 23 h ago, 300 from 1 h ago): 200 more must wait for the 600 to leave
    const byBytes = quotaRefusal({ uploads: [at(60, 300), at(23 * 60, 600)], now }, 200, {
      ...limits,
      uploadsPerHour: 100,
    });
    expect(byBytes?.headers).toEqual({ 'Retry-After': String(60 * 60) });
  });
});

describe('received files', () => {
  it('every upload is received on disk and removed once answered: stored, refused, replayed or reused', async () => {
    const incomingDir = path.join(uploadsDir, '..', `${path.basename(uploadsDir)}-incoming`);
    const app = testApp(db, {
      uploadsDir,
      incomingDir,
      photoLimits: { maxBytes: 200_000, uploadsPerHour: 2 },
    });
    const member = await signUp(app);
    const left = () => (fs.existsSync(incomingDir) ? fs.readdirSync(incomingDir) : []);
    const answers = [
      await upload(member, 'Reçue', jpeg, 'received-key'), // 201
      await upload(member, 'Reçue', jpeg, 'received-key'), // replayed
      await upload(member, 'Autre titre', jpeg, 'received-key'), // 422 reused
      await upload(member, 'Pas une image', Buffer.from('<svg></svg>')), // 415
      await upload(member, 'Trop grande', Buffer.alloc(300_000, 0xff)), // 413 (multer's limit)
      await upload(member, 'Deuxième'), // 201
      await upload(member, 'Troisième'), // 429
    ];
    expect(answers.map((a) => a.status)).toEqual([201, 201, 422, 415, 413, 201, 429]);
    expect(answers[1]?.headers['idempotent-replayed']).toBe('true');
    expect(fs.existsSync(incomingDir)).toBe(true);
    await vi.waitFor(() => expect(left()).toEqual([]));
    expect(storedFiles()).toBe(4);
  });
});

describe('bounded image processing', () => {
  it('the limiter runs at most N tasks at once and starts the waiting ones in order (unit)', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const gates: (() => void)[] = [];
    let task = 0;
    const processor = createPhotoProcessor(3, async () => {
      const mine = task++;
      started.push(mine);
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => gates.push(resolve));
      running--;
      return { image: Buffer.alloc(0), thumbnail: Buffer.alloc(0), width: 1, height: 1 };
    });
    const limits = { maxBytes: 1, maxPixels: 1, uploadsPerHour: 1, bytesPerDay: 1, concurrency: 3 };
    const all = Promise.all(Array.from({ length: 10 }, () => processor.run(Buffer.alloc(0), limits)));
    await vi.waitFor(() => expect(gates.length).toBe(3));
    expect(processor.active).toBe(3);
    expect(processor.waiting).toBe(7);
    while (started.length < 10 || gates.length > 0) {
      await vi.waitFor(() => expect(gates.length).toBeGreaterThan(0));
      gates.shift()?.();
    }
    await all;
    expect(most).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('6 concurrent uploads: 2 processed at once, 4 queued, all stored', async () => {
    let running = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const processor = createPhotoProcessor(2, async (input, limits) => {
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => gates.push(resolve));
      try {
        return await processPhoto(input, limits);
      } finally {
        running--;
      }
    });
    const app = appWith({ concurrency: 2 }, processor);
    const member = await signUp(app);
    const uploads = Array.from({ length: 6 }, (_, i) => upload(member, `Photo ${i}`).then((r) => r));
    await vi.waitFor(() => expect(processor.waiting).toBe(4), { timeout: 10_000 });
    expect(processor.active).toBe(2);
    expect(running).toBe(2);
    let released = 0;
    while (released < 6) {
      await vi.waitFor(() => expect(gates.length).toBeGreaterThan(0), { timeout: 10_000 });
      gates.shift()?.();
      released++;
    }
    const answers = await Promise.all(uploads);
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(most).toBe(2);
    expect(await traces()).toMatchObject({ resources: 6, ledger: 6, files: 12 });
  });
});

describe('Idempotency-Key on the photo upload', () => {
  let member: Session;
  let app: ReturnType<typeof appWith>;
  beforeEach(async () => {
    app = appWith({ uploadsPerHour: 1 });
    member = await signUp(app);
  });

  it('a retried key replays the first 201 and stores one photo, even once the quota is used up', async () => {
    const first = await upload(member, 'Une fois', jpeg, 'photo-key-1');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const after = await traces();
    expect(after).toMatchObject({ resources: 1, ledger: 1, keys: 1, files: 2 });

    const retry = await upload(member, 'Une fois', jpeg, 'photo-key-1');
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(retry.body).toEqual(first.body);
    expect(await traces()).toEqual(after);
  });

  it('the same key with another title or another file is 422, writing nothing', async () => {
    expect((await upload(member, 'Une fois', jpeg, 'photo-key-2')).status).toBe(201);
    const after = await traces();
    const otherTitle = await upload(member, 'Une autre', jpeg, 'photo-key-2');
    expect(otherTitle.status).toBe(422);
    expect(otherTitle.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherFile = await upload(member, 'Une fois', await plainJpeg(64, 48, '#aa0000'), 'photo-key-2');
    expect(otherFile.status).toBe(422);
    expect(await traces()).toEqual(after);
  });

  it('two twins with one key sent at once store one photo', async () => {
    const twins = await Promise.all([
      upload(member, 'Jumelle', jpeg, 'photo-key-3'),
      upload(member, 'Jumelle', jpeg, 'photo-key-3'),
    ]);
    for (const res of twins) expect([201, 409]).toContain(res.status);
    expect(twins.some((r) => r.status === 201)).toBe(true);
    expect(await traces()).toMatchObject({ resources: 1, ledger: 1, keys: 1, files: 2 });
  });

  it('a key refused by the quota is not used up: the same key works once the quota frees', async () => {
    expect((await upload(member, 'Première')).status).toBe(201);
    const refused = await upload(member, 'Seconde', jpeg, 'photo-key-4');
    expect(refused.status).toBe(429);
    await db.write((tx) => tx.run('MATCH (u:PhotoUpload) SET u.at = datetime() - duration({hours: 2})'));
    const retried = await upload(member, 'Seconde', jpeg, 'photo-key-4');
    expect(retried.status).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
  });
});
