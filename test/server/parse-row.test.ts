// Repositories parse rows through zod schemas (server/db/plain.ts parseRow) instead of casting. No database.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRow, parseRows } from '../../server/db/plain';

const row = z.object({ id: z.string(), version: z.number(), note: z.string().nullish() });

describe('parseRow', () => {
  it('makes driver values plain before parsing them', () => {
    expect(parseRow(row, { id: 'a', version: neo4j.int(3) })).toEqual({ id: 'a', version: 3 });
    expect(parseRows(row, [{ id: 'a', version: 1, note: null }])).toEqual([
      { id: 'a', version: 1, note: null },
    ]);
  });

  it('keeps the keys in the order the database gave them, and a loose schema keeps the others', () => {
    const parsed = parseRow(z.looseObject({ id: z.string() }), { title: 't', id: 'a', x: 1 });
    expect(Object.keys(parsed)).toEqual(['title', 'id', 'x']);
    expect(Object.keys(parseRow(row, { version: 1, id: 'a' }))).toEqual(['version', 'id']);
  });

  it('throws a plain Error (a server bug, a 500), not a ZodError (which would answer 400)', () => {
    let thrown: unknown;
    try {
      parseRow(row, { id: 'a' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(z.ZodError);
    expect(String(thrown)).toMatch(/version/);
  });
});
