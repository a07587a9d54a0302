// End-to-end test in a real Chromium (Debian's, driven by playwright-core): open Semis on the demo
// landscape, wait for the map, search "compostage", pick the seed and read its panel, switch to
// English. Screenshots are kept in test-artifacts/ for a person to look at.
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoLandscape } from '../../seeds-data/demo-file';
import { loadDemoLandscape } from '../../seeds-data/loader';
import type { Database } from '../../server/db/database';
import { openTestDatabase, testApp, wipe } from '../support/database';

const root = path.resolve(import.meta.dirname, '../..');
const artifacts = path.join(root, 'test-artifacts');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let db: Database;
let server: Server;
let browser: Browser;
let page: Page;
let baseUrl: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'client/dist/index.html'))) {
    throw new Error('client/dist is missing: run the tests with `npm test`, which builds the client first');
  }
  if (!fs.existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath}: apt-get install chromium`);
  fs.mkdirSync(artifacts, { recursive: true });
  db = await openTestDatabase();
  await wipe(db);
  await loadDemoLandscape(db);
  const app = testApp(db, { clientDir: path.join(root, 'client/dist') });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await db?.close();
});

describe('the landscape page', () => {
  it('shows the whole demo landscape with a legend', async () => {
    await page.goto(baseUrl);
    const map = page.getByTestId('landscape');
    await map.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 20_000 });
    expect(Number(await map.getAttribute('data-node-count'))).toBe(readDemoLandscape().nodes.length);
    await expect.poll(() => page.getByTestId('legend').textContent()).toContain('Graine');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.waitForTimeout(500); // let sigma finish drawing labels before the picture
    await page.screenshot({ path: path.join(artifacts, 'e2e-landscape.png') });
  });

  it('searches "compostage" and opens the seed in the side panel', async () => {
    await page.getByTestId('search-input').fill('compostage');
    const hit = page
      .getByTestId('search-hit')
      .filter({ hasText: 'Le compostage dans la démarche #CodeSocial' });
    await hit.first().waitFor({ timeout: 10_000 });
    await hit.first().click();
    const title = page.getByTestId('node-panel-title');
    await expect
      .poll(() => title.textContent(), { timeout: 10_000 })
      .toBe('Le compostage dans la démarche #CodeSocial');
    await page.waitForTimeout(800); // camera animation
    await page.screenshot({ path: path.join(artifacts, 'e2e-search-compostage.png') });
  });

  it('switches to English, labels and panel included', async () => {
    await page.getByTestId('lang-en').click();
    const title = page.getByTestId('node-panel-title');
    await expect
      .poll(() => title.textContent(), { timeout: 10_000 })
      .toBe('Composting in the #CodeSocial approach');
    await expect.poll(() => page.getByTestId('legend').textContent()).toContain('Seed');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(artifacts, 'e2e-english.png') });
  });
});
