// End-to-end test of how the landscape is drawn, in a real Chromium on the demo landscape: colour by
// computed cluster and size by PageRank / betweenness (the legend follows the map), the minimap and its
// "you are here" frame, layout refinement in a worker with progress and stop, and the PNG export.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoLandscape } from '../../seeds-data/demo-file';
import { artifacts, type E2E, startE2E } from '../support/e2e';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
  await e2e.openMap();
});

afterAll(async () => {
  await e2e?.close();
});

/** What sigma draws for a node right now (after the reducers). */
const display = (id: string) =>
  e2e.page.evaluate((node) => {
    const data = window.__semis?.sigma.getNodeDisplayData(node);
    return data ? { color: data.color, size: data.size } : null;
  }, id);

const camera = () => e2e.page.evaluate(() => window.__semis?.sigma.getCamera().getState());

const legend = () => e2e.page.getByTestId('legend');

describe('colours and sizes', () => {
  it('starts by kind and number of links, with the kinds and a size key in the legend', async () => {
    await expect.poll(() => legend().getAttribute('data-color-by')).toBe('kind');
    expect(await legend().getAttribute('data-size-by')).toBe('degree');
    expect(await legend().locator('li').count()).toBe(5);
    expect(await legend().locator('li[data-group="Seed"]').textContent()).toMatch(/^Graine\d+$/);
    expect(await page().getByTestId('size-key').textContent()).toContain('Taille : nombre de liens');
    expect((await display('seed-codesocial'))?.color).toBe('#009E73');
    await e2e.screenshot('appearance-default');
  });

  it('colours by Louvain cluster: the legend lists the clusters by their central node, the map follows', async () => {
    const before = await display('seed-codesocial');
    await page().getByTestId('color-by').getByLabel('Groupe').check();
    await expect.poll(() => legend().getAttribute('data-color-by'), { timeout: 10_000 }).toBe('cluster');
    const clusters = legend().locator('li[data-group^="cluster-"]');
    expect(await clusters.count()).toBeGreaterThanOrEqual(3);
    expect(await clusters.first().textContent()).toMatch(/^autour de «\u00a0.+\u00a0»\d+$/);
    expect(await legend().textContent()).toContain('à ne pas confondre avec les communautés d’intérêt');

    // The node's colour changed, and it is the colour of a legend line (same painter).
    const after = await display('seed-codesocial');
    expect(after?.color).not.toBe(before?.color);
    const legendColors = await legend()
      .locator('li .kind-dot')
      .evaluateAll((dots) => dots.map((dot) => getComputedStyle(dot).backgroundColor));
    const rgb = await page().evaluate((hex) => {
      const probe = document.createElement('span');
      probe.style.color = hex;
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    }, after?.color ?? '');
    expect(legendColors).toContain(rgb);

    // Every node is counted once in the legend.
    const counts = await legend()
      .locator('li .legend__count')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.textContent)));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(readDemoLandscape().nodes.length);
    await e2e.screenshot('appearance-clusters');
  });

  it('sizes by PageRank, then betweenness: a known node’s size changes and the size key says why', async () => {
    // Mathieu Coste has 6 links but receives none: mid-size by links, smallest by PageRank.
    const byDegree = await display('person-mathieu-coste');
    await page().getByTestId('size-by').getByLabel('PageRank').check();
    await expect.poll(() => legend().getAttribute('data-size-by'), { timeout: 10_000 }).toBe('pagerank');
    const byPagerank = await display('person-mathieu-coste');
    expect(byDegree?.size).toBeGreaterThan(6);
    expect(byPagerank?.size).toBeLessThan((byDegree?.size ?? 0) - 2);
    expect(await page().getByTestId('size-key').textContent()).toContain('Taille : PageRank');

    await page().getByTestId('size-by').getByLabel('Passerelles').check();
    await expect.poll(() => legend().getAttribute('data-size-by'), { timeout: 10_000 }).toBe('betweenness');
    expect(await page().getByTestId('size-key').textContent()).toMatch(/intermédiarité.*0\s%→\d+(,\d)?\s%$/);
    await e2e.screenshot('appearance-betweenness');

    // Back to the defaults, for the next flows.
    await page().getByTestId('color-by').getByLabel('Type').check();
    await page().getByTestId('size-by').getByLabel('Liens').check();
    await expect.poll(() => legend().getAttribute('data-size-by')).toBe('degree');
    expect((await display('person-mathieu-coste'))?.size).toBe(byDegree?.size);
  });
});

