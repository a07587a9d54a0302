// Idempotent schema migrations run at start-up: id uniqueness for nodes and (per type) relationships,
// a kind index, accounts and sessions, the full-text index with the French analyzer over every language's
// text fields, and the history's indexes (events by id, entity, actor and reverted event; :Trail rows by
// node id).
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
    // One account per person; also what finds "is this Person an account's?" (permissions).
    'CREATE CONSTRAINT account_person IF NOT EXISTS FOR (a:Account) REQUIRE a.personId IS UNIQUE',
    'CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE',
    'CREATE INDEX event_entity IF NOT EXISTS FOR (e:Event) ON (e.entityId)',
    'CREATE INDEX event_actor IF NOT EXISTS FOR (e:Event) ON (e.actorId)',
    'CREATE INDEX event_reverts IF NOT EXISTS FOR (e:Event) ON (e.reverts)',
    // The events of one user action (undo and revert take them all).
    'CREATE INDEX event_action IF NOT EXISTS FOR (e:Event) ON (e.actionId)',
    'CREATE INDEX trail_node IF NOT EXISTS FOR (t:Trail) ON (t.nodeId)',
    // who looks at a node now (server/live/presence): one row per node and viewer, found by node
    'CREATE CONSTRAINT presence_node_viewer IF NOT EXISTS FOR (p:Presence) REQUIRE (p.nodeId, p.viewer) IS UNIQUE',
    // The event log's position counter (one node) and each event's position in it (streams resume from it).
    'CREATE CONSTRAINT event_log_id IF NOT EXISTS FOR (l:EventLog) REQUIRE l.id IS UNIQUE',
    'CREATE INDEX event_position IF NOT EXISTS FOR (e:Event) ON (e.position)',
    // Whose nodes: the landscape's cache asks "has this reader a private node of their own?" per request.
    'CREATE INDEX entity_created_by IF NOT EXISTS FOR (n:Entity) ON (n.createdBy)',
    // Idempotency-Key records (never :Entity): one per (account, key); expired ones purged by expiresAt.
    'CREATE CONSTRAINT idempotency_account_key IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE (k.accountId, k.key) IS UNIQUE',
    'CREATE INDEX idempotency_expires IF NOT EXISTS FOR (k:IdempotencyKey) ON (k.expiresAt)',
    // The photo upload quota's ledger (never :Entity): an account's uploads of the last 24 h, by index.
    'CREATE INDEX photo_upload_person IF NOT EXISTS FOR (u:PhotoUpload) ON (u.personId, u.at)',
    // Following and the inbox's read marks (never :Entity): one follow per (person, node), one mark per
    // (person, event), one "all read up to" watermark per person.
    'CREATE CONSTRAINT follow_person_node IF NOT EXISTS FOR (f:Follow) REQUIRE (f.personId, f.nodeId) IS UNIQUE',
    'CREATE INDEX follow_person IF NOT EXISTS FOR (f:Follow) ON (f.personId)',
    'CREATE CONSTRAINT inbox_read_person_event IF NOT EXISTS FOR (r:InboxRead) REQUIRE (r.personId, r.eventId) IS UNIQUE',
    'CREATE CONSTRAINT inbox_state_person IF NOT EXISTS FOR (s:InboxState) REQUIRE s.personId IS UNIQUE',
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
