// SEMIS_TRUST_PROXY: which reverse proxies in front of Semis to believe about the client's address (the
// X-Forwarded-For header), given to Express's `trust proxy` so that `req.ip` — the key of the login rate
// limit — is the client's, not the proxy's. Unset: trust nothing (every X-Forwarded-For is ignored).
// Accepted: a number of hops (`1` = the one proxy just in front), or a comma-separated list of
// `loopback`, `linklocal`, `uniquelocal`, addresses and subnets (`10.0.0.0/8`, `::1`, `fd00::/8`).
// `true` (trust every hop) is refused: any client could then choose its own address.
import { isIP } from 'node:net';
import { z } from 'zod';

export type TrustProxy = number | string[];

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 32;

/** Whether one list entry is a name Express knows, an address, or an address/prefix subnet. */
function isProxyEntry(entry: string): boolean {
  if (NAMES.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
  return bits >= 1 && bits <= (version === 4 ? 32 : 128); // /0 would trust every address
}

const MESSAGE = `a number of hops (1–${MAX_HOPS}), or a comma-separated list of loopback, linklocal, uniquelocal, addresses and subnets (e.g. 10.0.0.0/8, ::1)`;

export const trustProxySchema = z.string().transform((text, ctx): TrustProxy => {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    if (hops >= 1 && hops <= MAX_HOPS) return hops;
    ctx.addIssue({ code: 'custom', message: MESSAGE });
    return z.NEVER;
  }
  const entries = trimmed.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !isProxyEntry(e));
  if (entries.length > 0 && bad.length === 0) return entries;
  ctx.addIssue({ code: 'custom', message: `${MESSAGE}; not ${bad.map((b) => `'${b}'`).join(', ')}` });
  return z.NEVER;
});
