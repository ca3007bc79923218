import { isIPv4, isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';

/**
 * What identifies a submitter (ANONYMIZER.md §3.2 rule 1 and §3.3): a match in a bundle
 * means victim data, scrubbed before anything is published.
 */
export interface AssetRegistryDocument {
  domains: string[];
  netblocks: string[];
  asns: number[];
  adDomains: string[];
  brands: string[];
  products: string[];
  staff: string[];
  customers: string[];
  redact: string[];
  languages: string[];
}

export type AssetKind = keyof AssetRegistryDocument;

export interface RegistryIssue {
  pointer: string;
  message: string;
}

/**
 * Per kind: the most entries one organization may register. Each entry is matched against
 * every string of every submission, so the bounds keep the dictionary (and its cost) sane.
 */
export const ASSET_LIMITS: Record<AssetKind, number> = {
  domains: 500,
  netblocks: 1000,
  asns: 100,
  adDomains: 50,
  brands: 200,
  products: 500,
  staff: 2000,
  customers: 2000,
  redact: 1000,
  languages: 10,
};

export const ASSET_KINDS = Object.keys(ASSET_LIMITS) as AssetKind[];

/** Most issues reported for one document: enough to fix a batch, bounded for a hostile one. */
const MAX_ISSUES = 100;
/**
 * Shorter prefixes would mark a large share of the Internet as the submitter's own and so strip
 * attackers' addresses from every submission: the threat data would be destroyed.
 */
const MIN_PREFIX = { 4: 8, 6: 16 } as const;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\u2028\u2029]/u;
const PERSON = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*[\p{L}\p{M}.]$/u;
/** Reserved ASNs that no organization announces: 0 (RFC 7607), AS_TRANS 23456 (RFC 6793), 65535 and 4294967295 (RFC 7300). */
const RESERVED_ASNS = new Set([0, 23456, 65535, 4294967295]);

type Check<T> = (value: unknown) => { ok: T } | { error: string };

/**
 * Checks and normalises a whole registry document (missing kinds are empty). Returns the
 * normalised document (lower-cased domains, canonical CIDRs, no duplicates) or every issue,
 * each naming the entry by its JSON pointer.
 */
export function checkRegistry(input: Partial<Record<AssetKind, unknown>>): { document: AssetRegistryDocument } | { issues: RegistryIssue[] } {
  const issues: RegistryIssue[] = [];
  const document = {} as Record<AssetKind, unknown[]>;
  for (const kind of ASSET_KINDS) {
    const raw = input[kind] ?? [];
    if (!Array.isArray(raw)) {
      issues.push({ pointer: `/${kind}`, message: `${kind} must be an array` });
      continue;
    }
    if (raw.length > ASSET_LIMITS[kind]) {
      issues.push({ pointer: `/${kind}`, message: `at most ${ASSET_LIMITS[kind]} ${kind}; got ${raw.length}` });
      continue;
    }
    const check = CHECKS[kind] as Check<string | number>;
    const seen = new Set<string>();
    const out: unknown[] = [];
    raw.forEach((value, i) => {
      const result = check(value);
      if ('error' in result) {
        issues.push({ pointer: `/${kind}/${i}`, message: `${shown(value)}: ${result.error}` });
        return;
      }
      const key = String(result.ok).toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      out.push(result.ok);
    });
    document[kind] = out;
  }
  return issues.length > 0 ? { issues: issues.slice(0, MAX_ISSUES) } : { document: document as unknown as AssetRegistryDocument };
}

/** Entries per kind, for audit events and responses that must not carry the values. */
export function countsOf(doc: AssetRegistryDocument): Record<AssetKind, number> {
  return Object.fromEntries(ASSET_KINDS.map((k) => [k, doc[k].length])) as Record<AssetKind, number>;
}

export function emptyRegistry(): AssetRegistryDocument {
  return Object.fromEntries(ASSET_KINDS.map((k) => [k, []])) as unknown as AssetRegistryDocument;
}

const CHECKS: Record<AssetKind, Check<string> | Check<number>> = {
  domains: (v) => domain(v, 2),
  netblocks: netblock,
  asns: asn,
  // Active Directory names may be single-label (the NetBIOS-style `ACME`) or DNS-style (`corp.acme.local`).
  adDomains: (v) => domain(v, 1),
  brands: (v) => term(v, 3, 200),
  products: (v) => term(v, 2, 200),
  staff: person,
  customers: (v) => term(v, 3, 200),
  redact: redactTerm,
  languages: language,
};

function text(value: unknown, min: number, max: number): { ok: string } | { error: string } {
  if (typeof value !== 'string') return { error: 'must be a string' };
  const v = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (CONTROL.test(v)) return { error: 'contains control or invisible characters' };
  if (v.length < min || v.length > max) return { error: `must be ${min}-${max} characters` };
  return { ok: v };
}

/** Brand, product and customer names are matched as terms (case-, diacritic- and separator-insensitive). */
function term(value: unknown, min: number, max: number): { ok: string } | { error: string } {
  const t = text(value, min, max);
  if ('error' in t) return t;
  if (!/[\p{L}\p{N}]/u.test(t.ok)) return { error: 'needs at least one letter or digit' };
  return t;
}

function person(value: unknown): { ok: string } | { error: string } {
  const t = text(value, 3, 200);
  if ('error' in t) return t;
  if (!PERSON.test(t.ok)) return { error: 'a person name has letters, spaces, hyphens, apostrophes and dots only' };
  return t;
}

