// The Cypher of hints and traces. Every node a hint names or counts passes `visibleTo`, and so does every
// node whose presence or absence decides it (a resource informing a question, an animator, a stance's
// person, a question a photo prompted, an answer): a hidden resource does not make a question "informed"
// for a reader who cannot see it. Traces: each visible node's newest event the reader may see (its :Trail
// rows, the event log's per-node index). Parameters: $canSee, $actorId, $lang, $limit, $since.
import { z } from 'zod';
import type { HintKind } from '../../shared/hints';
import { kindSchema, LINEAGE_RELATIONS } from '../../shared/vocabulary';
import { int, type Tx } from '../db/database';
import { parseRow, parseRows } from '../db/plain';
import { type Viewer, visibleTo } from '../db/visibility';
import { EVENT_VISIBLE } from '../history/event-read.repository';
import { labelExpression } from '../nodes/nodes.repository';

/** For each hint kind: the MATCH … WHERE that binds `n`, the node needing help, and optionally `detail`. */
const MATCHES: Record<HintKind, string> = {
  'question-without-resource': `MATCH (n:Entity:Question) WHERE ${visibleTo('n')}
    AND NOT EXISTS { MATCH (r:Entity:Resource)-[:INFORMS]->(n) WHERE ${visibleTo('r')} }
    WITH n, null AS detail`,
  'seed-without-animator': `MATCH (n:Entity:Seed) WHERE ${visibleTo('n')}
    AND NOT EXISTS { MATCH (p:Entity:Person)-[:HAS_ROLE {role: 'animator'}]->(n) WHERE ${visibleTo('p')} }
    WITH n, null AS detail`,
  'one-sided-stances': `MATCH (n:Entity:Question) WHERE ${visibleTo('n')}
    WITH n, COLLECT { MATCH (s:Entity)-[r:TAKES_STANCE|INFORMS]->(n)
      WHERE r.stance IS NOT NULL AND ${visibleTo('s')} RETURN r.stance } AS stances
    WHERE size(stances) >= 2 AND all(stance IN stances WHERE stance = stances[0])
    WITH n, stances[0] AS detail`,
  'photo-without-question': `MATCH (n:Entity:Resource) WHERE n.resourceKind = 'photo' AND ${visibleTo('n')}
    AND NOT EXISTS { MATCH (n)-[:PROMPTED]->(q:Entity:Question) WHERE ${visibleTo('q')} }
    WITH n, null AS detail`,
  // standing at $since (or with no birth recorded) and no visible answer made after it
  'unanswered-question': `MATCH (n:Entity:Question)
    WHERE coalesce(n.createdAt, datetime({epochMillis: 0})) <= datetime({epochMillis: $since})
    AND ${visibleTo('n')}
    AND NOT EXISTS { MATCH (a:Entity)-[r:${[...LINEAGE_RELATIONS, 'INFORMS'].join('|')}]->(n)
      WHERE r.createdAt > datetime({epochMillis: $since}) AND ${visibleTo('a')} }
    WITH n, null AS detail`,
};

const hintRowSchema = z.object({
  nodeId: z.string(),
  nodeKind: kindSchema,
  title: z.string(),
  detail: z.string().nullable(),
});
const kindAnswerSchema = z.object({ count: z.number(), rows: z.array(hintRowSchema) });
export type HintRows = z.infer<typeof kindAnswerSchema>;

/** The nodes of one hint kind the reader may see: how many, and the first `limit` (oldest first). */
export async function hintsOfKind(
  tx: Tx,
  kind: HintKind,
  viewer: Viewer,
  options: { lang: string; limit: number; sinceMillis: number },
): Promise<HintRows> {
  const result = await tx.run(
    `${MATCHES[kind]}
     ORDER BY n.createdAt, n.id
     WITH collect(n { nodeId: n.id, nodeKind: n.kind, title: coalesce(${labelExpression('n')}, ''), detail: detail }) AS found
     RETURN { count: size(found), rows: found[0..$limit] } AS answer`,
    { ...viewer, lang: options.lang, limit: int(options.limit), since: int(options.sinceMillis) },
  );
  return parseRow(kindAnswerSchema, result.records[0]?.get('answer'));
}

const traceRowSchema = z.object({ id: z.string(), lastAt: z.string() });

/** Each visible node with the time of its newest event the reader may see (none: left out). */
export async function traces(tx: Tx, viewer: Viewer): Promise<{ id: string; lastAt: string }[]> {
  const result = await tx.run(
    `MATCH (n:Entity) WHERE ${visibleTo('n')}
     CALL (n) {
       MATCH (t:Trail {nodeId: n.id})
       MATCH (e:Event {id: t.eventId}) WHERE ${EVENT_VISIBLE}
       RETURN max(e.at) AS lastAt
     }
     WITH n, lastAt WHERE lastAt IS NOT NULL
     RETURN n { .id, lastAt: lastAt } AS trace`,
    viewer,
  );
  return parseRows(
    traceRowSchema,
    result.records.map((r) => r.get('trace')),
  );
}
