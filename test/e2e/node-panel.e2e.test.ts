// End-to-end test of the node panel in a real Chromium on the demo landscape: a question's lineage (both
// directions), a seed's people by role, a person's seeds, questions and stances, a resource's safe link,
// the maieutic prompts (each a real action: a visitor is asked to log in), moving the selection through a neighbour, the English
// switch, and a hostile markdown body that must render as text (no script, no image, no javascript: link).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoLandscape } from '../../seeds-data/demo-file';
import { type E2E, startE2E } from '../support/e2e';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ viewport: { width: 1280, height: 1000 } });
  await e2e.openMap();
});

afterAll(async () => {
  await e2e?.close();
});

/** Searches `query` and picks the hit of node `id`; resolves once the panel shows that node's sections. */
async function openNode(query: string, id: string) {
  const { page } = e2e;
  await page.getByTestId('search-input').fill(query);
  const hit = page.locator(`[data-testid="search-hit"][data-node-id="${id}"]`);
  await hit.waitFor({ timeout: 10_000 });
  await hit.click();
  await panelReady(id);
}

async function panelReady(id: string) {
  await e2e.page
    .locator(`[data-testid="node-panel"][data-node-id="${id}"] [data-testid="maieutic-prompts"]`)
    .waitFor({ timeout: 10_000 });
}

interface SectionText {
  section: string | null;
  title: string;
  groups: { group: string | null; title: string | null; neighbours: string[] }[];
}

/** The panel's sections as the visitor reads them: headings, group headings, neighbour titles (+ tags). */
function readSections(): Promise<SectionText[]> {
  return e2e.page.$$eval('[data-testid="panel-section"]', (sections) =>
    sections.map((section) => ({
      section: section.getAttribute('data-section'),
      title: section.querySelector('h3')?.textContent ?? '',
      groups: [...section.querySelectorAll('[data-group]')].map((group) => ({
        group: group.getAttribute('data-group'),
        title: group.querySelector('h4')?.textContent ?? null,
        neighbours: [...group.querySelectorAll('li')].map((li) =>
          [...li.querySelectorAll('.neighbour__title, .neighbour__tag, .neighbour__statement')]
            .map((part) => part.textContent)
            .join(' | '),
        ),
      })),
    })),
  );
}

const section = (sections: SectionText[], id: string) => sections.find((s) => s.section === id);

function readPrompts() {
  return e2e.page.$$eval('[data-testid="maieutic-prompt"]', (prompts) =>
    prompts.map((p) => ({
      action: p.getAttribute('data-action'),
      text: p.querySelector('.prompt__text')?.textContent,
      disabled: p.getAttribute('aria-disabled'),
      tooltip: p.getAttribute('title'),
    })),
  );
}

/** What the demo file says about a node's links of the given relations, seen from it. */
function demoLinks(id: string, relations: readonly string[]) {
  return readDemoLandscape()
    .links.filter((l) => relations.includes(l.relation) && (l.source === id || l.target === id))
    .map((l) => `${l.relation}:${l.source === id ? 'out' : 'in'}:${l.source === id ? l.target : l.source}`)
    .sort();
}

