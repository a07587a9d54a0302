// API tests for photos against the real Neo4j and real images made by sharp: the upload re-encodes
// (auto-rotated, metadata stripped, thumbnail made), stores under server-made names and records its
// event; every attack (wrong bytes, SVG, oversize, pixel bomb, polyglot, path-like name) is refused or
// defused with nothing written; images are served only to readers who may see the photo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import { count, openTestDatabase, TEST_ORIGIN, testApp, wipe } from '../support/database';
import {
  orientedJpegWithGps,
  POLYGLOT_PAYLOAD,
  pixelBombPng,
  plainJpeg,
  SVG,
  transparentPng,
  webp,
} from '../support/photos';
import { anonymous, type Client, type Session, signUp } from '../support/session';

let db: Database;
let uploadsDir: string;
let app: ReturnType<typeof testApp>;
let member: Session;
let visitor: Client;

const photosFolder = () => path.join(uploadsDir, 'photos');
const storedFiles = () => (fs.existsSync(photosFolder()) ? fs.readdirSync(photosFolder()).sort() : []);
const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-thumb)?\.webp$/;

interface Upload {
  file?: Buffer;
  filename?: string;
  contentType?: string;
  fields?: Record<string, string>;
}

function upload(
  as: Client,
  { file, filename = 'photo.jpg', contentType, fields = { title: 'Un compost' } }: Upload,
) {
  let call = as.post('/api/photos');
  for (const [name, value] of Object.entries(fields)) call = call.field(name, value);
  if (file) call = call.attach('file', file, contentType ? { filename, contentType } : filename);
  return call;
}

/** What an upload may leave behind: photo nodes, events, files. */
async function traces() {
  return {
    resources: await count(db, 'MATCH (n:Resource) RETURN count(n)'),
    events: await count(db, 'MATCH (e:Event) RETURN count(e)'),
    files: storedFiles().length,
  };
}

async function expectRefused(
  as: Client,
  input: Upload,
  status: number,
  code: string,
): Promise<request.Response> {
  const before = await traces();
  const res = await upload(as, input);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.code).toBe(code);
  expect(await traces()).toEqual(before);
  return res;
}

async function storedPhoto(id: string) {
  const result = await db.read((tx) =>
    tx.run('MATCH (n:Resource {id: $id}) RETURN n.photoFile AS photo, n.thumbnailFile AS thumbnail', { id }),
  );
  const row = result.records[0];
  return { photo: String(row?.get('photo')), thumbnail: String(row?.get('thumbnail')) };
}

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await wipe(db);
  uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'semis-photos-test-'));
  app = testApp(db, { uploadsDir, photoLimits: { maxBytes: 2_000_000, maxPixels: 40_000_000 } });
  member = await signUp(app);
  visitor = await anonymous(app);
});

