// End-to-end navigation in a real Chromium on the demo landscape: autocomplete grouped by kind, focus and
// Escape, expand / collapse, filters and their counter, the view restored from its URL, the embeddable
// view, the list view with the keyboard path and live region, and the language switch. One screenshot per
// flow in test-artifacts/ (e2e-nav-*.png).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDemoLandscape } from '../../seeds-data/demo-file';
import type { GraphPayload } from '../../shared/graph';
import { type E2E, skipWelcome, startE2E } from '../support/e2e';

let e2e: E2E;
const demo = readDemoLandscape();
const TOTAL = demo.nodes.length;
const demoCount = (predicate: (kind: string) => boolean) =>
  demo.nodes.filter((n) => predicate(n.node.kind)).length;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

beforeEach(async () => {
  // Each flow starts from a fresh page in French, nothing remembered.
  await e2e.page.evaluate(() => localStorage.clear()).catch(() => undefined);
});

const graphOrder = (page: Page) => page.evaluate(() => window.__semis?.graph.order ?? -1);
const counterText = (page: Page) => page.getByTestId('visible-count-text').textContent();
const liveText = (page: Page) => page.getByTestId('live-region').textContent();
const panelTitle = (page: Page) => page.getByTestId('node-panel-title').textContent();
const cameraState = (page: Page) => page.evaluate(() => window.__semis?.sigma.getCamera().getState());
const displayData = (page: Page, node: string) =>
  page.evaluate((id) => {
    const data = window.__semis?.sigma.getNodeDisplayData(id);
    return data ? { hidden: data.hidden, color: data.color, highlighted: data.highlighted } : null;
  }, node);
const getJson = async <T>(path: string): Promise<T> =>
  (await fetch(new URL(path, e2e.baseUrl))).json() as Promise<T>;

describe('search autocomplete', () => {
  it('shows hits grouped by kind as one types, and the keyboard picks one across the groups', async () => {
    const { page } = e2e;
    await e2e.openMap();
    await page.keyboard.press('Tab'); // the first stop of the page is the search box
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search-input',
    );
    await page.keyboard.type('graine', { delay: 60 });
    const groups = page.getByTestId('search-group');
    await expect.poll(() => groups.count(), { timeout: 10_000 }).toBe(3);
    // The legend's order of kinds: questions, seeds, then resources, each under its heading.
    expect(await groups.evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))).toEqual([
      'Question',
      'Seed',
      'Resource',
    ]);
    expect(await page.locator('.search__group-title').allTextContents()).toEqual([
      'Questions',
      'Graines',
      'Ressources',
    ]);
    const hitIds = await page
      .getByTestId('search-hit')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id')));
    expect(hitIds).toEqual([
      'q-pourquoi-pas',
      'seed-graines-de-connaissance',
      'seed-36-photos',
      'res-bra-in-graines',
    ]);

    // Down three times: across the first group into the second seed; Up once: back to the first seed.
    const input = page.getByTestId('search-input');
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowDown'])
      await page.keyboard.press(key);
    const active = page.locator('[role="option"][aria-selected="true"]');
    expect(await active.getAttribute('data-node-id')).toBe('seed-36-photos');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await e2e.screenshot('nav-autocomplete', 200);

    await page.keyboard.press('Enter');
    const panel = page.getByTestId('node-panel');
    await expect.poll(() => panel.getAttribute('data-node-id')).toBe('seed-36-photos');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    // The camera flew there (closer than the overview) and the URL names the selection.
    await expect
      .poll(async () => (await cameraState(page))?.ratio, { timeout: 5_000 })
      .toBeLessThanOrEqual(0.45);
    expect(new URL(page.url()).searchParams.get('n')).toBe('seed-36-photos');

    // Escape closes the list first, without touching the selection.
    await page.keyboard.type(' x');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(true);
  });
});

