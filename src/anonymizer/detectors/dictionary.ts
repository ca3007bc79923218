import type { Decoded } from '../decode';
import { type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';
import { surnameAfter } from '../name-variants';

// Case-, diacritic- and separator-insensitive matching: `Müller` = `Mueller` = `MULLER`,
// `Acme Metering` = `acme-metering`. Text and terms are folded the same way and the
// folded text keeps offsets back into the decoded text.

interface Folded {
  text: string;
  start: Int32Array;
  end: Int32Array;
}


function baseFold(ch: string): string {
  if (ch === 'ß') return 'ss';
  if (ch === 'æ' || ch === 'Æ') return 'ae';
  if (ch === 'œ' || ch === 'Œ') return 'oe';
  if (ch === 'ø' || ch === 'Ø') return 'o';
  // Vietnamese and Croatian đ has no decomposition; in ASCII it is written d ("Đặng" = "Dang").
  if (ch === 'đ' || ch === 'Đ') return 'd';
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;

// baseFold of each non-ASCII UTF-16 unit seen so far (a pure function of the unit).
const BASE_FOLDS = new Map<number, string>();

function isSep(c: number): boolean {
  return c === 32 || c === 45 || c === 95 || c === 46 || c === 9 || c === 10 || c === 13 || c === 0xb7 || c === 0x30fb || c === 0xa0 || c === 0x3000;
}

/** Folds `s`; offsets index into `s`. */
export function fold(s: string): Folded {
  const n = s.length;
  // Code units and offsets go into typed arrays (grown only when a fold expands, e.g. ß → ss):
  // three array pushes and a string per character made this the cost of every dictionary hit.
  let codes = new Uint16Array(n + 8);
  let start = new Int32Array(n + 8);
  let end = new Int32Array(n + 8);
  let len = 0;
  const push = (code: number, i: number) => {
    if (len === codes.length) {
      const grow = <T extends Uint16Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
      codes = grow(codes, new Uint16Array(len * 2));
      start = grow(start, new Int32Array(len * 2));
      end = grow(end, new Int32Array(len * 2));
    }
    codes[len] = code;
    start[len] = i;
    end[len] = i + 1;
    len++;
  };
  let lastSep = true;
  let prevVowel = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isSep(c)) {
      if (!lastSep) push(32, i);
      lastSep = true;
      prevVowel = false;
      continue;
    }
    lastSep = false;
    if (c < 128) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      // German umlaut transliterations collapse onto the bare vowel, so ü, ue and u meet.
      if (lower === 101 && prevVowel) {
        end[len - 1] = i + 1;
        prevVowel = false;
        continue;
      }
      push(lower, i);
    } else {
      // A Unicode normalisation per character dominated folding CJK and accented text.
      let f = BASE_FOLDS.get(c);
      if (f === undefined) BASE_FOLDS.set(c, (f = baseFold(s[i])));
      if (f === 'e' && prevVowel) {
        end[len - 1] = i + 1;
        prevVowel = false;
        continue;
      }
      for (let k = 0; k < f.length; k++) push(f.charCodeAt(k), i);
    }
    prevVowel = c === 97 || c === 111 || c === 117 || c === 65 || c === 79 || c === 85;
  }
  const parts: string[] = [];
  // In chunks: apply() takes a bounded number of arguments.
  for (let k = 0; k < len; k += 4096) parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(len, k + 4096)) as unknown as number[]));
  return { text: parts.join(''), start: start.subarray(0, len), end: end.subarray(0, len) };
}

/**
 * A cheaper fold without offsets, used as a pre-check: terms and text go through the same
 * function, so a string without a quick hit has no real hit and skips the full fold.
 */
export function quickFold(s: string): string {
  // ASCII needs no Unicode normalisation (the common case, and the expensive step).
  const lower = s.toLowerCase();
  if (!/[^\x00-\x7f]/.test(lower)) return lower.replace(/[\s\-_.]+/g, ' ').replace(/([aou])e/g, '$1');
  return lower
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\-_.\u00b7\u30fb\u00a0\u3000]+/g, ' ')
    .replace(/([aou])e/g, '$1');
}

