// The access card's pure logic: which contribution buttons the reader gets and the card's lines.

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accessLines,
  panelButtons,
  peopleSentence,
  type Translate,
} from '../../client/src/features/panel/access-card';
import { en } from '../../client/src/i18n/en';
import { fr } from '../../client/src/i18n/fr';
import type { Access } from '../../shared/access';

const access = (fields: Partial<Access> = {}): Access => ({
  visibility: 'public',
  whoCanSee: 'everyone',
  whoCanEdit: ['admin', 'author', 'seed-editor'],
  editors: [],
  you: { edit: false, delete: false, link: true, changeVisibility: false, revert: false },
  because: 'none',
  ...fields,
});
const me = { person: { id: 'p1', name: 'Marie' }, role: 'member' as const };

describe('panelButtons', () => {
  it('shows a visitor only the invitation to log in, and nothing while it is not known who reads', () => {
    expect(panelButtons(access(), null)).toEqual({
      edit: false,
      delete: false,
      link: false,
      history: false,
      loginHint: true,
    });
    expect(panelButtons(access(), undefined)).toEqual({
      edit: false,
      delete: false,
      link: false,
      history: false,
      loginHint: false,
    });
  });

  it('follows what the server says the reader may do', () => {
    expect(panelButtons(access(), me)).toEqual({
      edit: false,
      delete: false,
      link: true,
      history: true,
      loginHint: false,
    });
    const author = access({
      you: { edit: true, delete: true, link: true, changeVisibility: true, revert: true },
      because: 'author',
    });
    expect(panelButtons(author, me)).toEqual({
      edit: true,
      delete: true,
      link: true,
      history: true,
      loginHint: false,
    });
  });

  it('lets a member try everything when the server sends no card (it answers 403 where the rules say no)', () => {
    expect(panelButtons(undefined, me)).toEqual({
      edit: true,
      delete: true,
      link: true,
      history: true,
      loginHint: false,
    });
  });
});

describe('accessLines', () => {
  it('lists the editors once, administrators last, and what I may do', () => {
    expect(accessLines(access({ whoCanEdit: ['admin', 'author', 'author', 'seed-editor'] }))).toEqual({
      see: 'everyone',
      editors: ['author', 'seed-editor', 'admin'],
      people: {},
      because: 'none',
      mayDo: ['link'],
    });
  });

  it('names the people the reader may see under their role, and only counts the others', () => {
    const card = access({
      editors: [
        { role: 'author', person: { id: 'p1', title: 'Marie' } },
        { role: 'seed-editor', person: { id: 'p2', title: 'Eve' } },
        { role: 'seed-editor', person: null },
        { role: 'seed-editor', person: null },
      ],
    });
    expect(accessLines(card).people).toEqual({
      author: { names: ['Marie'], others: 0 },
      'seed-editor': { names: ['Eve'], others: 2 },
    });
  });
});

describe('peopleSentence', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({
      resources: { fr: { translation: fr }, en: { translation: en } },
      lng: 'fr',
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
  });
  const say = (lang: 'fr' | 'en') => i18n.getFixedT(lang) as unknown as Translate;
  const card = access({
    whoCanEdit: ['author', 'seed-editor', 'admin'],
    editors: [
      { role: 'seed-editor', person: { id: 'p2', title: 'Eve' } },
      { role: 'seed-editor', person: null },
      { role: 'author', person: { id: 'p1', title: 'Marie' } },
    ],
  });

  it('names each role’s people in the order of the roles, counting those the reader may not see', () => {
    expect(peopleSentence(accessLines(card), 'fr', say('fr'))).toBe(
      'Qui\u00a0: Marie (auteur)\u00a0; Eve et 1 autre personne (éditeur d’une de ses graines).',
    );
    expect(peopleSentence(accessLines(card), 'en', say('en'))).toBe(
      'Who: Marie (author); Eve and 1 other person (editor of one of its seeds).',
    );
  });

  it('says nothing when the server names nobody', () => {
    expect(peopleSentence(accessLines(access()), 'fr', say('fr'))).toBe('');
  });
});
