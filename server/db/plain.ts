// Turns what the Neo4j driver returns (temporal values, integers, nodes) into plain JSON-ready values,
// so nothing driver-specific leaves the repositories.
import neo4j from 'neo4j-driver';

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