/** Folds a dictionary term to its search key. */
export function foldTerm(term: string): string {
  // ASCII terms (most of a run's victim values) need no offsets: the same fold in three native
  // passes instead of three typed arrays per term. Separators as isSep's ASCII ones.
  if (!NON_ASCII.test(term)) return term.toLowerCase().replace(/[ \-_.\t\n\r]+/g, ' ').replace(/([aou])e/g, '$1').trim();
  return fold(term).text.trim();
}

export interface DictionaryTerm {
  term: string;
  kind: string;
  /** Substring matches allowed (long organisation names, brands, domains): no word boundary needed. */
  substring: boolean;
  /** Only where the text has exactly this spelling (initialisms: "NES" the company, not "nes"). */
  caseSensitive?: boolean;
  /** Never as part of a longer domain name ("zimmermann-ute.click" is a threat value, not Ute Zimmermann). */
  notInDomain?: boolean;
  /** A person's given name: another person who shares it is named with a surname right after it ("Anna Vossberg"). */
  opensName?: boolean;
}

/**
 * The longest part of a quick-folded key that ASCII text must contain verbatim (lower-cased)
 * for its quick fold to contain the key: no separator, and a/o/u only at the end (an `e`
 * after them may have been folded away). Null when no part is long enough to be selective.
 */
function asciiAnchor(key: string): string | null {
  let best = '';
  for (const segment of key.split(' ')) {
    let start = 0;
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i];
      if (c === 'a' || c === 'o' || c === 'u' || i === segment.length - 1) {
        if (i + 1 - start > best.length) best = segment.slice(start, i + 1);
        start = i + 1;
      }
    }
  }
  return best.length >= 3 ? best : null;
}

/**
 * A key's longest space-free segment. Where the quick fold of a text holds the key, it holds
 * each segment within the fold of a single line (a line break folds to a space).
 */
