// The one reading of a refused form: a 400's `details` (zod issues) per field, and what each dialog takes
// from it (codes for auth / ask / grow, problems for editing, the fields named for photos).
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/api/errors';
import { fieldProblems } from '../../client/src/features/contribute/node-edit';
import { uploadProblemFields } from '../../client/src/features/photos';
import { fieldErrors, fieldIssues, issuesByField } from '../../client/src/ui/forms/state';

const details = [
  { path: 'password', code: 'too_small', message: 'x' },
  { path: 'password', code: 'too_big', message: 'y' },
  { path: 'email', code: 'invalid_format', message: 'z' },
  { path: 'properties.role', code: 'invalid_value', message: 'w' },
  { path: ['skills', 2], code: 'too_small', message: 'list path' },
  { path: '', code: 'unrecognized_keys', message: 'v' },
];

describe('issuesByField', () => {
  it("keeps each field's first issue, the field being the path's first segment ('' the whole body)", () => {
    expect(issuesByField(details)).toEqual({
      password: { code: 'too_small', message: 'x' },
      email: { code: 'invalid_format', message: 'z' },
      properties: { code: 'invalid_value', message: 'w' },
      skills: { code: 'too_small', message: 'list path' },
      '': { code: 'unrecognized_keys', message: 'v' },
    });
  });

  it('reads nothing from details that are no list of issues, and skips what is not an issue', () => {
    expect(issuesByField({ currentVersion: 4 })).toEqual({});
    expect(issuesByField(undefined)).toEqual({});
    expect(issuesByField([null, 'title', { path: 'title' }])).toEqual({ title: { code: '', message: '' } });
  });
});

describe('fieldIssues and fieldErrors', () => {
  it('only a VALIDATION_FAILED failure has field issues', () => {
    const refused = new ApiError('VALIDATION_FAILED', 'bad', 400, details);
    expect(Object.keys(fieldIssues(refused))).toEqual(['password', 'email', 'properties', 'skills', '']);
    expect(
      fieldIssues({ code: 'VALIDATION_FAILED', details: [{ path: 'file', code: 'x', message: '' }] }),
    ).toEqual({
      file: { code: 'x', message: '' },
    });
    expect(fieldIssues(new ApiError('INVALID_CREDENTIALS', 'no', 401, details))).toEqual({});
    expect(fieldIssues(new ApiError('VALIDATION_FAILED', 'no', 400, { currentVersion: 3 }))).toEqual({});
    expect(fieldIssues(new Error('boom'))).toEqual({});
    expect(fieldIssues(null)).toEqual({});
  });

  it("maps each field to its first issue's code, leaving out the whole body", () => {
    expect(fieldErrors(new ApiError('VALIDATION_FAILED', 'bad', 400, details))).toEqual({
      password: 'too_small',
      email: 'invalid_format',
      properties: 'invalid_value',
      skills: 'too_small',
    });
    expect(fieldErrors(new ApiError('RATE_LIMITED', 'slow down', 429))).toEqual({});
  });
});

describe('every dialog reads the same issues', () => {
  it('editing, photos and the account dialogs agree on which fields were refused', () => {
    const refused = [
      { path: 'title', code: 'too_small', message: 'title must not be empty' },
      { path: 'file', code: 'invalid_type', message: 'an image file is required' },
    ];
    expect(Object.keys(fieldProblems(refused))).toEqual(['title', 'file']);
    expect(uploadProblemFields({ code: 'VALIDATION_FAILED', details: refused })).toEqual({
      file: 'photos.problems.missingFile',
      title: 'photos.problems.missingTitle',
    });
    expect(Object.keys(fieldErrors(new ApiError('VALIDATION_FAILED', 'bad', 400, refused)))).toEqual([
      'title',
      'file',
    ]);
  });
});