describe('focus', () => {
  it('highlights the selection and its neighbours, fades the rest; Escape clears, except inside a text field', async () => {
    const { page } = e2e;
    await e2e.openMap('/?n=seed-compostage');
    await page.getByTestId('node-panel').waitFor();
    const neighbours = await page.evaluate(() => window.__semis?.graph.neighbors('seed-compostage') ?? []);
    const stranger = demo.nodes
      .map((n) => n.id)
      .find((id) => id !== 'seed-compostage' && !neighbours.includes(id));
    expect(neighbours.length).toBeGreaterThan(3);
    expect((await displayData(page, 'seed-compostage'))?.highlighted).toBe(true);
    expect((await displayData(page, neighbours[0] ?? ''))?.color).not.toBe('#e4e7eb');
    expect((await displayData(page, stranger ?? ''))?.color).toBe('#e4e7eb'); // MAP_COLORS.faded
    await e2e.screenshot('nav-focus');

    // In the search box, Escape belongs to the box: the selection stays.
    await page.getByTestId('search-input').focus();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('node-panel').count()).toBe(1);
    // Anywhere else (here the FR button), Escape clears the selection.
    await page.getByTestId('lang-fr').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('node-panel').count()).toBe(0);
    expect((await displayData(page, stranger ?? ''))?.color).not.toBe('#e4e7eb');
    expect(new URL(page.url()).searchParams.get('n')).toBeNull();
  });
});

describe('expand and collapse', () => {
  it('adds exactly the missing neighbourhood, flown to its stored positions, and collapse takes it back', async () => {
    const { page } = e2e;
    const landscape = await getJson<GraphPayload>('/api/landscape?lang=fr&limit=30');
    const onMap = new Set(landscape.nodes.map((n) => n.key));
    const near = await getJson<GraphPayload>('/api/nodes/seed-compostage/neighborhood?lang=fr&depth=1');
    const far = await getJson<GraphPayload>('/api/nodes/seed-compostage/neighborhood?lang=fr&depth=2');
    const added1 = near.nodes.filter((n) => !onMap.has(n.key));
    const added2 = far.nodes.filter((n) => !onMap.has(n.key));
    expect(added1.length).toBeGreaterThan(0);
    expect(added2.length).toBeGreaterThan(added1.length);

    await e2e.openMap('/?max=30&n=seed-compostage');
    const map = page.getByTestId('landscape');
    expect(await graphOrder(page)).toBe(30);
    expect(await counterText(page)).toBe(`30\u00a0nœuds affichés sur ${TOTAL}`);

    await page.getByTestId('expand-1').click();
    await expect.poll(() => graphOrder(page)).toBe(30 + added1.length);
    await expect.poll(() => map.getAttribute('data-node-count')).toBe(String(30 + added1.length));
    expect(await page.getByTestId('expand-status').textContent()).toBe(
      `${added1.length}\u00a0nœud${added1.length > 1 ? 's' : ''} ajouté${added1.length > 1 ? 's' : ''} à la carte.`,
    );
    expect(await counterText(page)).toBe(`${30 + added1.length}\u00a0nœuds affichés sur ${TOTAL}`);
    // After the fly-out, each new node sits at its stored position.
    await page.waitForTimeout(700);
    const target = added1[0];
    const position = await page.evaluate(
      (id) => window.__semis?.graph.getNodeAttributes(id),
      target?.key ?? '',
    );
    expect({ x: position?.x, y: position?.y }).toEqual({ x: target?.attributes.x, y: target?.attributes.y });
    await e2e.screenshot('nav-expanded');

    await page.getByTestId('expand-2').click();
    await expect.poll(() => graphOrder(page)).toBe(30 + added2.length);
    expect(await page.getByTestId('expand-2').getAttribute('aria-pressed')).toBe('true');

    await page.getByTestId('collapse').click();
    await expect.poll(() => graphOrder(page)).toBe(30);
    const keys = await page.evaluate(() => window.__semis?.graph.nodes().sort() ?? []);
    expect(keys).toEqual([...onMap].sort());
    expect(await page.getByTestId('collapse').count()).toBe(0);
    expect(await counterText(page)).toBe(`30\u00a0nœuds affichés sur ${TOTAL}`);
    await e2e.screenshot('nav-collapsed');
  });
});

