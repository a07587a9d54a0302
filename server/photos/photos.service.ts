// Photo use cases: upload (account required, fields checked, the account's quota checked, image checked
// and re-encoded — at most `concurrency` at once —, files written under server-made names, then the quota
// checked again under a lock on the account and the Resource node, its event, its optional INFORMS link
// and the quota's ledger row in one transaction — the files are removed again if that transaction fails)
// and finding the file to serve for a reader who may see the photo. The node and link go through the
// write path (server/graph-writes).
import { type PhotoUploadFields, type PhotoView, photoUploadFieldsSchema } from '../../shared/photos';
import { checkRelationKinds } from '../../shared/vocabulary';
import type { Database, Tx } from '../db/database';
import * as graph from '../graph-writes/graph-writes';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { parse } from '../http/validate';
import { toNodeView } from '../nodes/nodes.service';
import { type PhotoInput, type PhotoLimits, type PhotoProcessor, STORED_FORMAT } from './photo-processing';
import type { PhotoStore, StoredFiles } from './photo-store';
import { findPhotoFiles, lockInformed, lockUploader, recentUploads, recordUpload } from './photos.repository';
import { quotaRefusal } from './upload-quota';

/** An uploaded file: its bytes or the path of the file they were received into, and its size. */
export interface UploadedFile {
  input: PhotoInput;
  bytes: number;
}

export interface PhotoFileToServe {
  /** The store's absolute folder: the root the file is sent from (it may hold a dot, as `.data` does). */
  folder: string;
  /** The server-made file name inside it (checked against the store's pattern, never a dot file). */
  name: string;
  contentType: string;
  visibility: string;
}

/** The Resource node and its history event (and the INFORMS link with its event), in `tx`. */
async function insertPhoto(
  tx: Tx,
  actor: Actor,
  fields: PhotoUploadFields,
  stored: StoredFiles & { width: number; height: number },
) {
  const { informs, ...nodeFields } = fields;
  const informed = informs ? await lockInformed(tx, informs, actor) : null;
  if (informs && !informed) throw notFound(`Node ${informs}`);
  if (informed) {
    const rule = checkRelationKinds('INFORMS', 'Resource', informed.kind);
    if (rule) throw new AppError('RELATION_NOT_ALLOWED', rule, { relation: 'INFORMS' });
  }
  const w = graph.writer(tx, actor);
  const node = await graph.createNode(
    w,
    { kind: 'Resource', resourceKind: 'photo', ...nodeFields },
    { extra: stored, ...(informed ? { near: informed } : {}) },
  );
  if (informed) {
    await graph.createLinks(w, [
      { source: node.id, target: informed.id, relation: 'INFORMS', properties: {} },
    ]);
  }
  return node;
}

export function createPhotosService(
  db: Database,
  store: PhotoStore,
  limits: PhotoLimits,
  processor: PhotoProcessor,
) {
  /** 429 UPLOAD_QUOTA when this upload would pass the account's hourly count or daily bytes. */
  async function checkQuota(tx: Tx, actor: Actor, bytes: number) {
    const refused = quotaRefusal(await recentUploads(tx, actor.id), bytes, limits);
    if (refused) throw refused;
  }

  return {
    limits,
    processor,

    async upload(actor: Actor, file: UploadedFile | undefined, rawFields: unknown): Promise<PhotoView> {
      requireAccount(actor);
      const fields = parse(photoUploadFieldsSchema, rawFields, 'body');
      if (!file) {
        throw new AppError('VALIDATION_FAILED', 'Invalid body: file: an image file is required', [
          { path: 'file', code: 'invalid_type', message: 'an image file is required' },
        ]);
      }
      // before the costly part (a refused upload is never decoded), then again under the account's lock
      await db.read((tx) => checkQuota(tx, actor, file.bytes));
      const processed = await processor.run(file.input, limits);
      const files = await store.save(processed.image, processed.thumbnail);
      try {
        const stored = { ...files, width: processed.width, height: processed.height };
        const node = await db.write(async (tx) => {
          await lockUploader(tx, actor.id);
          await checkQuota(tx, actor, file.bytes);
          const inserted = await insertPhoto(tx, actor, fields, stored);
          await recordUpload(tx, actor.id, file.bytes);
          return inserted;
        });
        return toNodeView(node) as PhotoView;
      } catch (error) {
        await store.remove(files);
        throw error;
      }
    },

    /** The file to send for a photo the actor may see; 404 (as for an unknown id) otherwise. */
    async file(actor: Actor, id: string, which: 'image' | 'thumbnail'): Promise<PhotoFileToServe> {
      const photo = await db.read((tx) => findPhotoFiles(tx, id, actor));
      const name = photo && (which === 'image' ? photo.photoFile : photo.thumbnailFile);
      if (!photo || !name || !store.pathOf(name)) throw notFound(`Photo ${id}`);
      return {
        folder: store.folder,
        name,
        contentType: STORED_FORMAT.contentType,
        visibility: photo.visibility,
      };
    },
  };
}

export type PhotosService = ReturnType<typeof createPhotosService>;
