// semis.jsonRows, the launcher's function that lets bulk imports send their rows as one JSON string:
// the embedded database has it, it parses every JSON value type, it refuses what is not a JSON array, and
// an import through it stores exactly the values and types the driver's own parameter encoding stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkRows, hasJsonRows, rowsParameter } from '../../server/db/bulk-rows';
import type { Database } from '../../server/db/database';
import { mergeLinks, mergeNodes } from '../../server/graph-writes/import.repository';
import { openTestDatabase, wipe } from '../support/database';

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipe(db);
});
afterAll(() => db.close());

const rowsOf = async (json: string) =>
  (await db.read((tx) => tx.run('RETURN semis.jsonRows($json) AS rows', { json }))).records[0]?.get('rows');

/** Every property of the node with `id` (label `label`) as [key, value, Cypher value type], sorted. */
async function stored(label: string, id: string): Promise<[string, unknown, string][]> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (n {id: $id}) WHERE $label IN labels(n)
       UNWIND keys(n) AS key WITH n, key ORDER BY key
       RETURN collect([key, n[key], valueType(n[key])]) AS props`,
      { id, label },
    ),
  );
  return result.records[0]?.get('props');
}

describe('semis.jsonRows', () => {
  it('is registered by the embedded launcher, so bulk writes send JSON', async () => {
    expect(await hasJsonRows(db)).toBe(true);
    const rows = await bulkRows(db, [{ id: 'a' }]);
    expect(rows).toEqual({ expression: 'semis.jsonRows($batch)', value: '[{"id":"a"}]' });
  });

  it('is not needed: a server without it gets the rows as a plain list parameter', async () => {
    const rows = [{ id: 'a', n: 1 }];
    const plain = rowsParameter(false, rows, 'rows');
    expect(plain).toEqual({ expression: '$rows', value: rows });
    const result = await db.read((tx) =>
      tx.run(`UNWIND ${plain.expression} AS r RETURN r.id AS id`, { rows: plain.value }),
    );
    expect(result.records.map((r) => r.get('id'))).toEqual(['a']);
  });

  it('parses strings, numbers, booleans, null, lists and nested maps', async () => {
    const json = JSON.stringify([
      {
        s: 'é "quoted" \\ \n ✓ 🌱',
        i: 3,
        f: -2.5,
        big: 1e21,
        t: true,
        n: null,
        list: ['a', 'b'],
        map: { k: [1] },
      },
      [],
      'plain',
    ]);
    expect(await rowsOf(json)).toEqual(JSON.parse(json));
    const types = await db.read((tx) =>
      tx.run('WITH semis.jsonRows($json)[0] AS r RETURN valueType(r.i) AS i, valueType(r.list) AS list', {
        json,
      }),
    );
    // numbers come out as floats, the way neo4j-driver sends JavaScript numbers
    expect(types.records[0]?.get('i')).toBe('FLOAT NOT NULL');
    expect(types.records[0]?.get('list')).toBe('LIST<STRING NOT NULL> NOT NULL');
  });

  it('refuses what is not one JSON array, naming the problem', async () => {
    await expect(rowsOf('{"a":1}')).rejects.toThrow(/expects a JSON array/);
    await expect(rowsOf('[1,')).rejects.toThrow(/invalid JSON/);
    await expect(rowsOf('[1] [2]')).rejects.toThrow(/trailing content/);
    expect(await rowsOf('[]')).toEqual([]);
  });

  it('stores through the import exactly what the driver stores from plain parameters', async () => {
    const row = {
      id: 'json-probe',
      kind: 'Person',
      title: 'Inès « Bernard »',
      skills: ['photographie', 'menuiserie'],
      version: 1,
      x: -159.13,
      autoPlaced: false,
    };
    expect(await mergeNodes(db, [row])).toBe(1);
    await db.write((tx) =>
      tx.run('UNWIND $rows AS p CREATE (n:Probe) SET n = p', { rows: [{ ...row, kind: 'Probe' }] }),
    );
    const viaImport = (await stored('Person', 'json-probe')).filter(
      ([key]) => !['createdAt', 'updatedAt', 'kind'].includes(key),
    );
    const viaDriver = (await stored('Probe', 'json-probe')).filter(([key]) => key !== 'kind');
    expect(viaImport).toEqual(viaDriver);
    expect(viaImport.find(([key]) => key === 'version')).toEqual(['version', 1, 'FLOAT NOT NULL']);

    await mergeNodes(db, [{ id: 'json-probe-2', kind: 'Seed', title: 'Graine' }]);
    const link = {
      id: 'json-link',
      source: 'json-probe',
      target: 'json-probe-2',
      relation: 'HAS_ROLE',
      properties: { role: 'author' },
    };
    expect(await mergeLinks(db, [link])).toBe(1);
    expect(await mergeLinks(db, [link])).toBe(0);
    const rel = await db.read((tx) =>
      tx.run('MATCH (:Person)-[r:HAS_ROLE {id: $id}]->(:Seed) RETURN r.role AS role', { id: 'json-link' }),
    );
    expect(rel.records.map((r) => r.get('role'))).toEqual(['author']);
  });
});
