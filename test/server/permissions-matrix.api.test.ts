// The permission table proven over HTTP: every role (visitor, a member for whom it is "not my object",
// the author, a seed's editor, a seed's animator, a community's animator, admin) × every write (create,
// edit, delete, change visibility, link with each special relation, unlink, revert, follow, unfollow, mark
// the inbox read, erase a node) gets its exact
// status; a refusal writes nothing (nodes, versions, links and events are compared before and after), an
// acceptance writes something.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { fingerprint } from '../support/contribute';
import { anonymous, type Client, type Session, signUp } from '../support/session';

vi.setConfig({ testTimeout: 120_000 });

const ROLES = [
  'visitor',
  'member',
  'author',
  'seedEditor',
  'seedAnimator',
  'communityAnimator',
  'admin',
] as const;
type Role = (typeof ROLES)[number];

const { db, app } = await apiSuite({ wipe: 'once' });
const clients = {} as Record<Role, Client>;
const people = {} as Record<Exclude<Role, 'visitor'>, Session>;

beforeAll(async () => {
  clients.visitor = await anonymous(app);
  for (const role of ROLES.filter((r) => r !== 'visitor')) {
    const session = await signUp(app, { name: role, admin: role === 'admin' });
    people[role as Exclude<Role, 'visitor'>] = session;
    clients[role] = session;
  }
}, 300_000);

/** A fresh little world per case: the author's seed S (with an editor and an animator), question Q
 *  explored in S, question Q2 refining Q (link L, made by the author), community C (with an animator),
 *  and N, a person without an account. */
interface World {
  S: string;
  Q: string;
  Q2: string;
  C: string;
  N: string;
  L: string;
}
let worlds = 0;
async function world(): Promise<World> {
  const n = ++worlds;
  const w: World = { S: `s${n}`, Q: `q${n}`, Q2: `qq${n}`, C: `c${n}`, N: `n${n}`, L: `l${n}` };
  await db.write((tx) =>
    tx.run(
      `CREATE (s:Entity:Seed {id: $S, kind: 'Seed', title: 'Graine'}),
              (q:Entity:Question {id: $Q, kind: 'Question', title: 'Pourquoi ?'}),
              (q2:Entity:Question {id: $Q2, kind: 'Question', title: 'Comment ?'}),
              (c:Entity:Community {id: $C, kind: 'Community', title: 'Mutuelle'}),
              (p:Entity:Person {id: $N, kind: 'Person', title: 'Nouvelle'})
       WITH [s, q, q2, c, p] AS made, s, q, q2, c
       UNWIND made AS m
       SET m.lang = 'fr', m.visibility = 'public', m.version = 1, m.createdBy = $author,
           m.x = 0.0, m.y = 0.0, m.createdAt = datetime(), m.updatedAt = datetime()
       WITH DISTINCT s, q, q2, c
       MATCH (ed:Entity:Person {id: $editor}), (an:Entity:Person {id: $animator}),
             (ca:Entity:Person {id: $communityAnimator})
       CREATE (q)-[:EXPLORED_IN {id: $S + '-x', createdBy: $author, createdAt: datetime()}]->(s),
              (ed)-[:HAS_ROLE {id: $S + '-e', role: 'editor', createdBy: $author, createdAt: datetime()}]->(s),
              (an)-[:HAS_ROLE {id: $S + '-a', role: 'animator', createdBy: $author, createdAt: datetime()}]->(s),
              (ca)-[:ANIMATES {id: $C + '-a', createdBy: $author, createdAt: datetime()}]->(c),
              (q2)-[:REFINES {id: $L, createdBy: $author, createdAt: datetime()}]->(q)`,
      {
        ...w,
        author: people.author.person.id,
        editor: people.seedEditor.person.id,
        animator: people.seedAnimator.person.id,
        communityAnimator: people.communityAnimator.person.id,
      },
    ),
  );
  return w;
}

/** The acting role's own Person (the visitor has none: the account-less person stands in). */
const own = (role: Role, w: World) => (role === 'visitor' ? w.N : people[role].person.id);

interface Case {
  name: string;
  send: (who: Client, w: World, role: Role) => Promise<{ status: number; body: unknown }>;
  expect: Record<Role, number>;
}

const link =
  (source: string, target: string, relation: string, properties?: Record<string, unknown>) => (who: Client) =>
    who.post('/api/links').send({ source, target, relation, properties });

// Shorthands for a row of statuses, in ROLES order.
const row = (...statuses: number[]) =>
  Object.fromEntries(ROLES.map((r, i) => [r, statuses[i] as number])) as Record<Role, number>;
const allMembers = (status: number) => row(401, status, status, status, status, status, status);

