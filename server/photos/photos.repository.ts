// Cypher for photos: the stored files of a photo the reader may see, the Question or Seed a new
// photo informs (locked, visible to the uploader), and the upload quota's ledger (:PhotoUpload). Creating the node and the link reuses the nodes' and
// links' own repositories.
import { z } from 'zod';
import { kindSchema, visibilitySchema } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { parseRow, toPlain } from '../db/plain';
import { visibilityParams, visibleTo } from '../db/visibility';
import type { Actor } from '../http/actor';
import type { CountedUpload, RecentUploads } from './upload-quota';

const storedPhotoFilesSchema = z.object({
  photoFile: z.string(),
  thumbnailFile: z.string(),
  visibility: visibilitySchema,
});
export type StoredPhotoFiles = z.infer<typeof storedPhotoFilesSchema>;

const informedNodeSchema = z.object({ id: z.string(), kind: kindSchema, x: z.number(), y: z.number() });

const countedUploadSchema = z.object({
  at: z.number(),
  bytes: z.number(),
}) satisfies z.ZodType<CountedUpload>;

/** The files of a photo Resource visible to the actor; null when unknown, hidden or not a photo. */
export async function findPhotoFiles(tx: Tx, id: string, actor: Actor): Promise<StoredPhotoFiles | null> {
  const result = await tx.run(
    `MATCH (n:Entity:Resource {id: $id}) WHERE n.resourceKind = 'photo' AND ${visibleTo('n')}
     RETURN n { .photoFile, .thumbnailFile, .visibility } AS photo`,
    { id, ...visibilityParams(actor) },
  );
  const photo = result.records[0]?.get('photo');
  return photo ? parseRow(storedPhotoFilesSchema, photo) : null;
}

/** Locks the node a new photo informs and returns where it is; null when unknown or hidden. */
export async function lockInformed(
  tx: Tx,
  id: string,
  actor: Actor,
): Promise<z.infer<typeof informedNodeSchema> | null> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id}) WHERE ${visibleTo('n')}
     SET n.__lock = true REMOVE n.__lock
     RETURN n { .id, .kind, .x, .y } AS node`,
    { id, ...visibilityParams(actor) },
  );
  const node = result.records[0]?.get('node');
  return node ? parseRow(informedNodeSchema, node) : null;
}

/**
 * The uploads an account made in the last 24 hours (the quota's ledger: one :PhotoUpload per accepted
 * upload, never :Entity, kept when the photo is deleted so deleting does not refill the quota), oldest
 * first, with the database's clock so several processes measure the windows alike.
 */
export async function recentUploads(tx: Tx, personId: string): Promise<RecentUploads> {
  const result = await tx.run(
    `OPTIONAL MATCH (u:PhotoUpload {personId: $personId}) WHERE u.at > datetime() - duration({hours: 24})
     WITH u ORDER BY u.at
     RETURN [x IN collect(u) | {at: x.at.epochMillis, bytes: x.bytes}] AS uploads,
            datetime().epochMillis AS now`,
    { personId },
  );
  const row = result.records[0];
  return {
    uploads: parseRow(z.array(countedUploadSchema), row?.get('uploads') ?? []),
    now: Number(toPlain(row?.get('now')) ?? Date.now()),
  };
}

/**
 * Locks the uploader's account for the rest of the transaction, so two uploads of one account check
 * and add to the quota one after the other (whichever process runs them).
 */
export async function lockUploader(tx: Tx, personId: string): Promise<void> {
  await tx.run('MATCH (a:Account {personId: $personId}) SET a.__lock = true REMOVE a.__lock', { personId });
}

/** Counts an accepted upload (in the photo's own transaction) and drops this account's rows past the day. */
export async function recordUpload(tx: Tx, personId: string, bytes: number): Promise<void> {
  await tx.run(
    `MATCH (old:PhotoUpload {personId: $personId}) WHERE old.at <= datetime() - duration({hours: 24})
     WITH old LIMIT 500 DELETE old`,
    { personId },
  );
  await tx.run('CREATE (:PhotoUpload {personId: $personId, bytes: $bytes, at: datetime()})', {
    personId,
    bytes,
  });
}
