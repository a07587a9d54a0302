// Turns an uploaded file into what Semis stores: the bytes are checked (magic number, then sharp's own
// reading must agree), the pixel count is capped before anything is decoded (pixel bombs), and the image
// is re-encoded from its pixels only — auto-rotated from EXIF, every metadata block dropped (EXIF, GPS,
// XMP, ICC: sharp keeps none unless asked), long side capped — as WebP, plus a WebP thumbnail. Anything
// appended after the image (a polyglot's HTML or ZIP payload) cannot survive a re-encode.
import fs from 'node:fs/promises';
import pLimit from 'p-limit';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../http/errors';
import { imageTypeOf } from './image-type';

// Each upload is a new image: libvips' operation cache (up to 50 MB by default) would only keep the last
// ones' results.
sharp.cache(false);

export interface PhotoLimits {
  /** Largest upload in bytes (checked by multer while receiving). */
  maxBytes: number;
  /** Largest width × height accepted, read from the header before decoding. */
  maxPixels: number;
  /** Uploads one account may make in any hour (429 UPLOAD_QUOTA beyond). */
  uploadsPerHour: number;
  /** Bytes (as uploaded) one account may send in any 24 hours (429 UPLOAD_QUOTA beyond). */
  bytesPerDay: number;
  /** Images decoded and re-encoded at once; the others wait their turn. */
  concurrency: number;
}

export const DEFAULT_PHOTO_LIMITS: PhotoLimits = {
  maxBytes: 10_000_000,
  maxPixels: 40_000_000,
  uploadsPerHour: 30,
  bytesPerDay: 200_000_000,
  concurrency: 2,
};
/** Long side of the stored image and of the thumbnail, in pixels. */
export const IMAGE_LONG_SIDE = 2560;
export const THUMBNAIL_LONG_SIDE = 320;
/** The stored format (keeps PNG transparency, smaller than JPEG, shown by every current browser). */
export const STORED_FORMAT = { extension: 'webp', contentType: 'image/webp' } as const;

/** The uploaded bytes, or the path of the file holding them (an upload as received, on disk). */
export type PhotoInput = Buffer | string;

/** The first bytes, enough for imageTypeOf. */
async function headOf(input: PhotoInput): Promise<Uint8Array> {
  if (typeof input !== 'string') return input;
  const file = await fs.open(input, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(16), 0, 16, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

export interface ProcessedPhoto {
  image: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
}

const unsupported = (why: string) =>
  new AppError('UNSUPPORTED_IMAGE', `Send a JPEG, PNG or WebP image: ${why}`);

const tooManyPixels = (limits: PhotoLimits) =>
  new AppError(
    'IMAGE_TOO_LARGE',
    `The image has more than the ${limits.maxPixels} pixels allowed (width × height)`,
    { maxPixels: limits.maxPixels },
  );

const isPixelLimitError = (error: unknown) =>
  error instanceof Error && /pixel limit|exceeds.*limit/i.test(error.message);

export async function processPhoto(input: PhotoInput, limits: PhotoLimits): Promise<ProcessedPhoto> {
  const claimed = imageTypeOf(await headOf(input));
  if (!claimed) throw unsupported('its bytes are not those of one of these formats');
  // failOn 'error': a broken or truncated image is refused; the harmless warnings phones' JPEGs often
  // carry are tolerated. limitInputPixels is sharp's own guard, should a header lie about its size.
  const open = () => sharp(input, { failOn: 'error', limitInputPixels: limits.maxPixels, pages: 1 });

  let metadata: Metadata;
  try {
    metadata = await open().metadata();
  } catch (error) {
    throw isPixelLimitError(error) ? tooManyPixels(limits) : unsupported('the image cannot be read');
  }
  if (metadata.format !== claimed) {
    throw unsupported(`its first bytes say ${claimed} but its content reads as ${metadata.format}`);
  }
  if (!metadata.width || !metadata.height) throw unsupported('the image has no size');
  if (metadata.width * metadata.height > limits.maxPixels) throw tooManyPixels(limits);

  try {
    const inside = (side: number) => ({
      width: side,
      height: side,
      fit: 'inside' as const,
      withoutEnlargement: true,
    });
    const { data: image, info } = await open()
      .rotate()
      .resize(inside(IMAGE_LONG_SIDE))
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(image).resize(inside(THUMBNAIL_LONG_SIDE)).webp({ quality: 75 }).toBuffer();
    return { image, thumbnail, width: info.width, height: info.height };
  } catch (error) {
    throw isPixelLimitError(error) ? tooManyPixels(limits) : unsupported('the image cannot be decoded');
  }
}

export type ProcessPhoto = typeof processPhoto;

/**
 * Decoding is what costs memory (a 40-megapixel image is ~160 MB of pixels inside libvips): at most
 * `concurrency` images are processed at once, the others wait in p-limit's FIFO queue. `active` and
 * `waiting` are read by tests and could be by a metrics endpoint.
 */
export function createPhotoProcessor(concurrency: number, process: ProcessPhoto = processPhoto) {
  const limit = pLimit(concurrency);
  return {
    run: (input: PhotoInput, limits: PhotoLimits): Promise<ProcessedPhoto> =>
      limit(() => process(input, limits)),
    get active() {
      return limit.activeCount;
    },
    get waiting() {
      return limit.pendingCount;
    },
  };
}

export type PhotoProcessor = ReturnType<typeof createPhotoProcessor>;
