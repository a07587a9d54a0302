// End-to-end test of accounts in Chromium: register (validation errors next to each field first), see
// your name in the header, stay logged in across a reload, log out, a wrong password's translated error,
// log in again; the dialog is a labelled modal that keeps focus inside and closes with Escape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../support/e2e';
import {
  type BrowserAccount,
  E2E_PASSWORD,
  logInInBrowser,
  logOutInBrowser,
  registerInBrowser,
  waitForMember,
} from '../support/e2e-auth';
import { insertGraph } from '../support/graph-fixture';

let e2e: E2E;
let account: BrowserAccount;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

describe('accounts in the browser', () => {
  it('shows each invalid field its own translated error, then registers', async () => {
    const { page } = e2e;
    await e2e.openMap();
    await page.getByTestId('account-menu').and(page.locator('[data-state="visitor"]')).waitFor();
    await page.getByTestId('register-button').click();
    const dialog = page.getByRole('dialog', { name: 'Créer un compte' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    await dialog.getByTestId('auth-email').fill('pas-un-courriel');
    await dialog.getByTestId('auth-password').fill('court');
    await dialog.getByTestId('auth-submit').click();
    const errors = dialog.getByTestId('field-error');
    await expect.poll(() => errors.count(), { timeout: 10_000 }).toBe(3);
    expect(await dialog.locator('[data-testid="field-error"][data-field="name"]').textContent()).toBe(
      'Indiquez votre nom (120 caractères au plus).',
    );
    expect(await dialog.locator('[data-testid="field-error"][data-field="email"]').textContent()).toBe(
      'Indiquez une adresse de courriel valide.',
    );
    expect(await dialog.locator('[data-testid="field-error"][data-field="password"]').textContent()).toBe(
      'Le mot de passe doit avoir au moins 10 caractères.',
    );
    expect(await dialog.getByTestId('auth-email').getAttribute('aria-invalid')).toBe('true');
    await e2e.screenshot('auth-register-errors');
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await dialog.waitFor({ state: 'hidden' });

    account = await registerInBrowser(page, { name: 'Camille Semeuse' });
    expect(await page.getByTestId('account-name').textContent()).toBe('Camille Semeuse');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await e2e.screenshot('auth-registered');
  });

  it('stays logged in across a reload', async () => {
    await e2e.openMap();
    await waitForMember(e2e.page, 'Camille Semeuse');
  });

  it('logs out, keeps focus inside the dialog, closes it with Escape (the selection stays)', async () => {
    const { page } = e2e;
    await logOutInBrowser(page);
    await e2e.openMap('/?n=seed-compostage');
    await page.getByTestId('node-panel').waitFor();
    await page.getByTestId('login-button').click();
    const dialog = page.getByRole('dialog', { name: 'Se connecter' });
    await dialog.waitFor();
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    const inside = await page.evaluate(() =>
      Boolean(document.activeElement?.closest('[data-testid="contribute-dialog"]')),
    );
    expect(inside).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('node-panel').isVisible()).toBe(true);
    await e2e.screenshot('auth-logged-out');
  });

  it('says a wrong password next to the form, in French then English, and logs in with the right one', async () => {
    const { page } = e2e;
    await page.getByTestId('login-button').click();
    const dialog = page.getByTestId('contribute-dialog');
    await dialog.getByTestId('auth-email').fill(account.email);
    await dialog.getByTestId('auth-password').fill('pas le bon mot de passe');
    await dialog.getByTestId('auth-submit').click();
    const error = dialog.getByTestId('auth-error');
    await expect
      .poll(() => error.textContent(), { timeout: 10_000 })
      .toBe('Courriel ou mot de passe incorrect.');
    await e2e.screenshot('auth-wrong-password');
    // Focus stayed in the dialog through the failed attempt: Escape closes it, the selection stays.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('node-panel').isVisible()).toBe(true);

    await page.getByTestId('lang-en').click();
    await page.getByTestId('login-button').click();
    // A field error in English, next to its field, which it describes
    await dialog.getByTestId('auth-email').fill('not-an-email');
    await dialog.getByTestId('auth-password').fill('still not the password');
    await dialog.getByTestId('auth-submit').click();
    const emailError = dialog.locator('[data-testid="field-error"][data-field="email"]');
    await expect
      .poll(() => emailError.textContent(), { timeout: 10_000 })
      .toBe('Give a valid email address.');
    const emailInput = dialog.getByTestId('auth-email');
    expect(await emailInput.getAttribute('aria-invalid')).toBe('true');
    expect(await emailInput.getAttribute('aria-describedby')).toBe(await emailError.getAttribute('id'));
    await e2e.screenshot('auth-field-error-en');
    await dialog.getByTestId('auth-email').fill(account.email);
    await dialog.getByTestId('auth-password').fill('still not the password');
    await dialog.getByTestId('auth-submit').click();
    await expect.poll(() => error.textContent(), { timeout: 10_000 }).toBe('Wrong email or password.');
    await logInInBrowser(page, { email: account.email, password: E2E_PASSWORD }, { dialogOpen: true });
    await waitForMember(page, 'Camille Semeuse');
    expect(await page.getByTestId('logout-button').textContent()).toBe('Log out');
    await e2e.screenshot('auth-logged-in-en');
  });

  it('shows members-only nodes once logged in, and hides them again after logging out', async () => {
    const { page } = e2e;
    await insertGraph(e2e.db, [
      {
        id: 'q-members-only',
        kind: 'Question',
        title: 'Question réservée aux membres ?',
        visibility: 'members',
      },
    ]);
    const onMap = () =>
      page.evaluate(() =>
        (window as unknown as { __semis: { graph: { hasNode(id: string): boolean } } }).__semis.graph.hasNode(
          'q-members-only',
        ),
      );
    await logOutInBrowser(page);
    await page.locator('[data-testid="landscape"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await onMap()).toBe(false);
    await logInInBrowser(page, { email: account.email, password: E2E_PASSWORD });
    await expect.poll(onMap, { timeout: 15_000 }).toBe(true);
    await logOutInBrowser(page);
    await expect.poll(onMap, { timeout: 15_000 }).toBe(false);
  });
});
