// Validation errors next to their field: a 400's `details` (the zod issues, each with a dotted `path` and
// a `code`) turned into field → the first issue's code, for the dialogs to translate.
import { ApiError } from '../../api/errors';

export type FieldErrors = Record<string, string>;

interface Issue {
  path: string;
  code: string;
}

const isIssue = (value: unknown): value is Issue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Issue).path === 'string' &&
  typeof (value as Issue).code === 'string';

/** Field (the issue path's first segment) → the code of its first issue; {} for any other failure. */
export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) {
    return {};
  }
  const errors: FieldErrors = {};
  for (const issue of error.details.filter(isIssue)) {
    const field = issue.path.split('.')[0] ?? '';
    if (field && !(field in errors)) errors[field] = issue.code;
  }
  return errors;
}
