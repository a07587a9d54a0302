// End-to-end test in a real Chromium that the map follows undo and revert, without a reload: a member
// links two questions (the edge is drawn), undoes it from the header (the edge leaves the graph and the
// drawn map, the other end is no longer highlighted), then reverts the removal of a link from the history
// dialog (the edge comes back with its relation); a deleted node brought back by undo reappears where it
// was. Reverts offer no Revert of their own (the server refuses it). Screenshots in test-artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../support/e2e';
import { registerInBrowser } from '../support/e2e-auth';
import { openNode, pageApi, panelReady, poll } from '../support/e2e-contribute';
import { headerTool } from '../support/e2e-header';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ viewport: { width: 1280, height: 900 } });
  await e2e.openMap();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await e2e.screenshot(`revert-map-failed-${context.task.name.slice(0, 24).replace(/\W+/g, '-')}`, 0);
});

afterAll(async () => {
  await e2e?.close();
});

/** Two questions of the demo landscape that are not linked: « enfants … nature » and « pixels ». */
const FROM = 'q-enfants-nature';
const TO = 'q-pixels';

const dialog = () => e2e.page.getByTestId('contribute-dialog');

/** A revert's first queries are planned: on a busy machine that takes longer than a poll's 10 s. */
const afterRevert = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 45_000 });
const undone = () =>
  afterRevert(() => e2e.page.getByTestId('undo-status').getAttribute('data-result')).toBe('done');

/** The whole landscape in view, once the camera's move to the selection is over: both ends of the link show. */
async function showWholeMap() {
  await e2e.page.waitForTimeout(1_000);
  await e2e.page.evaluate(() =>
    window.__semis?.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
  );
}

/** The edge as the page holds it (graphology) and as sigma draws it (its display data), or null. */
function edgeOnMap(key: string) {
  return e2e.page.evaluate((edge) => {
    const semis = window.__semis;
    if (!semis?.graph.hasEdge(edge)) return null;
    const drawn = semis.sigma.getEdgeDisplayData(edge);
    return {
      source: semis.graph.source(edge),
      target: semis.graph.target(edge),
      relation: semis.graph.getEdgeAttribute(edge, 'relation') as string,
      drawn: drawn !== undefined && !drawn.hidden,
    };
  }, key);
}

/** Whether sigma draws node `id` with its label (highlighted as the selection's neighbour), not faded. */
const drawnAsNeighbour = (id: string) =>
  e2e.page.evaluate((node) => (window.__semis?.sigma.getNodeDisplayData(node)?.label ?? '') !== '', id);

interface Relation {
  id: string;
  relation: string;
  other: { id: string };
}
const echoesBetween = async () => {
  const { body } = await pageApi(e2e, 'GET', `/api/nodes/${FROM}`);
  return (body as { relations: Relation[] }).relations.filter(
    (r) => r.relation === 'ECHOES' && r.other.id === TO,
  );
};

let linkId = '';

