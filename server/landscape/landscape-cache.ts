// The landscape answers already built, shared by the readers who see exactly the same landscape (the
// key says who: see landscape.service.ts), bounded by count and by bytes, least recently used evicted
// first. Each entry keeps its JSON text and, made once on first demand, its gzip and brotli forms, so a
// busy landscape is neither rebuilt, re-serialised nor recompressed per request.
import zlib from 'node:zlib';

export interface CachedAnswer {
  readonly etag: string;
  readonly json: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export interface LandscapeCacheLimits {
  maxEntries: number;
  maxBytes: number;
}

export const DEFAULT_LANDSCAPE_CACHE_LIMITS: LandscapeCacheLimits = {
  maxEntries: 200,
  maxBytes: 64 * 1024 * 1024,
};

const sizeOf = (a: CachedAnswer) => a.json.length + (a.gzip?.length ?? 0) + (a.br?.length ?? 0);

export function createLandscapeCache(limits: LandscapeCacheLimits = DEFAULT_LANDSCAPE_CACHE_LIMITS) {
  const entries = new Map<string, CachedAnswer>(); // insertion order = least recently used first
  let bytes = 0;

  function evict() {
    for (const [key, answer] of entries) {
      if (entries.size <= limits.maxEntries && bytes <= limits.maxBytes) break;
      entries.delete(key);
      bytes -= sizeOf(answer);
    }
  }

  return {
    get(key: string): CachedAnswer | undefined {
      const answer = entries.get(key);
      if (answer) {
        entries.delete(key);
        entries.set(key, answer);
      }
      return answer;
    },
    set(key: string, answer: CachedAnswer): void {
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        bytes -= sizeOf(old);
      }
      entries.set(key, answer);
      bytes += sizeOf(answer);
      evict();
    },
    /** The answer in this encoding, compressed once and then kept with the entry (and counted). */
    encoded(key: string, answer: CachedAnswer, encoding: 'gzip' | 'br'): Buffer {
      const ready = answer[encoding];
      if (ready) return ready;
      const made =
        encoding === 'gzip'
          ? zlib.gzipSync(answer.json, { level: 6 })
          : zlib.brotliCompressSync(answer.json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
      answer[encoding] = made;
      if (entries.get(key) === answer) {
        bytes += made.length;
        evict();
      }
      return made;
    },
    get size() {
      return { entries: entries.size, bytes };
    },
  };
}

export type LandscapeCache = ReturnType<typeof createLandscapeCache>;
