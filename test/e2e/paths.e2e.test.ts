// End-to-end test of "how is A connected to B?" in a real Chromium on the demo landscape: pick Mathieu
// Coste, then the question on past experiences (3 steps apart in landscape.json: he is an author of
// #CodeSocial, the compost seed derives from #CodeSocial and grows from that question), read the steps,
// see the path on the map; switch between two equally short paths, in French then English; ask with
// too few steps; close.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATH_EDGE_COLOR, PATH_EDGE_SIZE } from '../../client/src/map/sigma/path-display';
import { shortLabel } from '../../client/src/map/sigma/reducers';
import { demoLinkId } from '../../seeds-data/loader';
import { type E2E, startE2E } from '../support/e2e';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
  await e2e.openMap();
});

afterAll(async () => {
  await e2e?.close();
});

const MATHIEU = 'Mathieu Coste';
const CODESOCIAL = 'La démarche #CodeSocial';
const COMPOST = 'Le compostage dans la démarche #CodeSocial';
const PAST =
  'Comment transformer nos expériences passées en ressources fertiles pour le présent et le futur ?';
const REHABITER = 'Comment « ré-habiter » les lieux de proximité et le quotidien d’une énergie positive ?';
const SENS = 'Comment qualifier l’action et lui donner du sens ?';
const SMILE = 'La Révolution du Sourire';
const REHABITER_EN = 'How can we “re-inhabit” our local places and everyday life with positive energy?';

/** Selects a node by searching `query` and picking the hit titled `title`. */
async function selectBySearch(page: Page, query: string, title: string) {
  await page.getByTestId('search-input').fill(query);
  const hit = page.getByTestId('search-hit').filter({ hasText: title });
  await hit.first().waitFor({ timeout: 10_000 });
  await hit.first().click();
  await expect
    .poll(() => page.getByTestId('node-panel-title').textContent(), { timeout: 10_000 })
    .toBe(title);
}

const texts = (page: Page, testId: string) => page.getByTestId(testId).allTextContents();
const quoted = (source: string, relation: string, target: string) =>
  `«\u00a0${shortLabel(source, 48)}\u00a0» ${relation} «\u00a0${shortLabel(target, 48)}\u00a0»`;

/** What sigma draws for a node or an edge, after the reducers. */
const drawn = (page: Page, kind: 'node' | 'edge', key: string) =>
  page.evaluate(
    ([kind, key]) => {
      const sigma = window.__semis?.sigma;
      const data = kind === 'node' ? sigma?.getNodeDisplayData(key) : sigma?.getEdgeDisplayData(key);
      return data ? { color: data.color, size: data.size } : null;
    },
    [kind, key] as const,
  );

/** Where the map shows the nodes, in pixels of the map (after the camera has moved). */
const positions = (page: Page, ids: string[]) =>
  page.evaluate((ids) => {
    const sigma = window.__semis?.sigma;
    if (!sigma) return null;
    const { width, height } = sigma.getDimensions();
    const points = ids.map((id) => {
      const data = sigma.getNodeDisplayData(id);
      return data ? sigma.framedGraphToViewport(data) : null;
    });
    return { width, height, points };
  }, ids);

