// End-to-end: the time slider plays the demo's growth. From the map tools' « Temps », the map shows the
// landscape at a day of its history: few nodes at an early day, all of them at the end; playing by month
// grows it; the withdrawn question shows while it stood; the URL holds the day; the camera never moves;
// leaving gives the live landscape back. At 1440×900 and 390×844, with screenshots to look at.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readDemoLandscape } from '../../seeds-data/demo-file';
import { WITHDRAWN } from '../../seeds-data/demo-story';
import { type E2E, startE2E } from '../support/e2e';

const demoNodes = readDemoLandscape().nodes.length;
const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});
afterAll(async () => {
  await e2e?.close();
});

/** Nodes sigma draws (not hidden by a reducer), and how many the graph holds. */
async function drawn(current: E2E) {
  return current.page.evaluate(() => {
    const semis = window.__semis;
    if (!semis) return { drawn: -1, order: -1 };
    const nodes = semis.graph.nodes();
    const shown = nodes.filter((n) => {
      const data = semis.sigma.getNodeDisplayData(n) as { hidden?: boolean } | undefined;
      return data && !data.hidden;
    });
    return { drawn: shown.length, order: nodes.length };
  });
}

const camera = (current: E2E) =>
  current.page.evaluate(() => {
    const state = window.__semis?.sigma.getCamera().getState();
    return state ? [state.x, state.y, state.ratio].map((v) => v.toFixed(6)).join(',') : '';
  });

const shownCount = async (current: E2E) =>
  Number(await current.page.getByTestId('time-bar').getAttribute('data-shown'));

describe.each(VIEWPORTS)('the time slider ($name)', ({ name, width, height }) => {
  it("plays the demo's growth: few nodes early, all at the end, the URL holding the day", async () => {
    e2e = await startE2E({ viewport: { width, height } });
    const current = e2e;
    const { page } = current;
    await current.openMap();
    await page.waitForTimeout(800); // the default framing settles
    const before = await camera(current);
    await page.getByRole('button', { name: 'Temps', exact: true }).click();
    const bar = page.getByTestId('time-bar');
    await expect.poll(() => bar.getAttribute('data-status'), { timeout: 10_000 }).toBe('ready');
    // it opens at the last day: the whole landscape
    await expect.poll(() => shownCount(current)).toBe(demoNodes);
    expect((await drawn(current)).drawn).toBe(demoNodes);
    expect(page.url()).toMatch(/[?&]t=\d{4}-\d{2}-\d{2}/);

    // the first day: the founder and the first question
    const slider = page.getByRole('slider', { name: 'Date affichée' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => shownCount(current)).toBeLessThan(5);
    const early = await drawn(current);
    expect(early.drawn).toBeGreaterThan(0);
    expect(early.drawn).toBeLessThan(5);
    const firstDay = new URL(page.url()).searchParams.get('t');
    expect(firstDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await current.screenshot(`time-first-day-${name}`);

    // two months on: more, but far from all
    await bar.getByRole('combobox').selectOption('month');
    await page.getByRole('button', { name: 'Avancer d’un pas' }).click();
    await page.getByRole('button', { name: 'Avancer d’un pas' }).click();
    await expect.poll(() => drawn(current).then((d) => d.drawn)).toBeGreaterThan(early.drawn);
    const twoMonths = (await drawn(current)).drawn;
    expect(twoMonths).toBeLessThan(demoNodes / 2);
    expect(await page.getByTestId('time-day').textContent()).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u);
    await current.screenshot(`time-two-months-${name}`);

    // play by month: it grows, never shrinks by more than the withdrawn question, and stops at the end
    await page.getByRole('button', { name: 'Lecture' }).click();
    let seen = twoMonths;
    await expect
      .poll(
        async () => {
          const now = await shownCount(current);
          expect(now).toBeGreaterThanOrEqual(seen - 1);
          seen = Math.max(seen, now);
          return now;
        },
        { timeout: 20_000, interval: 200 },
      )
      .toBe(demoNodes);
    await expect
      .poll(() => page.getByRole('button', { name: 'Lecture' }).count(), { timeout: 5_000 })
      .toBe(1);
    expect((await drawn(current)).drawn).toBe(demoNodes);
    expect(await camera(current)).toBe(before);
    await current.screenshot(`time-end-${name}`);

    // back to the present: the live landscape, no day in the URL, nothing of the past left on the map
    await page.getByRole('button', { name: 'Revenir au présent' }).click();
    await expect.poll(() => bar.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('t')).toBeNull();
    expect(await drawn(current)).toEqual({ drawn: demoNodes, order: demoNodes });
    expect(await camera(current)).toBe(before);
  });

  it('opens at the day the URL holds, the withdrawn question on the map while it stood', async () => {
    e2e = await startE2E({ viewport: { width, height } });
    const current = e2e;
    const { page } = current;
    const asked = await current.db.read((tx) =>
      tx.run("MATCH (e:Event {entityId: $id, action: 'node.create'}) RETURN toString(e.at) AS at", {
        id: WITHDRAWN.id,
      }),
    );
    const day = new Date(String(asked.records[0]?.get('at'))).toISOString().slice(0, 10);
    await current.openMap(`/?t=${day}`);
    const bar = page.getByTestId('time-bar');
    await expect.poll(() => bar.getAttribute('data-status'), { timeout: 10_000 }).toBe('ready');
    expect(new URL(page.url()).searchParams.get('t')).toBe(day);
    const shown = await shownCount(current);
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(demoNodes);
    const withdrawn = await page.evaluate((id) => {
      const semis = window.__semis;
      const data = semis?.sigma.getNodeDisplayData(id) as { hidden?: boolean; label?: string } | undefined;
      return { onMap: semis?.graph.hasNode(id) ?? false, hidden: data?.hidden ?? true };
    }, WITHDRAWN.id);
    expect(withdrawn).toEqual({ onMap: true, hidden: false });
    await current.screenshot(`time-withdrawn-${name}`);

    // compared with two months later: what appeared, what disappeared (the withdrawn question), the clusters
    await page.getByRole('button', { name: 'Comparer depuis ce jour' }).click();
    await bar.getByRole('combobox').selectOption('month');
    await page.getByRole('button', { name: 'Avancer d’un pas' }).click();
    await page.getByRole('button', { name: 'Avancer d’un pas' }).click();
    const counts = page.getByTestId('time-compare-counts');
    await expect
      .poll(() => counts.textContent(), { timeout: 10_000 })
      .toMatch(/^\d+ nœuds? apparus? · 1 disparu$/);
    await expect.poll(() => page.getByTestId('time-compare').textContent()).toMatch(/Groupes \(Louvain\)/);
    await current.screenshot(`time-compare-${name}`);
  });
});
