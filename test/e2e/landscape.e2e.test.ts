// End-to-end test in a real Chromium (Debian's, driven by playwright-core): open Semis on the demo
// landscape, wait for the map, search "compostage", pick the seed and read its panel, switch to
// English. Screenshots are kept in test-artifacts/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoLandscape } from '../../seeds-data/demo-file';
import { type E2E, startE2E } from '../support/e2e';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

describe('the landscape page', () => {
  it('shows the whole demo landscape with a legend', async () => {
    const { page } = e2e;
    await e2e.openMap();
    const map = page.getByTestId('landscape');
    expect(Number(await map.getAttribute('data-node-count'))).toBe(readDemoLandscape().nodes.length);
    await expect.poll(() => page.getByTestId('legend').textContent()).toContain('Graine');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await e2e.screenshot('landscape'); // after sigma has finished drawing labels
  });

  it('searches "compostage" and opens the seed in the side panel', async () => {
    const { page } = e2e;
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
    await e2e.screenshot('search-compostage', 800); // after the camera animation
  });

  it('switches to English, labels and panel included', async () => {
    const { page } = e2e;
    await page.getByTestId('lang-en').click();
    const title = page.getByTestId('node-panel-title');
    await expect
      .poll(() => title.textContent(), { timeout: 10_000 })
      .toBe('Composting in the #CodeSocial approach');
    await expect.poll(() => page.getByTestId('legend').textContent()).toContain('Seed');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await e2e.screenshot('english');
  });
});
