// Where the map is small — a phone (≤ 720 px) or a page embedded elsewhere — what floats over it (the
// legend, the minimap) starts folded, so the map itself is what a person sees first.
export function foldedAtFirst(): boolean {
  if (typeof window === 'undefined') return false;
  const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
  return embedded || window.matchMedia?.('(max-width: 720px)').matches === true;
}
