// The permission table's pure rules (server/permissions/permissions.rules.ts), one case per line of the
// README table: who may edit, delete, change visibility, link (each special relation), unlink, revert,
// and the access card built from the same rules.
import { describe, expect, it } from 'vitest';
import {
  accessCard,
  type Decision,
  mayChangeVisibility,
  mayDelete,
  mayEdit,
  mayLink,
  mayRevert,
  mayUnlink,
  type NodeFacts,
  namedEditors,
  type Who,
} from '../../server/permissions/permissions.rules';

const visitor: Who = { id: 'anonymous', role: 'visitor' };
const me: Who = { id: 'me', role: 'member' };
const admin: Who = { id: 'boss', role: 'admin' };

const node = (over: Partial<NodeFacts> = {}): NodeFacts => ({
  id: 'n1',
  kind: 'Question',
  createdBy: 'someone',
  visibility: 'public',
  seedRoles: [],
  animates: false,
  accountPerson: false,
  ...over,
});
const because = (d: Decision) => (d.allowed ? d.because : 'denied');

describe('edit', () => {
  it.each([
    ['visitor', visitor, node(), 'denied'],
    ['a member, not my object', me, node(), 'denied'],
    ['its author', me, node({ createdBy: 'me' }), 'author'],
    ['a seed author', me, node({ seedRoles: ['author'] }), 'seed-author'],
    ['a seed editor', me, node({ seedRoles: ['editor'] }), 'seed-editor'],
    ['a seed animator', me, node({ seedRoles: ['animator'] }), 'seed-animator'],
    ['a seed contributor', me, node({ seedRoles: ['contributor', 'member'] }), 'denied'],
    ['admin', admin, node(), 'admin'],
    ['community creator', me, node({ kind: 'Community', createdBy: 'me' }), 'author'],
    ['community animator', me, node({ kind: 'Community', animates: true }), 'community-animator'],
    ['seed editor on a community', me, node({ kind: 'Community', seedRoles: ['editor'] }), 'denied'],
    ['own account person', me, node({ id: 'me', kind: 'Person', accountPerson: true }), 'self'],
    [
      "another account's person, even its creator",
      me,
      node({ kind: 'Person', accountPerson: true, createdBy: 'me' }),
      'denied',
    ],
    ['admin on an account person', admin, node({ kind: 'Person', accountPerson: true }), 'admin'],
  ] as const)('%s → %s', (_name, who, facts, expected) => {
    expect(because(mayEdit(who, facts))).toBe(expected);
  });

  it('names the rule when it says no', () => {
    expect(mayEdit(me, node())).toEqual({
      allowed: false,
      rule: 'a node is edited by its author and the authors, editors and animators of its seeds',
    });
  });
});

describe('delete and change visibility', () => {
  it.each([
    ['visitor', visitor, node(), 'denied'],
    ['not my object', me, node(), 'denied'],
    ['author', me, node({ createdBy: 'me' }), 'author'],
    ['seed author', me, node({ seedRoles: ['author'] }), 'seed-author'],
    ['seed editor', me, node({ seedRoles: ['editor'] }), 'denied'],
    ['seed animator', me, node({ seedRoles: ['animator'] }), 'denied'],
    ['community animator', me, node({ kind: 'Community', animates: true }), 'denied'],
    ['community creator', me, node({ kind: 'Community', createdBy: 'me' }), 'author'],
    [
      'own account person',
      me,
      node({ id: 'me', kind: 'Person', accountPerson: true, createdBy: 'me' }),
      'denied',
    ],
    ['admin', admin, node({ kind: 'Person', accountPerson: true }), 'admin'],
  ] as const)('%s → %s', (_name, who, facts, expected) => {
    expect(because(mayDelete(who, facts))).toBe(expected);
    expect(because(mayChangeVisibility(who, facts))).toBe(expected);
  });
});

describe('link', () => {
  const seed = (over: Partial<NodeFacts> = {}) => node({ id: 's1', kind: 'Seed', ...over });
  const person = (id: string) => node({ id, kind: 'Person', createdBy: id, accountPerson: true });
  const community = (over: Partial<NodeFacts> = {}) => node({ id: 'c1', kind: 'Community', ...over });
  const question = node({ id: 'q1' });

  it.each([
    ['any member, an ordinary relation', me, 'REFINES', null, question, node({ id: 'q2' }), 'member'],
    ['visitor', visitor, 'REFINES', null, question, node({ id: 'q2' }), 'denied'],
    ['HAS_ROLE editor by a stranger', me, 'HAS_ROLE', 'editor', person('me'), seed(), 'denied'],
    [
      'HAS_ROLE editor by a seed editor',
      me,
      'HAS_ROLE',
      'editor',
      person('x'),
      seed({ seedRoles: ['editor'] }),
      'seed-editor',
    ],
    [
      'HAS_ROLE author by the seed creator',
      me,
      'HAS_ROLE',
      'author',
      person('x'),
      seed({ createdBy: 'me' }),
      'author',
    ],
    ['HAS_ROLE animator by admin', admin, 'HAS_ROLE', 'animator', person('x'), seed(), 'admin'],
    ['HAS_ROLE contributor to myself', me, 'HAS_ROLE', 'contributor', person('me'), seed(), 'self'],
    ['HAS_ROLE member to myself', me, 'HAS_ROLE', 'member', person('me'), seed(), 'self'],
    ['HAS_ROLE contributor to someone else', me, 'HAS_ROLE', 'contributor', person('x'), seed(), 'denied'],
    ['ANIMATES by a stranger', me, 'ANIMATES', null, person('me'), community(), 'denied'],
    ['ANIMATES by the creator', me, 'ANIMATES', null, person('x'), community({ createdBy: 'me' }), 'author'],
    [
      'ANIMATES by an animator',
      me,
      'ANIMATES',
      null,
      person('x'),
      community({ animates: true }),
      'community-animator',
    ],
    ['GATHERS by a stranger', me, 'GATHERS', null, community(), seed(), 'denied'],
    [
      'GATHERS by an animator',
      me,
      'GATHERS',
      null,
      community({ animates: true }),
      seed(),
      'community-animator',
    ],
    ['TAKES_STANCE from my person', me, 'TAKES_STANCE', null, person('me'), question, 'self'],
    ['TAKES_STANCE for someone else', me, 'TAKES_STANCE', null, person('x'), question, 'denied'],
    ['ASKED for someone else', me, 'ASKED', null, person('x'), question, 'denied'],
    ['MEMBER_OF from my person', me, 'MEMBER_OF', null, person('me'), community(), 'self'],
    ['MEMBER_OF for someone else by admin', admin, 'MEMBER_OF', null, person('x'), community(), 'admin'],
  ] as const)('%s → %s', (_name, who, relation, role, source, target, expected) => {
    expect(because(mayLink(who, { relation, role }, source, target))).toBe(expected);
  });
});

