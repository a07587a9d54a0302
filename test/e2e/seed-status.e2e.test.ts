// End-to-end test, in a real Chromium on the demo landscape: a member grows a seed from a question
// someone else asked; the question's history then says that Semis itself made it `seeded` (in French, then
// in English), the status values in words, with no Revert for this member, who may not edit the question.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/auth';
import { type E2E, startE2E } from '../support/e2e';
import { registerInBrowser } from '../support/e2e-auth';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ viewport: { width: 1280, height: 900 } });
  await e2e.openMap();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await e2e.screenshot(`seed-status-failed-${context.task.name.slice(0, 24).replace(/\W+/g, '-')}`, 0);
});

afterAll(async () => {
  await e2e?.close();
});

const QUESTION = 'q-enfants-nature';
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

/** A POST as the page's own session (same cookies), as the grow dialog would send it. */
async function post(url: string, data: unknown) {
  const { page, baseUrl } = e2e;
  const csrf = (await page.context().cookies(baseUrl)).find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  const response = await page.request.post(new URL(url, baseUrl).href, {
    data,
    headers: { Origin: baseUrl, [CSRF_HEADER]: decodeURIComponent(csrf) },
  });
  return response.status();
}

async function openHistory() {
  const { page } = e2e;
  await page.getByTestId('search-input').fill('enfants nature');
  const hit = page.locator(`[data-testid="search-hit"][data-node-id="${QUESTION}"]`);
  await hit.waitFor({ timeout: 10_000 });
  await hit.click();
  await page.locator(`[data-testid="node-panel"][data-node-id="${QUESTION}"]`).waitFor();
  await page.getByTestId('history-button').click();
  const history = page.getByTestId('history-dialog');
  await history.getByTestId('history-event').first().waitFor();
  return history;
}

describe('a question a seed grew from', () => {
  it('shows in its history that Semis made it seeded, with no Revert for the grower', async () => {
    const { page } = e2e;
    await registerInBrowser(page, { name: 'Jardinier Essai' });
    expect(await post('/api/seeds', { question: QUESTION, title: 'Des enfants dehors' })).toBe(201);

    const history = await openHistory();
    const newest = history.getByTestId('history-event').first();
    expect(await newest.getAttribute('data-action')).toBe('node.edit');
    expect(await newest.locator('.history__what').textContent()).toBe('Semis a modifié le statut');
    expect(await newest.locator('.history__changes').textContent()).toBe('Statut\u00a0: ouverte → a germé');
    // not mine, and I may not edit the question: nothing to revert here
    expect(await newest.getByTestId('revert-button').count()).toBe(0);
    await e2e.screenshot('seed-status-history-fr');
  }, 90_000);

  it('says the same in English', async () => {
    const { page } = e2e;
    const dialog = page.getByTestId('contribute-dialog');
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await page.getByTestId('history-dialog').waitFor({ state: 'detached' });

    await page.getByTestId('lang-en').click();
    const english = await openHistory();
    const first = english.getByTestId('history-event').first();
    await poll(() => first.locator('.history__what').textContent()).toBe('Semis changed the status');
    expect(await first.locator('.history__changes').textContent()).toBe('Status: open → seeded');
    await e2e.screenshot('seed-status-history-en');
  }, 90_000);
});
