// The edit form of a node, as pure functions: which fields its kind shows (from shared/entities.ts
// KIND_FIELDS), the form's values from a stored node, the patch (only what changed), the server's 400
// issues per field, and the side-by-side rows of a conflict (412) between my edit and theirs.
import { KIND_FIELDS, type NodeView } from '../../../../../shared/entities';
import {
  type Kind,
  resourceKindSchema,
  seedStatusSchema,
  visibilitySchema,
} from '../../../../../shared/vocabulary';
import { issuesByField } from '../../../ui/forms/state';

export type FieldInput = 'text' | 'textarea' | 'url' | 'select' | 'list';

export interface EditField {
  name: EditFieldName;
  input: FieldInput;
  /** The choices of a select. */
  options?: readonly string[];
  required?: boolean;
}

export type EditFieldName =
  | 'title'
  | 'body'
  | 'summary'
  | 'context'
  | 'bio'
  | 'skills'
  | 'resourceKind'
  | 'url'
  | 'credit'
  | 'license'
  | 'purpose'
  | 'rules'
  | 'status'
  | 'visibility';

const title: EditField = { name: 'title', input: 'text', required: true };
const body: EditField = { name: 'body', input: 'textarea' };
const visibility: EditField = { name: 'visibility', input: 'select', options: visibilitySchema.options };

/** The fields each kind shows, in the order of the form (visibility last). */
const KIND_FORM: Record<Kind, readonly EditField[]> = {
  // A question's status is Semis's to keep (it follows the seeds that explore it): shown, never edited.
  Question: [title, body],
  Seed: [
    title,
    { name: 'summary', input: 'textarea' },
    body,
    { name: 'context', input: 'textarea' },
    { name: 'status', input: 'select', options: seedStatusSchema.options },
  ],
  Person: [title, { name: 'bio', input: 'textarea' }, { name: 'skills', input: 'list' }, body],
  Resource: [
    title,
    { name: 'resourceKind', input: 'select', options: resourceKindSchema.options, required: true },
    { name: 'url', input: 'url' },
    body,
    { name: 'credit', input: 'text' },
    { name: 'license', input: 'text' },
  ],
  Community: [title, { name: 'purpose', input: 'textarea' }, { name: 'rules', input: 'textarea' }, body],
};

/** The fields of a kind's form; visibility only for who may change it. Each is one of KIND_FIELDS. */
export function editFields(kind: Kind, canChangeVisibility: boolean): EditField[] {
  const fields = canChangeVisibility ? [...KIND_FORM[kind], visibility] : [...KIND_FORM[kind]];
  const allowed: Record<string, unknown> = KIND_FIELDS[kind];
  return fields.filter((field) => field.name in allowed);
}

export type FormValues = Partial<Record<EditFieldName, string>>;

/** A stored value as the form shows it: lists as "a, b", nothing as "". */
export function displayValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (value === undefined || value === null) return '';
  return String(value);
}

export function formValues(node: NodeView, fields: readonly EditField[]): FormValues {
  const record = node as unknown as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field.name, displayValue(record[field.name])]));
}

/** "a, b,, c " → ['a', 'b', 'c']. */
export const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** What the form's text becomes in the request: a list for a list field, the text otherwise. */
export function requestValue(field: EditField, text: string): unknown {
  if (field.input === 'list') return splitList(text);
  if (field.input === 'text' || field.input === 'url') return text.trim();
  return text;
}

const sameText = (field: EditField, a: string, b: string) =>
  field.input === 'list'
    ? splitList(a).join('\n') === splitList(b).join('\n')
    : field.input === 'textarea'
      ? a === b
      : a.trim() === b.trim();

/** The PATCH body: only the fields whose value changed from what was loaded (empty: nothing to send). */
export function patchOf(
  fields: readonly EditField[],
  loaded: FormValues,
  edited: FormValues,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    const before = loaded[field.name] ?? '';
    const after = edited[field.name] ?? '';
    if (!sameText(field, before, after)) patch[field.name] = requestValue(field, after);
  }
  return patch;
}

/** Why a field was refused, as a translatable reason. */
export type FieldProblem = 'empty' | 'tooLong' | 'url' | 'choice' | 'invalid';

/** The server's 400 issues (`details: [{ path, code, message }]`) per form field; '' for the whole form. */
export function fieldProblems(details: unknown): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const [field, { code, message }] of Object.entries(issuesByField(details))) {
    problems[field] = problemOf(code, message, field);
  }
  return problems;
}

function problemOf(code: string, message: string, field: string): FieldProblem {
  if (code === 'too_small') return 'empty';
  if (code === 'too_big') return 'tooLong';
  if (field === 'url' || /url|http/i.test(message)) return 'url';
  if (code === 'invalid_value' || code === 'invalid_enum_value') return 'choice';
  return 'invalid';
}

/** One line of the conflict view: a field's value as loaded, as they saved it, and as I wrote it. */
export interface ConflictRow {
  field: EditFieldName;
  loaded: string;
  theirs: string;
  mine: string;
  /** Both changed it, to different values: applying mine overwrites theirs. */
  clash: boolean;
}

/** The fields that they or I changed since the version I loaded. */
export function conflictRows(
  fields: readonly EditField[],
  loaded: NodeView,
  theirs: NodeView,
  patch: Record<string, unknown>,
): ConflictRow[] {
  const before = loaded as unknown as Record<string, unknown>;
  const now = theirs as unknown as Record<string, unknown>;
  const rows: ConflictRow[] = [];
  for (const field of fields) {
    const loadedText = displayValue(before[field.name]);
    const theirsText = displayValue(now[field.name]);
    const mineChanged = field.name in patch;
    const mineText = mineChanged ? displayValue(patch[field.name]) : theirsText;
    const theirsChanged = theirsText !== loadedText;
    if (!theirsChanged && !mineChanged) continue;
    rows.push({
      field: field.name,
      loaded: loadedText,
      theirs: theirsText,
      mine: mineChanged ? mineText : theirsText,
      clash: theirsChanged && mineChanged && mineText !== theirsText,
    });
  }
  return rows;
}
