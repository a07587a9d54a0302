// The ask dialog's pure logic: what each action presets (a follow-up refines the selected question,
// "why not?" challenges it, a seed's prompts attach the question to the seed…), the rows the dialog
// lists (what the person already picked stays listed while the suggestions follow the typing), and the
// POST /api/questions body built from the picks.
import type { AskQuestion, Suggestion } from '../../../../shared/questions';
import type { Kind, Lang, LINEAGE_RELATIONS, Visibility } from '../../../../shared/vocabulary';
import type { ContributeAction } from '../contribute';

export type LineageRelation = (typeof LINEAGE_RELATIONS)[number];
export const PICKABLE_RELATIONS: readonly LineageRelation[] = [
  'REFINES',
  'CHALLENGES',
  'REFRAMES',
  'PRESUPPOSES',
  'ECHOES',
];

/** The actions the ask dialog answers. */
export const ASK_ACTIONS = [
  'ask-question',
  'ask-follow-up',
  'ask-why',
  'ask-why-not',
  'add-founding-question',
  'ask-prompted-question',
] as const satisfies readonly ContributeAction[];
export type AskAction = (typeof ASK_ACTIONS)[number];

/** The node an action starts from, as the dialog knows it. */
export interface StartNode {
  id: string;
  kind: Kind;
  title: string;
}

/** One listed node the new question may link to. */
export interface LinkRow {
  id: string;
  kind: 'Question' | 'Seed';
  title: string;
  /** Present when it came from the suggestions. */
  suggestion?: Suggestion;
}

export interface AskDraft {
  title: string;
  body: string;
  visibility: Visibility;
  /** Question id → the relation picked for it. */
  relations: Record<string, LineageRelation>;
  /** Seeds the question joins (EXPLORED_IN). */
  seeds: string[];
  /** Rows picked by the person or preset: they stay listed when the suggestions change. */
  kept: LinkRow[];
  foundingOf?: string;
  promptedBy?: string;
}

/** Where the typed text starts: nothing, or "Pourquoi " / "Pourquoi pas " (the view adds " ?" after). */
export type Prefill = 'why' | 'whyNot' | null;

export interface Preset {
  draft: AskDraft;
  prefill: Prefill;
  /** The context the suggestions are asked with. */
  selected?: string;
}

export const emptyDraft = (): AskDraft => ({
  title: '',
  body: '',
  visibility: 'public',
  relations: {},
  seeds: [],
  kept: [],
});

const asRow = (node: StartNode): LinkRow | null =>
  node.kind === 'Question' || node.kind === 'Seed'
    ? { id: node.id, kind: node.kind, title: node.title }
    : null;

/** What an action on `node` (the selected node, if any) fills in before the person types. */
export function presetFor(action: AskAction, node: StartNode | null): Preset {
  const draft = emptyDraft();
  const prefill: Prefill = action === 'ask-why' ? 'why' : action === 'ask-why-not' ? 'whyNot' : null;
  if (!node) return { draft, prefill };
  const row = asRow(node);
  const preset: Preset = { draft, prefill, selected: node.id };
  if (node.kind === 'Question' && row) {
    const relation: LineageRelation | null =
      action === 'ask-follow-up' || action === 'ask-why'
        ? 'REFINES'
        : action === 'ask-why-not'
          ? 'CHALLENGES'
          : null;
    if (relation) {
      draft.relations[node.id] = relation;
      draft.kept.push(row);
    }
  } else if (node.kind === 'Seed' && row) {
    if (action === 'add-founding-question') draft.foundingOf = node.id;
    else {
      draft.seeds.push(node.id);
      draft.kept.push(row);
    }
  } else if (node.kind === 'Resource' && action === 'ask-prompted-question') {
    draft.promptedBy = node.id;
  }
  return preset;
}

/** The rows to list: kept ones the suggestions no longer hold first, then the suggestions in their order. */
export function linkRows(kept: readonly LinkRow[], suggestions: readonly Suggestion[]): LinkRow[] {
  const suggested = new Set(suggestions.map((s) => s.id));
  return [
    ...kept.filter((row) => !suggested.has(row.id)),
    ...suggestions.map((s) => ({ id: s.id, kind: s.kind, title: s.title, suggestion: s })),
  ];
}

/** The most similar likely duplicate among the suggestions, if any (they come ranked). */
export const likelyDuplicate = (suggestions: readonly Suggestion[]): Suggestion | null =>
  suggestions.find((s) => s.likelyDuplicate) ?? null;

/** Picks (or with null, clears) the relation to a question; a picked row stays listed. */
export function pickRelation(draft: AskDraft, row: LinkRow, relation: LineageRelation | null): AskDraft {
  const relations = { ...draft.relations };
  if (relation) relations[row.id] = relation;
  else delete relations[row.id];
  return {
    ...draft,
    relations,
    kept: keep(draft.kept, row, relation !== null || draft.seeds.includes(row.id)),
  };
}

/** Attaches the question to a seed, or detaches it. */
export function toggleSeed(draft: AskDraft, row: LinkRow, attached: boolean): AskDraft {
  const seeds = attached ? [...new Set([...draft.seeds, row.id])] : draft.seeds.filter((id) => id !== row.id);
  return { ...draft, seeds, kept: keep(draft.kept, row, attached || row.id in draft.relations) };
}

function keep(kept: readonly LinkRow[], row: LinkRow, wanted: boolean): LinkRow[] {
  const others = kept.filter((r) => r.id !== row.id);
  const { suggestion: _, ...plain } = row;
  return wanted ? [...others, plain] : others;
}

/** The text as sent: trimmed, spaces collapsed. */
export const cleanTitle = (title: string) => title.replace(/\s+/g, ' ').trim();

/** The POST /api/questions body: the picks in the order they are listed. */
export function buildAskRequest(draft: AskDraft, lang: Lang): AskQuestion {
  const body = draft.body.trim();
  const request: AskQuestion = {
    title: cleanTitle(draft.title),
    lang,
    visibility: draft.visibility,
    links: Object.entries(draft.relations).map(([target, relation]) => ({ relation, target })),
    seeds: [...draft.seeds],
  };
  if (body) request.body = body;
  if (draft.foundingOf) request.foundingOf = draft.foundingOf;
  if (draft.promptedBy) request.promptedBy = { resource: draft.promptedBy };
  return request;
}

/** The number of links the question will be asked with (shown on the submit button). */
export const linkCount = (draft: AskDraft) =>
  Object.keys(draft.relations).length +
  draft.seeds.length +
  (draft.foundingOf ? 1 : 0) +
  (draft.promptedBy ? 1 : 0);
