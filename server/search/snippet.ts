// A short excerpt of a hit's text around the first searched word (accent- and case-insensitive).

const SNIPPET_LENGTH = 160;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function makeSnippet(text: string | null | undefined, query: string): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SNIPPET_LENGTH) return flat;
  const folded = fold(flat);
  const words = fold(query)
    .split(/\s+/)
    .filter((w) => w.length > 2);
  // Folding can change lengths only for rare characters; positions are close enough for an excerpt.
  const at = words.map((w) => folded.indexOf(w.slice(0, Math.max(3, w.length - 2)))).find((i) => i >= 0) ?? 0;
  const start = Math.max(0, Math.min(at - 40, flat.length - SNIPPET_LENGTH));
  const excerpt = flat.slice(start, start + SNIPPET_LENGTH).trim();
  return `${start > 0 ? '…' : ''}${excerpt}${start + SNIPPET_LENGTH < flat.length ? '…' : ''}`;
}