describe('unlink and revert', () => {
  it('unlink: the link creator, an editor of either end, admin; not a stranger', () => {
    expect(because(mayUnlink(me, { createdBy: 'me' }, node(), node({ id: 'n2' })))).toBe('link-creator');
    expect(because(mayUnlink(me, { createdBy: 'x' }, node(), node({ id: 'n2', createdBy: 'me' })))).toBe(
      'author',
    );
    expect(because(mayUnlink(me, { createdBy: 'x' }, node({ seedRoles: ['editor'] }), node()))).toBe(
      'seed-editor',
    );
    expect(because(mayUnlink(admin, { createdBy: 'x' }, node(), node()))).toBe('admin');
    expect(because(mayUnlink(me, { createdBy: 'x' }, node(), node()))).toBe('denied');
    expect(because(mayUnlink(visitor, { createdBy: 'anonymous' }, node(), node()))).toBe('denied');
  });

  it("revert: the event's actor, an editor of the entity now, admin; not a stranger", () => {
    expect(because(mayRevert(me, { actorId: 'me' }, [node()]))).toBe('event-actor');
    expect(because(mayRevert(me, { actorId: 'x' }, [node({ seedRoles: ['animator'] })]))).toBe(
      'seed-animator',
    );
    expect(because(mayRevert(me, { actorId: 'x' }, [node(), node({ createdBy: 'me' })]))).toBe('author');
    expect(because(mayRevert(admin, { actorId: 'x' }, []))).toBe('admin');
    expect(because(mayRevert(me, { actorId: 'x' }, [node()]))).toBe('denied');
    expect(because(mayRevert(visitor, { actorId: 'anonymous' }, [node()]))).toBe('denied');
  });
});

describe('access card', () => {
  it('a visitor reads the rule and may do nothing', () => {
    expect(accessCard(visitor, node())).toEqual({
      visibility: 'public',
      whoCanSee: 'everyone',
      whoCanEdit: ['author', 'seed-author', 'seed-editor', 'seed-animator', 'admin'],
      editors: [],
      you: { edit: false, delete: false, link: false, changeVisibility: false, revert: false },
      because: 'visitor',
    });
  });

  it('a seed editor may edit, link and revert, not delete nor change visibility', () => {
    expect(accessCard(me, node({ visibility: 'private', seedRoles: ['editor'] }))).toEqual({
      visibility: 'private',
      whoCanSee: 'editors-only',
      whoCanEdit: ['author', 'seed-author', 'seed-editor', 'seed-animator', 'admin'],
      editors: [],
      you: { edit: true, delete: false, link: true, changeVisibility: false, revert: true },
      because: 'seed-editor',
    });
  });

  it('a member on a community and on their own person', () => {
    const card = accessCard(me, node({ kind: 'Community', visibility: 'members' }));
    expect(card).toMatchObject({ whoCanSee: 'members', because: 'none' });
    expect(card.whoCanEdit).toEqual(['author', 'community-animator', 'admin']);
    const self = accessCard(me, node({ id: 'me', kind: 'Person', accountPerson: true }));
    expect(self).toMatchObject({ whoCanEdit: ['self', 'admin'], because: 'self' });
    expect(self.you).toEqual({
      edit: true,
      delete: false,
      link: true,
      changeVisibility: false,
      revert: true,
    });
  });

  it('names the people whose role lets them edit, in the order of whoCanEdit, each once per role', () => {
    const marie = { id: 'p1', title: 'Marie' };
    const standings = [
      { role: 'seed-editor', personId: 'p2', person: null },
      { role: 'community-animator', personId: 'p3', person: { id: 'p3', title: 'Zoé' } },
      { role: 'author', personId: 'p1', person: marie },
      { role: 'seed-editor', personId: 'p2', person: null },
      { role: 'seed-animator', personId: 'p1', person: marie },
    ];
    expect(namedEditors(node(), standings)).toEqual([
      { role: 'author', person: marie },
      { role: 'seed-editor', person: null },
      { role: 'seed-animator', person: marie },
    ]);
    // A community: its animators, not its seeds' stewards; an account's person: that person, as 'self'.
    expect(namedEditors(node({ kind: 'Community' }), standings)).toEqual([
      { role: 'author', person: marie },
      { role: 'community-animator', person: { id: 'p3', title: 'Zoé' } },
    ]);
    expect(namedEditors(node({ kind: 'Person', accountPerson: true }), standings)).toEqual([
      { role: 'self', person: marie },
    ]);
    expect(accessCard(me, node(), standings).editors).toHaveLength(3);
  });
});
