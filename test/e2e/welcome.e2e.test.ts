// The first-visit welcome (issue 11 §3) in Chromium, at a desktop and a phone size: a new visitor sees
// it (French first), inside the viewport; dismissed, it is remembered — a reload does not bring it back;
// the header's « Bienvenue » entry (behind « Menu » on a phone) opens it again, and Escape closes it. An
// English browser gets it in English. Screenshots: test-artifacts/e2e-welcome-<size>-<step>.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, type E2E, startE2E, WELCOME_SEEN } from '../support/e2e';
import { headerTool } from '../support/e2e-header';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const soon = { timeout: 10_000 };

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ welcome: true });
});

afterAll(async () => {
  await e2e?.close();
});

/** A fresh browser context (nothing remembered), at `size`, on the map once it is drawn. */
async function firstVisit(size: { width: number; height: number }, locale = 'fr-FR') {
  const context = await e2e.browser.newContext({ viewport: size, locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(e2e.baseUrl);
  await page.locator('[data-testid="landscape"][data-ready="true"]').waitFor({ timeout: 20_000 });
  return { page, errors, close: () => context.close() };
}

/** Whether the element is wholly inside the viewport. */
async function inViewport(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= viewport.width + 0.5 &&
    box.y + box.height <= viewport.height + 0.5
  );
}

const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(artifacts, `e2e-welcome-${name}.png`) });
};

describe('the first-visit welcome', () => {
  for (const size of SIZES) {
    it(`greets a new visitor, is dismissed and remembered, and comes back from the header (${size.name})`, async () => {
      const { page, errors, close } = await firstVisit(size);
      try {
        const welcome = page.getByRole('dialog', { name: 'Bienvenue dans Semis' });
        await welcome.waitFor(soon);
        expect(await welcome.textContent()).toContain('Une graine est');
        for (const way of ['Explorer', 'Poser une question', 'Rejoindre'])
          expect(await welcome.locator('li').allTextContents()).toEqual(
            expect.arrayContaining([expect.stringContaining(way)]),
          );
        expect(await inViewport(page, 'welcome')).toBe(true);
        expect(await inViewport(page, 'welcome-dismiss')).toBe(true);
        await shot(page, `${size.name}-first-visit`);

        await page.getByTestId('welcome-dismiss').click();
        await expect.poll(() => welcome.isVisible(), soon).toBe(false);
        expect(await page.evaluate((key) => localStorage.getItem(key), WELCOME_SEEN.key)).toBe(
          WELCOME_SEEN.value,
        );
        await shot(page, `${size.name}-dismissed`);

        await page.reload();
        await page.locator('[data-testid="landscape"][data-ready="true"]').waitFor({ timeout: 20_000 });
        await page.waitForTimeout(500); // time for a welcome to open, if it were to
        expect(await page.getByTestId('welcome').isVisible()).toBe(false);
        await shot(page, `${size.name}-reloaded`);

        // the header's entry opens it again (on a phone, inside the menu); Escape closes it
        const entry = await headerTool(page, 'welcome-button');
        expect(await inViewport(page, 'welcome-button')).toBe(true);
        await entry.click();
        await welcome.waitFor(soon);
        await shot(page, `${size.name}-reopened`);
        await page.keyboard.press('Escape');
        await expect.poll(() => welcome.isVisible(), soon).toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 60_000);
  }

  it('speaks English to an English browser, and its ask button opens the ask flow', async () => {
    const { page, close } = await firstVisit(SIZES[0], 'en-US');
    try {
      const welcome = page.getByRole('dialog', { name: 'Welcome to Semis' });
      await welcome.waitFor(soon);
      await shot(page, 'desktop-english');
      await page.getByTestId('welcome-ask').click();
      await expect.poll(() => welcome.isVisible(), soon).toBe(false);
      // a visitor is asked to log in first, then the question is asked
      await expect
        .poll(() => page.getByTestId('contribute-dialog').getAttribute('data-action'), soon)
        .not.toBe('');
      expect(await page.evaluate((key) => localStorage.getItem(key), WELCOME_SEEN.key)).toBe(
        WELCOME_SEEN.value,
      );
    } finally {
      await close();
    }
  }, 60_000);
});