describe('the minimap', () => {
  it('shows the whole landscape with the viewport, and a click there moves the camera', async () => {
    const minimap = page().getByTestId('minimap');
    const box = await minimap.boundingBox();
    expect(box?.width).toBeGreaterThan(150);
    expect(await minimap.getAttribute('aria-label')).toBe('Vue d’ensemble');
    // Zoom in so the frame is smaller than the whole.
    await page().evaluate(() => window.__semis?.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 0.35 }));
    await e2e.screenshot('appearance-minimap-zoomed');

    const before = await camera();
    const canvas = minimap.locator('canvas');
    const canvasBox = await canvas.boundingBox();
    if (!canvasBox) throw new Error('no minimap canvas');
    // Top left quarter of the box: the camera goes up and left (framed y grows upwards in sigma).
    await canvas.click({ position: { x: canvasBox.width * 0.2, y: canvasBox.height * 0.25 } });
    const after = await camera();
    expect(after?.ratio).toBeCloseTo(0.35, 5);
    expect(after?.x).toBeLessThan((before?.x ?? 0) - 0.1);
    expect(after?.y).toBeGreaterThan((before?.y ?? 0) + 0.05);
    await e2e.screenshot('appearance-minimap-moved');

    // The arrow keys pan the map too.
    await minimap.focus();
    await page().keyboard.press('ArrowRight');
    expect((await camera())?.x).toBeGreaterThan(after?.x ?? 0);
    await page().evaluate(() => window.__semis?.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1 }));
  });
});

describe('layout refinement', () => {
  it('runs ForceAtlas2 in a worker with progress, and stopping keeps the positions reached', async () => {
    const positions = () =>
      page().evaluate(() => {
        const graph = window.__semis?.graph;
        return graph ? graph.mapNodes((node, data) => [node, data.x, data.y] as const) : [];
      });
    const before = await positions();
    await page().getByTestId('refine-layout').click();
    const progress = page().getByTestId('refine-progress');
    await expect.poll(() => progress.getAttribute('data-running'), { timeout: 10_000 }).toBe('true');
    await expect
      .poll(async () => Number(await progress.getAttribute('data-iterations')), { timeout: 10_000 })
      .toBeGreaterThan(20);
    expect(await progress.textContent()).toMatch(/Affinage : \d+ \/ 500 itérations/);
    await e2e.screenshot('appearance-refining', 100);
    await page().getByTestId('refine-stop').click();
    expect(await progress.getAttribute('data-running')).toBe('false');
    expect(await progress.textContent()).toMatch(/pour cette visite seulement/);

    const stopped = await positions();
    const moved = stopped.filter(
      ([node, x, y], i) => before[i]?.[0] === node && (before[i]?.[1] !== x || before[i]?.[2] !== y),
    );
    expect(moved.length).toBeGreaterThan(80);
    await page().waitForTimeout(400);
    expect(await positions()).toEqual(stopped);
    expect(await page().getByTestId('refine-layout').getAttribute('title')).toContain(
      'ne sont pas enregistrées',
    );
    await e2e.screenshot('appearance-refined');
  });
});

describe('PNG export', () => {
  it('downloads the view as a real PNG named after the day', async () => {
    const download = page().waitForEvent('download');
    await page().getByTestId('export-png').click();
    const file = await download;
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(file.suggestedFilename()).toBe(
      `semis-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.png`,
    );
    const saved = path.join(artifacts, 'e2e-appearance-export.png');
    await file.saveAs(saved);
    const bytes = fs.readFileSync(saved);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(30_000);
    // IHDR: the image has the map's size.
    const map = await page().getByTestId('landscape').boundingBox();
    expect(bytes.readUInt32BE(16)).toBe(Math.round(map?.width ?? 0));
    expect(bytes.readUInt32BE(20)).toBe(Math.round(map?.height ?? 0));
  });
});

describe('in English', () => {
  it('names the clusters again in the new language (computed again for the new landscape)', async () => {
    await page().getByTestId('color-by').getByLabel('Groupe').check();
    await expect.poll(() => legend().getAttribute('data-color-by'), { timeout: 10_000 }).toBe('cluster');
    const french = await legend().locator('li[data-group="cluster-0"]').textContent();
    await page().getByTestId('lang-en').click();
    await expect
      .poll(() => legend().locator('li[data-group="cluster-0"]').textContent(), { timeout: 10_000 })
      .toMatch(/^around “.+”\d+$/);
    // The same partition: the biggest cluster keeps its size.
    expect(french?.match(/\d+$/)?.[0]).toBe(
      (await legend().locator('li[data-group="cluster-0"]').textContent())?.match(/\d+$/)?.[0],
    );
    expect(await legend().textContent()).toContain('not to be confused with communities of interest');
    expect(await page().getByTestId('minimap').getAttribute('aria-label')).toBe('Overview');
    expect(await page().getByTestId('refine-layout').textContent()).toBe('Refine layout');
    await e2e.screenshot('appearance-clusters-en');
  });
});

function page() {
  return e2e.page;
}
