// The edit form's pure logic: the fields each kind shows, the patch of only what changed, the server's
// 400 issues per field, and the rows of a conflict between my edit and the version saved meanwhile.
import { describe, expect, it } from 'vitest';
import {
  conflictRows,
  editFields,
  fieldProblems,
  formValues,
  patchOf,
} from '../../client/src/features/contribute/node-edit';
import type { NodeView } from '../../shared/entities';

const node = (fields: Partial<NodeView>): NodeView => ({
  id: 'n1',
  kind: 'Seed',
  lang: 'fr',
  visibility: 'public',
  version: 3,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  createdBy: 'p1',
  x: 0,
  y: 0,
  title: 'Compost',
  ...fields,
});

const names = (kind: NodeView['kind'], visibility = false) => editFields(kind, visibility).map((f) => f.name);

describe('editFields', () => {
  it('shows the fields of each kind, visibility only to who may change it', () => {
    expect(names('Question')).toEqual(['title', 'body']); // its status follows its seeds (Semis)
    expect(names('Seed', true)).toEqual(['title', 'summary', 'body', 'context', 'status', 'visibility']);
    expect(names('Person')).toEqual(['title', 'bio', 'skills', 'body']);
    expect(names('Resource')).toEqual(['title', 'resourceKind', 'url', 'body', 'credit', 'license']);
    expect(names('Community', true)).toEqual(['title', 'purpose', 'rules', 'body', 'visibility']);
    expect(editFields('Seed', false).find((f) => f.name === 'status')?.options).toEqual([
      'germinating',
      'active',
      'dormant',
    ]);
  });
});

describe('patchOf', () => {
  const fields = editFields('Person', true);
  const loaded = formValues(
    node({ kind: 'Person', title: 'Marie', bio: 'Jardinière', skills: ['compost', 'haies'] }),
    fields,
  );

  it('reads lists as comma-separated text and absent fields as empty', () => {
    expect(loaded).toEqual({
      title: 'Marie',
      bio: 'Jardinière',
      skills: 'compost, haies',
      body: '',
      visibility: 'public',
    });
  });

  it('sends only the fields that changed, lists as arrays, titles trimmed', () => {
    expect(
      patchOf(fields, loaded, { ...loaded, title: ' Marie Curie ', skills: 'compost,  haies, , sol ' }),
    ).toEqual({
      title: 'Marie Curie',
      skills: ['compost', 'haies', 'sol'],
    });
  });

  it('sends nothing when only spacing around a title or list items changed', () => {
    expect(patchOf(fields, loaded, { ...loaded, title: 'Marie  ', skills: 'compost ,haies' })).toEqual({});
  });

  it('keeps a text area exactly as written, emptied fields as empty text', () => {
    expect(patchOf(fields, loaded, { ...loaded, bio: '', body: '  *deux*\n' })).toEqual({
      bio: '',
      body: '  *deux*\n',
    });
  });
});

describe('fieldProblems', () => {
  it('names each field the server refused, by the kind of problem', () => {
    expect(
      fieldProblems([
        { path: 'title', code: 'too_small', message: 'title must not be empty' },
        { path: 'url', code: 'invalid_format', message: 'url must be an http(s) address' },
        { path: 'summary', code: 'too_big', message: 'Too big' },
        { path: 'skills.2', code: 'too_small', message: 'Too small' },
        { path: 'visibility', code: 'invalid_value', message: 'Invalid option' },
        { path: '', code: 'custom', message: 'a patch must change at least one field' },
      ]),
    ).toEqual({
      title: 'empty',
      url: 'url',
      summary: 'tooLong',
      skills: 'empty',
      visibility: 'choice',
      '': 'invalid',
    });
  });

  it('keeps the first problem of a field and ignores what is not a list of issues', () => {
    expect(
      fieldProblems([
        { path: ['title'], code: 'too_big', message: '' },
        { path: 'title', code: 'too_small', message: '' },
      ]),
    ).toEqual({ title: 'tooLong' });
    expect(fieldProblems({ currentVersion: 4 })).toEqual({});
    expect(fieldProblems(undefined)).toEqual({});
  });
});

describe('conflictRows', () => {
  const fields = editFields('Seed', false);
  const loaded = node({ summary: 'Un résumé', body: 'Texte' });

  it('lists what they changed and what I changed, and marks the fields both changed differently', () => {
    const theirs = node({ version: 4, title: 'Compost collectif', summary: 'Un résumé', body: 'Texte revu' });
    const mine = { title: 'Compost de quartier', summary: 'Résumé neuf' };
    expect(conflictRows(fields, loaded, theirs, mine)).toEqual([
      {
        field: 'title',
        loaded: 'Compost',
        theirs: 'Compost collectif',
        mine: 'Compost de quartier',
        clash: true,
      },
      { field: 'summary', loaded: 'Un résumé', theirs: 'Un résumé', mine: 'Résumé neuf', clash: false },
      { field: 'body', loaded: 'Texte', theirs: 'Texte revu', mine: 'Texte revu', clash: false },
    ]);
  });

  it('is no clash when both wrote the same value', () => {
    const theirs = node({ version: 4, title: 'Même titre', summary: 'Un résumé', body: 'Texte' });
    expect(conflictRows(fields, loaded, theirs, { title: 'Même titre' })).toEqual([
      { field: 'title', loaded: 'Compost', theirs: 'Même titre', mine: 'Même titre', clash: false },
    ]);
  });
});
