// End-to-end in a real Chromium on the demo landscape: the expansions are part of the shared view (reload
// and embed make them again, a collapse stays collapsed), and the language switch relabels the map in place
// (same nodes at the same positions, same camera, expansions and selection kept, no new import).
// Screenshots in test-artifacts/ (e2e-view-*.png).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDemoLandscape } from '../../seeds-data/demo-file';
import type { GraphPayload } from '../../shared/graph';
import { type E2E, startE2E } from '../support/e2e';

let e2e: E2E;
const demo = readDemoLandscape();

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

beforeEach(async () => {
  await e2e.page.evaluate(() => localStorage.clear()).catch(() => undefined);
});

const MAX = 30;
/** The machine is shared: network answers may take a while. */
const soon = { timeout: 15_000 };
const getJson = async <T>(path: string): Promise<T> =>
  (await fetch(new URL(path, e2e.baseUrl))).json() as Promise<T>;
const nodeIds = (page: Page) => page.evaluate(() => window.__semis?.graph.nodes().sort() ?? []);
const cameraState = (page: Page) => page.evaluate(() => window.__semis?.sigma.getCamera().getState());
const positions = (page: Page) =>
  page.evaluate(() => {
    const graph = window.__semis?.graph;
    return graph ? Object.fromEntries(graph.mapNodes((node, { x, y }) => [node, [x, y]])) : {};
  });
const labels = (page: Page) =>
  page.evaluate(() => {
    const graph = window.__semis?.graph;
    return graph ? Object.fromEntries(graph.mapNodes((node, { label }) => [node, label])) : {};
  });
const search = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** The demo's titles of `ids` in `lang` (its nodes are written in French, with an English title). */
function demoTitles(ids: readonly string[], lang: 'fr' | 'en'): Record<string, string> {
  const byId = new Map(demo.nodes.map((n) => [n.id, n.node]));
  return Object.fromEntries(
    ids.map((id) => {
      const node = byId.get(id);
      const title = (lang === 'en' ? node?.title_en : undefined) ?? node?.title;
      return [id, title ?? ''];
    }),
  );
}

/** Selects `id` through the search box (its panel opens). */
async function selectBySearch(page: Page, id: string, text: string) {
  await page.getByTestId('search-input').fill(text);
  const hit = page.locator(`[data-testid="search-hit"][data-node-id="${id}"]`).first();
  await hit.waitFor(soon);
  await hit.click();
  await expect.poll(() => search(page, 'n'), soon).toBe(id);
}

/** The demo's nodes on a map of MAX nodes, and a second node whose depth-2 neighbourhood adds more. */
async function plan() {
  const landscape = await getJson<GraphPayload>(`/api/landscape?lang=fr&limit=${MAX}`);
  const onMap = new Set(landscape.nodes.map((n) => n.key));
  const near = await getJson<GraphPayload>('/api/nodes/seed-compostage/neighborhood?lang=fr&depth=1');
  const afterFirst = new Set([...onMap, ...near.nodes.map((n) => n.key)]);
  for (const { key } of landscape.nodes) {
    if (key === 'seed-compostage') continue;
    const far = await getJson<GraphPayload>(`/api/nodes/${key}/neighborhood?lang=fr&depth=2&limit=200`);
    const adds = far.nodes.filter((n) => !afterFirst.has(n.key)).map((n) => n.key);
    if (adds.length > 0) {
      const all = [...new Set([...afterFirst, ...adds])].sort();
      return { onMap, afterFirst: [...afterFirst].sort(), second: key, all };
    }
  }
  throw new Error('no node of the map has a depth-2 neighbourhood beyond the first expansion');
}

