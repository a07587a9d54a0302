// How a bulk write sends its rows. The embedded launcher registers semis.jsonRows (neo4j/…/JsonRows.java):
// there the rows travel as ONE JSON string, parsed inside Neo4j, because neo4j-driver's per-value packing
// costs about nine times as much Node CPU as JSON.stringify plus that parse (docs/benchmarks.md). Any
// other Neo4j server gets the plain Bolt list. Either way the statement reads `UNWIND <expression> AS …`
// and stores the same values (the function returns numbers as floats, as the JavaScript driver sends them).
import type { Database } from './database';

export const JSON_ROWS_FUNCTION = 'semis.jsonRows';

export interface BulkRows {
  /** The Cypher expression that yields the list of rows, reading the parameter `$<name>`. */
  expression: string;
  /** The parameter's value: a JSON string or the rows themselves. */
  value: unknown;
}

const support = new WeakMap<Database, Promise<boolean>>();

/** Whether this database has semis.jsonRows; asked once per Database and remembered. */
export function hasJsonRows(db: Database): Promise<boolean> {
  let known = support.get(db);
  if (!known) {
    known = db
      .read((tx) =>
        tx.run('SHOW FUNCTIONS YIELD name WHERE name = $name RETURN count(*) > 0 AS present', {
          name: JSON_ROWS_FUNCTION,
        }),
      )
      .then((result) => result.records[0]?.get('present') === true);
    // A failed question (database down) is asked again next time rather than remembered.
    known.catch(() => support.delete(db));
    support.set(db, known);
  }
  return known;
}

/** The rows as the parameter `$<name>`: one JSON string when the server can parse it, else the list. */
export function rowsParameter(json: boolean, rows: readonly unknown[], name = 'batch'): BulkRows {
  return json
    ? { expression: `${JSON_ROWS_FUNCTION}($${name})`, value: JSON.stringify(rows) }
    : { expression: `$${name}`, value: rows };
}

/** The rows of one batch for this database: the parameter `$<name>` and the expression to UNWIND. */
export async function bulkRows(db: Database, rows: readonly unknown[], name = 'batch'): Promise<BulkRows> {
  return rowsParameter(await hasJsonRows(db), rows, name);
}
