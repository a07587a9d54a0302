// End-to-end test of editing in a real Chromium on the demo landscape, in French: a visitor's panel (only
// "log in to contribute", the access card for everyone), then as a registered member: add a web resource
// to a question (a maieutic prompt), link it to another question, take a stance, edit it, edit it again
// while another person changes the same node through the API meanwhile (the conflict view naming them,
// with both versions, resolved by applying mine over theirs), open the history and revert an event, undo
// my last action, and delete with confirmation. What the UI claims is checked against the API.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/auth';
import { type E2E, startE2E } from '../support/e2e';
import { registerInBrowser } from '../support/e2e-auth';
import {
  measureWrite,
  openNode as openNodeIn,
  pageApi,
  panelReady as panelReadyIn,
  poll,
} from '../support/e2e-contribute';
import { headerTool } from '../support/e2e-header';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ viewport: { width: 1280, height: 1000 } });
  await e2e.openMap();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await e2e.screenshot(`contribute-failed-${context.task.name.slice(0, 24).replace(/\W+/g, '-')}`, 0);
});

afterAll(async () => {
  await e2e?.close();
});

const QUESTION = 'q-proximite';
const OTHER_QUESTION = 'q-monde-enfants';
const RESOURCE_TITLE = 'Atlas des petites choses qui questionnent';

const dialog = () => e2e.page.getByTestId('contribute-dialog');

/** Each write's measured cost, kept in test-artifacts for the benchmarks page and the closing note. */
function recordWriteCost(write: string, cost: { requests: string[]; ms: number }) {
  const file = path.join('test-artifacts', 'write-cost.json');
  const all = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  fs.mkdirSync('test-artifacts', { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...all, [write]: cost }, null, 2));
}

const openNode = (query: string, id: string) => openNodeIn(e2e, query, id);
const panelReady = (id: string) => panelReadyIn(e2e, id);
const api = (method: 'GET' | 'PATCH', url: string, options: { data?: unknown; ifMatch?: number } = {}) =>
  pageApi(e2e, method, url, options);

/** Another person, through the API only, in a browser context of its own: registers, then edits. */
async function otherPerson(name: string, email: string) {
  const { browser, baseUrl } = e2e;
  const context = await browser.newContext();
  await context.request.get(new URL('/api/auth/me', baseUrl).href); // hands out the CSRF cookie
  const csrf = (await context.cookies(baseUrl)).find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  const headers = { Origin: baseUrl, [CSRF_HEADER]: decodeURIComponent(csrf) };
  const registered = await context.request.post(new URL('/api/auth/register', baseUrl).href, {
    headers,
    data: { name, email, password: 'une graine, dix questions' },
  });
  expect(registered.status()).toBe(201);
  // registering opened a session, with a CSRF token signed for it: the one from before no longer passes
  const signed = (await context.cookies(baseUrl)).find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  return {
    async patch(url: string, ifMatch: number, data: unknown) {
      const response = await context.request.fetch(new URL(url, baseUrl).href, {
        method: 'PATCH',
        data,
        headers: { ...headers, [CSRF_HEADER]: decodeURIComponent(signed), 'If-Match': `"${ifMatch}"` },
      });
      return response.status();
    },
    close: () => context.close(),
  };
}

interface NodeBody {
  node: { id: string; title: string; body?: string; url?: string; version: number };
  relations: {
    relation: string;
    direction: string;
    other: { id: string };
    properties: Record<string, unknown>;
  }[];
}
const getNode = async (id: string) => (await api('GET', `/api/nodes/${id}`)).body as NodeBody;

let resourceId = '';

describe('a visitor', () => {
  it('sees no contribution button, only the invitation to log in', async () => {
    const { page } = e2e;
    await openNode('proximité questionne', QUESTION);
    await page.getByTestId('login-to-contribute').waitFor();
    for (const id of ['edit-button', 'delete-button', 'link-button', 'history-button', 'undo-button'])
      expect(await page.getByTestId(id).count(), id).toBe(0);
    const card = page.getByTestId('access-card');
    expect(await card.getAttribute('data-because')).toBe('visitor');
    expect(await card.getByTestId('access-see').textContent()).toBe(
      'Tout le monde peut le voir, même sans compte.',
    );
    expect(await card.getByTestId('access-because').textContent()).toBe('Connectez-vous pour contribuer.');
    await e2e.screenshot('contribute-visitor');
  });
});