describe('expansions in the URL', () => {
  it('are made again on reload and in the embed, in order, and a collapse stays collapsed', async () => {
    const { page } = e2e;
    const { onMap, afterFirst, second, all } = await plan();
    expect(afterFirst.length).toBeGreaterThan(onMap.size);
    const secondTitle = demoTitles([second], 'fr')[second] ?? '';

    await e2e.openMap(`/?max=${MAX}&n=seed-compostage`);
    await page.getByTestId('expand-1').click();
    await expect.poll(() => nodeIds(page), soon).toEqual(afterFirst);
    await expect.poll(() => search(page, 'x'), soon).toBe('seed-compostage:1');

    await selectBySearch(page, second, secondTitle);
    await page.getByTestId('expand-2').click();
    await expect.poll(() => nodeIds(page), soon).toEqual(all);
    await expect.poll(() => search(page, 'x'), soon).toBe(`seed-compostage:1,${second}:2`);
    expect(page.url()).toContain(`x=seed-compostage:1,${second}:2`); // readable, not percent-encoded

    await page.reload();
    await page.getByTestId('landscape').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 20_000 });
    await expect.poll(() => nodeIds(page), soon).toEqual(all);
    await expect.poll(() => page.getByTestId('expand-2').getAttribute('aria-pressed'), soon).toBe('true');
    expect(search(page, 'x')).toBe(`seed-compostage:1,${second}:2`);
    expect(await page.getByTestId('landscape').getAttribute('data-node-count')).toBe(String(all.length));
    await e2e.screenshot('view-expansions-reloaded', 800);

    // The embed keeps them, and its link to the full view too.
    const shared = new URL(page.url());
    shared.searchParams.set('embed', '1');
    const embed = await e2e.browser.newPage({ viewport: { width: 900, height: 600 }, locale: 'fr-FR' });
    try {
      await embed.goto(shared.href);
      await embed
        .getByTestId('landscape')
        .and(embed.locator('[data-ready="true"]'))
        .waitFor({ timeout: 20_000 });
      await expect.poll(() => nodeIds(embed), soon).toEqual(all);
      const full = new URL(
        (await embed.getByTestId('embed-header').locator('a').getAttribute('href')) ?? '',
        e2e.baseUrl,
      );
      expect(full.searchParams.get('x')).toBe(`seed-compostage:1,${second}:2`);
      expect(full.searchParams.get('embed')).toBeNull();
      await embed.waitForTimeout(500);
      await embed.screenshot({ path: 'test-artifacts/e2e-view-expansions-embed.png' });
    } finally {
      await embed.close();
    }

    // Collapse the second one: its additions go, the URL forgets it, and a reload does not bring it back.
    await page.getByTestId('collapse').click();
    await expect.poll(() => nodeIds(page), soon).toEqual(afterFirst);
    await expect.poll(() => search(page, 'x'), soon).toBe('seed-compostage:1');
    await page.reload();
    await page.getByTestId('landscape').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 20_000 });
    await expect.poll(() => nodeIds(page), soon).toEqual(afterFirst);
    await page.waitForTimeout(500); // nothing else arrives
    expect(await nodeIds(page)).toEqual(afterFirst);
    expect(await page.getByTestId('collapse').count()).toBe(0); // the panel is the second node's
    expect(await page.getByTestId('expand-2').getAttribute('aria-pressed')).toBe('false');
    expect(search(page, 'x')).toBe('seed-compostage:1');
    await e2e.screenshot('view-expansions-collapsed', 800);
  }, 90_000);

  it('drops what it cannot make again: unknown nodes, bad depths', async () => {
    const { page } = e2e;
    await e2e.openMap(`/?max=${MAX}&x=no-such-node:1,seed-compostage:7,seed-compostage:1`);
    const near = await getJson<GraphPayload>('/api/nodes/seed-compostage/neighborhood?lang=fr&depth=1');
    const landscape = await getJson<GraphPayload>(`/api/landscape?lang=fr&limit=${MAX}`);
    const expected = [...new Set([...landscape.nodes, ...near.nodes].map((n) => n.key))].sort();
    await expect.poll(() => nodeIds(page), soon).toEqual(expected);
    // The unknown node answered 404: the view no longer names it.
    await expect.poll(() => search(page, 'x'), soon).toBe('seed-compostage:1');
  });
});

