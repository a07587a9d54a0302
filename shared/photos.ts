// Photos ("36 photos"): what an upload returns. The upload itself is multipart (field `file`, plus `title`
// and optional `lang`, `visibility`), so its body is not a JSON schema.
import { z } from 'zod';
import { nodeSchema } from './entities';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** The created Resource (resourceKind: photo) with where to fetch the image and its thumbnail. */
export const photoResponseSchema = nodeSchema.extend({
  url: z.string(),
  thumbnailUrl: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type PhotoView = z.infer<typeof photoResponseSchema>;