describe('after an undo or a revert of a link, the map follows', () => {
  it('links two questions: the edge is drawn between them', async () => {
    const { page } = e2e;
    await registerInBrowser(page, { name: 'Lou Retour' });
    await openNode(e2e, 'enfants laisserons nature', FROM);
    expect(await drawnAsNeighbour(TO)).toBe(false);
    await page.getByTestId('link-button').click();
    const link = dialog().getByTestId('link-dialog');
    await link.getByTestId('link-target-search').fill('pixels façonnent');
    await link.locator(`[data-testid="link-target-hit"][data-node-id="${TO}"]`).click();
    const echoes = link.getByTestId('link-relation').locator('option[data-relation="ECHOES"]').first();
    await link.getByTestId('link-relation').selectOption((await echoes.getAttribute('value')) ?? '');
    await link.getByTestId('link-submit').click();
    await link.waitFor({ state: 'detached' });

    await poll(async () => (await echoesBetween()).length).toBe(1);
    linkId = (await echoesBetween())[0]?.id ?? '';
    await panelReady(e2e, FROM);
    await poll(() => edgeOnMap(linkId)).toMatchObject({ relation: 'ECHOES', drawn: true });
    await poll(() => drawnAsNeighbour(TO)).toBe(true);
    await showWholeMap();
    await e2e.screenshot('revert-map-linked');
  });

  it('undo from the header: the edge leaves the graph and the drawn map', async () => {
    const { page } = e2e;
    await (await headerTool(page, 'undo-button')).click();
    await undone();
    expect(await echoesBetween()).toEqual([]);
    await poll(() => edgeOnMap(linkId)).toBeNull();
    expect(await page.evaluate((id) => window.__semis?.sigma.getEdgeDisplayData(id), linkId)).toBeUndefined();
    // the selection's highlight follows: the other end is no longer its neighbour
    await poll(() => drawnAsNeighbour(TO)).toBe(false);
    expect(
      await page.evaluate((ids) => ids.every((id) => window.__semis?.graph.hasNode(id)), [FROM, TO]),
    ).toBe(true);
    await showWholeMap();
    await e2e.screenshot('revert-map-undone');
  });

  it('reverting the removal of a link from the history dialog draws it again; a revert offers its own revert (redo)', async () => {
    const { page } = e2e;
    // The same link made again and removed "from elsewhere" (the panel has no unlink button): the live
    // stream may draw it a moment, then takes it away; the node's history now ends with its removal.
    const made = await pageApi(e2e, 'POST', '/api/links', {
      data: { source: FROM, target: TO, relation: 'ECHOES' },
    });
    expect(made.status).toBe(201);
    const again = (made.body as { id: string }).id;
    expect((await pageApi(e2e, 'DELETE', `/api/links/${again}`)).status).toBe(204);
    await poll(() => edgeOnMap(again)).toBeNull();

    await page.getByTestId('history-button').click();
    const history = dialog().getByTestId('history-dialog');
    const events = history.getByTestId('history-event');
    await events.first().waitFor();
    const actions = await events.evaluateAll((items) => items.map((li) => li.getAttribute('data-action')));
    // this test's events, newest first, then the demo's own history of the node (its creation, its links)
    expect(actions.slice(0, 4)).toEqual(['link.delete', 'link.create', 'event.revert', 'link.create']);
    expect(actions[actions.length - 1]).toBe('node.create');
    // the undo (a revert) may be reverted in turn (a redo); the link it undid (reverted) offers nothing
    expect(await events.nth(2).getByTestId('revert-button').count()).toBe(1);
    expect(await events.nth(3).getByTestId('revert-button').count()).toBe(0);
    await events.first().getByTestId('revert-button').click();
    await afterRevert(() => history.getByTestId('history-event').first().getAttribute('data-action')).toBe(
      'event.revert',
    );
    await poll(() => edgeOnMap(again)).toEqual({ source: FROM, target: TO, relation: 'ECHOES', drawn: true });
    await e2e.screenshot('revert-map-history');
    await dialog().getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await history.waitFor({ state: 'detached' });
    await poll(() => drawnAsNeighbour(TO)).toBe(true);
    expect((await echoesBetween()).map((r) => r.id)).toEqual([again]);
    await showWholeMap();
    await e2e.screenshot('revert-map-relinked');
  });
});

describe('after an undo of a deletion, the node comes back where it was', () => {
  it('adds a person, deletes it, and undo brings it back at its position, selected', async () => {
    const { page } = e2e;
    await (await headerTool(page, 'add-menu')).click();
    await page.getByTestId('add-person-button').click();
    const add = dialog().getByTestId('add-dialog');
    await add.locator('[data-testid="edit-field"][data-field="title"]').fill('Noé Revenant');
    await add.getByTestId('add-submit').click();
    await poll(() => page.getByTestId('node-panel-title').textContent()).toBe('Noé Revenant');
    const personId = (await page.getByTestId('node-panel').getAttribute('data-node-id')) ?? '';
    const position = () =>
      page.evaluate((id) => {
        const graph = window.__semis?.graph;
        return graph?.hasNode(id)
          ? { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') }
          : null;
      }, personId);
    const where = await position();
    expect(where).not.toBeNull();

    await page.getByTestId('delete-button').click();
    await dialog().getByTestId('confirm-delete').click();
    await page.getByTestId('node-panel').waitFor({ state: 'detached' });
    await poll(position).toBeNull();

    await (await headerTool(page, 'undo-button')).click();
    await undone();
    await poll(position).toEqual(where);
    await poll(() => page.getByTestId('node-panel').getAttribute('data-node-id')).toBe(personId);
    expect((await pageApi(e2e, 'GET', `/api/nodes/${personId}`)).status).toBe(200);
    await e2e.screenshot('revert-map-node-back');
  });
});
