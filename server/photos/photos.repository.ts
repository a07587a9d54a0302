// Cypher for photos: the stored files of a photo the reader may see, and the Question or Seed a new
// photo informs (locked, visible to the uploader). Creating the node and the link reuses the nodes' and
// links' own repositories.
import type { Kind, Visibility } from '../../shared/vocabulary';
import type { Tx } from '../db/database';
import { toPlain } from '../db/plain';
import { visibilityParams, visibleTo } from '../db/visibility';
import type { Actor } from '../http/actor';

export interface StoredPhotoFiles {
  photoFile: string;
  thumbnailFile: string;
  visibility: Visibility;
}

/** The files of a photo Resource visible to the actor; null when unknown, hidden or not a photo. */
export async function findPhotoFiles(tx: Tx, id: string, actor: Actor): Promise<StoredPhotoFiles | null> {
  const result = await tx.run(
    `MATCH (n:Entity:Resource {id: $id}) WHERE n.resourceKind = 'photo' AND ${visibleTo('n')}
     RETURN n { .photoFile, .thumbnailFile, .visibility } AS photo`,
    { id, ...visibilityParams(actor) },
  );
  const photo = result.records[0]?.get('photo');
  return photo ? (toPlain(photo) as StoredPhotoFiles) : null;
}

/** Locks the node a new photo informs and returns where it is; null when unknown or hidden. */
export async function lockInformed(
  tx: Tx,
  id: string,
  actor: Actor,
): Promise<{ id: string; kind: Kind; x: number; y: number } | null> {
  const result = await tx.run(
    `MATCH (n:Entity {id: $id}) WHERE ${visibleTo('n')}
     SET n.__lock = true REMOVE n.__lock
     RETURN n { .id, .kind, .x, .y } AS node`,
    { id, ...visibilityParams(actor) },
  );
  const node = result.records[0]?.get('node');
  return node ? (toPlain(node) as { id: string; kind: Kind; x: number; y: number }) : null;
}