const CASES: Case[] = [
  {
    name: 'create a question',
    send: (who) => who.post('/api/nodes').send({ kind: 'Question', title: 'Et si ?' }),
    expect: allMembers(201),
  },
  {
    name: 'edit a question of the seed',
    send: (who, w) => who.patch(`/api/nodes/${w.Q}`).set('If-Match', '1').send({ title: 'Pourquoi donc ?' }),
    expect: row(401, 403, 200, 200, 200, 403, 200),
  },
  {
    name: 'edit a community',
    send: (who, w) => who.patch(`/api/nodes/${w.C}`).set('If-Match', '1').send({ purpose: 'Partager' }),
    expect: row(401, 403, 200, 403, 403, 200, 200),
  },
  {
    name: "edit another account's person",
    send: async (who) => {
      const url = `/api/nodes/${people.member.person.id}`;
      const version = (await who.get(url)).headers.etag ?? '"1"';
      return who.patch(url).set('If-Match', version).send({ bio: 'Réécrite' });
    },
    expect: row(401, 200, 403, 403, 403, 403, 200),
  },
  {
    name: 'delete a question of the seed',
    send: (who, w) => who.delete(`/api/nodes/${w.Q}`),
    expect: row(401, 403, 204, 403, 403, 403, 204),
  },
  {
    name: 'change the visibility of a question of the seed',
    send: (who, w) => who.patch(`/api/nodes/${w.Q}`).set('If-Match', '1').send({ visibility: 'members' }),
    expect: row(401, 403, 200, 403, 403, 403, 200),
  },
  {
    name: 'link two questions (ECHOES)',
    send: (who, w) => link(w.Q2, w.Q, 'ECHOES')(who),
    expect: allMembers(201),
  },
  {
    name: 'give someone the editor role (HAS_ROLE editor)',
    send: (who, w) => link(w.N, w.S, 'HAS_ROLE', { role: 'editor' })(who),
    expect: row(401, 403, 201, 201, 201, 403, 201),
  },
  {
    name: 'give themself the contributor role (HAS_ROLE contributor)',
    send: (who, w, role) => link(own(role, w), w.S, 'HAS_ROLE', { role: 'contributor' })(who),
    expect: allMembers(201),
  },
  {
    name: 'give someone else the contributor role',
    send: (who, w) => link(w.N, w.S, 'HAS_ROLE', { role: 'contributor' })(who),
    expect: row(401, 403, 201, 201, 201, 403, 201),
  },
  {
    name: 'make someone an animator of the community (ANIMATES)',
    send: (who, w) => link(w.N, w.C, 'ANIMATES')(who),
    expect: row(401, 403, 201, 403, 403, 201, 201),
  },
  {
    name: 'gather a seed into the community (GATHERS)',
    send: (who, w) => link(w.C, w.S, 'GATHERS')(who),
    expect: row(401, 403, 201, 403, 403, 201, 201),
  },
  {
    name: 'take a stance from their own person (TAKES_STANCE)',
    send: (who, w, role) => link(own(role, w), w.Q, 'TAKES_STANCE', { stance: 'supports' })(who),
    expect: allMembers(201),
  },
  {
    name: "take a stance in someone else's name",
    send: (who, w) => link(w.N, w.Q, 'TAKES_STANCE', { stance: 'challenges' })(who),
    expect: row(401, 403, 403, 403, 403, 403, 201),
  },
  {
    name: 'say someone else asked (ASKED)',
    send: (who, w) => link(w.N, w.Q, 'ASKED')(who),
    expect: row(401, 403, 403, 403, 403, 403, 201),
  },
  {
    name: 'join the community (MEMBER_OF, own person)',
    send: (who, w, role) => link(own(role, w), w.C, 'MEMBER_OF')(who),
    expect: allMembers(201),
  },
  {
    name: 'enrol someone else in the community',
    send: (who, w) => link(w.N, w.C, 'MEMBER_OF')(who),
    expect: row(401, 403, 403, 403, 403, 403, 201),
  },
  {
    name: "remove the author's link (unlink)",
    send: (who, w) => who.delete(`/api/links/${w.L}`),
    expect: row(401, 403, 204, 204, 204, 403, 204),
  },
  {
    name: "revert the author's edit",
    send: async (who, w) => {
      const edit = await clients.author
        .patch(`/api/nodes/${w.Q}`)
        .set('If-Match', '1')
        .send({ title: 'Édité ?' });
      expect(edit.status).toBe(200);
      const events = (await clients.author.get(`/api/nodes/${w.Q}/history`)).body.events;
      const before = await fingerprint(db);
      const res = await who.post(`/api/history/${events[0].id}/revert`);
      return Object.assign(res, { before });
    },
    expect: row(401, 403, 201, 201, 201, 403, 201),
  },
  {
    // undoing a creation is a deletion: the seed's editor and animator may not delete, so may not revert
    name: "revert the author's creation of a question of the seed (needs the delete right)",
    send: (who, w) =>
      revertAuthors(who, w, async () => {
        const made = await clients.author.post('/api/nodes').send({ kind: 'Question', title: 'Créée ?' });
        expect(made.status).toBe(201);
        const linked = await link(made.body.id, w.S, 'EXPLORED_IN')(clients.author);
        expect(linked.status).toBe(201);
        return { node: made.body.id, action: 'node.create' };
      }),
    expect: row(401, 403, 201, 403, 403, 403, 201),
  },
  {
    name: "revert the author's deletion of a question of the seed (needs the delete right)",
    send: (who, w) =>
      revertAuthors(who, w, async () => {
        expect((await clients.author.delete(`/api/nodes/${w.Q}`)).status).toBe(204);
        return { node: w.S, action: 'node.delete' };
      }),
    expect: row(401, 403, 201, 403, 403, 403, 201),
  },
  {
    name: "revert the author's link (needs the unlink and link rights)",
    send: (who, w) =>
      revertAuthors(who, w, async () => {
        expect((await link(w.Q2, w.Q, 'ECHOES')(clients.author)).status).toBe(201);
        return { node: w.Q, action: 'link.create' };
      }),
    expect: row(401, 403, 201, 201, 201, 403, 201),
  },
  {
    name: "revert the author's unlink (needs the link and unlink rights)",
    send: (who, w) =>
      revertAuthors(who, w, async () => {
        expect((await clients.author.delete(`/api/links/${w.L}`)).status).toBe(204);
        return { node: w.Q, action: 'link.delete' };
      }),
    expect: row(401, 403, 201, 201, 201, 403, 201),
  },
  {
    name: 'follow a question (PUT /api/follows/:id)',
    send: (who, w) => who.put(`/api/follows/${w.Q}`),
    expect: allMembers(200),
  },
  {
    name: 'stop following it (DELETE /api/follows/:id)',
    send: async (who, w, role) => {
      if (role !== 'visitor') expect((await who.put(`/api/follows/${w.Q}`)).status).toBe(200);
      const before = await fingerprint(db);
      const res = await who.delete(`/api/follows/${w.Q}`);
      return Object.assign(res, { before });
    },
    expect: allMembers(204),
  },
  {
    name: 'mark the inbox read (POST /api/inbox/read)',
    send: async (who) => {
      // something new in the log, so the watermark moves for everyone
      expect((await clients.admin.post('/api/nodes').send({ kind: 'Question', title: 'Lu ?' })).status).toBe(
        201,
      );
      const before = await fingerprint(db);
      return Object.assign(await who.post('/api/inbox/read').send({ all: true }), { before });
    },
    expect: allMembers(200),
  },
  {
    name: 'erase a question of the seed (POST /api/nodes/:id/erase: admins only)',
    send: (who, w) => who.post(`/api/nodes/${w.Q}/erase`).send({ reason: 'données personnelles' }),
    expect: row(401, 403, 403, 403, 403, 403, 200),
  },
];