function longestSegment(key: string): string {
  return key.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Whether lower-cased ASCII text holds `segment` (a key part without spaces) once the quick fold
 * has dropped any 'e' after an a, o or u: the check for keys without an anchor ("tanaka",
 * "sakurabox" split into pieces too short). Plain code, not a pattern: a pattern per run would
 * be compiled anew for every bundle.
 */
function holdsLoosely(lower: string, segment: string): boolean {
  for (let p = lower.indexOf(segment[0]); p >= 0; p = lower.indexOf(segment[0], p + 1)) if (looselyAt(lower, p, segment, 0)) return true;
  return false;
}

function looselyAt(lower: string, i: number, segment: string, j: number): boolean {
  for (; j < segment.length; j++, i++) {
    if (lower.charCodeAt(i) !== segment.charCodeAt(j)) return false;
    const c = segment[j];
    if ((c === 'a' || c === 'o' || c === 'u') && j < segment.length - 1 && lower[i + 1] === 'e') {
      // An 'e' the fold may have dropped: skipped, unless the key itself goes on with an 'e'
      // (then both readings are tried).
      if (segment[j + 1] !== 'e') i++;
      else if (looselyAt(lower, i + 2, segment, j + 1)) return true;
    }
  }
  return true;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

// Scripts written without spaces between words: a name there is followed by particles and
// honorifics ("渡辺陽菜まで", "김민준님"), so a word boundary cannot be required.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a term hit is glued to a neighbouring word in a spaced script ("Ann" inside "Annual"). */
function gluedTo(edge: string | undefined, neighbour: string | undefined): boolean {
  return isWordChar(neighbour) && !UNSPACED.test(neighbour!) && !UNSPACED.test(edge ?? '');
}

const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const DOMAIN_SHAPE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$/i;

/**
 * Whether a hit is one label-part of a longer domain name ("jorg" in "jorg-hoffmann-design.xyz"):
 * a single given name or surname there names a domain, not a person (ANONYMIZER.md §3.7).
 */
function insideDomain(text: string, s: number, e: number): boolean {
  let a = s;
  let b = e;
  while (a > 0 && DOMAIN_CHAR.test(text[a - 1])) a--;
  while (b < text.length && DOMAIN_CHAR.test(text[b])) b++;
  while (b > e && (text[b - 1] === '.' || text[b - 1] === '-')) b--;
  return (a < s || b > e) && DOMAIN_SHAPE.test(text.slice(a, b)) && /\.[A-Za-z]{2,24}$/.test(text.slice(e, b) || text.slice(a, s));
}

/** Compiled dictionary of the submitter's names, brands, domains, staff and victim values. */
export class Dictionary {
  private readonly exact: { key: string; kind: string; substring: boolean; cased?: string; notInDomain?: boolean; opensName?: boolean }[] = [];
  private readonly quick: string[] = [];
  /** Anchors of the keys an ASCII text can contain (see asciiAnchor)... */
  private readonly anchors: string[];
  /** ...and, for keys without one, their longest segment, held loosely (see holdsLoosely). */
  private readonly looseSegments: string[];
  /** Per key, a part that a single line's quick fold must contain (see mayFind). */
  private readonly lineAnchors: string[];
  private readonly wildcard: { re: RegExp; kind: string }[] = [];

  /** `folded` may be shared by the dictionaries of one run: the same terms are folded once. */
  constructor(terms: DictionaryTerm[], folded: Map<string, string> = new Map()) {
    const seen = new Set<string>();
    for (const t of terms) {
      const raw = t.term.trim();
      if (raw.length < 2) continue;
      if (raw.includes('*')) {
        const parts = raw.split('*').map((p) => fold(p).text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        this.wildcard.push({ re: new RegExp(parts.join('[\\p{L}\\p{N}]{0,32}'), 'gu'), kind: t.kind });
        continue;
      }
      let key = folded.get(raw);
      if (key === undefined) {
        key = foldTerm(raw);
        folded.set(raw, key);
      }
      // A case-sensitive term is its own spelling: "AHI" is not dropped for an earlier "AHİ" of the same key.
      const identity = t.caseSensitive ? `${key}\u0000${raw}` : key;
      if (key.length < 2) continue;
      if (seen.has(identity)) {
        // The same word as a given name of one person and a surname of another: it still opens names.
        if (t.opensName) for (const e of this.exact) if (e.key === key) e.opensName = true;
        continue;
      }
      seen.add(identity);
      this.exact.push({ key, kind: t.kind, substring: t.substring && key.length >= 5, ...(t.caseSensitive ? { cased: raw } : {}), ...(t.notInDomain ? { notInDomain: true } : {}), ...(t.opensName ? { opensName: true } : {}) });
    }
    // Longer terms first so "Acme Metering GmbH" wins over "Acme".
    this.exact.sort((a, b) => b.key.length - a.key.length);
    // Pre-check keys: the longest run of letters of each term, quick-folded.
    for (const t of this.exact) {
      const k = quickFold(t.key).trim();
      if (k.length > 0) this.quick.push(k);
    }
    // A key with non-ASCII characters can never occur in the quick fold of ASCII text.
    const asciiKeys = this.quick.filter((k) => !NON_ASCII.test(k));
    // Loops, not map/filter chains, whose result arrays change shape with the terms: that
    // deoptimised this constructor, built for every run.
    this.anchors = [];
    this.looseSegments = [];
    for (const k of asciiKeys) {
      const anchor = asciiAnchor(k);
      if (anchor !== null) this.anchors.push(anchor);
      else this.looseSegments.push(longestSegment(k));
    }
    // In a line's quick fold: the anchors, the loose keys' segments (parts of the keys themselves)
    // and, for non-ASCII keys, their longest segment with a non-ASCII character (only a line with
    // non-ASCII characters can hold it).
    this.lineAnchors = [...this.anchors, ...this.looseSegments];
    for (const k of this.quick) if (NON_ASCII.test(k)) this.lineAnchors.push(longestSegment(k.split(' ').filter((g) => NON_ASCII.test(g)).join(' ')));
  }

  /**
   * Whether `find` could return anything for this (decoded) text, without folding its ASCII
   * lines. Exact as a pre-check; the point is a long text with few non-ASCII lines.
   */
  mayFind(text: string): boolean {
    if (this.size === 0) return false;
    if (this.wildcard.length > 0) return true;
    // Every anchor and segment lies within one line. So the lower-cased whole stands for all the
    // ASCII lines (a hit in another line only costs the full search), and only the non-ASCII
    // lines are folded, found from their non-ASCII characters rather than by splitting the
    // whole text (the residual check passes the bundle's entire output).
    if (this.asciiMayHold(text.toLowerCase())) return true;
    NON_ASCII_ALL.lastIndex = 0;
    for (let m = NON_ASCII_ALL.exec(text); m !== null; m = NON_ASCII_ALL.exec(text)) {
      const start = text.lastIndexOf('\n', m.index) + 1;
      const newline = text.indexOf('\n', m.index);
      const end = newline < 0 ? text.length : newline;
      const q = quickFold(text.slice(start, end));
      if (this.lineAnchors.some((a) => q.includes(a))) return true;
      if (newline < 0) break;
      NON_ASCII_ALL.lastIndex = end + 1;
    }
    return false;
  }

  /** Whether lower-cased ASCII text may hold a key: exact as a pre-check (see asciiAnchor, holdsLoosely). */
  private asciiMayHold(lower: string): boolean {
    return this.anchors.some((a) => lower.includes(a)) || this.looseSegments.some((g) => holdsLoosely(lower, g));
  }

  get size(): number {
    return this.exact.length + this.wildcard.length;
  }

  /** Finds every term occurrence in the decoded text. */
  find(decoded: Decoded | { text: string }): Finding[] {
    if (this.size === 0) return [];
    if (this.wildcard.length === 0) {
      // Cheapest test first: most strings are ASCII and contain no anchor (one native scan each).
      if (!NON_ASCII.test(decoded.text)) {
        if (!this.asciiMayHold(decoded.text.toLowerCase())) return [];
      } else {
        const q = quickFold(decoded.text);
        if (!this.quick.some((k) => q.includes(k))) return [];
      }
    }
    const f = fold(decoded.text);
    const out: Finding[] = [];
    for (const t of this.exact) {
      for (let p = f.text.indexOf(t.key); p >= 0; p = f.text.indexOf(t.key, p + 1)) {
        const s = f.start[p];
        const e = f.end[p + t.key.length - 1];
        if (!t.substring && (gluedTo(decoded.text[s], decoded.text[s - 1]) || gluedTo(decoded.text[e - 1], decoded.text[e]))) continue;
        if (t.cased !== undefined && decoded.text.slice(s, e) !== t.cased) continue;
        if (((t.kind === 'PERSON' && !t.key.includes(' ')) || t.notInDomain) && insideDomain(decoded.text, s, e)) continue;
        const surname = t.opensName ? surnameAfter(decoded.text.slice(s, e), decoded.text.slice(e, e + 64)) : undefined;
        if (surname !== undefined) {
          const end = e + 1 + surname.length;
          out.push({ start: s, end, kind: t.kind, detector: 'dictionary', priority: PRIORITY.dictionary, value: decoded.text.slice(s, end).toLowerCase(), side: 'victim', reason: 'given name of the submitter dictionary and a surname' });
          continue;
        }
        out.push({ start: s, end: e, kind: t.kind, detector: 'dictionary', priority: PRIORITY.dictionary, value: t.key, side: 'victim', reason: `submitter dictionary (${t.kind.toLowerCase()})` });
      }
    }
    for (const w of this.wildcard) {
      for (const m of matchAll(w.re, f.text)) {
        if (m[0].length === 0) continue;
        const s = f.start[m.index!];
        const e = f.end[m.index! + m[0].length - 1];
        out.push({ start: s, end: e, kind: w.kind, detector: 'dictionary', priority: PRIORITY.dictionary, value: m[0], side: 'victim', reason: 'submitter redaction term (wildcard)' });
      }
    }
    return out;
  }
}
