// API tests for the atomic ask (POST /api/questions) and growing a seed (POST /api/seeds): exactly the
// nodes, relationships and events expected; an unknown or hidden target, a wrong kind or a visitor
// leave the database exactly as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { minimumGap } from '../../server/landscape/placement';
import { SYSTEM_ACTOR_ID } from '../../shared/history';
import { apiSuite } from '../support/api-suite';
import { count } from '../support/database';
import { insertGraph } from '../support/graph-fixture';
import { anonymous, type Client } from '../support/session';

const {
  db,
  app,
  people: { member },
} = await apiSuite({ people: { member: { name: 'Camille' } } });
let visitor: Client;

beforeEach(async () => {
  visitor = await anonymous(app);
  await insertGraph(
    db,
    [
      { id: 'q-base', kind: 'Question', title: 'Pourquoi composter nos déchets ?' },
      { id: 'q-second', kind: 'Question', title: 'Comment composter en appartement ?' },
      { id: 's-base', kind: 'Seed', title: 'Compostage de quartier' },
      { id: 'r-photo', kind: 'Resource', title: 'Un bac à compost', resourceKind: 'photo' },
      { id: 'q-private', kind: 'Question', title: 'Une question privée', visibility: 'private' },
      { id: 'q-members', kind: 'Question', title: 'Une question des membres', visibility: 'members' },
    ],
    [['s-base', 'GROWS_FROM', 'q-base']],
  );
  await db.write((tx) =>
    tx.run("MATCH (n:Entity {id: 'q-base'}) SET n.x = 100.0, n.y = -50.0, n.autoPlaced = false"),
  );
});

/** What the graph holds: nodes, relationships, events, and every node's version and status. */
async function snapshot() {
  const result = await db.read((tx) =>
    tx.run(`MATCH (n:Entity) WITH count(n) AS nodes, collect(n.id + ':' + n.version + ':' + coalesce(n.status, '')) AS states
            MATCH ()-[r]->() WITH nodes, states, count(r) AS rels
            OPTIONAL MATCH (e:Event) RETURN nodes, rels, count(e) AS events, states`),
  );
  const row = result.records[0];
  return {
    nodes: row?.get('nodes'),
    rels: row?.get('rels'),
    events: row?.get('events'),
    states: ((row?.get('states') ?? []) as string[]).sort(),
  };
}

const ask = (body: Record<string, unknown>, as: Client = member) => as.post('/api/questions').send(body);

