// End-to-end test of photos in a real Chromium: a member opens a question, adds a photo to it (a real
// JPEG made by sharp), sees it in the panel, draws a region on it, asks a question about that region,
// and finds the question on the map and its region drawn over the photo, which leads back to it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../support/e2e';
import { registerInBrowser } from '../support/e2e-auth';

let e2e: E2E;
let photoPath: string;
const QUESTION = 'q-pourquoi-pas';
const PHOTO_TITLE = 'Le compost du jardin partagé';
const REGION_QUESTION = 'Pourquoi le compost fume-t-il le matin ?';

/** A 1200×800 landscape-ish JPEG: sky, a hill and a dark heap, so regions are visibly placed. */
async function makePhoto(): Promise<string> {
  const svgScene = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
       <rect width="1200" height="800" fill="#9fd3f0"/>
       <ellipse cx="600" cy="900" rx="900" ry="420" fill="#5b9b45"/>
       <ellipse cx="820" cy="560" rx="200" ry="120" fill="#5a3b1e"/>
       <circle cx="180" cy="150" r="80" fill="#ffd54f"/>
     </svg>`,
  );
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'semis-e2e-photo-')), 'jardin.jpg');
  await sharp(svgScene).jpeg({ quality: 85 }).toFile(file);
  return file;
}

const panel = () => e2e.page.getByTestId('node-panel');
const onMap = (id: string) =>
  e2e.page.evaluate((nodeId) => {
    const semis = (window as unknown as { __semis?: { graph: { hasNode(id: string): boolean } } }).__semis;
    return semis?.graph.hasNode(nodeId) ?? false;
  }, id);

beforeAll(async () => {
  photoPath = await makePhoto();
  e2e = await startE2E({ viewport: { width: 1280, height: 1000 } });
  await e2e.openMap(`/?n=${QUESTION}`);
  await registerInBrowser(e2e.page, { name: 'Alex Photographe' });
});

afterAll(async () => {
  await e2e?.close();
});

describe('photos', () => {
  let photoId = '';
  let questionId = '';

  it('adds a photo to a question: the dialog checks and previews it, the panel shows it', async () => {
    const { page } = e2e;
    await panel()
      .and(page.locator(`[data-node-id="${QUESTION}"]`))
      .waitFor({ timeout: 10_000 });
    await page.getByTestId('photo-add').click();
    const dialog = page.getByTestId('contribute-dialog');
    await dialog.and(page.locator('[data-action="add-photo"]')).waitFor();

    await dialog.getByTestId('photo-submit').click(); // nothing chosen yet: said next to the fields
    await dialog.getByText('Choisissez une photo.').waitFor();
    await dialog.getByText('Donnez un titre à la photo.').waitFor();

    await dialog.getByTestId('photo-file').setInputFiles(photoPath);
    await dialog.locator('.photo-dialog__preview').waitFor();
    await dialog.getByTestId('photo-title').fill(PHOTO_TITLE);
    await e2e.screenshot('photos-dialog');
    await dialog.getByTestId('photo-submit').click();

    await page.getByTestId('node-panel-title').filter({ hasText: PHOTO_TITLE }).waitFor({ timeout: 15_000 });
    photoId = (await panel().getAttribute('data-node-id')) ?? '';
    expect(photoId).toMatch(/^[0-9a-f-]{36}$/);
    const image = page.getByTestId('photo-image');
    await image.waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="photo-image"]') as HTMLImageElement | null)?.naturalWidth,
    );
    expect(await image.getAttribute('src')).toBe(`/api/photos/${photoId}/thumbnail`);
    expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([
      320, 213,
    ]);
    expect(await onMap(photoId)).toBe(true);
    // It informs the question it was added from.
    await panel().locator(`[data-testid="panel-neighbour"][data-node-id="${QUESTION}"]`).waitFor();
    await e2e.screenshot('photos-panel');
  });

  it('draws a region on the photo and asks a question about it', async () => {
    const { page } = e2e;
    await page.getByTestId('photo-draw-region').click();
    const surface = page.getByTestId('photo-draw-surface');
    const box = await surface.boundingBox();
    if (!box) throw new Error('no drawing surface');
    // From 50 % × 50 % to 90 % × 90 % of the photo: around the dark heap.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.7, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.9, { steps: 5 });
    await page.mouse.up();
    const percent = async (field: string) => Number(await page.getByTestId(`region-${field}`).inputValue());
    expect(Math.abs((await percent('x')) - 50)).toBeLessThanOrEqual(1);
    expect(Math.abs((await percent('y')) - 50)).toBeLessThanOrEqual(1);
    expect(Math.abs((await percent('w')) - 40)).toBeLessThanOrEqual(1);
    expect(Math.abs((await percent('h')) - 40)).toBeLessThanOrEqual(1);
    // The keyboard's way: typed percentages move the same rectangle.
    await page.getByTestId('region-x').fill('55');
    expect(await percent('x')).toBe(55);
    await page.getByTestId('region-question-title').fill(REGION_QUESTION);
    await e2e.screenshot('photos-drawing');
    await page.getByTestId('region-question-submit').click();

    await page
      .getByTestId('node-panel-title')
      .filter({ hasText: REGION_QUESTION })
      .waitFor({ timeout: 15_000 });
    questionId = (await panel().getAttribute('data-node-id')) ?? '';
    expect(questionId).not.toBe(photoId);
    expect(await onMap(questionId)).toBe(true);
    await e2e.screenshot('photos-question');
  });

  it('draws the region over the photo, and the region leads to its question', async () => {
    const { page } = e2e;
    await panel().locator(`[data-testid="panel-neighbour"][data-node-id="${photoId}"]`).click();
    await page.getByTestId('node-panel-title').filter({ hasText: PHOTO_TITLE }).waitFor({ timeout: 10_000 });
    const region = page.locator(`[data-testid="photo-region"][data-question="${questionId}"]`);
    await region.waitFor({ timeout: 10_000 });
    const image = await page.getByTestId('photo-image').boundingBox();
    const drawn = await region.boundingBox();
    if (!image || !drawn) throw new Error('no image or region box');
    expect((drawn.x - image.x) / image.width).toBeCloseTo(0.55, 1);
    expect((drawn.y - image.y) / image.height).toBeCloseTo(0.5, 1);
    expect(drawn.width / image.width).toBeCloseTo(0.4, 1);
    expect(drawn.height / image.height).toBeCloseTo(0.4, 1);
    expect(await region.getAttribute('aria-label')).toContain(REGION_QUESTION);
    await e2e.screenshot('photos-region');

    await page.getByTestId('photo-image').click();
    const lightbox = page.getByTestId('photo-lightbox');
    await lightbox.waitFor();
    expect(await lightbox.locator('img').getAttribute('src')).toBe(`/api/photos/${photoId}/image`);
    await lightbox.locator(`[data-testid="photo-region"][data-question="${questionId}"]`).waitFor();
    await e2e.screenshot('photos-lightbox');
    await page.keyboard.press('Escape');
    await lightbox.waitFor({ state: 'detached' });
    await page.getByTestId('node-panel-title').filter({ hasText: PHOTO_TITLE }).waitFor(); // panel still open

    await region.click();
    await page
      .getByTestId('node-panel-title')
      .filter({ hasText: REGION_QUESTION })
      .waitFor({ timeout: 10_000 });
  });
});
