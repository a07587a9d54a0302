// Real-use journeys (issue 11, "Proof"): Semis started as `npm start` starts it (data folder `.data`, the
// demo, the built client), walked in Chromium at a desktop and a phone size, asserting what a person sees:
// the map drawn, every header control inside the viewport, photos' pixels, new nodes apart, no console
// errors. Screenshots go to test-artifacts/journey-<size>-<step>.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSemis, startAsNpmStart } from '../support/as-npm-start';
import { artifacts, skipWelcome } from '../support/e2e';
import { registerInBrowser } from '../support/e2e-auth';
import { headerTool } from '../support/e2e-header';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LABEL_HEIGHT_PX = 13; // client/src/map/sigma/settings.ts labelSize

let semis: RunningSemis;
let browser: Browser;

beforeAll(async () => {
  semis = await startAsNpmStart();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  fs.mkdirSync(artifacts, { recursive: true });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await semis?.stop();
}, 60_000);

/** A fresh page at `size`, collecting console errors and page errors. */
async function openPage(size: { name: string; width: number; height: number }) {
  const context = await browser.newContext({ viewport: size, locale: 'fr-FR' });
  await skipWelcome(context); // the welcome's own journey: welcome.e2e.test.ts
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(semis.baseUrl);
  await page.locator('[data-testid="landscape"][data-ready="true"]').waitFor({ timeout: 30_000 });
  const shot = async (step: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(artifacts, `journey-${size.name}-${step}.png`) });
  };
  return { page, errors, shot, close: () => context.close() };
}

/** Header controls a person could want to tap that are not wholly inside the viewport. */
async function headerControlsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    // summary: the "Ajouter…" menu's button
    for (const el of document.querySelectorAll<HTMLElement>(
      'header button, header a, header input, header select, header summary',
    )) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue; // not shown at all
      if (
        box.left < 0 ||
        box.top < 0 ||
        box.right > window.innerWidth + 0.5 ||
        box.bottom > window.innerHeight + 0.5
      )
        out.push(el.dataset.testid ?? el.textContent?.trim() ?? el.tagName);
    }
    return out;
  });
}

/**
 * Header controls out of reach: none outside the viewport as the page shows them, and none once the
 * phone's header menu is opened (then closed again with Escape, as a person would).
 */
async function headerOutOfReach(page: Page): Promise<string[]> {
  const outside = await headerControlsOutside(page);
  const toggle = page.getByTestId('header-menu-toggle');
  if (!(await toggle.isVisible())) return outside;
  const wasOpen = (await toggle.getAttribute('aria-expanded')) === 'true';
  if (!wasOpen) await toggle.click();
  const tools = page.getByTestId('header-tools');
  const shown = await tools
    .locator('button, summary, a')
    .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 0).length);
  if (shown === 0) outside.push('header-tools (nothing shown in the open menu)');
  outside.push(...(await headerControlsOutside(page)));
  if (!wasOpen) {
    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  }
  return outside;
}

/**
 * Controls of the header and the toolbar under it that something else covers at their centre (at 390 px the
 * header's second row, the search box, lay over « Filtres »: in the viewport, but not tappable).
 */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'header button, header input, header summary, .toolbar button, .toolbar input',
    )) {
      const box = el.getBoundingClientRect();
      // checkVisibility: false also inside a closed <details> (its content is only content-visibility: hidden)
      if (box.width === 0 || box.height === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (top && top !== el && !el.contains(top) && !top.contains(el))
        out.push(`${el.dataset.testid ?? el.textContent?.trim()} under ${top.className || top.tagName}`);
    }
    return out;
  });
}

/** A node's position and radius on screen (sigma's viewport coordinates). */
async function onScreen(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const sigma = window.__semis?.sigma;
    const data = sigma?.getNodeDisplayData(nodeId);
    if (!sigma || !data) return null;
    const { x, y } = sigma.framedGraphToViewport({ x: data.x, y: data.y });
    return { x, y, size: data.size };
  }, id);
}

/** Other drawn nodes whose disc overlaps node `id`'s disc on screen. */
async function overlapping(page: Page, id: string): Promise<string[]> {
  return page.evaluate((nodeId) => {
    const sigma = window.__semis?.sigma;
    const graph = window.__semis?.graph;
    const mine = sigma?.getNodeDisplayData(nodeId);
    if (!sigma || !graph || !mine) return ['(not drawn)'];
    const at = sigma.framedGraphToViewport(mine);
    const hits: string[] = [];
    graph.forEachNode((other) => {
      if (other === nodeId) return;
      const data = sigma.getNodeDisplayData(other);
      if (!data || data.hidden) return;
      const p = sigma.framedGraphToViewport(data);
      if (Math.hypot(p.x - at.x, p.y - at.y) < mine.size + data.size) hits.push(other);
    });
    return hits;
  }, id);
}