describe('the node panel', () => {
  it('shows a question’s lineage both ways, its seed, and prompts for what it lacks', async () => {
    const { page } = e2e;
    await openNode('proximité questionne', 'q-proximite');
    const sections = await readSections();
    expect(sections.map((s) => s.section)).toEqual(['lineage', 'questionSeeds']);
    expect(section(sections, 'lineage')).toEqual({
      section: 'lineage',
      title: 'Filiation de la question',
      groups: [
        {
          group: 'refinedBy',
          title: 'Précisée par',
          neighbours: [
            'Ce bâtiment vide qui se dégrade dans notre rue peut-il être remis en état, et pour quel usage futur ?',
            'Que nous dit la photo d’un potager sur notre alimentation et sur les espaces cultivables ?',
          ],
        },
        {
          group: 'echoes',
          title: 'Fait écho à',
          neighbours: [
            'Comment « ré-habiter » les lieux de proximité et le quotidien d’une énergie positive ?',
            'Pourquoi ? Pourquoi pas ?',
          ],
        },
        {
          group: 'echoedBy',
          title: 'Trouve un écho dans',
          neighbours: [
            'Comment poser son attention sur un événement, une organisation ou un contexte, et l’interroger librement ?',
          ],
        },
      ],
    });
    // The same five links as the demo file, with the direction the headings claim.
    const lineageIds = await page.$$eval('[data-section="lineage"] [data-group]', (groups) =>
      groups.flatMap((g) =>
        [...g.querySelectorAll('[data-node-id]')].map(
          (b) => `${g.getAttribute('data-group')}:${b.getAttribute('data-node-id')}`,
        ),
      ),
    );
    const byGroup = { refinedBy: 'REFINES:in', echoes: 'ECHOES:out', echoedBy: 'ECHOES:in' } as Record<
      string,
      string
    >;
    expect(
      lineageIds.map((entry) => `${byGroup[entry.split(':')[0] ?? '']}:${entry.split(':')[1]}`).sort(),
    ).toEqual(demoLinks('q-proximite', ['REFINES', 'REFRAMES', 'CHALLENGES', 'PRESUPPOSES', 'ECHOES']));
    expect(section(sections, 'questionSeeds')?.groups).toEqual([
      {
        group: 'grownSeeds',
        title: 'Graines nées de cette question',
        neighbours: ['36 photos pour la révolution du sourire'],
      },
    ]);

    // Every prompt is a real action (its dialog), none "coming soon".
    expect(await readPrompts()).toEqual(
      [
        ['add-resource', 'Quelle ressource éclaire cette question\u00a0?'],
        ['take-stance', 'Qui n’est pas d’accord\u00a0?'],
        ['add-asker', 'Qui se pose cette question\u00a0?'],
        ['ask-why', 'Pourquoi\u00a0?'],
        ['ask-why-not', 'Pourquoi pas\u00a0?'],
      ].map(([action, text]) => ({ action, text, disabled: null, tooltip: null })),
    );
    // A visitor is asked to log in first.
    await page.locator('[data-testid="maieutic-prompt"][data-action="take-stance"]').click();
    await page.getByTestId('contribute-dialog').and(page.locator('[data-action="login"]')).waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByTestId('contribute-dialog')
      .and(page.locator('[data-action=""]'))
      .waitFor({ state: 'attached' });
    await e2e.screenshot('panel-question', 800);
  });

  it('moves the selection when a neighbour is clicked', async () => {
    const { page } = e2e;
    await page.locator('[data-section="lineage"] [data-node-id="q-pourquoi-pas"]').click();
    await panelReady('q-pourquoi-pas');
    await expect
      .poll(() => page.getByTestId('node-panel-title').textContent())
      .toBe('Pourquoi ? Pourquoi pas ?');
  });

  it('groups a question’s stances, with the person’s statement; a resource’s stance among its resources', async () => {
    await openNode('décrire même façon individualité', 'q-decrire-individualite');
    const sections = await readSections();
    expect(section(sections, 'questionStances')?.groups).toEqual([
      {
        group: 'stanceSupports',
        title: 'Soutiennent',
        neighbours: [
          'Isabelle Delannoy | Il s’agit d’une forme de mise en interopérabilité des entreprises et des projets.',
        ],
      },
    ]);
    expect(section(sections, 'questionResources')?.groups).toContainEqual({
      group: 'resourceSupports',
      title: 'Ressources qui la soutiennent',
      neighbours: ['L’économie Symbiotique'],
    });
  });

  it('shows a seed’s founding question, people by role, and asks who could animate it', async () => {
    await openNode('démarche CodeSocial', 'seed-codesocial');
    const sections = await readSections();
    expect(sections.map((s) => s.section)).toEqual([
      'seedQuestions',
      'seedPeople',
      'seedResources',
      'relatedSeeds',
      'seedCommunities',
    ]);
    expect(section(sections, 'seedQuestions')?.groups[0]).toEqual({
      group: 'foundingQuestion',
      title: 'Née de la question',
      neighbours: [
        'Peut-on offrir à toute organisation l’équivalent des protocoles et processus documentés grâce auxquels des développeurs construisent ensemble une œuvre complexe ?',
      ],
    });
    expect(section(sections, 'seedPeople')?.groups).toEqual([
      { group: 'authors', title: 'Auteurs', neighbours: ['Mathieu Coste'] },
      {
        group: 'resourcePeople',
        title: 'Personnes ressources',
        neighbours: ['Claude Rochet', 'Isabelle Delannoy', 'Thibault Mangeard'],
      },
    ]);
    expect(section(sections, 'seedResources')?.groups[0]?.neighbours).toContain(
      'L’économie Symbiotique | soutient',
    );
    expect(section(sections, 'seedCommunities')?.groups).toEqual([
      { group: 'gatheredIn', title: null, neighbours: ['L’écosystème contributif WeMob | à la une'] },
    ]);
    expect((await readPrompts()).map((p) => p.action)).toEqual([
      'propose-animator',
      'ask-why',
      'ask-why-not',
    ]);
    // The body is rendered markdown: its *L'économie Symbiotique* is emphasis, not asterisks.
    expect(await e2e.page.locator('.panel__text--body em').first().textContent()).toBe(
      'L’économie Symbiotique',
    );
    await e2e.screenshot('panel-seed', 800);
    const panel = e2e.page.getByTestId('node-panel');
    await e2e.page.locator('[data-section="seedQuestions"]').evaluate((el) => el.scrollIntoView());
    await e2e.screenshot('panel-seed-people', 300);
    await panel.evaluate((el) => el.scrollTo({ top: 0 }));
  });

  it('shows a person’s seeds by role, questions asked, stance with statement and community', async () => {
    await openNode('Mathieu Coste', 'person-mathieu-coste');
    const sections = await readSections();
    expect(sections).toEqual([
      {
        section: 'personSeeds',
        title: 'Graines',
        groups: [
          {
            group: 'authorOf',
            title: 'Auteur de',
            neighbours: ['La démarche #CodeSocial', 'La Révolution du Sourire'],
          },
        ],
      },
      {
        section: 'personQuestions',
        title: 'Questions posées',
        groups: [
          {
            group: 'asked',
            title: null,
            neighbours: [
              'Comment qualifier l’action et lui donner du sens ?',
              'Peut-on offrir à toute organisation l’équivalent des protocoles et processus documentés grâce auxquels des développeurs construisent ensemble une œuvre complexe ?',
            ],
          },
        ],
      },
      {
        section: 'personStances',
        title: 'Prises de position',
        groups: [
          {
            group: 'supportsQuestion',
            title: 'Soutient',
            neighbours: [
              'Peut-on faire reculer l’individualisme dont le monde souffre ? | Il suffit de mettre un petit nombre de paramètres en place pour faire reculer l’individualisme dont le monde souffre.',
            ],
          },
        ],
      },
      {
        section: 'personCommunities',
        title: 'Communautés d’intérêt',
        groups: [{ group: 'animates', title: 'Anime', neighbours: ['L’écosystème contributif WeMob'] }],
      },
    ]);
    expect((await readPrompts()).map((p) => p.action)).toEqual(['ask-why', 'ask-why-not']);
    await e2e.screenshot('panel-person', 800);
  });

  it('shows a resource’s safe link and what it informs', async () => {
    const { page } = e2e;
    await openNode('codesocial.org', 'res-codesocial-org');
    const link = page.getByTestId('node-link');
    expect(await link.getAttribute('href')).toBe('https://codesocial.org/');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(section(await readSections(), 'resourceInforms')?.groups).toEqual([
      { group: 'informs', title: 'Éclaire', neighbours: ['La démarche #CodeSocial'] },
    ]);
    expect((await readPrompts()).map((p) => p.action)).toEqual([
      'ask-prompted-question',
      'ask-why',
      'ask-why-not',
    ]);
  });

  it('says it all in English after the switch', async () => {
    const { page } = e2e;
    await openNode('proximité questionne', 'q-proximite');
    await page.getByTestId('lang-en').click();
    await expect
      .poll(() => page.getByTestId('node-panel-title').textContent())
      .toBe('What, close to us, makes us wonder?');
    await expect
      .poll(async () => (await readSections()).map((s) => [s.title, ...s.groups.map((g) => g.title)]))
      .toEqual([
        ['Question lineage', 'Refined by', 'Echoes', 'Echoed by'],
        ['Seeds', 'Seeds grown from it'],
      ]);
    expect(section(await readSections(), 'questionSeeds')?.groups[0]?.neighbours).toEqual([
      '36 Photos for the Smile Revolution',
    ]);
    expect((await readPrompts()).map((p) => p.text)).toEqual([
      'Which resource sheds light on this question?',
      'Who disagrees?',
      'Who is asking this question?',
      'Why?',
      'Why not?',
    ]);
    await e2e.screenshot('panel-question-en', 800);
    await page.getByTestId('lang-fr').click();
    await expect
      .poll(() => page.getByTestId('node-panel-title').textContent())
      .toBe('Qu’est-ce qui, à proximité de nous, nous questionne ?');
  });

  it('renders a hostile body as text: no script runs, no image loads, no javascript: link', async () => {
    const { page, db } = e2e;
    const body = [
      'Un **texte** piégé.',
      '',
      '<script>window.__pwned = "script"</script>',
      '',
      '<img src=x onerror="window.__pwned = \'img\'">',
      '',
      "[clique ici](javascript:window.__pwned='link') · [le site](https://codesocial.org) · ![photo](https://ex.invalid/p.jpg)",
    ].join('\n');
    // Written straight into the database (writes through the API need an account; this is about rendering).
    const id = 'e2e-hostile';
    await db.autoCommit(
      `CREATE (:Entity:Question {id: $id, kind: 'Question', title: 'Zanzibar piégé ?', body: $body, lang: 'fr',
         visibility: 'public', status: 'open', version: 1, createdAt: '2025-01-01T00:00:00.000Z',
         updatedAt: '2025-01-01T00:00:00.000Z', createdBy: 'e2e', x: 0.5, y: 0.5})`,
      { id, body },
    );
    // A public stance whose statement is HTML, and a private one that an anonymous visitor must not see.
    await db.autoCommit(
      `MATCH (q:Entity {id: $id})
       CREATE (pub:Entity:Person {id: 'e2e-pub', kind: 'Person', title: 'Publique', lang: 'fr', visibility: 'public', version: 1})
       CREATE (hid:Entity:Person {id: 'e2e-hid', kind: 'Person', title: 'Cachée', lang: 'fr', visibility: 'private', version: 1})
       CREATE (pub)-[:TAKES_STANCE {id: 'e2e-l1', stance: 'nuances', statement: '<img src=x onerror="window.__pwned = 1">'}]->(q)
       CREATE (hid)-[:TAKES_STANCE {id: 'e2e-l2', stance: 'challenges'}]->(q)`,
      { id },
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const imageRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'image') imageRequests.push(request.url());
    });

    await openNode('Zanzibar', id);
    const markdown = page.locator('.panel__text--body');
    await markdown.locator('strong').waitFor(); // the markdown chunk has loaded
    expect(await markdown.locator('strong').textContent()).toBe('texte');
    const text = await markdown.textContent();
    expect(text).toContain('<script>window.__pwned = "script"</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = \'img\'">');
    expect(
      await page.locator('[data-testid="node-panel"] script, [data-testid="node-panel"] img').count(),
    ).toBe(0);
    const hrefs = await markdown
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://codesocial.org/', 'https://ex.invalid/p.jpg']);
    expect(await markdown.locator('.md__unlinked').textContent()).toBe('clique ici');
    expect(await markdown.locator('.md__image').textContent()).toBe('photo (image)');

    const stances = section(await readSections(), 'questionStances');
    expect(stances?.groups).toEqual([
      {
        group: 'stanceNuances',
        title: 'Nuancent',
        neighbours: ['Publique | <img src=x onerror="window.__pwned = 1">'],
      },
    ]);
    // The hidden challenge does not count: the visitor is still asked who disagrees.
    expect((await readPrompts()).map((p) => p.action)).toContain('take-stance');

    await page.locator('.md__unlinked').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(imageRequests).toEqual([]);
    await e2e.screenshot('panel-hostile', 300);
  });
});
