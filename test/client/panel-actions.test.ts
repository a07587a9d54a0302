// The node panel's action bar (client/src/features/panel/access-card/actions.ts, issue 11 §6): every action of the
// node's kind, offered by permission — none for a visitor, all for a member but the stewards' ones, which
// come disabled with why; the prompts a member may not follow are not shown.
import { describe, expect, it } from 'vitest';
import {
  actionPermission,
  KIND_ACTIONS,
  panelActions,
  promptAllowed,
} from '../../client/src/features/panel/access-card/actions';
import type { Access } from '../../shared/access';

const access = (you: Partial<Access['you']> = {}): Access => ({
  visibility: 'public',
  whoCanSee: 'everyone',
  whoCanEdit: ['author', 'admin'],
  editors: [],
  you: { edit: false, delete: false, link: true, changeVisibility: false, revert: false, ...you },
  because: 'none',
});
const me = { person: { id: 'p1', name: 'Marie' }, role: 'member' as const };

describe('panelActions', () => {
  it('offers a visitor nothing, nor anyone while it is not known who reads', () => {
    expect(panelActions('Question', access(), null)).toEqual([]);
    expect(panelActions('Question', access(), undefined)).toEqual([]);
  });

  it('keeps every action of a question at hand for a member, whatever the graph already has', () => {
    const actions = panelActions('Question', access(), me);
    expect(actions.map((a) => a.action)).toEqual([
      'ask-follow-up',
      'take-stance',
      'add-resource',
      'grow-seed',
      'add-asker',
    ]);
    expect(actions.every((a) => a.allowed && a.why === undefined)).toBe(true);
  });

  it("disables a seed's animators for who may not edit the seed, with the reason", () => {
    const refused = panelActions('Seed', access(), me).find((a) => a.action === 'propose-animator');
    expect(refused).toEqual({ action: 'propose-animator', allowed: false, why: 'seedStewards' });
    const others = panelActions('Seed', access(), me).filter((a) => a.action !== 'propose-animator');
    expect(others.every((a) => a.allowed)).toBe(true);
    const steward = panelActions('Seed', access({ edit: true }), me);
    expect(steward.every((a) => a.allowed)).toBe(true);
  });

  it("disables a community's animators and gathered seeds for non-stewards, not joining it", () => {
    const actions = panelActions('Community', access(), me);
    expect(actions).toEqual([
      { action: 'join-community', allowed: true },
      { action: 'gather-seed', allowed: false, why: 'communityStewards' },
      { action: 'propose-animator', allowed: false, why: 'communityStewards' },
    ]);
    expect(panelActions('Community', access({ edit: true }), me).every((a) => a.allowed)).toBe(true);
  });

  it('offers a member everything without an access card (an older server answers 403 itself)', () => {
    for (const kind of Object.keys(KIND_ACTIONS) as (keyof typeof KIND_ACTIONS)[])
      expect(panelActions(kind, undefined, me).every((a) => a.allowed)).toBe(true);
  });

  it('refuses every action to a reader the server does not let link', () => {
    expect(panelActions('Resource', access({ link: false }), me).some((a) => a.allowed)).toBe(false);
    expect(actionPermission('Person', 'take-stance', access({ link: false }), me).allowed).toBe(false);
  });
});

describe('promptAllowed', () => {
  it('shows a visitor every prompt (following one asks to log in first)', () => {
    expect(promptAllowed('Seed', 'propose-animator', access(), null)).toBe(true);
  });

  it('hides from a member the prompts the rules refuse them, and keeps "why?"', () => {
    expect(promptAllowed('Seed', 'propose-animator', access(), me)).toBe(false);
    expect(promptAllowed('Community', 'gather-seed', access(), me)).toBe(false);
    expect(promptAllowed('Seed', 'propose-animator', access({ edit: true }), me)).toBe(true);
    expect(promptAllowed('Question', 'ask-why', access(), me)).toBe(true);
  });
});
