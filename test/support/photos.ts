// Test images for the photo tests, made by sharp (and by hand where sharp will not: a pixel bomb), so
// every upload in the tests is a real file of the format it claims — or, for the attacks, exactly not.
import zlib from 'node:zlib';
import sharp from 'sharp';

/** A 400×200 JPEG, left half red and right half blue, whose EXIF says "rotate 90°" and holds GPS. */
export async function orientedJpegWithGps(): Promise<Buffer> {
  const width = 400;
  const height = 200;
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw.set(x < width / 2 ? [220, 20, 20] : [20, 20, 220], i);
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Copyright: 'semis-test-exif', Artist: 'semis-test-artist' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 24/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 3/1',
      },
    })
    .toBuffer();
}

/** A plain JPEG of one colour. */
export const plainJpeg = (width = 64, height = 48, background = '#2e7d32') =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();

/** A PNG with transparency. */
export const transparentPng = (width = 80, height = 60) =>
  sharp({ create: { width, height, channels: 4, background: { r: 30, g: 90, b: 200, alpha: 0.5 } } })
    .png()
    .toBuffer();

export const webp = (width = 50, height = 70) =>
  sharp({ create: { width, height, channels: 3, background: '#f9a825' } })
    .webp()
    .toBuffer();

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A valid PNG of `side`×`side` white pixels, 1 bit per pixel: tens of kilobytes on disk, hundreds of
 * millions of pixels once decoded. sharp will not write one this large, so it is assembled here.
 */
export function pixelBombPng(side = 20_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, adaptive filter, no interlace
  const row = Buffer.alloc(1 + Math.ceil(side / 8), 0xff);
  row[0] = 0; // filter: none
  const deflate = zlib.deflateSync(Buffer.concat(Array.from({ length: side }, () => row)), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflate),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** What a polyglot carries after its image: a page with a script, then the start of a ZIP archive. */
export const POLYGLOT_PAYLOAD = Buffer.concat([
  Buffer.from('<html><body><script>alert("semis-polyglot")</script></body></html>'),
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('semis-zip-entry.txt'),
]);

export const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
    '<script>alert(1)</script><rect width="10" height="10"/></svg>',
);