describe('POST /api/questions', () => {
  it('creates the question, who asked it, its lineage, its seeds and what prompted it — once each, with events', async () => {
    const before = await snapshot();
    const res = await ask({
      title: 'Comment composter les déchets de cuisine ?',
      body: 'Dans un petit appartement.',
      links: [
        { relation: 'REFINES', target: 'q-base' },
        { relation: 'CHALLENGES', target: 'q-second' },
        { relation: 'REFINES', target: 'q-base' },
      ],
      seeds: ['s-base', 's-base'],
      promptedBy: { resource: 'r-photo', region: { x: 0.1, y: 0.2, w: 0.3, h: 0.4 } },
    });
    expect(res.status).toBe(201);
    const id = res.body.node.id as string;
    expect(res.body.node).toMatchObject({
      kind: 'Question',
      title: 'Comment composter les déchets de cuisine ?',
      body: 'Dans un petit appartement.',
      lang: 'fr',
      visibility: 'public',
      status: 'open',
      version: 1,
      createdBy: member.person.id,
    });
    expect(res.headers.etag).toBe('"1"');
    const links = (
      res.body.links as { source: string; relation: string; target: string; properties: object }[]
    ).map((l) => [l.source, l.relation, l.target, l.properties]);
    expect(links).toEqual([
      [member.person.id, 'ASKED', id, {}],
      [id, 'REFINES', 'q-base', {}],
      [id, 'CHALLENGES', 'q-second', {}],
      [id, 'EXPLORED_IN', 's-base', {}],
      ['r-photo', 'PROMPTED', id, { regionX: 0.1, regionY: 0.2, regionW: 0.3, regionH: 0.4 }],
    ]);

    // what the database holds: one new node, five new relationships, six events by this person
    const after = await snapshot();
    expect(after.nodes).toBe(before.nodes + 1);
    expect(after.rels).toBe(before.rels + 5);
    expect(after.events).toBe(before.events + 6);
    const stored = await db.read((tx) =>
      tx.run(
        `MATCH (q:Entity:Question {id: $id})-[r]-(o:Entity)
         RETURN type(r) AS relation, startNode(r) = q AS out, o.id AS other, r.createdBy AS by ORDER BY relation`,
        { id },
      ),
    );
    expect(stored.records.map((r) => [r.get('relation'), r.get('out'), r.get('other'), r.get('by')])).toEqual(
      [
        ['ASKED', false, member.person.id, member.person.id],
        ['CHALLENGES', true, 'q-second', member.person.id],
        ['EXPLORED_IN', true, 's-base', member.person.id],
        ['PROMPTED', false, 'r-photo', member.person.id],
        ['REFINES', true, 'q-base', member.person.id],
      ],
    );
    const events = await db.read((tx) =>
      tx.run(
        'MATCH (e:Event) WHERE $id IN e.nodeIds RETURN e.action AS action, e.actorId AS actor ORDER BY action',
        { id },
      ),
    );
    expect(events.records.map((r) => [r.get('action'), r.get('actor')])).toEqual([
      ['link.create', member.person.id],
      ['link.create', member.person.id],
      ['link.create', member.person.id],
      ['link.create', member.person.id],
      ['link.create', member.person.id],
      ['node.create', member.person.id],
    ]);
    const created = await db.read((tx) =>
      tx.run("MATCH (e:Event {action: 'node.create', entityId: $id}) RETURN e.after AS after", { id }),
    );
    expect(JSON.parse(created.records[0]?.get('after'))).toMatchObject({
      id,
      title: 'Comment composter les déchets de cuisine ?',
    });
  });

  it('places two questions in a row next to their first link target, apart from each other and every node', async () => {
    const res = await ask({
      title: 'Faut-il composter en hiver ?',
      links: [{ relation: 'ECHOES', target: 'q-base' }],
    });
    expect(res.status).toBe(201);
    const again = await ask({
      title: 'Faut-il composter en été ?',
      links: [{ relation: 'ECHOES', target: 'q-base' }],
    });
    expect(again.status).toBe(201);
    // Both near q-base, each at least one gap (2.5 % of the extent) from every other node on the map.
    const { records } = await db.read((tx) =>
      tx.run('MATCH (n:Entity) RETURN n.id AS id, n.x AS x, n.y AS y'),
    );
    const all = records.map((r) => ({
      id: r.get('id') as string,
      x: r.get('x') as number,
      y: r.get('y') as number,
    }));
    const extent = Math.max(
      Math.max(...all.map((p) => p.x)) - Math.min(...all.map((p) => p.x)),
      Math.max(...all.map((p) => p.y)) - Math.min(...all.map((p) => p.y)),
    );
    const gap = minimumGap(extent);
    for (const created of [res.body.node, again.body.node] as { id: string; x: number; y: number }[]) {
      expect(Math.hypot(created.x - 100, created.y + 50)).toBeLessThanOrEqual(3 * gap);
      for (const other of all.filter((p) => p.id !== created.id))
        expect(Math.hypot(created.x - other.x, created.y - other.y)).toBeGreaterThanOrEqual(0.9 * gap);
    }
    expect(
      await count(db, 'MATCH (n:Entity {id: $id}) WHERE n.autoPlaced = false RETURN count(n)', {
        id: res.body.node.id,
      }),
    ).toBe(1);
  });

  it('founds a seed: (Seed)-[:GROWS_FROM]->(new question), the question born seeded', async () => {
    const res = await ask({ title: 'Quelle question a fait naître ce compost ?', foundingOf: 's-base' });
    expect(res.status).toBe(201);
    const id = res.body.node.id;
    expect(res.body.node.status).toBe('seeded');
    expect(
      res.body.links.map((l: { source: string; relation: string; target: string }) => [
        l.source,
        l.relation,
        l.target,
      ]),
    ).toEqual([
      [member.person.id, 'ASKED', id],
      ['s-base', 'GROWS_FROM', id],
    ]);
    const wrong = await ask({ title: 'Une question mal liée ?', foundingOf: 'q-second' });
    expect([wrong.status, wrong.body.error.code, wrong.body.error.details.field]).toEqual([
      400,
      'RELATION_NOT_ALLOWED',
      'foundingOf',
    ]);
  });

  it('asks a question with no links: only ASKED, waiting near the centre to be placed', async () => {
    const res = await ask({ title: 'Que planter au printemps ?', visibility: 'members', lang: 'fr' });
    expect(res.status).toBe(201);
    expect(res.body.links.map((l: { relation: string }) => l.relation)).toEqual(['ASKED']);
    expect(res.body.node.visibility).toBe('members');
    expect(
      await count(db, 'MATCH (n:Entity {id: $id}) WHERE n.autoPlaced = true RETURN count(n)', {
        id: res.body.node.id,
      }),
    ).toBe(1);
  });

  it('links to a members-only question for a member', async () => {
    const res = await ask({
      title: 'Et pour les membres ?',
      links: [{ relation: 'REFINES', target: 'q-members' }],
    });
    expect(res.status).toBe(201);
  });

  it('answers 404 naming an unknown target, and writes nothing', async () => {
    const before = await snapshot();
    const res = await ask({
      title: 'Une question orpheline ?',
      links: [
        { relation: 'REFINES', target: 'q-base' },
        { relation: 'ECHOES', target: 'q-nowhere' },
      ],
    });
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({
      code: 'NOT_FOUND',
      message: 'links.1.target: node q-nowhere was not found',
      details: { field: 'links.1.target', id: 'q-nowhere' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('answers a hidden target exactly like an unknown one, and writes nothing', async () => {
    const before = await snapshot();
    const hidden = await ask({
      title: 'Une question cachée ?',
      seeds: ['s-base'],
      links: [{ relation: 'REFINES', target: 'q-private' }],
    });
    const unknown = await ask({
      title: 'Une question cachée ?',
      seeds: ['s-base'],
      links: [{ relation: 'REFINES', target: 'q-unknown' }],
    });
    expect([hidden.status, unknown.status]).toEqual([404, 404]);
    expect(hidden.body.error.message.replace('q-private', 'X')).toBe(
      unknown.body.error.message.replace('q-unknown', 'X'),
    );
    const visitorMembers = await ask(
      { title: 'Visiteur ?', links: [{ relation: 'REFINES', target: 'q-members' }] },
      visitor,
    );
    expect(visitorMembers.status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 for an unknown seed or prompting resource, naming the field', async () => {
    const before = await snapshot();
    const seed = await ask({ title: 'Dans quelle graine ?', seeds: ['s-base', 's-nowhere'] });
    expect([seed.status, seed.body.error.details]).toEqual([404, { field: 'seeds.1', id: 's-nowhere' }]);
    const photo = await ask({ title: 'Quelle photo ?', promptedBy: { resource: 'r-nowhere' } });
    expect([photo.status, photo.body.error.details]).toEqual([
      404,
      { field: 'promptedBy.resource', id: 'r-nowhere' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses kinds that do not fit with 400 RELATION_NOT_ALLOWED, and writes nothing', async () => {
    const before = await snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ links: [{ relation: 'REFINES', target: 's-base' }] }, 'links.0.target'],
      [{ seeds: ['q-second'] }, 'seeds.0'],
      [{ promptedBy: { resource: 'q-second' } }, 'promptedBy.resource'],
    ];
    for (const [extra, field] of cases) {
      const res = await ask({ title: 'Une question mal liée ?', ...extra });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('RELATION_NOT_ALLOWED');
      expect(res.body.error.details.field).toBe(field);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers 401 to a visitor (before looking at the body), and writes nothing', async () => {
    const before = await snapshot();
    const res = await ask(
      { title: 'Une question de visiteur ?', links: [{ relation: 'REFINES', target: 'q-base' }] },
      visitor,
    );
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
    expect((await ask({ title: '' }, visitor)).status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'ab' }, 'title'],
      [
        { title: 'Une question ?', links: [{ relation: 'GROWS_FROM', target: 'q-base' }] },
        'links.0.relation',
      ],
      [
        {
          title: 'Une question ?',
          promptedBy: { resource: 'r-photo', region: { x: 0.8, y: 0, w: 0.5, h: 0.1 } },
        },
        'promptedBy.region',
      ],
      [{ title: 'Une question ?', visibility: 'secret' }, 'visibility'],
    ];
    for (const [body, field] of cases) {
      const res = await ask(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([field]);
    }
  });
});

describe('POST /api/seeds', () => {
  const grow = (body: Record<string, unknown>, as: Client = member) => as.post('/api/seeds').send(body);

  it('grows a seed: GROWS_FROM, the grower as author, the question seeded by Semis (version + 1), an event for each', async () => {
    const before = await snapshot();
    const res = await grow({
      question: 'q-base',
      title: 'Composteurs d’immeuble',
      summary: 'Un bac par cour.',
    });
    expect(res.status).toBe(201);
    const id = res.body.node.id as string;
    expect(res.body.node).toMatchObject({
      kind: 'Seed',
      title: 'Composteurs d’immeuble',
      summary: 'Un bac par cour.',
      status: 'germinating',
      version: 1,
      createdBy: member.person.id,
    });
    expect(
      res.body.links.map((l: { source: string; relation: string; target: string; properties: object }) => [
        l.source,
        l.relation,
        l.target,
        l.properties,
      ]),
    ).toEqual([
      [id, 'GROWS_FROM', 'q-base', {}],
      [member.person.id, 'HAS_ROLE', id, { role: 'author' }],
    ]);
    const after = await snapshot();
    expect(after.nodes).toBe(before.nodes + 1);
    expect(after.rels).toBe(before.rels + 2);
    expect(after.events).toBe(before.events + 4);
    const question = await db.read((tx) =>
      tx.run("MATCH (q:Entity {id: 'q-base'}) RETURN q.status AS status, q.version AS version"),
    );
    expect([question.records[0]?.get('status'), question.records[0]?.get('version')]).toEqual(['seeded', 2]);
    const edit = await db.read((tx) =>
      tx.run(
        "MATCH (e:Event {action: 'node.edit', entityId: 'q-base'}) RETURN e.before AS before, e.after AS after, e.actorId AS actor",
      ),
    );
    expect(edit.records).toHaveLength(1);
    const row = edit.records[0];
    expect(JSON.parse(row?.get('before'))).toMatchObject({ status: 'open', version: 1 });
    expect(JSON.parse(row?.get('after'))).toMatchObject({ status: 'seeded', version: 2 });
    expect(row?.get('actor')).toBe(SYSTEM_ACTOR_ID); // a consequence of the graph, not the grower's edit
    const actions = await db.read((tx) =>
      tx.run('MATCH (e:Event) WHERE $id IN e.nodeIds RETURN e.action AS action ORDER BY action', { id }),
    );
    expect(actions.records.map((r) => r.get('action'))).toEqual([
      'link.create',
      'link.create',
      'node.create',
    ]);
    const { x, y } = res.body.node as { x: number; y: number };
    expect(Math.hypot(x - 100, y + 50)).toBeLessThanOrEqual(16);
  });

  it('does not edit a question that is already seeded', async () => {
    expect((await grow({ question: 'q-base', title: 'Première graine' })).status).toBe(201);
    expect((await grow({ question: 'q-base', title: 'Deuxième graine' })).status).toBe(201);
    expect(await count(db, "MATCH (e:Event {action: 'node.edit'}) RETURN count(e)")).toBe(1);
    expect(await count(db, "MATCH (q:Entity {id: 'q-base'}) RETURN q.version")).toBe(2);
  });

  it('answers 404 for an unknown or hidden question, 400 for a seed, 401 for a visitor; nothing written', async () => {
    const before = await snapshot();
    const hidden = await grow({ question: 'q-private', title: 'Graine' });
    const unknown = await grow({ question: 'q-unknown', title: 'Graine' });
    expect([hidden.status, unknown.status]).toEqual([404, 404]);
    expect(hidden.body.error.message.replace('q-private', 'X')).toBe(
      unknown.body.error.message.replace('q-unknown', 'X'),
    );
    const notQuestion = await grow({ question: 's-base', title: 'Graine' });
    expect([notQuestion.status, notQuestion.body.error.code]).toEqual([400, 'RELATION_NOT_ALLOWED']);
    const byVisitor = await grow({ question: 'q-base', title: 'Graine' }, visitor);
    expect([byVisitor.status, byVisitor.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    const invalid = await grow({ question: 'q-base', title: '' });
    expect([invalid.status, invalid.body.error.details.map((d: { path: string }) => d.path)]).toEqual([
      400,
      ['title'],
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
