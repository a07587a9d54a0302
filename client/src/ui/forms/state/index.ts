// A refused form's problems per field, read once for every dialog: a 400 VALIDATION_FAILED carries the
// zod issues in `details` (`{ path, code, message }`, the path dotted — `skills.2` — or a list, '' for the
// whole body); each field (the path's first segment) gets its first issue. Each dialog then says it in
// its own words (auth, ask and grow translate the code; editing turns it into a problem; photos name the
// file or the title).

export interface FieldIssue {
  code: string;
  message: string;
}

/** Field → its first issue; '' holds an issue about the whole body. */
export type FieldIssues = Record<string, FieldIssue>;

/** Field → the code of its first issue, fields only (no whole-body entry). */
export type FieldErrors = Record<string, string>;

/** A 400's `details` by field; {} for details that are no list of issues (a 412's version, nothing…). */
export function issuesByField(details: unknown): FieldIssues {
  const issues: FieldIssues = {};
  if (!Array.isArray(details)) return issues;
  for (const issue of details) {
    if (typeof issue !== 'object' || issue === null) continue;
    const { path, code, message } = issue as { path?: unknown; code?: unknown; message?: unknown };
    const first = Array.isArray(path) ? path[0] : path;
    const field =
      (typeof first === 'string' || typeof first === 'number' ? String(first) : '').split('.')[0] ?? '';
    if (field in issues) continue;
    issues[field] = {
      code: typeof code === 'string' ? code : '',
      message: typeof message === 'string' ? message : '',
    };
  }
  return issues;
}

/** A failure's issues by field: only a VALIDATION_FAILED error (an ApiError, or its shape) has some. */
export function fieldIssues(error: unknown): FieldIssues {
  if (typeof error !== 'object' || error === null) return {};
  const { code, details } = error as { code?: unknown; details?: unknown };
  return code === 'VALIDATION_FAILED' ? issuesByField(details) : {};
}

/** Field → its first issue's code, for the dialogs that translate codes; {} for any other failure. */
export function fieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, issue] of Object.entries(fieldIssues(error))) if (field) errors[field] = issue.code;
  return errors;
}
