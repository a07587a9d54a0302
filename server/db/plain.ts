// Turns what the Neo4j driver returns (temporal values, integers, nodes) into plain JSON-ready values,
// so nothing driver-specific leaves the repositories.
import neo4j from 'neo4j-driver';
import { z } from 'zod';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return normaliseTemporal(String(value));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const maybeEntity = value as { properties?: unknown; labels?: unknown; type?: unknown };
    if (maybeEntity.properties && (maybeEntity.labels || maybeEntity.type))
      return toPlain(maybeEntity.properties);
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}

/** Neo4j prints nanoseconds and a zone suffix; clients get an ISO-8601 instant with milliseconds. */
function normaliseTemporal(text: string): string {
  const date = new Date(text.replace(/\[.*\]$/, ''));
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/**
 * A row the database returned, made plain (toPlain) then parsed by its schema, instead of cast. A row
 * that does not match is a server bug, not a client's mistake: it throws a plain Error (a 500), never the
 * ZodError the error handler would answer as a 400.
 */
export function parseRow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const plain = toPlain(value);
  const parsed = schema.safeParse(plain);
  if (parsed.success) return inTheOrderOf(plain, parsed.data) as z.output<S>;
  throw new Error(`A stored row does not have the expected shape: ${z.prettifyError(parsed.error)}`, {
    cause: parsed.error,
  });
}

/** Every row of a result, each through parseRow. */
export const parseRows = <S extends z.ZodType>(schema: S, values: readonly unknown[]): z.output<S>[] =>
  values.map((value) => parseRow(schema, value));

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;

/** The parsed value with its keys in the order the database gave them (zod puts its schema's first),
 *  so what a response carries is byte for byte what it was before rows were parsed. */
function inTheOrderOf(input: unknown, output: unknown): unknown {
  if (Array.isArray(input) && Array.isArray(output)) return output.map((o, i) => inTheOrderOf(input[i], o));
  if (!isPlainObject(input) || !isPlainObject(output)) return output;
  // the common case on the hot paths (a landscape's rows): the schema's keys are the projection's, in its
  // order — keep the parsed object, and rebuild only what holds nested objects
  const inputKeys = Object.keys(input);
  const outputKeys = Object.keys(output);
  if (inputKeys.length === outputKeys.length && inputKeys.every((key, i) => outputKeys[i] === key)) {
    for (const key of inputKeys) {
      const value = output[key];
      if (typeof value === 'object' && value !== null) output[key] = inTheOrderOf(input[key], value);
    }
    return output;
  }
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(input))
    if (key in output) ordered[key] = inTheOrderOf(input[key], output[key]);
  for (const key of Object.keys(output)) if (!(key in ordered)) ordered[key] = output[key];
  return ordered;
}
