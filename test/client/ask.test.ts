// The ask dialog's pure parts: what each action presets from the selected node, the rows listed (picks
// stay while suggestions move on), the duplicate found among the suggestions, and the request built.
import { describe, expect, it } from 'vitest';
import {
  buildAskRequest,
  emptyDraft,
  likelyDuplicate,
  linkCount,
  linkRows,
  pickRelation,
  presetFor,
  type StartNode,
  toggleSeed,
} from '../../client/src/features/ask';
import type { Suggestion } from '../../shared/questions';

const question: StartNode = { id: 'q-1', kind: 'Question', title: 'Pourquoi composter ?' };
const seed: StartNode = { id: 's-1', kind: 'Seed', title: 'Compostage de quartier' };
const photo: StartNode = { id: 'r-1', kind: 'Resource', title: 'Un bac' };
const person: StartNode = { id: 'p-1', kind: 'Person', title: 'Camille' };

const suggestion = (
  id: string,
  kind: 'Question' | 'Seed',
  score: number,
  likelyDuplicate = false,
): Suggestion => ({
  id,
  kind,
  title: `titre ${id}`,
  score,
  reasons: ['similar-text'],
  likelyDuplicate,
});

describe('presetFor', () => {
  it('a follow-up refines the selected question, listed from the start', () => {
    const preset = presetFor('ask-follow-up', question);
    expect(preset.prefill).toBeNull();
    expect(preset.selected).toBe('q-1');
    expect(preset.draft.relations).toEqual({ 'q-1': 'REFINES' });
    expect(preset.draft.kept).toEqual([{ id: 'q-1', kind: 'Question', title: 'Pourquoi composter ?' }]);
  });

  it('"why?" prefills Pourquoi and refines; "why not?" prefills Pourquoi pas and challenges', () => {
    expect(presetFor('ask-why', question)).toMatchObject({
      prefill: 'why',
      draft: { relations: { 'q-1': 'REFINES' } },
    });
    expect(presetFor('ask-why-not', question)).toMatchObject({
      prefill: 'whyNot',
      draft: { relations: { 'q-1': 'CHALLENGES' } },
    });
    expect(presetFor('ask-why', person)).toMatchObject({
      prefill: 'why',
      selected: 'p-1',
      draft: { relations: {} },
    });
  });

  it('on a seed: attaches the question, or makes it the founding question', () => {
    expect(presetFor('ask-question', seed).draft).toMatchObject({ seeds: ['s-1'], kept: [{ id: 's-1' }] });
    const founding = presetFor('add-founding-question', seed).draft;
    expect([founding.foundingOf, founding.seeds, founding.kept]).toEqual(['s-1', [], []]);
  });

  it('a resource prompts the question; a plain ask only gives context', () => {
    expect(presetFor('ask-prompted-question', photo).draft.promptedBy).toBe('r-1');
    const plain = presetFor('ask-question', question);
    expect([plain.selected, plain.draft.relations, plain.draft.kept]).toEqual(['q-1', {}, []]);
    expect(presetFor('ask-question', null)).toEqual({ draft: emptyDraft(), prefill: null });
  });
});

describe('listed rows and picks', () => {
  it('lists kept rows the suggestions no longer hold first, then the suggestions in their order', () => {
    const kept = [
      { id: 'q-1', kind: 'Question' as const, title: 'Pourquoi composter ?' },
      { id: 'q-2', kind: 'Question' as const, title: 'titre q-2' },
    ];
    const rows = linkRows(kept, [suggestion('q-2', 'Question', 0.9), suggestion('s-9', 'Seed', 0.5)]);
    expect(rows.map((r) => [r.id, r.suggestion?.score ?? null])).toEqual([
      ['q-1', null],
      ['q-2', 0.9],
      ['s-9', 0.5],
    ]);
  });

  it('finds the best likely duplicate (suggestions come ranked)', () => {
    const list = [
      suggestion('q-a', 'Question', 0.7),
      suggestion('q-b', 'Question', 0.85, true),
      suggestion('q-c', 'Question', 0.82, true),
    ];
    expect(likelyDuplicate(list)?.id).toBe('q-b');
    expect(likelyDuplicate([suggestion('q-a', 'Question', 0.7)])).toBeNull();
  });

  it('keeps a picked row, forgets it when unpicked, and counts the links', () => {
    const row = linkRows([], [suggestion('q-2', 'Question', 0.6)])[0];
    if (!row) throw new Error('no row');
    let draft = pickRelation(emptyDraft(), row, 'ECHOES');
    expect(draft.relations).toEqual({ 'q-2': 'ECHOES' });
    expect(draft.kept).toEqual([{ id: 'q-2', kind: 'Question', title: 'titre q-2' }]);
    draft = pickRelation(draft, row, 'CHALLENGES');
    expect([draft.relations, draft.kept.length]).toEqual([{ 'q-2': 'CHALLENGES' }, 1]);
    expect(linkCount(draft)).toBe(1);
    draft = pickRelation(draft, row, null);
    expect([draft.relations, draft.kept]).toEqual([{}, []]);
    const seedRow = { id: 's-9', kind: 'Seed' as const, title: 'graine' };
    draft = toggleSeed(draft, seedRow, true);
    draft = toggleSeed(draft, seedRow, true);
    expect([draft.seeds, draft.kept.map((r) => r.id), linkCount(draft)]).toEqual([['s-9'], ['s-9'], 1]);
    expect(toggleSeed(draft, seedRow, false)).toMatchObject({ seeds: [], kept: [] });
  });
});

describe('buildAskRequest', () => {
  it('sends the cleaned title, the picked relations, seeds, founding seed and prompting resource', () => {
    const draft = {
      ...emptyDraft(),
      title: '  Pourquoi   composter  en hiver ?  ',
      body: '  ',
      visibility: 'members' as const,
      relations: { 'q-1': 'REFINES' as const, 'q-2': 'ECHOES' as const },
      seeds: ['s-1'],
      foundingOf: 's-2',
      promptedBy: 'r-1',
    };
    expect(buildAskRequest(draft, 'fr')).toEqual({
      title: 'Pourquoi composter en hiver ?',
      lang: 'fr',
      visibility: 'members',
      links: [
        { relation: 'REFINES', target: 'q-1' },
        { relation: 'ECHOES', target: 'q-2' },
      ],
      seeds: ['s-1'],
      foundingOf: 's-2',
      promptedBy: { resource: 'r-1' },
    });
    expect(buildAskRequest({ ...emptyDraft(), title: 'Et alors ?', body: ' Un détail. ' }, 'en')).toEqual({
      title: 'Et alors ?',
      body: 'Un détail.',
      lang: 'en',
      visibility: 'public',
      links: [],
      seeds: [],
    });
  });
});
