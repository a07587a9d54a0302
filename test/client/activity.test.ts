// The activity feature's pure state: which node an event is about, what it names, pages merged without
// repeats, the badge text, the tabs a reader has, and the last seen position in storage (per account,
// never moving back unless reset, garbage read as nothing).
import { describe, expect, it } from 'vitest';
import {
  badgeText,
  focusOf,
  lastSeenKey,
  mergePages,
  readLastSeen,
  storeLastSeen,
  subjectsOf,
  tabsFor,
} from '../../client/src/features/activity';
import type { ActivityEvent } from '../../shared/activity';

const event = (over: Partial<ActivityEvent>): ActivityEvent => ({
  id: 'e1',
  at: '2026-12-04T10:00:00.000Z',
  actor: { id: 'p1', name: 'Marie' },
  action: 'node.create',
  entity: { type: 'node', id: 'q1' },
  before: null,
  after: { title: 'Pourquoi semer ?' },
  position: 1,
  nodes: [{ id: 'q1', kind: 'Question', title: 'Pourquoi semer ?' }],
  ...over,
});

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
}

describe('what an event is about', () => {
  it('a node event: its node when visible, none when gone', () => {
    expect(focusOf(event({}))).toBe('q1');
    expect(focusOf(event({ action: 'node.delete', nodes: [] }))).toBeNull();
  });

  it('a link event: its target, else its source', () => {
    const nodes = [
      { id: 'q2', kind: 'Question' as const, title: 'Quand ?' },
      { id: 'q1', kind: 'Question' as const, title: 'Pourquoi ?' },
    ];
    const link = event({ action: 'link.create', entity: { type: 'link', id: 'l1' }, nodes });
    expect(focusOf(link)).toBe('q1');
    expect(focusOf({ ...link, nodes: nodes.slice(0, 1) })).toBe('q2');
    expect(subjectsOf(link).titles).toEqual(['Quand ?', 'Pourquoi ?']);
  });

  it("names a node by its title now, else by its snapshot's (a deleted node)", () => {
    expect(
      subjectsOf(event({ nodes: [{ id: 'q1', kind: 'Question', title: 'Renommée ?' }] })).titles,
    ).toEqual(['Renommée ?']);
    expect(subjectsOf(event({ nodes: [], before: { title: 'Partie ?' }, after: null })).titles).toEqual([
      'Partie ?',
    ]);
  });
});

describe('pages and badge', () => {
  it('merges pages newest first, each event once', () => {
    const a = [
      { id: 'c', position: 3 },
      { id: 'b', position: 2 },
    ];
    const b = [
      { id: 'b', position: 2 },
      { id: 'a', position: 1 },
    ];
    expect(mergePages(a, b).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('shows nothing at 0, the count, then 99+', () => {
    expect([0, 1, 99, 100, 5000].map(badgeText)).toEqual(['', '1', '99', '99+', '99+']);
  });

  it('gives members the inbox and what they follow, visitors the landscape only', () => {
    expect(tabsFor(true)).toEqual(['landscape', 'following', 'inbox']);
    expect(tabsFor(false)).toEqual(['landscape']);
  });
});

describe('the last seen position', () => {
  it('is kept per account and never moves back unless reset', () => {
    const storage = memoryStorage();
    expect(readLastSeen(storage, 'p1')).toBeNull();
    storeLastSeen(storage, 'p1', 12);
    storeLastSeen(storage, 'p1', 7);
    expect(readLastSeen(storage, 'p1')).toBe(12);
    expect(readLastSeen(storage, null)).toBeNull();
    storeLastSeen(storage, 'p1', 3, true);
    expect(readLastSeen(storage, 'p1')).toBe(3);
  });

  it('reads garbage as nothing, and a storage that throws as nothing', () => {
    const storage = memoryStorage();
    for (const junk of ['', 'abc', '-1', '1.5', '9'.repeat(16)]) {
      storage.setItem(lastSeenKey(null), junk);
      expect(readLastSeen(storage, null), junk).toBeNull();
    }
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readLastSeen(broken, null)).toBeNull();
    expect(() => storeLastSeen(broken, null, 4)).not.toThrow();
  });
});
