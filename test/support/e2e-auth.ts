// Accounts in the browser, through the UI as a person would: register, log in and log out from the
// header's account menu. Use after `openMap()` (the page must be loaded).
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { headerTool } from './e2e-header';

export interface BrowserAccount {
  name: string;
  email: string;
  password: string;
}

export const E2E_PASSWORD = 'une graine, dix questions';

const menu = (page: Page) => page.getByTestId('account-menu');

async function fillAndSubmit(page: Page, fields: Partial<BrowserAccount>): Promise<void> {
  const dialog = page.getByTestId('contribute-dialog');
  if (fields.name !== undefined) await dialog.getByTestId('auth-name').fill(fields.name);
  if (fields.email !== undefined) await dialog.getByTestId('auth-email').fill(fields.email);
  if (fields.password !== undefined) await dialog.getByTestId('auth-password').fill(fields.password);
  await dialog.getByTestId('auth-submit').click();
}

/** Waits until the header shows the member `name` (logged in) and the landscape is drawn again. */
export async function waitForMember(page: Page, name: string): Promise<void> {
  await menu(page).and(page.locator('[data-state="member"]')).waitFor({ state: 'attached', timeout: 15_000 }); // in the closed menu on a phone
  // attached, not visible: on a phone the account's name is in the header's closed menu
  await page
    .getByTestId('account-name')
    .filter({ hasText: name })
    .waitFor({ state: 'attached', timeout: 5_000 });
  // logging in loads the landscape again (what the reader may see changed): wait for it to be drawn
  await page.locator('[data-testid="landscape"][data-ready="true"]').waitFor({ timeout: 30_000 });
}

/** Registers through the "create an account" dialog and waits until the header shows the name. */
export async function registerInBrowser(
  page: Page,
  account: { name: string; email?: string; password?: string },
): Promise<BrowserAccount> {
  const full: BrowserAccount = {
    name: account.name,
    email: account.email ?? `e2e-${randomUUID()}@semis.test`,
    password: account.password ?? E2E_PASSWORD,
  };
  await (await headerTool(page, 'register-button')).click();
  await fillAndSubmit(page, full);
  await waitForMember(page, full.name);
  return full;
}

/**
 * Logs in through the login dialog (opened from the header unless `dialogOpen`, e.g. when an action sent
 * the visitor there) and waits until the header shows a member.
 */
export async function logInInBrowser(
  page: Page,
  account: { email: string; password?: string },
  options: { dialogOpen?: boolean } = {},
): Promise<void> {
  if (!options.dialogOpen) await (await headerTool(page, 'login-button')).click();
  await fillAndSubmit(page, { email: account.email, password: account.password ?? E2E_PASSWORD });
  await menu(page).and(page.locator('[data-state="member"]')).waitFor({ state: 'attached', timeout: 15_000 }); // in the closed menu on a phone
}

/** Logs out from the header and waits until it offers to log in again. */
export async function logOutInBrowser(page: Page): Promise<void> {
  await (await headerTool(page, 'logout-button')).click();
  await page.getByTestId('login-button').waitFor({ timeout: 15_000 });
}