/** `*` stands for any letters within a word; a term must keep three other characters so it cannot match everything. */
function redactTerm(value: unknown): { ok: string } | { error: string } {
  const t = text(value, 2, 200);
  if ('error' in t) return t;
  const literal = t.ok.replace(/\*/g, '');
  if (literal.replace(/[\s.\-_]/g, '').length < 3) return { error: 'needs at least three characters besides wildcards and separators' };
  if (/\*\*/.test(t.ok)) return { error: 'use a single * for a wildcard' };
  if ((t.ok.match(/\*/g) ?? []).length > 4) return { error: 'at most four wildcards' };
  return t;
}

function domain(value: unknown, minLabels: number): { ok: string } | { error: string } {
  if (typeof value !== 'string') return { error: 'must be a string' };
  const trimmed = value.trim().replace(/\.$/, '');
  if (trimmed.startsWith('*.')) return { error: 'list the domain without a wildcard: its subdomains are included' };
  if (/[/:@\s]/.test(trimmed)) return { error: 'is not a domain name (no scheme, path, port or spaces)' };
  // IDNs are stored in their ASCII (punycode) form, which is what appears in DNS and URLs.
  const ascii = domainToASCII(trimmed.toLowerCase());
  if (!ascii || ascii.length > 253) return { error: 'is not a domain name' };
  const labels = ascii.split('.');
  if (labels.length < minLabels) return { error: 'needs a registrable name and a top-level domain, e.g. example.com' };
  if (!labels.every((l) => LABEL.test(l))) return { error: 'is not a domain name (labels are 1-63 letters, digits or inner hyphens)' };
  if (labels.length > 1 && !TLD.test(labels[labels.length - 1])) return { error: 'does not end in a top-level domain' };
  if (isIPv4(ascii)) return { error: 'is an address: list it under netblocks' };
  return { ok: ascii };
}

function asn(value: unknown): { ok: number } | { error: string } {
  const n = typeof value === 'string' && /^AS\d{1,10}$/i.test(value.trim()) ? Number(value.trim().slice(2)) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 4294967295) return { error: 'must be an AS number from 1 to 4294967294' };
  if (RESERVED_ASNS.has(n)) return { error: 'is a reserved AS number' };
  return { ok: n };
}

/** A CIDR block (a bare address is its own /32 or /128); returned in canonical form. */
function netblock(value: unknown): { ok: string } | { error: string } {
  if (typeof value !== 'string') return { error: 'must be a string' };
  const [address, length, extra] = value.trim().split('/');
  if (extra !== undefined) return { error: 'is not a CIDR block' };
  const v = isIPv4(address) ? 4 : isIPv6(address) && !address.includes('%') ? 6 : 0;
  if (v === 0) return { error: 'is not an IPv4 or IPv6 CIDR block' };
  const bits = v === 4 ? 32 : 128;
  if (length !== undefined && !/^\d{1,3}$/.test(length)) return { error: 'has an invalid prefix length' };
  const len = length === undefined ? bits : Number(length);
  if (len > bits) return { error: `has a prefix longer than /${bits}` };
  if (len < MIN_PREFIX[v]) return { error: `is wider than /${MIN_PREFIX[v]}: it would mark addresses of attackers as yours` };
  const groups = v === 4 ? address.split('.').map(Number) : ipv6Groups(address);
  const width = v === 4 ? 8 : 16;
  for (let i = 0; i < groups.length; i++) {
    const keep = Math.max(0, Math.min(width, len - i * width));
    const mask = keep === 0 ? 0 : ((1 << width) - 1) & ~((1 << (width - keep)) - 1);
    if ((groups[i] & mask) !== groups[i]) return { error: `has host bits set; the network is ${format(v, groups.map((g, j) => (j < i ? g : j === i ? g & mask : 0)), len)}` };
  }
  return { ok: format(v, groups, len) };
}

function format(v: 4 | 6, groups: number[], len: number): string {
  if (v === 4) return `${groups.join('.')}/${len}`;
  // RFC 5952: lower case, leading zeros dropped, the longest run of two or more zero groups as `::`.
  let best = { at: -1, n: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.n && j - i >= 2) best = { at: i, n: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  const text = best.at < 0 ? hex.join(':') : `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.n).join(':')}`;
  return `${text}/${len}`;
}

/** The eight 16-bit groups of an address that `isIPv6` accepted (`::` and a dotted IPv4 tail included). */
function ipv6Groups(address: string): number[] {
  let a = address.toLowerCase();
  const dotted = a.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (dotted) {
    const [b1, b2, b3, b4] = dotted.slice(1).map(Number);
    a = `${a.slice(0, dotted.index)}${((b1 << 8) | b2).toString(16)}:${((b3 << 8) | b4).toString(16)}`;
  }
  const [head, tail] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16));
}

/** BCP 47 language tags, canonicalised (`en-gb` → `en-GB`). */
function language(value: unknown): { ok: string } | { error: string } {
  if (typeof value !== 'string' || value.length > 35 || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) return { error: 'must be a BCP 47 language tag such as de or en-GB' };
  try {
    return { ok: Intl.getCanonicalLocales(value)[0] };
  } catch {
    return { error: 'must be a BCP 47 language tag such as de or en-GB' };
  }
}

/** The bad entry, quoted and cut short: it is the caller's own value, echoed only to them. */
function shown(value: unknown): string {
  const s = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : typeof value;
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