describe('a member', () => {
  it('registers and adds a web resource to a question from its prompt', async () => {
    const { page } = e2e;
    await registerInBrowser(page, { name: 'Camille Essai' });
    await panelReady(QUESTION);
    // Not its author: no Edit or Delete, but Link and History; the card says why.
    await page.getByTestId('link-button').waitFor();
    expect(await page.getByTestId('edit-button').count()).toBe(0);
    expect(await page.getByTestId('delete-button').count()).toBe(0);
    expect(await page.getByTestId('history-button').count()).toBe(1);
    await poll(() => page.getByTestId('access-card').getAttribute('data-because')).toBe('none');
    await page.locator('[data-testid="maieutic-prompt"][data-action="add-resource"]').click();
    const add = dialog().getByTestId('add-dialog');
    await add.waitFor();
    expect(await add.getAttribute('data-kind')).toBe('Resource');
    await poll(() => add.textContent()).toContain('Elle éclairera «\u00a0Qu’est-ce qui, à proximité');
    // A missing address is refused next to its field, in French.
    await add.locator('[data-field="title"]').first().fill(RESOURCE_TITLE);
    await add.getByTestId('add-submit').click();
    const urlError = add.locator('[data-testid="field-error"][data-field="url"]');
    await urlError.waitFor();
    expect(await urlError.textContent()).toContain('adresse web complète');
    await add.locator('[data-testid="edit-field"][data-field="url"]').fill('https://example.org/atlas');
    await add.locator('[data-testid="edit-field"][data-field="body"]').fill('Un inventaire photographique.');
    await add.getByTestId('add-stance').selectOption('supports');
    await e2e.screenshot('contribute-add-resource');
    await add.getByTestId('add-submit').click();

    await poll(() => page.getByTestId('node-panel-title').textContent()).toBe(RESOURCE_TITLE);
    resourceId = (await page.getByTestId('node-panel').getAttribute('data-node-id')) ?? '';
    const stored = await getNode(resourceId);
    expect(stored.node.url).toBe('https://example.org/atlas');
    expect(stored.relations.map((r) => [r.relation, r.direction, r.other.id, r.properties.stance])).toEqual([
      ['INFORMS', 'out', QUESTION, 'supports'],
    ]);
    expect(await page.evaluate((id) => window.__semis?.graph.hasNode(id), resourceId)).toBe(true);
  });

  it('links the resource to another question with a relation the two kinds allow', async () => {
    const { page } = e2e;
    const link = dialog().getByTestId('link-dialog');
    // the dialog starts from the node the panel has just read (state/node-details/read-node.ts)
    const opening = await measureWrite(
      e2e,
      () => page.getByTestId('link-button').click(),
      () => link.getByTestId('link-target-search').waitFor(),
    );
    recordWriteCost('link-dialog-open', opening);
    expect(opening.requests.length).toBeLessThanOrEqual(1);
    await link.getByTestId('link-target-search').fill('monde laisserons enfants');
    await link.locator(`[data-testid="link-target-hit"][data-node-id="${OTHER_QUESTION}"]`).click();
    const relations = await link
      .getByTestId('link-relation')
      .locator('option')
      .evaluateAll((options) => options.map((o) => o.getAttribute('data-relation')));
    expect(relations).toEqual(['INFORMS', 'PROMPTED']);
    await link.getByTestId('link-relation').selectOption({ index: 1 });
    expect(await link.getByTestId('link-preview').textContent()).toContain('a suscité');
    await e2e.screenshot('contribute-link');
    // from the click to the edge drawn and the panel listing the new neighbour: the POST and the panel's
    // one reading of the node (applyChange draws the edge from the answer; no neighbourhood is fetched)
    const cost = await measureWrite(
      e2e,
      () => link.getByTestId('link-submit').click(),
      async () => {
        await page.waitForFunction(
          ([a, b]) => (window.__semis?.graph.edges(a, b).length ?? 0) > 0,
          [resourceId, OTHER_QUESTION],
        );
        await page
          .locator(`[data-testid="panel-neighbour"][data-node-id="${OTHER_QUESTION}"]`)
          .first()
          .waitFor();
      },
    );
    recordWriteCost('link', cost);
    expect(cost.requests).toEqual(['POST /api/links', `GET /api/nodes/${resourceId}`]);
    await link.waitFor({ state: 'detached' });
    await poll(async () =>
      (await getNode(resourceId)).relations.map((r) => `${r.relation}:${r.other.id}`).sort(),
    ).toEqual([`INFORMS:${QUESTION}`, `PROMPTED:${OTHER_QUESTION}`]);
  });

  it('takes a stance on a question', async () => {
    const { page } = e2e;
    await openNode('proximité questionne', QUESTION);
    await page.locator('[data-testid="maieutic-prompt"][data-action="take-stance"]').click();
    const stance = dialog().getByTestId('stance-dialog');
    await stance.locator('[data-testid="stance-choice"][data-stance="nuances"]').check();
    await stance.getByTestId('stance-statement').fill('Oui, si l’on regarde aussi ce qui nous est lointain.');
    await e2e.screenshot('contribute-stance');
    await stance.getByTestId('stance-submit').click();
    await stance.waitFor({ state: 'detached' });
    const statement = page.locator('[data-section="questionStances"] .neighbour__statement');
    await poll(() => statement.allTextContents()).toContain(
      'Oui, si l’on regarde aussi ce qui nous est lointain.',
    );
    const mine = (await getNode(QUESTION)).relations.find(
      (r) => r.relation === 'TAKES_STANCE' && r.properties.stance === 'nuances',
    );
    expect(mine?.properties.statement).toBe('Oui, si l’on regarde aussi ce qui nous est lointain.');
  });

  it('edits the resource', async () => {
    const { page } = e2e;
    await openNode('atlas petites choses', resourceId);
    await page.getByTestId('edit-button').click();
    const edit = dialog().getByTestId('edit-dialog');
    const title = edit.locator('[data-testid="edit-field"][data-field="title"]');
    await title.waitFor();
    expect(await title.inputValue()).toBe(RESOURCE_TITLE);
    // An emptied title is refused next to the field.
    await title.fill('   ');
    await edit.getByTestId('edit-submit').click();
    await edit.locator('[data-testid="field-error"][data-field="title"]').waitFor();
    await title.fill(`${RESOURCE_TITLE} (2e édition)`);
    await edit.getByTestId('edit-submit').click();
    await edit.waitFor({ state: 'detached' });
    await poll(() => page.getByTestId('node-panel-title').textContent()).toBe(
      `${RESOURCE_TITLE} (2e édition)`,
    );
    expect((await getNode(resourceId)).node.version).toBe(2);
  });

  it('shows both versions when the node changed meanwhile, and applies mine over theirs', async () => {
    const { page } = e2e;
    await page.getByTestId('edit-button').click();
    const edit = dialog().getByTestId('edit-dialog');
    const body = edit.locator('[data-testid="edit-field"][data-field="body"]');
    await body.waitFor();
    await body.fill('Un inventaire photographique, commenté.');
    // Meanwhile, another person (an admin, who may edit anything) saves another title and body.
    const marie = await otherPerson('Marie Curie', 'admin@semis.test');
    const theirs = await marie.patch(`/api/nodes/${resourceId}`, 2, {
      title: 'Atlas des curiosités proches',
      body: 'Leur description.',
    });
    expect(theirs).toBe(200);
    await marie.close();
    await edit.getByTestId('edit-submit').click();

    const conflict = dialog().getByTestId('conflict-view');
    await conflict.waitFor();
    expect(await conflict.getAttribute('data-their-version')).toBe('3');
    // who changed it, and when (today: the time alone, in French)
    const explain = conflict.getByTestId('conflict-explain');
    expect(await explain.getAttribute('data-changed-by')).toBe('person');
    expect(await explain.textContent()).toMatch(
      /^«\u00a0Atlas des petites choses qui questionnent \(2e édition\)\u00a0» — Marie Curie l’a modifié à \d{2}:\d{2}, pendant que vous écriviez\./,
    );
    const rows = await conflict.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        field: tr.getAttribute('data-field'),
        clash: tr.getAttribute('data-clash'),
        theirs: tr.querySelector('.conflict__theirs')?.textContent,
        mine: tr.querySelector('.conflict__mine')?.textContent,
      })),
    );
    expect(rows).toEqual([
      {
        field: 'title',
        clash: 'false',
        theirs: 'Atlas des curiosités proches',
        mine: 'Atlas des curiosités proches',
      },
      {
        field: 'body',
        clash: 'true',
        theirs: 'Leur description.',
        mine: 'Un inventaire photographique, commenté.',
      },
    ]);
    await e2e.screenshot('contribute-conflict');
    await conflict.getByTestId('conflict-apply-mine').click();
    await dialog().getByTestId('edit-dialog').or(conflict).waitFor({ state: 'detached' });
    const stored = (await getNode(resourceId)).node;
    expect([stored.title, stored.body, stored.version]).toEqual([
      'Atlas des curiosités proches',
      'Un inventaire photographique, commenté.',
      4,
    ]);
    await poll(() => page.getByTestId('node-panel-title').textContent()).toBe('Atlas des curiosités proches');
  });

  it('shows its author an access card that says why they may edit it', async () => {
    const card = e2e.page.getByTestId('access-card');
    await poll(() => card.getAttribute('data-because')).toBe('author');
    expect(await card.getByTestId('access-because').textContent()).toBe(
      'Vous pouvez le modifier\u00a0: vous en êtes l’auteur.',
    );
    expect(await card.getByTestId('access-editors').textContent()).toContain('son auteur (qui l’a créé)');
    await e2e.screenshot('contribute-access-author');
  });

  it('lists the history newest first in words, and reverts an event', async () => {
    const { page } = e2e;
    await page.getByTestId('history-button').click();
    const history = dialog().getByTestId('history-dialog');
    const events = history.getByTestId('history-event');
    await events.first().waitFor();
    const actions = () => events.evaluateAll((items) => items.map((li) => li.getAttribute('data-action')));
    expect(await actions()).toEqual([
      'node.edit',
      'node.edit',
      'node.edit',
      'link.create',
      'link.create',
      'node.create',
    ]);
    const newest = events.first();
    expect(await newest.locator('.history__what').textContent()).toBe('Camille Essai a modifié le texte');
    expect(await newest.locator('.history__when').textContent()).toMatch(
      /^il y a \d+ secondes?$|^maintenant$/,
    );
    expect(await newest.locator('.history__changes').textContent()).toContain(
      'Leur description. → Un inventaire photographique, commenté.',
    );
    await e2e.screenshot('contribute-history');
    await newest.getByTestId('revert-button').click();
    await poll(actions).toEqual([
      'event.revert',
      'node.edit',
      'node.edit',
      'node.edit',
      'link.create',
      'link.create',
      'node.create',
    ]);
    expect(await events.nth(1).getAttribute('data-reverted')).toBe('true');
    expect((await getNode(resourceId)).node.body).toBe('Leur description.');
    await dialog().getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await history.waitFor({ state: 'detached' });
  });

  it('undoes a revert made from the history and redoes it, then undoes a fresh action', async () => {
    const { page } = e2e;
    // My newest action is the revert made from the history just before: undo undoes it, redo makes it again.
    await (await headerTool(page, 'undo-button')).click();
    await poll(() => page.getByTestId('undo-status').getAttribute('data-result')).toBe('done');
    await (await headerTool(page, 'redo-button')).click();
    await poll(() => page.getByTestId('undo-status').getAttribute('data-result')).toBe('redone');
    expect(await page.getByTestId('undo-status').textContent()).toBe('C’est rétabli.');
    expect(await page.getByTestId('redo-button').count()).toBe(0);
    await e2e.screenshot('contribute-redone', 0);

    // A fresh action: a person added from the header, then undone.
    await (await headerTool(page, 'add-menu')).click();
    await page.getByTestId('add-person-button').click();
    const add = dialog().getByTestId('add-dialog');
    expect(await add.getAttribute('data-kind')).toBe('Person');
    await add.locator('[data-testid="edit-field"][data-field="title"]').fill('Jeanne Témoin');
    await add.locator('[data-testid="edit-field"][data-field="skills"]').fill('photographie, compost');
    await add.getByTestId('add-submit').click();
    await poll(() => page.getByTestId('node-panel-title').textContent()).toBe('Jeanne Témoin');
    const personId = (await page.getByTestId('node-panel').getAttribute('data-node-id')) ?? '';
    await (await headerTool(page, 'undo-button')).click();
    await poll(() => page.getByTestId('undo-status').getAttribute('data-result')).toBe('done');
    expect(await page.getByTestId('undo-status').textContent()).toBe('Votre dernière action a été défaite.');
    await e2e.screenshot('contribute-undo-done', 0);
    expect((await api('GET', `/api/nodes/${personId}`)).status).toBe(404);
    await page.getByTestId('node-panel').waitFor({ state: 'detached' });
    expect(await page.evaluate((id) => window.__semis?.graph.hasNode(id), personId)).toBe(false);
  });

  it('deletes the resource after a confirmation naming it', async () => {
    const { page } = e2e;
    await openNode('curiosités proches', resourceId);
    await page.getByTestId('delete-button').click();
    const confirm = dialog().getByTestId('delete-dialog');
    await poll(() => confirm.locator('h2').textContent()).toBe(
      'Supprimer «\u00a0Atlas des curiosités proches\u00a0»\u00a0?',
    );
    expect(await confirm.textContent()).toContain('Ce nœud et ses 2 liens seront supprimés.');
    await e2e.screenshot('contribute-delete');
    await confirm.getByTestId('confirm-delete').click();
    await page.getByTestId('node-panel').waitFor({ state: 'detached' });
    expect(await page.evaluate((id) => window.__semis?.graph.hasNode(id), resourceId)).toBe(false);
    expect((await api('GET', `/api/nodes/${resourceId}`)).status).toBe(404);
  });
});
