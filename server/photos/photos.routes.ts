// HTTP routes for photos: the multipart upload (account checked before a byte of the file is read,
// multer with tight limits writing the file to the incoming folder — not memory: queued uploads would all
// be held there —, its errors turned into our codes, then the Idempotency-Key; the received file removed
// once answered, incoming.ts) and the image and thumbnail,
// served only to readers who may see the photo, with headers that keep a browser from sniffing or
// running anything in them.
import { type RequestHandler, Router } from 'express';
import multer from 'multer';
import { ENDPOINTS } from '../../shared/api';
import { actorFrom, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { parseParams } from '../http/validate';
import { incomingStorage, removeReceived, removeWhenAnswered, whileHeld } from './incoming';
import type { PhotosService } from './photos.service';

/** Limits on everything but the file (the text fields are a title, a body and three short values). */
const FORM_LIMITS = {
  files: 1,
  fields: 8,
  parts: 10,
  fieldNameSize: 100,
  fieldSize: 25_000,
  headerPairs: 50,
};

const IMAGE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/** What a failed receipt becomes: a 4xx for the client's body, the error itself for the server's own. */
function multipartError(error: unknown, maxBytes: number): unknown {
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new AppError('IMAGE_TOO_LARGE', `The image is larger than the ${maxBytes} bytes allowed`, {
        maxBytes,
      });
    }
    return new AppError('VALIDATION_FAILED', `Invalid multipart body: ${error.message}`, [
      { path: error.field ?? '', code: error.code, message: error.message },
    ]);
  }
  // receiving into the incoming folder failed (a full disk, a permission): the server's fault, logged as a 500
  if (isSystemError(error)) return error;
  return new AppError('VALIDATION_FAILED', 'Invalid multipart body: it cannot be read');
}

/** A Node system error (fs, os): it has a `syscall`, or an `E…` code such as ENOSPC or EACCES. */
function isSystemError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { syscall, code } = error as { syscall?: unknown; code?: unknown };
  return typeof syscall === 'string' || (typeof code === 'string' && /^E[A-Z]+$/.test(code));
}

/**
 * `idempotency`: the Idempotency-Key check, run once the multipart body is read (it fingerprints it).
 * `incomingDir`: where uploads are received (default: a private folder under the system's temporary one).
 */
export function photosRoutes(
  photos: PhotosService,
  idempotency: RequestHandler,
  incomingDir?: string,
): Router {
  const router = Router();
  const receive = multer({
    storage: incomingStorage(incomingDir),
    limits: { ...FORM_LIMITS, fileSize: photos.limits.maxBytes },
  }).single('file');

  /** Visitors get 401 and anything but multipart gets 415, before the upload is read. */
  const beforeReading: RequestHandler = (req, _res, next) => {
    requireAccount(actorFrom(req));
    if (!req.is('multipart/form-data')) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the photo as multipart/form-data');
    }
    next();
  };
  const receiveFile: RequestHandler = (req, res, next) => {
    receive(req, res, (error?: unknown) => {
      const received = req.file?.path;
      // the client left before its body was handed on: nobody to answer, and its 'close' has passed. (Not
      // `req.destroyed`: a request stream is destroyed once its body has been read in full.)
      if (received && (res.destroyed || req.socket.destroyed)) return void removeReceived(received);
      if (received) removeWhenAnswered(res, received);
      next(error ? multipartError(error, photos.limits.maxBytes) : undefined);
    });
  };

  router.post(ENDPOINTS.uploadPhoto.path, beforeReading, receiveFile, idempotency, async (req, res) => {
    const file = req.file;
    const photo = await whileHeld(res, file?.path, () =>
      photos.upload(actorFrom(req), file && { input: file.path, bytes: file.size }, { ...req.body }),
    );
    res.status(201).setHeader('ETag', `"${photo.version}"`).json(photo);
  });

  for (const [endpoint, which] of [
    [ENDPOINTS.photoImage, 'image'],
    [ENDPOINTS.photoThumbnail, 'thumbnail'],
  ] as const) {
    router.get(endpoint.path, async (req, res, next) => {
      const { id } = parseParams(endpoint.params, req);
      const file = await photos.file(actorFrom(req), id, which);
      res.set({
        'Content-Type': file.contentType,
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': `inline; filename="${id}${which === 'thumbnail' ? '-thumb' : ''}.webp"`,
        'Content-Security-Policy': IMAGE_CSP,
        'Cache-Control': file.visibility === 'public' ? 'public, max-age=3600' : 'private, max-age=300',
        Vary: 'Cookie',
      });
      // Sent relative to the store's folder: `dotfiles` then judges only the server-made name, so a data
      // folder named `.data` (the default) is served while a dot file never would be.
      res.sendFile(file.name, { root: file.folder, cacheControl: false, dotfiles: 'deny' }, (error) => {
        if (error && !res.headersSent) next(notFound(`Photo ${id}`));
      });
    });
  }

  return router;
}
