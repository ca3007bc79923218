/**
 * Bundle-wide spread of identifiers the detectors found with confidence: a serial, MAC, ticket
 * or customer number found once by its label, context or checksum is replaced, with the same
 * token, wherever the exact same value stands elsewhere in the bundle (a CSV row, a DHCP line,
 * another object), where nothing announces it. Person names have their own pass
 * (propagateNames in anonymize.ts), which also handles whitespace variants.
 */

import { patternFor } from './ascii-regex';
import { cachedRegExp, escapeRegExp } from './regex-cache';
import { refKeyKind } from './ref-keys';
import { WindowFilter } from './window-filter';

/** Token kinds whose values are specific enough to identify a victim wherever they appear. */
const SPREAD_KINDS = new Set([
  'SERIAL', 'MAC', 'CASE-ID', 'CUSTOMER-ID', 'CONTRACT', 'EMPLOYEE-ID', 'IMEI', 'IMSI', 'ICCID', 'EID', 'MSISDN', 'PHONE', 'VIN', 'PLATE',
  'IBAN', 'CARD', 'USER', 'HOST', 'EMAIL', 'SECRET', 'CREDENTIAL', 'SID', 'ADDRESS', 'MRN', 'RFID', 'PATIENT-ID',
  'NATIONAL-ID', 'MERCHANT-ID', 'TERMINAL-ID', 'METER-POINT', 'BANK-ACCOUNT',
]);
// Findings by shape alone (a random-looking string) are not confident enough to travel.
const NO_SPREAD_DETECTORS = new Set(['high-entropy']);

/**
 * Whether a value is specific enough to be replaced where no detector vouches for it: at least
 * six characters, and a digit, an inner separator or (logins) eight letters. "12", "admin" and
 * ordinary words never travel.
 */
export function spreadable(kind: string, value: string): boolean {
  const v = value.trim();
  if (v.length < 6 || v.length > 200 || v !== value || v.includes('[')) return false;
  const digits = v.replace(/\D/g, '').length;
  // A number plate is short by law ("8HE6ZR", "MAX9L84"); found in a vehicle's record, its mix of letters and digits is enough.
  if (kind === 'PLATE' && digits > 0 && /\p{L}/u.test(v)) return true;
  if (digits > 0) return digits >= 4 || v.length >= 8;
  if (kind === 'ADDRESS' || kind === 'EMAIL' || kind === 'HOST') return v.length >= 8 && /[\s.@_-]/.test(v);
  if (kind === 'USER' || kind === 'SECRET' || kind === 'CREDENTIAL') return v.length >= 8;
  return false;
}

/** Records one applied finding (called by the scanner): surface form → its token, first one wins. */
export function recordFound(found: Map<string, string>, kind: string, detector: string, surface: string, token: string): void {
  if (!SPREAD_KINDS.has(kind) || NO_SPREAD_DETECTORS.has(detector)) return;
  const key = surface.toLowerCase();
  if (!found.has(key) && spreadable(kind, surface)) found.set(key, token);
}

/** One compiled matcher for a bundle's found values; `undefined` when nothing may spread. */
export interface Spreader {
  /** The text with every whole-token occurrence of a found value replaced by its token. */
  rewrite(text: string): string;
}

/**
 * Builds the matcher. Values inside a threat value (`protectedValues`, lower-cased) are left
 * out: a serial inside a C2 URL or a brand typosquat stays with its indicator.
 */
export function buildSpreader(found: ReadonlyMap<string, string>, protectedValues: readonly string[]): Spreader | undefined {
  // A value inside some protected value has its first characters somewhere in their joined
  // text: the window filter, then one native search of that text, rule most values out before
  // the per-value loop over the list (each step alone was found × protected on large bundles).
  const allProtected = protectedValues.join('\n');
  const windows = new WindowFilter(allProtected);
  const values: string[] = [];
  for (const v of found.keys()) if (!(windows.mayContain(v) && allProtected.includes(v) && protectedValues.some((p) => p.includes(v)))) values.push(v);
  if (values.length === 0) return undefined;
  // Longest first, so a value that extends another one wins.
  const alternation = values.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join('|');
  // Not part of a longer word, number, domain, address or path: "SN1234567" is not in "SN12345678"
  // nor in "sn1234567.example"; a full stop that ends a sentence is not part of anything.
  // The lookahead spells each Unicode property once ("[.:-]?" rather than a second alternative
  // with them): this pattern is built for every bundle, and each \p{…} costs a Unicode table walk.
  const re = cachedRegExp(`(?<![\\p{L}\\p{N}_.@/\\\\-])(?:${alternation})(?![_@/\\\\]|[.:-]?[\\p{L}\\p{N}])`, 'giu');
  // Cheap gate before the Unicode regex: the first three characters of some value must occur.
  // One scan for all of them (a substring search per head was text × heads on large bundles).
  const heads = cachedRegExp([...new Set(values.map((v) => escapeRegExp(v.slice(0, 3))))].join('|'), '');
  return {
    rewrite(text: string): string {
      if (text.length < 6) return text;
      const lower = text.toLowerCase();
      if (!heads.test(lower)) return text;
      const r = patternFor(re, text);
      r.lastIndex = 0;
      return text.replace(r, (m) => found.get(m.toLowerCase()) ?? m);
    },
  };
}

// Properties that are structure, threat data or already handled: never rewritten by the spread.
const SKIP_KEYS = new Set([
  'id', 'type', 'spec_version', 'created', 'modified', 'pattern', 'pattern_type', 'pattern_version', 'hashes',
  'valid_from', 'valid_until', 'first_seen', 'last_seen', 'first_observed', 'last_observed', 'published',
  'external_references', 'granular_markings', 'object_marking_refs', 'kill_chain_phases',
]);

/**
 * Applies the spreader to every string of one output object (deep), except structural and
 * threat properties, or only to the properties `only` names. Returns the paths that changed.
 */
export function spreadObject(obj: Record<string, unknown>, base: string, spreader: Spreader, skipName: boolean, only?: ReadonlySet<string>): string[] {
  const changed: string[] = [];
  // The path is spelled out only for a string that changed: most strings of most objects do not.
  const keys: (string | number)[] = [];
  const path = () => base + keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const r = spreader.rewrite(v);
      if (r !== v) changed.push(path());
      return r;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        keys.push(i);
        v[i] = visit(v[i]);
        keys.pop();
      }
      return v;
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        keys.push(k);
        o[k] = visit(o[k]);
        keys.pop();
      }
      return o;
    }
    return v;
  };
  for (const k of Object.keys(obj)) {
    if (SKIP_KEYS.has(k) || refKeyKind(k) !== 0 || (skipName && (k === 'name' || k === 'aliases')) || (only && !only.has(k))) continue;
    keys.push(k);
    obj[k] = visit(obj[k]);
    keys.pop();
  }
  return changed;
}
