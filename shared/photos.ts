// Photos ("36 photos"): what an upload sends (multipart: field `file`, plus text fields checked by
// `photoUploadFieldsSchema`), what it returns, and where the image and its thumbnail are served. A question
// anchored to a part of a photo is asked with POST /api/questions (`promptedBy.region`, shared/questions.ts).
import { z } from 'zod';
import { LIMITS, nodeSchema } from './entities';
import { cleanText, textUpTo } from './text';
import { idSchema, langSchema, visibilitySchema } from './vocabulary';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The server's default upload limit (SEMIS_PHOTO_MAX_BYTES); the client checks it before sending. */
export const DEFAULT_PHOTO_MAX_BYTES = 10_000_000;

/** The text fields of the multipart upload (every value arrives as a string). */
export const photoUploadFieldsSchema = z.strictObject({
  title: cleanText('title', { max: LIMITS.title }),
  body: textUpTo(LIMITS.body, 'body').optional(),
  lang: langSchema.optional(),
  visibility: visibilitySchema.optional(),
  /** A Question or Seed the photo informs: linked (Resource -INFORMS-> it) in the same transaction. */
  informs: idSchema.optional(),
});
export type PhotoUploadFields = z.infer<typeof photoUploadFieldsSchema>;

/** The whole multipart body, for the OpenAPI document: the fields plus the image file. */
export const photoUploadBodySchema = photoUploadFieldsSchema.extend({
  file: z.file().describe('the image: JPEG, PNG or WebP (checked by its bytes, not its name or type)'),
});

/** Where a photo's re-encoded image and its thumbnail are served. */
export const photoUrls = (id: string) => ({
  url: `/api/photos/${encodeURIComponent(id)}/image`,
  thumbnailUrl: `/api/photos/${encodeURIComponent(id)}/thumbnail`,
});

/** The created Resource (resourceKind: photo) with where to fetch the image and its thumbnail. */
export const photoResponseSchema = nodeSchema.extend({
  url: z.string(),
  thumbnailUrl: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type PhotoView = z.infer<typeof photoResponseSchema>;