describe('the language switch keeps the view', () => {
  it('relabels the same map in place: camera, positions, selection and expansions stay', async () => {
    const { page } = e2e;
    await e2e.openMap(`/?max=${MAX}&n=seed-compostage`);
    await page.getByTestId('expand-1').click();
    await expect.poll(() => search(page, 'x'), soon).toBe('seed-compostage:1');
    await page.waitForTimeout(700); // the fly-out ends: every node at its stored position
    // Pan and zoom with the mouse, then wait for the URL to follow.
    const box = await page.getByTestId('landscape').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(400);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => search(page, 'c'), soon).not.toBeNull();
    // Any new import would clear the graph first: count the clears.
    await page.evaluate(() => {
      const semis = window.__semis as unknown as { graph: { on(e: string, f: () => void): void } };
      (window as unknown as { clears: number }).clears = 0;
      semis.graph.on('cleared', () => {
        (window as unknown as { clears: number }).clears += 1;
      });
    });
    const camera = await cameraState(page);
    const placed = await positions(page);
    const ids = await nodeIds(page);
    expect(ids.length).toBeGreaterThan(MAX);
    expect(await labels(page)).toEqual(demoTitles(ids, 'fr'));
    const urlCamera = search(page, 'c');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => labels(page), soon).toEqual(demoTitles(ids, 'en'));
    expect(await cameraState(page)).toEqual(camera);
    expect(await positions(page)).toEqual(placed);
    expect(await nodeIds(page)).toEqual(ids);
    expect(await page.evaluate(() => (window as unknown as { clears: number }).clears)).toBe(0);
    expect(await page.getByTestId('landscape').getAttribute('data-ready')).toBe('true');
    expect(search(page, 'lang')).toBe('en');
    expect(search(page, 'x')).toBe('seed-compostage:1');
    expect(search(page, 'n')).toBe('seed-compostage');
    expect(search(page, 'c')).toBe(urlCamera);
    await expect
      .poll(() => page.getByTestId('node-panel-title').textContent(), soon)
      .toBe('Composting in the #CodeSocial approach');
    expect(await page.getByTestId('expand-1').getAttribute('aria-pressed')).toBe('true');
    await e2e.screenshot('view-lang-en', 300);

    await page.getByTestId('lang-fr').click();
    await expect.poll(() => labels(page), soon).toEqual(demoTitles(ids, 'fr'));
    expect(await cameraState(page)).toEqual(camera);
    expect(await positions(page)).toEqual(placed);
    expect(await page.evaluate(() => (window as unknown as { clears: number }).clears)).toBe(0);
    expect(search(page, 'lang')).toBe('fr');
    expect(search(page, 'x')).toBe('seed-compostage:1');
    await expect
      .poll(() => page.getByTestId('node-panel-title').textContent(), soon)
      .toBe('Le compostage dans la démarche #CodeSocial');
    await e2e.screenshot('view-lang-fr', 300);
  }, 60_000);

  it('loads the landscape again when the server’s has changed meanwhile, and makes the expansions again', async () => {
    const { page } = e2e;
    const before = await getJson<GraphPayload>(`/api/landscape?lang=fr&limit=${MAX}`);
    const near = await getJson<GraphPayload>('/api/nodes/seed-compostage/neighborhood?lang=fr&depth=1');
    const nearIds = new Set(near.nodes.map((n) => n.key));
    const hidden = before.nodes.map((n) => n.key).find((id) => !nearIds.has(id)) ?? '';
    await e2e.openMap(`/?max=${MAX}&n=seed-compostage&x=seed-compostage:1`);
    await expect.poll(() => nodeIds(page), soon).toContain('seed-compostage');
    await expect.poll(async () => (await nodeIds(page)).length, soon).toBeGreaterThan(MAX);
    await page.evaluate(() => {
      const semis = window.__semis as unknown as { graph: { on(e: string, f: () => void): void } };
      (window as unknown as { clears: number }).clears = 0;
      semis.graph.on('cleared', () => {
        (window as unknown as { clears: number }).clears += 1;
      });
    });
    // Another reader's change: one node of the map is no longer public, another takes its place.
    // (Written straight into the database, as the demo loader does, so it moves the log's epoch as the
    // loader does: the landscape's cache and ETag follow the event log, which every API write goes through.)
    await e2e.db.autoCommit("MATCH (n:Entity {id: $id}) SET n.visibility = 'private'", { id: hidden });
    await e2e.db.autoCommit(
      "MERGE (log:EventLog {id: 'main'}) ON CREATE SET log.position = 0 SET log.epoch = randomUUID()",
    );
    try {
      const after = await getJson<GraphPayload>(`/api/landscape?lang=en&limit=${MAX}`);
      const nearEn = await getJson<GraphPayload>('/api/nodes/seed-compostage/neighborhood?lang=en&depth=1');
      const expected = [...new Set([...after.nodes, ...nearEn.nodes].map((n) => n.key))].sort();
      expect(expected).not.toContain(hidden);
      await page.getByTestId('lang-en').click();
      await expect.poll(() => nodeIds(page), soon).toEqual(expected);
      await expect.poll(() => labels(page), soon).toEqual(demoTitles(expected, 'en'));
      expect(await page.evaluate(() => (window as unknown as { clears: number }).clears)).toBe(1);
      expect(search(page, 'x')).toBe('seed-compostage:1');
      expect(await page.getByTestId('expand-1').getAttribute('aria-pressed')).toBe('true');
    } finally {
      await e2e.db.autoCommit("MATCH (n:Entity {id: $id}) SET n.visibility = 'public'", { id: hidden });
      await e2e.db.autoCommit("MATCH (log:EventLog {id: 'main'}) SET log.epoch = randomUUID()");
    }
  }, 60_000);

  it('gives the list view and the search the new titles', async () => {
    const { page } = e2e;
    await e2e.openMap(`/?max=${MAX}&list=side`);
    const first = page.getByTestId('node-list-row').first();
    const id = (await first.getAttribute('data-node-id')) ?? '';
    const [fr, en] = [demoTitles([id], 'fr')[id] ?? '', demoTitles([id], 'en')[id] ?? ''];
    expect(await first.textContent()).toContain(fr);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => first.textContent(), soon).toContain(en);
    // The instant suggestions come from the map's titles, now English.
    await page.getByTestId('search-input').fill(en.slice(0, 12));
    await expect
      .poll(() => page.locator(`[data-testid="search-hit"][data-node-id="${id}"]`).first().textContent(), {
        timeout: 10_000,
      })
      .toContain(en);
  });
});
