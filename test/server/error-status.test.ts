// Every error code's HTTP status comes from one table (ERROR_STATUS), and AppError reads it. No database.
import { describe, expect, it } from 'vitest';
import { AppError, notFound } from '../../server/http/errors';
import { ERROR_CODES, ERROR_STATUS } from '../../shared/errors';

describe('ERROR_STATUS', () => {
  it('gives every code a 4xx or 5xx status, and names no code that does not exist', () => {
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) {
      expect(Number.isInteger(ERROR_STATUS[code])).toBe(true);
      expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(ERROR_STATUS[code]).toBeLessThan(600);
    }
  });

  it('keeps the statuses the API has always answered', () => {
    expect(ERROR_STATUS.NOT_FOUND).toBe(404);
    expect(ERROR_STATUS.VALIDATION_FAILED).toBe(400);
    expect(ERROR_STATUS.DATABASE_UNAVAILABLE).toBe(503);
    expect(ERROR_STATUS.CONFLICT).toBe(409);
    expect(ERROR_STATUS.PRECONDITION_FAILED).toBe(412);
    expect(ERROR_STATUS.PRECONDITION_REQUIRED).toBe(428);
    expect(ERROR_STATUS.IDEMPOTENCY_KEY_REUSED).toBe(422);
    expect(ERROR_STATUS.INTERNAL).toBe(500);
  });
});

describe('AppError', () => {
  it('takes its status from the table', () => {
    for (const code of ERROR_CODES) expect(new AppError(code, 'm').status).toBe(ERROR_STATUS[code]);
    expect(notFound('Node').status).toBe(404);
  });

  it("lets only BAD_REQUEST keep Express's own 4xx", () => {
    expect(new AppError('BAD_REQUEST', 'm', undefined, undefined, { status: 414 }).status).toBe(414);
    expect(new AppError('NOT_FOUND', 'm', undefined, undefined, { status: 418 }).status).toBe(404);
  });
});
