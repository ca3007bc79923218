import { isIPv6 } from 'node:net';

// Address arithmetic for classification (non-routable ranges, registry netblocks) and
// generalisation (host part zeroed). IPv6 is handled as 8 16-bit groups.

/**
 * Parses `a.b.c.d` into an unsigned 32-bit number, or null. Accepts exactly what
 * `net.isIPv4` accepts (four decimal octets, no leading zeros), in one pass without a regex.
 */
export function ipv4ToInt(ip: string): number | null {
  const n = ip.length;
  if (n < 7 || n > 15) return null;
  let result = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = ip.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || ++dots > 3) return null;
      result = result * 256 + octet;
      octet = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits === 1 && octet === 0) return null;
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return null;
    } else return null;
  }
  return dots === 3 && digits > 0 ? result * 256 + octet : null;
}

function intToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Expands an IPv6 address to 8 groups, or null. */
export function ipv6Groups(ip: string): number[] | null {
  if (!isIPv6(ip)) return null;
  let s = ip.toLowerCase();
  const v4 = s.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (v4) {
    const n = ipv4ToInt(v4[1]);
    if (n === null) return null;
    s = `${s.slice(0, -v4[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, rest] = s.includes('::') ? s.split('::') : [s, undefined];
  const h = head ? head.split(':').filter((x) => x !== '').map((x) => parseInt(x, 16)) : [];
  const r = rest !== undefined && rest !== '' ? rest.split(':').map((x) => parseInt(x, 16)) : [];
  const total = 8;
  const zeros = rest !== undefined ? total - h.length - r.length : 0;
  if (zeros < 0) return null;
  const g = [...h, ...new Array(zeros).fill(0), ...r];
  return g.length === 8 && g.every((x) => Number.isFinite(x)) ? g : null;
}

function groupsToIpv6(g: number[]): string {
  // RFC 5952 canonical: compress the longest run of zero groups (length >= 2).
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** Parses `addr[/len]` for either family. */
export function parseCidr(cidr: string): { v: 4 | 6; addr: number | number[]; len: number } | null {
  const [a, l] = cidr.trim().split('/');
  const v4 = ipv4ToInt(a);
  if (v4 !== null) {
    const len = l === undefined ? 32 : Number(l);
    return Number.isInteger(len) && len >= 0 && len <= 32 ? { v: 4, addr: v4, len } : null;
  }
  // Every textual IPv6 form has a colon: most values (domains, hashes) stop here.
  const v6 = a.includes(':') ? ipv6Groups(a) : null;
  if (v6) {
    const len = l === undefined ? 128 : Number(l);
    return Number.isInteger(len) && len >= 0 && len <= 128 ? { v: 6, addr: v6, len } : null;
  }
  return null;
}

type Parsed = NonNullable<ReturnType<typeof parseCidr>>;
const blockCache = new Map<string, Parsed | null>();

function parsedBlock(block: string): Parsed | null {
  let b = blockCache.get(block);
  if (b === undefined) {
    b = parseCidr(block);
    // Blocks come from policy, profile and the reserved list: a small, bounded set.
    if (blockCache.size < 10000) blockCache.set(block, b);
  }
  return b;
}

function contains(a: Parsed, b: Parsed): boolean {
  if (a.v !== b.v || a.len < b.len) return false;
  if (a.v === 4) {
    const mask = b.len === 0 ? 0 : (0xffffffff << (32 - b.len)) >>> 0;
    return ((a.addr as number) & mask) >>> 0 === ((b.addr as number) & mask) >>> 0;
  }
  const ag = a.addr as number[];
  const bg = b.addr as number[];
  for (let bit = 0; bit < b.len; bit += 16) {
    const n = Math.min(16, b.len - bit);
    const mask = (0xffff << (16 - n)) & 0xffff;
    if ((ag[bit / 16] & mask) !== (bg[bit / 16] & mask)) return false;
  }
  return true;
}

/** Whether the address (or the first address of a CIDR value) lies inside the CIDR block. */
export function inCidr(value: string, block: string): boolean {
  const b = parsedBlock(block);
  const a = b ? parseCidr(value) : null;
  return !!a && !!b && contains(a, b);
}

/** The network `addr/len` with the host part zeroed; never widens an already shorter prefix. */
export function networkOf(value: string, len: number): string | null {
  const a = parseCidr(value);
  if (!a) return null;
  const l = Math.min(len, a.len);
  if (a.v === 4) {
    const mask = l === 0 ? 0 : (0xffffffff << (32 - l)) >>> 0;
    return `${intToIpv4(((a.addr as number) & mask) >>> 0)}/${l}`;
  }
  const g = (a.addr as number[]).map((x, i) => {
    const bit = i * 16;
    if (bit >= l) return 0;
    const n = Math.min(16, l - bit);
    return x & ((0xffff << (16 - n)) & 0xffff);
  });
  return `${groupsToIpv6(g)}/${l}`;
}

/** Reserved blocks whose addresses are always internal victim topology (ANONYMIZER.md §3.2 rule 2). */
export const NON_ROUTABLE = [
  '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '127.0.0.0/8', '0.0.0.0/8',
  'fc00::/7', 'fe80::/10', '::1/128',
];

const NON_ROUTABLE_PARSED = NON_ROUTABLE.map((b) => [b, parseCidr(b)!] as const);

/** The reserved block containing the address, or null for routable (incl. documentation) space. */
export function nonRoutableBlock(value: string): string | null {
  const a = parseCidr(value);
  if (!a) return null;
  for (const [b, parsed] of NON_ROUTABLE_PARSED) if (contains(a, parsed)) return b;
  return null;
}

/** The MAC embedded in an EUI-64 interface id (`…:xxff:fexx:…`), or null. */
export function eui64Mac(value: string): string | null {
  const g = ipv6Groups(value.split('/')[0]);
  if (!g || (g[5] & 0xff) !== 0xff || g[6] >> 8 !== 0xfe) return null;
  const b = [g[4] >> 8, g[4] & 255, g[5] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255];
  b[0] ^= 2;
  return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
}
