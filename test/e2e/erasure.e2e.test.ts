// End-to-end test of erasing in Chromium, in French, on the demo landscape: an admin erases a question from
// its panel at 1440×900 (« Effacer définitivement », a reason, and the node leaves the map and the API),
// and a member erases their own account from their name in the header at 390×844 (the choice of what
// becomes of their contributions, their password) and is a visitor afterwards, unable to log in again.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_EMAILS } from '../support/database';
import { type E2E, startE2E } from '../support/e2e';
import { registerInBrowser } from '../support/e2e-auth';
import { openNode, pageApi, poll } from '../support/e2e-contribute';
import { headerTool } from '../support/e2e-header';

const QUESTION = 'q-proximite';

describe.each([
  { label: 'desktop', viewport: { width: 1440, height: 900 } },
  { label: 'phone', viewport: { width: 390, height: 844 } },
])('erasing at $label', ({ label, viewport }) => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({ viewport });
    await e2e.openMap();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await e2e.screenshot(`erasure-${label}-failed`, 0);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('an admin erases a question for good from its panel', async () => {
    const { page } = e2e;
    await registerInBrowser(page, { name: 'Marie Curie', email: TEST_ADMIN_EMAILS[0] });
    await openNode(e2e, 'proximité questionne', QUESTION);
    await page.getByTestId('erase-button').click();
    const dialog = page.getByTestId('erase-node-dialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('confirm-erase').isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('erase-reason').fill('Données personnelles publiées par erreur');
    await e2e.screenshot(`erasure-node-${label}`);
    await dialog.getByTestId('confirm-erase').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await poll(async () => (await pageApi(e2e, 'GET', `/api/nodes/${QUESTION}`)).status).toBe(404);
    // off the map: the panel closes and the search no longer finds it
    await page.getByTestId('search-input').fill('proximité questionne');
    await page.waitForTimeout(800);
    await expect(
      page.locator(`[data-testid="search-hit"][data-node-id="${QUESTION}"]`).count(),
    ).resolves.toBe(0);
    const history = await pageApi(e2e, 'GET', '/api/history/mine');
    const actions = (history.body as { events: { action: string }[] }).events.map((e) => e.action);
    expect(actions).toContain('node.erase');
    // log the admin out for the next test
    await (await headerTool(page, 'logout-button')).click();
    await page
      .getByTestId('account-menu')
      .and(page.locator('[data-state="visitor"]'))
      .waitFor({ state: 'attached' });
  });

  it('a member erases their own account from their name, and is a visitor after it', async () => {
    const { page } = e2e;
    const account = await registerInBrowser(page, { name: `Léa Erase ${label}` });
    await (await headerTool(page, 'account-name')).click();
    const dialog = page.getByTestId('erase-account-dialog');
    await dialog.waitFor();
    await expect(dialog.getByText(`Connecté·e en tant que ${account.name}.`).count()).resolves.toBe(1);
    await dialog.locator('[data-testid="erase-choice"][data-choice="keep"]').check();
    await dialog.getByTestId('erase-password').fill('pas le bon');
    await dialog.getByTestId('confirm-erase-account').click();
    await dialog
      .getByText('Ce n’est pas votre mot de passe : rien n’a été effacé.')
      .waitFor({ timeout: 15_000 });
    await dialog.getByTestId('erase-password').fill(account.password);
    await e2e.screenshot(`erasure-account-${label}`);
    await dialog.getByTestId('confirm-erase-account').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await page
      .getByTestId('account-menu')
      .and(page.locator('[data-state="visitor"]'))
      .waitFor({ state: 'attached', timeout: 15_000 });
    const login = await pageApi(e2e, 'POST', '/api/auth/login', {
      data: { email: account.email, password: account.password },
    });
    expect(login.status).toBe(401);
  });
});
