// End-to-end test of the ask flow in Chromium: register, open "Poser une question" from the header, type
// a question close to a demo one, see the suggestions with their reasons and the duplicate warning, pick
// a relation, ask: the new question is on the map, selected, its panel shows the link; then grow a seed
// from it through the panel's prompt, and the seed is selected with its question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../support/e2e';
import { registerInBrowser } from '../support/e2e-auth';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const NEW_QUESTION = 'Quel monde laisserons-nous à nos petits-enfants ?';
const DEMO_QUESTION = 'q-monde-enfants';

describe('ask a question and grow a seed', () => {
  it('suggests close questions with reasons, warns of a likely duplicate, asks with a relation', {
    timeout: 90_000,
  }, async () => {
    const { page } = e2e;
    await e2e.openMap();
    await registerInBrowser(page, { name: 'Camille Questionneuse' });

    await page.getByTestId('ask-button').click();
    const dialog = page.getByRole('dialog', { name: 'Poser une question' });
    await dialog.waitFor();
    await dialog.getByTestId('ask-title').pressSequentially(NEW_QUESTION, { delay: 15 });

    const warning = dialog.getByTestId('ask-duplicate-warning');
    await warning.waitFor({ timeout: 10_000 });
    expect(await warning.getAttribute('data-id')).toBe(DEMO_QUESTION);
    expect(await warning.textContent()).toContain('Cette question existe peut-être déjà');
    expect(await warning.getByTestId('ask-join').textContent()).toBe('Rejoindre cette question');

    const demo = dialog.locator(`[data-testid="ask-suggestion"][data-id="${DEMO_QUESTION}"]`);
    expect(await demo.getAttribute('data-duplicate')).toBe('true');
    expect(await demo.getByTestId('ask-reasons').textContent()).toMatch(
      /^formulation proche · proximité \d+\u00a0%$/,
    );
    expect(await dialog.getByTestId('ask-suggestion').count()).toBeGreaterThan(1);
    await e2e.screenshot('ask-suggestions');

    await demo.getByTestId('ask-relation').selectOption('REFINES');
    expect(await dialog.getByTestId('ask-submit').textContent()).toBe('Poser la question (1\u00a0lien)');
    await dialog.getByTestId('ask-submit').click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });

    const title = page.getByTestId('node-panel-title');
    await expect.poll(() => title.textContent(), { timeout: 15_000 }).toBe(NEW_QUESTION);
    const panel = page.getByTestId('node-panel');
    await panel.locator(`[data-testid="panel-neighbour"][data-node-id="${DEMO_QUESTION}"]`).waitFor();
    expect(await panel.textContent()).toContain('Précise');
    const onMap = await page.evaluate((label) => {
      const { graph } = (
        window as unknown as {
          __semis: {
            graph: { findNode(f: (n: string, a: { label: string }) => boolean): string | undefined };
          };
        }
      ).__semis;
      return graph.findNode((_n, a) => a.label === label) ?? null;
    }, NEW_QUESTION);
    expect(onMap).not.toBeNull();
    expect(page.url()).toContain(encodeURIComponent(onMap as string));
    await e2e.screenshot('ask-created');
  });

  it('grows a seed from the new question', { timeout: 90_000 }, async () => {
    const { page } = e2e;
    const panel = page.getByTestId('node-panel');
    await panel.locator('[data-testid="maieutic-prompt"][data-action="grow-seed"]').click();
    const dialog = page.getByRole('dialog', { name: 'Faire germer une graine' });
    await dialog.waitFor();
    await dialog.getByText(`Depuis la question «\u00a0${NEW_QUESTION}\u00a0»`).waitFor();
    await dialog.getByTestId('grow-submit').click();
    await dialog.locator('[data-testid="field-error"][data-field="title"]').waitFor();
    await dialog.getByTestId('grow-title').fill('Lettres aux générations futures');
    await dialog.getByTestId('grow-summary').fill('Écrire ensemble ce que nous voulons transmettre.');
    await e2e.screenshot('ask-grow-dialog');
    await dialog.getByTestId('grow-submit').click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    const title = page.getByTestId('node-panel-title');
    await expect.poll(() => title.textContent(), { timeout: 15_000 }).toBe('Lettres aux générations futures');
    await panel.getByTestId('panel-neighbour').filter({ hasText: NEW_QUESTION }).waitFor();
    expect(await panel.textContent()).toContain('Née de la question');
    await panel.getByTestId('panel-neighbour').filter({ hasText: 'Camille Questionneuse' }).waitFor();
    await e2e.screenshot('ask-seed-grown');
  });
});
