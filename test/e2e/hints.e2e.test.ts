// End-to-end: « Où aider ? » on the demo. From the map tools, the lens opens its list (hints grouped by
// kind, each group's sentence with its count, five of each until « Tout voir »), fades the nodes that need no help and keeps the others'
// colours; choosing a hint selects its node, whose panel says « Besoin d'aide : … »; pressing the tool
// again gives the map back. In the normal map, recently active nodes have a halo (the traces).
// At 1440×900 and 390×844, with screenshots to look at.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../support/e2e';

const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const FADED = '#e4e7eb';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});
afterAll(async () => {
  await e2e?.close();
});

/** Each node's colour as sigma draws it. */
const drawnNodes = (current: E2E) =>
  current.page.evaluate(() => {
    const semis = window.__semis;
    if (!semis) return [];
    return semis.graph.nodes().map((id) => {
      const data = semis.sigma.getNodeDisplayData(id) as { color?: string; size?: number } | undefined;
      return {
        id,
        color: data?.color ?? '',
        size: data?.size ?? 0,
        base: semis.graph.getNodeAttribute(id, 'size'),
      };
    });
  });

describe.each(VIEWPORTS)('« Où aider ? » ($name)', ({ name, width, height }) => {
  it('lists the hints by kind, highlights their nodes, and a hint selects its node', async () => {
    e2e = await startE2E({ viewport: { width, height } });
    const current = e2e;
    const { page } = current;
    await current.openMap();

    // the halo: the demo's latest days were active, so some nodes have one
    const halos = () =>
      page.evaluate(() =>
        Number(document.querySelector('canvas.sigma-traces')?.getAttribute('data-halos') ?? -1),
      );
    await expect.poll(halos, { timeout: 60_000 }).toBeGreaterThan(0);
    await current.screenshot(`hints-traces-${name}`);

    await page.getByRole('button', { name: 'Où aider ?', exact: true }).click();
    const panel = page.getByTestId('hints-panel');
    // the first read plans its statements in Neo4j (seconds; `npm start` warms them: server/plan-warm-up.ts)
    await expect.poll(() => panel.getByTestId('hints-group').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const groups = await panel.getByTestId('hints-group').evaluateAll((els) =>
      els.map((el) => ({
        kind: el.getAttribute('data-kind'),
        heading: el.querySelector('h3')?.textContent ?? '',
        hints: el.querySelectorAll('[data-testid="hint"]').length,
      })),
    );
    for (const group of groups) {
      expect(group.hints).toBeGreaterThan(0);
      expect(group.hints).toBeLessThanOrEqual(5); // the first five, until « Tout voir »
      expect(group.heading).toMatch(/^\d[\d\u202f\u00a0]* /);
    }
    await current.screenshot(`hints-list-${name}`);
    // the demo has more than five questions without a resource: « Tout voir » unfolds them
    const firstGroup = panel.getByTestId('hints-group').first();
    await firstGroup.getByTestId('hints-all').click();
    await expect.poll(() => firstGroup.getByTestId('hint').count()).toBeGreaterThan(5);
    // every group unfolded: the list names every node the lens keeps
    while ((await panel.getByTestId('hints-all').count()) > 0)
      await panel.getByTestId('hints-all').first().click();
    const hinted = new Set(
      await panel.getByTestId('hint').evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id'))),
    );
    // the lens: nodes needing help keep their colour, the others are faded
    await expect
      .poll(
        async () => (await drawnNodes(current)).filter((n) => !hinted.has(n.id) && n.color !== FADED).length,
      )
      .toBe(0);
    const nodes = await drawnNodes(current);
    expect(nodes.filter((n) => hinted.has(n.id) && n.color !== FADED).length).toBe(
      nodes.filter((n) => hinted.has(n.id)).length,
    );
    await current.screenshot(`hints-lens-${name}`);

    // a hint selects its node; the panel says it needs help
    const first = panel.getByTestId('hint').first();
    const id = await first.getAttribute('data-node-id');
    const kind = await first.getAttribute('data-kind');
    const title = (await first.textContent())?.split(' · ')[0]?.trim() ?? '';
    await first.click();
    await expect.poll(() => page.getByTestId('node-panel-title').textContent()).toBe(title);
    expect(new URL(page.url()).searchParams.toString()).toContain(encodeURIComponent(String(id)));
    const line = page.getByTestId('needs-help');
    await expect.poll(() => line.getAttribute('data-kinds')).toContain(String(kind));
    expect(await line.textContent()).toMatch(/^Besoin d’aide :/);
    await current.screenshot(`hints-selected-${name}`);

    // the tool again: the lens and its list go
    await page.getByRole('button', { name: 'Où aider ?', exact: true }).click();
    await expect.poll(() => panel.count()).toBe(0);
  });
});
