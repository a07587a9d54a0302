// End-to-end test of activity in Chromium on the demo landscape, in French: a member registers, opens
// « Activité » from the header, follows a question from its panel (« Suivre »), another person takes
// a stance on that question through the API, and the header's inbox badge shows 1; the inbox lists the change,
// choosing it selects the question on the map and marks it read. Then the same drawer on a phone
// (390 × 844), reached from the header's « Menu ». Screenshots at 1440 × 900 and 390 × 844.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/auth';
import { type E2E, skipWelcome, startE2E } from '../support/e2e';
import { registerInBrowser } from '../support/e2e-auth';
import { openNode, pageApi, poll } from '../support/e2e-contribute';
import { headerTool } from '../support/e2e-header';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ viewport: { width: 1440, height: 900 } });
  await e2e.openMap();
}, 120_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await e2e.screenshot(`activity-failed-${context.task.name.slice(0, 24).replace(/\W+/g, '-')}`, 0);
});

afterAll(async () => {
  await e2e?.close();
});

const QUESTION = 'q-proximite';

/** Another person, through the API only: registers, then takes a stance. */
async function otherPerson(name: string) {
  const { browser, baseUrl } = e2e;
  const context = await browser.newContext();
  await context.request.get(new URL('/api/auth/me', baseUrl).href);
  const csrf = async () =>
    decodeURIComponent((await context.cookies(baseUrl)).find((c) => c.name === CSRF_COOKIE)?.value ?? '');
  const registered = await context.request.post(new URL('/api/auth/register', baseUrl).href, {
    headers: { Origin: baseUrl, [CSRF_HEADER]: await csrf() },
    data: { name, email: `${name.toLowerCase()}@semis.test`, password: 'une graine, dix questions' },
  });
  expect(registered.status()).toBe(201);
  const person = (await registered.json()).person.id as string;
  return {
    /** Takes a stance on a question (any member may, from their own person). */
    async takeStance(question: string) {
      const response = await context.request.post(new URL('/api/links', baseUrl).href, {
        data: {
          source: person,
          target: question,
          relation: 'TAKES_STANCE',
          properties: { stance: 'supports' },
        },
        headers: { Origin: baseUrl, [CSRF_HEADER]: await csrf() },
      });
      return response.status();
    },
    close: () => context.close(),
  };
}

describe('activity, following and the inbox', () => {
  it('a member follows a question, another person changes it, the badge shows 1', async () => {
    const { page } = e2e;
    await registerInBrowser(page, { name: 'Camille' });
    // the landscape's feed for a member: three tabs
    await (await headerTool(page, 'activity-button')).click();
    const panel = page.getByTestId('activity-panel');
    await panel.waitFor();
    for (const tab of ['landscape', 'following', 'inbox'])
      await panel.getByTestId(`activity-tab-${tab}`).waitFor();
    await panel.getByTestId('activity-list').or(panel.getByTestId('activity-empty')).first().waitFor();
    await e2e.screenshot('activity-desktop-feed');
    await panel.getByTestId('activity-close').click();
    await panel.waitFor({ state: 'detached' });

    // follow the question from its panel
    await openNode(e2e, 'proximité', QUESTION);
    const toggle = page.getByTestId('follow-toggle');
    await toggle.waitFor();
    expect(await toggle.textContent()).toBe('Suivre');
    await toggle.click();
    await poll(() => toggle.getAttribute('data-following')).toBe('true');
    expect(await toggle.textContent()).toBe('Ne plus suivre');
    const follows = await pageApi(e2e, 'GET', '/api/follows');
    expect((follows.body as { follows: { nodeId: string }[] }).follows.map((f) => f.nodeId)).toEqual([
      QUESTION,
    ]);

    // another person changes it; the badge says 1 (the header asks every 15 s and when the page shows)
    const other = await otherPerson('Dominique');
    expect(await other.takeStance(QUESTION)).toBe(201);
    await other.close();
    const badge = page.getByTestId('inbox-badge');
    await badge.waitFor({ timeout: 30_000 });
    expect(await badge.textContent()).toBe('1');
    await e2e.screenshot('activity-desktop-badge');

    // the inbox lists it, unread; choosing it selects the question and marks it read
    await (await headerTool(page, 'activity-button')).click();
    await panel.getByTestId('activity-tab-inbox').click();
    const item = panel.locator(
      '[data-testid="activity-list"][data-tab="inbox"] [data-testid="activity-item"]',
    );
    await poll(() => item.count()).toBe(1);
    expect(await item.getAttribute('data-read')).toBe('false');
    expect(await item.getAttribute('data-node-id')).toBe(QUESTION);
    expect(await item.textContent()).toContain('Dominique a ajouté un lien');
    await e2e.screenshot('activity-desktop-inbox');
    await item.locator('button').click();
    await poll(() => item.getAttribute('data-read')).toBe('true');
    await page.locator(`[data-testid="node-panel"][data-node-id="${QUESTION}"]`).waitFor();
    await badge.waitFor({ state: 'detached', timeout: 10_000 });
    const unread = await pageApi(e2e, 'GET', '/api/inbox/unread');
    expect(unread.body).toEqual({ unread: 0 });

    // the header fits on one row at 1440 × 900, the drawer below it
    const header = await page.locator('header.header').boundingBox();
    expect(header?.height ?? 999).toBeLessThanOrEqual(80);
    expect(await page.getByTestId('header-menu-toggle').isVisible()).toBe(false);
  });

  it('on a phone the drawer is reached from the menu and fits the screen', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await skipWelcome(page);
    try {
      await page.goto(e2e.baseUrl);
      await page
        .getByTestId('landscape')
        .and(page.locator('[data-ready="true"]'))
        .waitFor({ timeout: 30_000 });
      await registerInBrowser(page, { name: 'Sacha' });
      await (await headerTool(page, 'activity-button')).click();
      const panel = page.getByTestId('activity-panel');
      await panel.waitFor();
      await panel.getByTestId('activity-list').or(panel.getByTestId('activity-empty')).first().waitFor();
      const box = await panel.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 390.5).toBe(true);
      // the three tabs fit the width
      const tabs = await panel.locator('[role="tablist"]').boundingBox();
      expect((tabs?.width ?? 999) <= 390).toBe(true);
      await page.waitForTimeout(500);
      await page.screenshot({ path: 'test-artifacts/e2e-activity-phone.png' });
      // the menu with the « Activité » entry
      await panel.getByTestId('activity-close').click();
      await headerTool(page, 'activity-button');
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'test-artifacts/e2e-activity-phone-menu.png' });
    } finally {
      await context.close();
    }
  });
});