/** Lets the author act, then `who` reverts the author's latest event of that action on that node. */
async function revertAuthors(
  who: Client,
  _w: World,
  act: () => Promise<{ node: string; action: string }>,
): Promise<{ status: number; body: unknown; before: string }> {
  const { node, action } = await act();
  const events = (await clients.admin.get(`/api/nodes/${node}/history`)).body.events as {
    id: string;
    action: string;
  }[];
  const event = events.find((e) => e.action === action);
  expect(event, `an event ${action} on ${node}`).toBeDefined();
  const before = await fingerprint(db);
  const res = await who.post(`/api/history/${event?.id}/revert`);
  return Object.assign(res, { before });
}

describe.each(CASES)('$name', (c) => {
  it.each(ROLES)('as %s', async (role) => {
    const w = await world();
    let before = await fingerprint(db);
    const res = await c.send(clients[role], w, role);
    before = (res as { before?: string }).before ?? before;
    const expected = c.expect[role];
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    const after = await fingerprint(db);
    if (expected >= 400) {
      expect((res.body as { error: { code: string } }).error.code).toBe(
        expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
      expect(after, 'a refusal writes nothing').toBe(before);
    } else {
      expect(after, 'an acceptance writes').not.toBe(before);
    }
  });
});

describe('access card of a question of the seed', () => {
  const BECAUSE: Record<Role, string> = {
    visitor: 'visitor',
    member: 'none',
    author: 'author',
    seedEditor: 'seed-editor',
    seedAnimator: 'seed-animator',
    communityAnimator: 'none',
    admin: 'admin',
  };
  it.each(ROLES)('as %s: the same rules as the writes', async (role) => {
    const w = await world();
    const res = await clients[role].get(`/api/nodes/${w.Q}`);
    expect(res.status).toBe(200);
    const may = (i: number) => CASES[i]?.expect[role] ?? 0;
    expect(res.body.access).toEqual({
      visibility: 'public',
      whoCanSee: 'everyone',
      whoCanEdit: ['author', 'seed-author', 'seed-editor', 'seed-animator', 'admin'],
      // Named, since every reader may see these persons: the seed's stewards come by the author's link.
      editors: (
        [
          ['author', 'author'],
          ['seed-editor', 'seedEditor'],
          ['seed-animator', 'seedAnimator'],
        ] as const
      ).map(([editorRole, who]) => ({
        role: editorRole,
        person: { id: people[who].person.id, title: people[who].person.name },
      })),
      you: {
        edit: may(1) === 200,
        delete: may(4) === 204,
        link: role !== 'visitor',
        changeVisibility: may(5) === 200,
        revert: may(1) === 200,
      },
      because: BECAUSE[role],
    });
  });
});