describe('POST /api/photos: what is stored', () => {
  it('re-encodes a JPEG: rotated from EXIF, EXIF and GPS gone, WebP image and thumbnail, one event', async () => {
    const original = await orientedJpegWithGps();
    const inputMeta = await sharp(original).metadata();
    expect(inputMeta.orientation).toBe(6); // the test file really carries what must be removed
    expect(inputMeta.exif?.includes(Buffer.from('semis-test-exif'))).toBe(true);
    expect(inputMeta.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer tag

    const res = await upload(member, {
      file: original,
      fields: { title: 'Le tas de compost', body: 'Vu ce matin' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id: string = res.body.id;
    expect(res.body).toMatchObject({
      kind: 'Resource',
      resourceKind: 'photo',
      title: 'Le tas de compost',
      body: 'Vu ce matin',
      lang: 'fr',
      visibility: 'public',
      version: 1,
      createdBy: member.person.id,
      width: 200,
      height: 400,
      url: `/api/photos/${id}/image`,
      thumbnailUrl: `/api/photos/${id}/thumbnail`,
    });
    expect(res.body).not.toHaveProperty('photoFile');
    expect(res.body).not.toHaveProperty('thumbnailFile');

    const files = await storedPhoto(id);
    expect(files.photo).toMatch(STORED_NAME);
    expect(files.thumbnail).toBe(files.photo.replace('.webp', '-thumb.webp'));
    expect(storedFiles()).toEqual([files.photo, files.thumbnail].sort());

    const image = fs.readFileSync(path.join(photosFolder(), files.photo));
    const meta = await sharp(image).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 200, height: 400 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(image.includes(Buffer.from('semis-test'))).toBe(false);
    // Rotated 90° clockwise: the left (red) half is now on top, the right (blue) half below.
    const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels).subarray(0, 3),
    ];
    expect(pixel(100, 50)[0]).toBeGreaterThan(180);
    expect(pixel(100, 50)[2]).toBeLessThan(60);
    expect(pixel(100, 350)[2]).toBeGreaterThan(180);

    const thumb = await sharp(fs.readFileSync(path.join(photosFolder(), files.thumbnail))).metadata();
    expect(thumb).toMatchObject({ format: 'webp', width: 160, height: 320 });
    expect(thumb.exif).toBeUndefined();

    expect(
      await count(
        db,
        "MATCH (e:Event {action: 'node.create', entityId: $id, actorId: $actor}) RETURN count(e)",
        {
          id,
          actor: member.person.id,
        },
      ),
    ).toBe(1);
  });

  it('takes a PNG (keeping its transparency) and a WebP, and caps the long side at 2560 px', async () => {
    const png = await upload(member, {
      file: await transparentPng(),
      filename: 'a.png',
      fields: { title: 'PNG' },
    });
    expect(png.status, JSON.stringify(png.body)).toBe(201);
    expect(png.body).toMatchObject({ width: 80, height: 60 });
    const pngMeta = await sharp(
      fs.readFileSync(path.join(photosFolder(), (await storedPhoto(png.body.id)).photo)),
    ).metadata();
    expect(pngMeta).toMatchObject({ format: 'webp', hasAlpha: true });

    const wp = await upload(member, { file: await webp(), filename: 'b.webp', fields: { title: 'WebP' } });
    expect(wp.status, JSON.stringify(wp.body)).toBe(201);
    expect(wp.body).toMatchObject({ width: 50, height: 70 });

    const wide = await upload(member, { file: await plainJpeg(3000, 1000), fields: { title: 'Large' } });
    expect(wide.status, JSON.stringify(wide.body)).toBe(201);
    expect(wide.body).toMatchObject({ width: 2560, height: 853 });
    expect(storedFiles()).toHaveLength(6);
  });

  it('keeps lang and visibility, and links the photo to the question it informs, in one go', async () => {
    const question = await member
      .post('/api/nodes')
      .send({ kind: 'Question', title: 'Que deviennent nos restes ?' });
    expect(question.status).toBe(201);
    const res = await upload(member, {
      file: await plainJpeg(),
      fields: { title: 'Compost', lang: 'en', visibility: 'members', informs: question.body.id },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ lang: 'en', visibility: 'members' });
    expect(
      await count(db, 'MATCH (:Resource {id: $p})-[r:INFORMS]->(:Question {id: $q}) RETURN count(r)', {
        p: res.body.id,
        q: question.body.id,
      }),
    ).toBe(1);
    expect(
      await count(db, "MATCH (e:Event {action: 'link.create'}) WHERE $p IN e.nodeIds RETURN count(e)", {
        p: res.body.id,
      }),
    ).toBe(1);
  });

  it('GET /api/nodes/:id of a photo gives its image and thumbnail URLs, never the file names', async () => {
    const res = await upload(member, { file: await plainJpeg() });
    const node = await visitor.get(`/api/nodes/${res.body.id}`);
    expect(node.status).toBe(200);
    expect(node.body.node).toMatchObject({
      resourceKind: 'photo',
      url: `/api/photos/${res.body.id}/image`,
      thumbnailUrl: `/api/photos/${res.body.id}/thumbnail`,
      width: 64,
      height: 48,
    });
    expect(node.body.node).not.toHaveProperty('photoFile');
  });

  it('keeps the file names out of history and out of a node whose resourceKind was edited away from photo', async () => {
    const res = await upload(member, { file: await plainJpeg() });
    const history = await visitor.get(`/api/nodes/${res.body.id}/history`);
    expect(history.status).toBe(200);
    const created = history.body.events.find((e: { action: string }) => e.action === 'node.create');
    expect(created.after).toMatchObject({ resourceKind: 'photo', title: res.body.title });
    expect(created.after).not.toHaveProperty('photoFile');
    expect(created.after).not.toHaveProperty('thumbnailFile');
    const edited = await member
      .patch(`/api/nodes/${res.body.id}`)
      .set('If-Match', '1')
      .send({ resourceKind: 'web' });
    expect(edited.status).toBe(200);
    expect(edited.body).not.toHaveProperty('photoFile');
    expect(edited.body).not.toHaveProperty('thumbnailFile');
  });
});

describe('questions anchored to a region of a photo', () => {
  it("a question asked about a region shows in the photo's relations with its normalised rectangle", async () => {
    const photo = await upload(member, { file: await plainJpeg() });
    const asked = await member.post('/api/questions').send({
      title: 'Pourquoi ce coin est-il plus sombre ?',
      promptedBy: { resource: photo.body.id, region: { x: 0.1, y: 0.2, w: 0.3, h: 0.4 } },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    // The photo's version did not change, but its relations did: a browser revalidating its copy must not
    // get a 304 that keeps the old relations.
    const node = await visitor.get(`/api/nodes/${photo.body.id}`).set('If-None-Match', '"1"');
    expect(node.status).toBe(200);
    expect(node.headers['cache-control']).toBe('no-store');
    expect(node.body.relations).toEqual([
      expect.objectContaining({
        relation: 'PROMPTED',
        direction: 'out',
        properties: { regionX: 0.1, regionY: 0.2, regionW: 0.3, regionH: 0.4 },
        other: expect.objectContaining({ id: asked.body.node.id, kind: 'Question' }),
      }),
    ]);
  });
});

describe('POST /api/photos: refusals leave nothing behind', () => {
  it('401 for a visitor, before anything is read', async () => {
    await expectRefused(visitor, { file: await plainJpeg() }, 401, 'UNAUTHENTICATED');
  });

  it('403 CSRF_FAILED for a logged-in upload without the CSRF token (multipart is no way around it)', async () => {
    const before = await traces();
    const res = await member.agent
      .post('/api/photos')
      .set('Origin', TEST_ORIGIN)
      .field('title', 'Sans jeton')
      .attach('file', await plainJpeg(), 'photo.jpg');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_FAILED');
    expect(await traces()).toEqual(before);
  });

  it('400 without a title, without a file, or with an unknown field', async () => {
    const file = await plainJpeg();
    const noTitle = await expectRefused(member, { file, fields: {} }, 400, 'VALIDATION_FAILED');
    expect(noTitle.body.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'title' })]),
    );
    await expectRefused(member, { file, fields: { title: '   ' } }, 400, 'VALIDATION_FAILED');
    await expectRefused(member, { fields: { title: 'Sans fichier' } }, 400, 'VALIDATION_FAILED');
    await expectRefused(
      member,
      { file, fields: { title: 'x', photoFile: '../x' } },
      400,
      'VALIDATION_FAILED',
    );
    await expectRefused(
      member,
      { file, fields: { title: 'x', visibility: 'everyone' } },
      400,
      'VALIDATION_FAILED',
    );
  });

  it('415 UNSUPPORTED_IMAGE for a text file named .jpg and sent as image/jpeg', async () => {
    const text = Buffer.from('just some text pretending to be a photo\n'.repeat(20));
    await expectRefused(
      member,
      { file: text, filename: 'photo.jpg', contentType: 'image/jpeg' },
      415,
      'UNSUPPORTED_IMAGE',
    );
  });

  it('415 UNSUPPORTED_IMAGE for an SVG, even named .png and sent as image/png', async () => {
    await expectRefused(
      member,
      { file: SVG, filename: 'logo.png', contentType: 'image/png' },
      415,
      'UNSUPPORTED_IMAGE',
    );
    await expectRefused(
      member,
      { file: SVG, filename: 'logo.svg', contentType: 'image/svg+xml' },
      415,
      'UNSUPPORTED_IMAGE',
    );
  });

  it('415 UNSUPPORTED_IMAGE for a GIF and for a JPEG that is only a header', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    await expectRefused(
      member,
      { file: gif, filename: 'a.jpg', contentType: 'image/jpeg' },
      415,
      'UNSUPPORTED_IMAGE',
    );
    const jpeg = await plainJpeg();
    await expectRefused(member, { file: jpeg.subarray(0, 40) }, 415, 'UNSUPPORTED_IMAGE');
  });

  it('413 IMAGE_TOO_LARGE beyond the configured size', async () => {
    const small = testApp(db, { uploadsDir, photoLimits: { maxBytes: 20_000 } });
    const someone = await signUp(small);
    const big = await sharp({
      create: {
        width: 1200,
        height: 900,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 95 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(20_000);
    const res = await expectRefused(someone, { file: big }, 413, 'IMAGE_TOO_LARGE');
    expect(res.body.error.details).toEqual({ maxBytes: 20_000 });
  });

  it('413 IMAGE_TOO_LARGE for a pixel bomb: a small PNG of 20000 × 20000 pixels', async () => {
    const bomb = pixelBombPng(20_000);
    expect(bomb.length).toBeLessThan(2_000_000);
    const res = await expectRefused(member, { file: bomb, filename: 'bomb.png' }, 413, 'IMAGE_TOO_LARGE');
    expect(res.body.error.details).toEqual({ maxPixels: 40_000_000 });
  });

  it('404 and no file left when the node it informs is unknown (the files written are removed)', async () => {
    await expectRefused(
      member,
      { file: await plainJpeg(), fields: { title: 'x', informs: 'no-such-node' } },
      404,
      'NOT_FOUND',
    );
  });

  it('415 UNSUPPORTED_MEDIA_TYPE for a JSON body; other routes still refuse multipart', async () => {
    const json = await member.post('/api/photos').send({ title: 'x' });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const nodes = await member.post('/api/nodes').field('kind', 'Question').field('title', 'Multipart ?');
    expect(nodes.status).toBe(415);
    expect(nodes.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await count(db, 'MATCH (n:Question) RETURN count(n)')).toBe(0);
  });
});

describe('POST /api/photos: defused attacks', () => {
  it('a polyglot (a JPEG with HTML and a ZIP appended) is stored without its payload', async () => {
    const polyglot = Buffer.concat([await plainJpeg(), POLYGLOT_PAYLOAD]);
    const res = await upload(member, { file: polyglot, filename: 'page.html.jpg', contentType: 'text/html' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    for (const name of storedFiles()) {
      const bytes = fs.readFileSync(path.join(photosFolder(), name));
      expect(bytes.includes(Buffer.from('semis-polyglot'))).toBe(false);
      expect(bytes.includes(Buffer.from('<script'))).toBe(false);
      expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
    }
    const served = await visitor.get(res.body.url).buffer(true);
    expect(served.status).toBe(200);
    expect(Buffer.from(served.body).includes(Buffer.from('semis-polyglot'))).toBe(false);
  });

  it('a path-like file name never reaches the file system', async () => {
    const res = await upload(member, { file: await plainJpeg(), filename: '../../etc/passwd.jpg' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(fs.readdirSync(uploadsDir)).toEqual(['photos']);
    const files = storedFiles();
    expect(files).toHaveLength(2);
    for (const name of files) expect(name).toMatch(STORED_NAME);
    expect(fs.existsSync(path.join(uploadsDir, '..', 'etc'))).toBe(false);
    expect(JSON.stringify(res.body)).not.toContain('passwd');
    expect(
      await count(
        db,
        "MATCH (n:Resource) WHERE any(k IN keys(n) WHERE toString(n[k]) CONTAINS 'passwd') RETURN count(n)",
      ),
    ).toBe(0);
  });
});

describe('GET /api/photos/:id/image and /thumbnail', () => {
  it('serves WebP inline with nosniff, a strict CSP, and public caching for a public photo', async () => {
    const created = await upload(member, { file: await plainJpeg() });
    const { photo } = await storedPhoto(created.body.id);
    const res = await visitor.get(created.body.url).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(`inline; filename="${created.body.id}.webp"`);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(Buffer.from(res.body).equals(fs.readFileSync(path.join(photosFolder(), photo)))).toBe(true);

    const thumb = await visitor.get(created.body.thumbnailUrl).buffer(true);
    expect(thumb.status).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect((await sharp(Buffer.from(thumb.body)).metadata()).width).toBe(64);
  });

  it('serves image and thumbnail from a data folder named `.data`, as `npm start` uses by default', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'semis-dot-')), '.data');
    uploadsDir = path.join(dataDir, 'uploads');
    app = testApp(db, { uploadsDir, photoLimits: { maxBytes: 2_000_000, maxPixels: 40_000_000 } });
    const owner = await signUp(app);
    const created = await upload(owner, { file: await plainJpeg() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const files = await storedPhoto(created.body.id);
    expect(storedFiles()).toEqual([files.photo, files.thumbnail].sort());
    const reader = await anonymous(app);
    for (const [url, name] of [
      [created.body.url, files.photo],
      [created.body.thumbnailUrl, files.thumbnail],
    ]) {
      const res = await reader.get(url).buffer(true);
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type']).toBe('image/webp');
      expect(Buffer.from(res.body).equals(fs.readFileSync(path.join(photosFolder(), name)))).toBe(true);
    }
  });

  it('a private photo is 404 for a visitor and another member, exactly like an unknown id; its owner gets it, privately cached', async () => {
    const created = await upload(member, {
      file: await plainJpeg(),
      fields: { title: 'Secret', visibility: 'private' },
    });
    expect(created.status).toBe(201);
    const unknown = await visitor.get('/api/photos/no-such-photo/image');
    expect(unknown.status).toBe(404);
    const other = await signUp(app);
    for (const reader of [visitor, other]) {
      for (const url of [created.body.url, created.body.thumbnailUrl]) {
        const res = await reader.get(url);
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe('NOT_FOUND');
        expect(res.body.error.message).toBe(
          unknown.body.error.message.replace('no-such-photo', created.body.id),
        );
      }
    }
    const own = await member.get(created.body.url);
    expect(own.status).toBe(200);
    expect(own.headers['cache-control']).toBe('private, max-age=300');
  });

  it('a members photo is 404 for a visitor and served to any member', async () => {
    const created = await upload(member, {
      file: await plainJpeg(),
      fields: { title: 'Membres', visibility: 'members' },
    });
    expect((await visitor.get(created.body.url)).status).toBe(404);
    const other = await signUp(app);
    expect((await other.get(created.body.url)).status).toBe(200);
  });

  it('404 for a resource that is not a photo, and 400 for an id that is not one', async () => {
    const web = await member
      .post('/api/nodes')
      .send({ kind: 'Resource', title: 'Site', resourceKind: 'web', url: 'https://example.org' });
    expect((await visitor.get(`/api/photos/${web.body.id}/image`)).status).toBe(404);
    expect((await visitor.get('/api/photos/..%2F..%2Fetc/image')).status).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('documents the upload as multipart/form-data with a binary file', async () => {
    const res = await request(app).get('/api/openapi.json');
    const body = res.body.paths['/api/photos'].post.requestBody.content['multipart/form-data'].schema;
    expect(body.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(body.required).toEqual(expect.arrayContaining(['title', 'file']));
    expect(res.body.paths['/api/photos/{id}/image'].get).toBeDefined();
  });
});