describe('filters', () => {
  it('hides a kind and keeps to a community, with the exact "showing N of M" counter', async () => {
    const { page } = e2e;
    await e2e.openMap();
    expect(await counterText(page)).toBe(`${TOTAL}\u00a0nœuds affichés sur ${TOTAL}`);
    await page.getByTestId('filters-toggle').click();
    const panel = page.getByTestId('filters-panel');
    await panel.waitFor();

    await page.getByTestId('filter-kind-Person').uncheck();
    const people = demoCount((kind) => kind === 'Person');
    expect(await counterText(page)).toBe(`${TOTAL - people}\u00a0nœuds affichés sur ${TOTAL}`);
    const person = demo.nodes.find((n) => n.node.kind === 'Person')?.id ?? '';
    expect((await displayData(page, person))?.hidden).toBe(true);
    expect(new URL(page.url()).searchParams.get('hk')).toBe('Person');
    expect(await page.getByTestId('legend').locator('[data-kind="Person"]').textContent()).toContain('0');

    // One community: it, the seeds it gathers, its members and animators (people hidden still).
    await page.getByTestId('filter-community-com-wemob').check();
    const gathered = new Set(['com-wemob']);
    for (const link of demo.links) {
      if (link.source === 'com-wemob' && link.relation === 'GATHERS') gathered.add(link.target);
      if (link.target === 'com-wemob' && (link.relation === 'MEMBER_OF' || link.relation === 'ANIMATES')) {
        gathered.add(link.source);
      }
    }
    const kindOf = new Map(demo.nodes.map((n) => [n.id, n.node.kind]));
    const expected = [...gathered].filter((id) => kindOf.get(id) !== 'Person').length;
    expect(await counterText(page)).toBe(`${expected}\u00a0nœuds affichés sur ${TOTAL}`);
    await e2e.screenshot('nav-filters');

    // French plurals: 1 and 0 are singular.
    await page.getByTestId('filter-kind-Seed').uncheck();
    expect(await counterText(page)).toBe(`1\u00a0nœud affiché sur ${TOTAL}`);
    await page.getByTestId('filter-kind-Community').uncheck();
    expect(await counterText(page)).toBe(`0\u00a0nœud affiché sur ${TOTAL}`);

    await page.getByTestId('filters-reset').click();
    expect(await counterText(page)).toBe(`${TOTAL}\u00a0nœuds affichés sur ${TOTAL}`);
    expect(new URL(page.url()).searchParams.get('hk')).toBeNull();

    // Hide isolated nodes, after the other filters: without the relations that tie resources, they go.
    await page.getByTestId('filter-isolated').check();
    expect(await counterText(page)).toBe(`${TOTAL}\u00a0nœuds affichés sur ${TOTAL}`); // nobody is isolated
    for (const relation of ['INFORMS', 'PROMPTED'])
      await page.getByTestId(`filter-relation-${relation}`).uncheck();
    const tied = new Set<string>();
    for (const link of demo.links) {
      if (link.relation !== 'INFORMS' && link.relation !== 'PROMPTED') tied.add(link.source).add(link.target);
    }
    expect(await counterText(page)).toBe(`${tied.size}\u00a0nœuds affichés sur ${TOTAL}`);
    expect(tied.size).toBeLessThan(TOTAL);
  });
});

describe('the view in the URL', () => {
  it('restores selection, filters, camera, list display and language in a new page', async () => {
    const { page } = e2e;
    await e2e.openMap();
    await page.getByTestId('search-input').fill('compostage');
    await page
      .getByTestId('search-hit')
      .filter({ hasText: 'Le compostage dans la démarche' })
      .first()
      .click();
    await page.getByTestId('filters-toggle').click();
    await page.getByTestId('filter-kind-Resource').uncheck();
    await page.getByTestId('filter-isolated').check();
    await page.getByTestId('display-split').click();
    await page.getByTestId('lang-en').click();
    await expect
      .poll(() => panelTitle(page), { timeout: 10_000 })
      .toBe('Composting in the #CodeSocial approach');
    await page.waitForTimeout(800); // the camera flight ends
    await page.evaluate(() => window.__semis?.sigma.getCamera().setState({ x: 0.42, y: 0.61, ratio: 0.7 }));
    await expect
      .poll(() => new URL(page.url()).searchParams.get('c'), { timeout: 5_000 })
      .toBe('0.42,0.61,0.7');
    const url = page.url();
    expect(new URL(url).search).toBe(
      '?n=seed-compostage&c=0.42,0.61,0.7&lang=en&hk=Resource&iso=0&list=side',
    );
    const counter = await counterText(page);
    await e2e.screenshot('nav-url-before');

    // A new visitor whose remembered choice is French: the URL's language wins for this visit.
    const other = await e2e.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    try {
      await skipWelcome(other);
      await other.addInitScript(() => localStorage.setItem('semis.lang', 'fr'));
      await other.goto(url);
      await other
        .getByTestId('landscape')
        .and(other.locator('[data-ready="true"]'))
        .waitFor({ timeout: 20_000 });
      await expect
        .poll(() => panelTitle(other), { timeout: 10_000 })
        .toBe('Composting in the #CodeSocial approach');
      expect(await other.locator('html').getAttribute('lang')).toBe('en');
      expect(await counterText(other)).toBe(counter);
      expect(await other.getByTestId('node-list').isVisible()).toBe(true);
      expect(await other.getByTestId('display-split').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => cameraState(other)).toMatchObject({ x: 0.42, y: 0.61, ratio: 0.7 });
      await other.getByTestId('filters-toggle').click();
      expect(await other.getByTestId('filter-kind-Resource').isChecked()).toBe(false);
      expect(await other.getByTestId('filter-isolated').isChecked()).toBe(true);
      expect(other.url()).toBe(url); // nothing moved: the URL stays as shared
      await other.waitForTimeout(500);
      await other.screenshot({ path: 'test-artifacts/e2e-nav-url-restored.png' });
      // The stored choice was not overwritten by the URL's language.
      expect(await other.evaluate(() => localStorage.getItem('semis.lang'))).toBe('fr');
    } finally {
      await other.close();
    }
  });

  it('reads a broken URL as the default view', async () => {
    const { page } = e2e;
    await e2e.openMap('/?n=%20bad&c=x,y,z&hk=Planet&lang=de&list=sideways');
    expect(await counterText(page)).toBe(`${TOTAL}\u00a0nœuds affichés sur ${TOTAL}`);
    expect(await page.getByTestId('node-panel').count()).toBe(0);
    expect(await cameraState(page)).toMatchObject({ x: 0.5, y: 0.5, ratio: 1 });
    expect(new URL(page.url()).search).toBe('?lang=fr');
  });
});