/** Asks `title` from the header, linked (REFINES) to the first suggestion; the new question's id and ms shown. */
async function askFromHeader(page: Page, title: string, linkTo: string) {
  await page.getByTestId('ask-button').click();
  const dialog = page.getByTestId('ask-form'); // its heading follows the selection
  await dialog.getByTestId('ask-title').fill(title);
  const target = dialog.locator(`[data-testid="ask-suggestion"][data-id="${linkTo}"]`);
  await target.waitFor({ timeout: 15_000 });
  await target.getByTestId('ask-relation').selectOption('REFINES');
  const started = Date.now();
  await dialog.getByTestId('ask-submit').click();
  await page.getByTestId('node-panel-title').filter({ hasText: title }).waitFor({ timeout: 15_000 });
  await page
    .locator('[data-testid="node-panel"] [data-testid="maieutic-prompts"]')
    .waitFor({ timeout: 15_000 });
  const shownAfterMs = Date.now() - started;
  const id = (await page.getByTestId('node-panel').getAttribute('data-node-id')) ?? '';
  console.log(`[journey] ${id} shown in its panel ${shownAfterMs} ms after the click`);
  return { id, shownAfterMs };
}

async function makePhoto(): Promise<string> {
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"><rect width="900" height="600" fill="#9fd3f0"/>
     <ellipse cx="450" cy="650" rx="700" ry="300" fill="#5b9b45"/><circle cx="150" cy="120" r="60" fill="#ffd54f"/></svg>`,
  );
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'semis-journey-')), 'potager.jpg');
  await sharp(svg).jpeg({ quality: 85 }).toFile(file);
  return file;
}

describe.each(SIZES)('journeys at $width×$height', (size) => {
  it('a visitor’s first visit: the map, the header within reach, a demo photo drawn, no errors', async () => {
    const { page, errors, shot, close } = await openPage(size);
    try {
      await shot('visitor-first-screen');
      const drawn = await page.evaluate(() => window.__semis?.graph.order ?? 0);
      expect(drawn).toBeGreaterThan(50);
      expect(await headerOutOfReach(page)).toEqual([]);
      expect(await coveredControls(page)).toEqual([]);

      // A demo photo resource: found on the map by its kind, opened through the search, its image drawn.
      const photo = await page.evaluate(async () => {
        const res = await fetch('/api/search?q=photo&lang=fr');
        const body = (await res.json()) as { hits?: { id: string; kind: string; title: string }[] };
        return body.hits?.find((h) => h.kind === 'Resource' && /photo/i.test(h.title)) ?? null;
      });
      expect(photo, 'the demo has a photo resource').not.toBeNull();
      await page.getByTestId('search-input').fill(photo?.title ?? '');
      await page.locator(`[data-testid="search-hit"][data-node-id="${photo?.id}"]`).click();
      const image = page.getByTestId('photo-image');
      await image.waitFor({ timeout: 15_000 });
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
          timeout: 15_000,
        })
        .toBeGreaterThan(0);
      await shot('visitor-photo');
      expect(await headerOutOfReach(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  it('a contributor: ask twice, link, photo with a region, stance, undo, redo', async () => {
    const { page, errors, shot, close } = await openPage(size);
    try {
      await registerInBrowser(page, { name: `Camille ${size.name}` });
      expect(await headerOutOfReach(page)).toEqual([]);

      // Two questions in a row linked to the same demo question land apart, on free spots, labelled.
      const first = await askFromHeader(
        page,
        `Quel monde laisserons-nous à nos enfants, côté jardins (${size.name}) ?`,
        'q-monde-enfants',
      );
      const second = await askFromHeader(
        page,
        `Quel monde laisserons-nous à nos enfants, côté rivières (${size.name}) ?`,
        'q-monde-enfants',
      );
      console.log(
        `[journey ${size.name}] new question shown after ${first.shownAfterMs} ms, ${second.shownAfterMs} ms`,
      );
      await shot('contributor-two-questions');
      const [a, b] = [await onScreen(page, first.id), await onScreen(page, second.id)];
      expect(a && b).toBeTruthy();
      if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(LABEL_HEIGHT_PX);
      expect(await overlapping(page, first.id)).toEqual([]);
      expect(await overlapping(page, second.id)).toEqual([]);

      // Link the second question to the first.
      await page.getByTestId('link-button').click();
      const link = page.getByTestId('link-dialog');
      await link.getByTestId('link-target-search').fill(`jardins ${size.name}`);
      await link.locator(`[data-testid="link-target-hit"][data-node-id="${first.id}"]`).click();
      await link.getByTestId('link-relation').selectOption({ index: 1 });
      await link.getByTestId('link-submit').click();
      await link.waitFor({ state: 'detached', timeout: 15_000 });

      // A photo on the second question, then a question on a region of it.
      await page.getByTestId('photo-add').click();
      const dialog = page.getByTestId('contribute-dialog');
      await dialog.getByTestId('photo-file').setInputFiles(await makePhoto());
      await dialog.getByTestId('photo-title').fill(`Le potager au printemps (${size.name})`);
      await dialog.getByTestId('photo-submit').click();
      const image = page.getByTestId('photo-image');
      await image.waitFor({ timeout: 20_000 });
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
          timeout: 15_000,
        })
        .toBeGreaterThan(0);
      const photoId = (await page.getByTestId('node-panel').getAttribute('data-node-id')) ?? '';
      expect(await overlapping(page, photoId)).toEqual([]);
      await page.getByTestId('photo-draw-region').click();
      for (const [field, value] of [
        ['x', '20'],
        ['y', '20'],
        ['w', '40'],
        ['h', '40'],
      ] as const)
        await page.getByTestId(`region-${field}`).fill(value);
      await page.getByTestId('region-question-title').fill(`Que pousse-t-il dans ce coin (${size.name}) ?`);
      await page.getByTestId('region-question-submit').click();
      await page
        .getByTestId('node-panel-title')
        .filter({ hasText: 'Que pousse-t-il dans ce coin' })
        .waitFor({ timeout: 15_000 });
      await shot('contributor-region-question');

      // A stance on the first question.
      await page.getByTestId('search-input').fill(`jardins ${size.name}`);
      await page.locator(`[data-testid="search-hit"][data-node-id="${first.id}"]`).click();
      await page.locator('[data-testid="maieutic-prompt"][data-action="take-stance"]').click();
      const stance = page.getByTestId('stance-dialog');
      await stance.locator('[data-testid="stance-choice"][data-stance="supports"]').check();
      await stance.getByTestId('stance-statement').fill('Des radis, pour commencer.');
      await stance.getByTestId('stance-submit').click();
      await stance.waitFor({ state: 'detached', timeout: 15_000 });

      // Undo the stance, then redo it.
      const statement = page.locator('[data-section="questionStances"] .neighbour__statement');
      await expect
        .poll(() => statement.allTextContents(), { timeout: 30_000 })
        .toContain('Des radis, pour commencer.');
      await (await headerTool(page, 'undo-button')).click();
      await expect
        .poll(() => statement.allTextContents(), { timeout: 30_000 })
        .not.toContain('Des radis, pour commencer.');
      await shot('contributor-undone');
      // Redo (« Rétablir »): the stance comes back.
      await (await headerTool(page, 'redo-button')).click();
      await expect
        .poll(() => statement.allTextContents(), { timeout: 30_000 })
        .toContain('Des radis, pour commencer.');
      await shot('contributor-redone');
      expect(await headerOutOfReach(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);
});

/** Drawn nodes whose disc reaches under the legend (when the legend is shown over the map). */
async function nodesUnderLegend(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sigma = window.__semis?.sigma;
    const legend = document.querySelector('[data-testid="legend"]')?.getBoundingClientRect();
    if (!sigma || !legend || legend.width === 0) return [];
    const map = sigma.getContainer().getBoundingClientRect();
    const under: string[] = [];
    sigma.getGraph().forEachNode((id) => {
      const data = sigma.getNodeDisplayData(id);
      if (!data || data.hidden) return;
      const p = sigma.framedGraphToViewport(data);
      const [x, y] = [p.x + map.left, p.y + map.top];
      if (
        x + data.size > legend.left &&
        x - data.size < legend.right &&
        y + data.size > legend.top &&
        y - data.size < legend.bottom
      )
        under.push(id);
    });
    return under;
  });
}

// The smallest phone the issue names, and a tablet, where a member's longer header did not fit inline
// (it ran 164 px past the right edge at 1024 px before the tools collapsed by measure, HeaderMenu.tsx).
describe.each([
  { name: 'small-phone', width: 360, height: 640 },
  { name: 'tablet', width: 1024, height: 768 },
] as const)('the header and the legend at $width×$height', (size) => {
  it('every header control is reachable as a visitor and as a member; no node starts under the legend', async () => {
    const { page, errors, shot, close } = await openPage(size);
    try {
      expect(await headerOutOfReach(page)).toEqual([]);
      expect(await coveredControls(page)).toEqual([]);
      expect(await nodesUnderLegend(page)).toEqual([]);
      await shot('visitor-header');
      await registerInBrowser(page, { name: `Dominique ${size.name} de la Fontaine-Moreau` });
      expect(await headerOutOfReach(page)).toEqual([]);
      expect(await coveredControls(page)).toEqual([]);
      // a tool used from the open menu closes it
      const toggle = page.getByTestId('header-menu-toggle');
      await expect.poll(() => toggle.isVisible()).toBe(true);
      await (await headerTool(page, 'welcome-button')).click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Escape');
      await shot('member-header');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
