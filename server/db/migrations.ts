// Idempotent schema migrations run at start-up: id uniqueness for nodes and (per type) relationships,
// a kind index, accounts and sessions, and the full-text index with the French analyzer over every language's text fields.
import { RELATIONS } from '../../shared/vocabulary';
import type { Database } from './database';

export const FULLTEXT_INDEX = 'entity_text';

/** Text fields the full-text index covers, in every language. */
export const FULLTEXT_FIELDS = ['title', 'body', 'summary'].flatMap((f) => [f, `${f}_fr`, `${f}_en`]);

export function schemaStatements(): string[] {
  const fields = FULLTEXT_FIELDS.map((f) => `n.${f}`).join(', ');
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
    // Accounts and sessions (never :Entity): one account per email; a session is found by its token's hash.
    'CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE',
    'CREATE CONSTRAINT account_email IF NOT EXISTS FOR (a:Account) REQUIRE a.email IS UNIQUE',
    'CREATE CONSTRAINT session_token IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE',
    'CREATE INDEX session_account IF NOT EXISTS FOR (s:Session) ON (s.accountId)',
    // Relationship property uniqueness is per type in Neo4j: one constraint per relation.
    ...RELATIONS.map(
      (r) =>
        `CREATE CONSTRAINT rel_${r.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${r}]-() REQUIRE r.id IS UNIQUE`,
    ),
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [${fields}]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'french' } }`,
  ];
}

export async function migrate(db: Database): Promise<void> {
  for (const statement of schemaStatements()) {
    await db.write((tx) => tx.run(statement));
  }
  await db.read((tx) => tx.run('CALL db.awaitIndexes(120)'));
}