describe('embed', () => {
  it('is read-only: a small title linking to the full Semis, no search, no language switch, the panel readable', async () => {
    const { page } = e2e;
    await e2e.openMap('/?embed=1&n=seed-compostage');
    expect(await page.locator('.app').getAttribute('class')).toContain('app--embed');
    expect(await page.getByTestId('search-input').count()).toBe(0);
    expect(await page.getByTestId('lang-fr').count()).toBe(0);
    const link = page.getByTestId('embed-header').locator('a');
    const href = new URL((await link.getAttribute('href')) ?? '', e2e.baseUrl);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('n')).toBe('seed-compostage');
    expect(await link.getAttribute('target')).toBe('_blank');
    await expect
      .poll(() => panelTitle(page), { timeout: 10_000 })
      .toBe('Le compostage dans la démarche #CodeSocial');
    // no button that writes: the photo part (its own chunk) offers no "add a photo" once it has loaded
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('photo-add').count()).toBe(0);
    await e2e.screenshot('nav-embed', 800);
  });
});

describe('list view and keyboard', () => {
  it('lists the visible nodes beside the map, in sync both ways, with arrows, Enter and a live region', async () => {
    const { page } = e2e;
    await e2e.openMap();
    await page.getByTestId('display-split').click();
    const rows = page.getByTestId('node-list-row');
    await expect.poll(() => rows.count()).toBe(TOTAL);
    // Most connected first.
    const degrees = await rows.evaluateAll((els) =>
      els.map((el) => Number(el.lastElementChild?.textContent)),
    );
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));

    // A row selects the node on the map.
    const row = page.locator('[data-testid="node-list-row"][data-node-id="seed-compostage"]');
    await row.locator('button').click();
    await expect
      .poll(() => page.getByTestId('node-panel').getAttribute('data-node-id'))
      .toBe('seed-compostage');
    expect(await row.getAttribute('aria-current')).toBe('true');
    const neighbours = await page.evaluate(() => window.__semis?.graph.neighbors('seed-compostage') ?? []);
    await expect
      .poll(() => liveText(page))
      .toBe(
        `Sélectionné\u00a0: «\u00a0Le compostage dans la démarche #CodeSocial\u00a0», graine, ${neighbours.length}\u00a0voisins`,
      );

    // The arrows go round the neighbours clockwise from straight up (graph y points up on screen).
    const clockwise = await page.evaluate(() => {
      const graph = window.__semis?.graph;
      if (!graph) return [];
      const c = graph.getNodeAttributes('seed-compostage');
      const angle = (id: string) => {
        const n = graph.getNodeAttributes(id);
        const a = Math.atan2(n.x - c.x, n.y - c.y);
        return a < 0 ? a + 2 * Math.PI : a;
      };
      return graph
        .neighbors('seed-compostage')
        .sort((a, b) => angle(a) - angle(b))
        .map((id) => ({ id, label: graph.getNodeAttribute(id, 'label') as string }));
    });
    const first = clockwise[0];
    const second = clockwise[1];
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => liveText(page))
      .toMatch(
        new RegExp(
          `^Voisin 1 sur ${neighbours.length}\u00a0: «\u00a0${escapeRegExp(first?.label ?? '')}\u00a0», `,
        ),
      );
    expect((await displayData(page, first?.id ?? ''))?.highlighted).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => liveText(page)).toContain(`Voisin 2 sur ${neighbours.length}`);
    await e2e.screenshot('nav-list-keyboard');

    // Enter selects it: its panel opens, the list follows, the live region says so.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('node-panel').getAttribute('data-node-id')).toBe(second?.id);
    expect(
      await page
        .locator(`[data-testid="node-list-row"][data-node-id="${second?.id}"]`)
        .getAttribute('aria-current'),
    ).toBe('true');
    await expect.poll(() => liveText(page)).toMatch(/^Sélectionné\u00a0: «\u00a0/);
    await e2e.screenshot('nav-list-selected', 800);

    // A click on the map selects in the list too (the node brought to the centre first: the legend and
    // the minimap may cover a corner of a narrow map).
    const clicked = await page.evaluate(() => {
      const sigma = window.__semis?.sigma;
      if (!sigma) return null;
      const id = 'seed-codesocial';
      const data = sigma.getNodeDisplayData(id);
      if (!data) return null;
      sigma.getCamera().setState({ x: data.x, y: data.y });
      sigma.refresh();
      return { id, ...sigma.framedGraphToViewport({ x: data.x, y: data.y }) };
    });
    const box = await page.getByTestId('landscape').boundingBox();
    await page.mouse.click((box?.x ?? 0) + (clicked?.x ?? 0), (box?.y ?? 0) + (clicked?.y ?? 0));
    await expect
      .poll(() => page.getByTestId('node-panel').getAttribute('data-node-id'))
      .toBe('seed-codesocial');
    expect(
      await page
        .locator('[data-testid="node-list-row"][data-node-id="seed-codesocial"]')
        .getAttribute('aria-current'),
    ).toBe('true');

    // The list alone, instead of the map.
    await page.getByTestId('display-list').click();
    expect(await page.getByTestId('landscape').isVisible()).toBe(false);
    expect(await page.getByTestId('node-list').isVisible()).toBe(true);
    await e2e.screenshot('nav-list-only');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('node-panel').count()).toBe(0);
    expect(await liveText(page)).toBe('');
  });

  it('opened as a list alone, the page throws nothing (the minimap drew into a hidden canvas: 34 errors)', async () => {
    const { page } = e2e;
    const errors: string[] = [];
    const onPageError = (error: Error) => errors.push(`page: ${error.message}`);
    const onConsole = (m: { type(): string; text(): string }) =>
      m.type() === 'error' && errors.push(`console: ${m.text()}`);
    page.on('pageerror', onPageError);
    page.on('console', onConsole);
    try {
      await page.goto(new URL('/?list=only', e2e.baseUrl).href);
      await page.getByTestId('node-list').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('landscape').isVisible()).toBe(false);
      // select a row, then go back to the map and to the list again: the hidden map and minimap redraw
      await page.locator('[data-testid="node-list-row"][data-node-id="seed-codesocial"]').click();
      await page.getByTestId('display-map').click();
      await page
        .getByTestId('landscape')
        .and(page.locator('[data-ready="true"]'))
        .waitFor({ timeout: 20_000 });
      await page.getByTestId('display-list').click();
      await page.waitForTimeout(1_000);
      expect(errors).toEqual([]);
    } finally {
      page.off('pageerror', onPageError);
      page.off('console', onConsole);
    }
  });
});

describe('language switch', () => {
  it('speaks English everywhere, counts and list included, and the URL says so', async () => {
    const { page } = e2e;
    await e2e.openMap('/?list=side&n=seed-compostage');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => counterText(page)).toBe(`Showing ${TOTAL} nodes out of ${TOTAL}`);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.getByTestId('node-list').locator('thead').textContent()).toBe('TitleKindLinks');
    await expect
      .poll(() => liveText(page))
      .toMatch(/^Selected: “Composting in the #CodeSocial approach”, seed, \d+ neighbours$/);
    expect(await page.getByTestId('expand-1').textContent()).toBe('Expand (depth 1)');
    await e2e.screenshot('nav-english');
    await page.getByTestId('lang-fr').click();
    await expect.poll(() => counterText(page)).toBe(`${TOTAL}\u00a0nœuds affichés sur ${TOTAL}`);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