describe('paths between two nodes', () => {
  it('shows the shortest path from Mathieu Coste to the question on past experiences, step by step', async () => {
    const { page } = e2e;
    await selectBySearch(page, 'Mathieu Coste', MATHIEU);
    expect(await page.getByTestId('path-to').count()).toBe(0);
    await page.getByTestId('path-from').click();
    const box = page.getByTestId('path-box');
    await box.waitFor();
    expect(await page.getByTestId('path-start').textContent()).toBe(MATHIEU);
    expect(await box.textContent()).toContain('Choisissez un autre nœud');

    await selectBySearch(page, 'expériences passées', PAST);
    await page.getByTestId('path-to').click();
    await expect
      .poll(() => texts(page, 'path-node'), { timeout: 10_000 })
      .toEqual([MATHIEU, CODESOCIAL, COMPOST, PAST]);
    expect(await texts(page, 'path-step')).toEqual([
      quoted(MATHIEU, 'a un rôle dans', CODESOCIAL),
      quoted(COMPOST, 'dérivée de', CODESOCIAL),
      quoted(COMPOST, 'germe de', PAST),
    ]);
    expect(await page.getByTestId('path-end').textContent()).toBe(PAST);
    expect(await box.textContent()).toContain('Le plus court chemin compte 3 étapes.');
    expect(await page.getByTestId('path-choice').count()).toBe(0);

    // On the map: the path's relationships drawn thick, its nodes in colour, the rest faded.
    const derived = demoLinkId('seed-compostage', 'DERIVED_FROM', 'seed-codesocial');
    expect(await drawn(page, 'edge', derived)).toMatchObject({ size: 3, color: '#1f2933' });
    expect(await drawn(page, 'node', 'seed-compostage')).toMatchObject({ color: '#009E73' });
    expect(await drawn(page, 'node', 'q-rehabiter')).toMatchObject({ color: '#e4e7eb' });
    // The camera frames the whole path beside the box (which covers the map's left 392 px).
    await page.waitForTimeout(800);
    const shown = await positions(page, [
      'person-mathieu-coste',
      'seed-codesocial',
      'seed-compostage',
      'q-experiences-passees',
    ]);
    for (const point of shown?.points ?? [null]) {
      expect(point?.x).toBeGreaterThan(392);
      expect(point?.x).toBeLessThan((shown?.width ?? 0) - 150); // room for the label
      expect(point?.y).toBeGreaterThan(0);
      expect(point?.y).toBeLessThan(shown?.height ?? 0);
    }
    await e2e.screenshot('paths');

    // A node of the path selects it.
    await page.getByTestId('path-node').filter({ hasText: COMPOST }).click();
    await expect.poll(() => page.getByTestId('node-panel-title').textContent()).toBe(COMPOST);
  });

  it('switches between two equally short paths', async () => {
    const { page } = e2e;
    await page.getByTestId('path-node').filter({ hasText: MATHIEU }).click();
    await expect.poll(() => page.getByTestId('node-panel-title').textContent()).toBe(MATHIEU);
    await page.getByTestId('path-from').click();
    expect(await page.getByTestId('path-node').count()).toBe(0);
    await selectBySearch(page, 'lieux de proximité', REHABITER);
    await page.getByTestId('path-to').click();
    // Ordered by node ids: q-sens-action comes before seed-revolution-du-sourire.
    await expect
      .poll(() => texts(page, 'path-node'), { timeout: 10_000 })
      .toEqual([MATHIEU, SENS, REHABITER]);
    expect(await texts(page, 'path-step')).toEqual([
      quoted(MATHIEU, 'a posé', SENS),
      quoted(REHABITER, 'précise', SENS),
    ]);
    const choices = page.getByTestId('path-choice');
    expect(await choices.allTextContents()).toEqual(['1', '2']);
    expect(await choices.nth(0).getAttribute('aria-pressed')).toBe('true');
    await choices.nth(1).click();
    await expect.poll(() => texts(page, 'path-node')).toEqual([MATHIEU, SMILE, REHABITER]);
    const hasRole = demoLinkId('person-mathieu-coste', 'HAS_ROLE', 'seed-revolution-du-sourire', 'author');
    expect(await drawn(page, 'edge', hasRole)).toMatchObject({ size: 3 });
    expect(await texts(page, 'path-step')).toEqual([
      quoted(MATHIEU, 'a un rôle dans', SMILE),
      quoted(REHABITER, 'explorée dans', SMILE),
    ]);
    await e2e.screenshot('paths-choice');

    // In English, the same path (still the second one) is told again.
    await page.getByTestId('lang-en').click();
    await expect
      .poll(() => texts(page, 'path-node'), { timeout: 10_000 })
      .toEqual([MATHIEU, 'The Smile Revolution', REHABITER_EN]);
    expect(await texts(page, 'path-step')).toEqual([
      `“${MATHIEU}” has a role in “The Smile Revolution”`,
      `“${shortLabel(REHABITER_EN, 48)}” explored in “The Smile Revolution”`,
    ]);
    expect(await page.getByTestId('path-box').textContent()).toContain('The shortest path has 2 steps.');
    await page.getByTestId('lang-fr').click();
    await expect
      .poll(() => texts(page, 'path-node'), { timeout: 10_000 })
      .toEqual([MATHIEU, SMILE, REHABITER]);
  });

  it('says so when no path fits within the steps allowed, and closes', async () => {
    const { page } = e2e;
    await page.getByTestId('path-max').selectOption('1');
    const none = page.getByTestId('path-none');
    await none.waitFor({ timeout: 10_000 });
    expect(await none.textContent()).toBe(
      'Aucun chemin en 1 étape au plus.Augmentez le nombre d’étapes pour chercher plus loin.',
    );
    expect(await page.getByTestId('path-node').count()).toBe(0);
    // The path shown before is no longer drawn: its relationship is no longer thick and dark (it is back
    // to what the selection's focus draws for it).
    const hasRole = demoLinkId('person-mathieu-coste', 'HAS_ROLE', 'seed-revolution-du-sourire', 'author');
    expect(await drawn(page, 'edge', hasRole)).not.toMatchObject({
      color: PATH_EDGE_COLOR,
      size: PATH_EDGE_SIZE,
    });
    await e2e.screenshot('paths-none');

    await page.getByTestId('path-close').click();
    expect(await page.getByTestId('path-box').count()).toBe(0);
    expect(await page.getByTestId('path-to').count()).toBe(0);
  });

  it('closes the path box with Escape, keeping the selection; a second Escape clears the selection', async () => {
    const { page } = e2e;
    await page.getByTestId('path-from').click();
    await page.getByTestId('path-box').waitFor();
    const selected = await page.getByTestId('node-panel-title').textContent();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('path-box').count()).toBe(0);
    expect(await page.getByTestId('node-panel-title').textContent()).toBe(selected);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('node-panel').count()).toBe(0);
  });
});
