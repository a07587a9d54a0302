// Which addresses written in a node may become links: absolute http, https and mailto URLs only, so a
// `javascript:`, `data:` or relative address stays text. Returns the address as the browser parsed it.
const LINKABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function safeLinkHref(address: string | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return LINKABLE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null; // not an absolute URL
  }
}
