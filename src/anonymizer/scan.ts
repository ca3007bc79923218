import { type Decoded, decode } from './decode';
import { deviceIdDetectors } from './detectors/device-ids';
import type { Dictionary } from './detectors/dictionary';
import { type Detector, type Finding, PRIORITY, type ScanContext } from './detectors/finding';
import { addressPlaceDetectors } from './detectors/address-places';
import { labelledIdDetectors } from './detectors/labelled-ids';
import { locationDetectors } from './detectors/location';
import { isTrackerKey, trackerKeyDetectors } from './detectors/tracker-keys';
import { networkDetectors } from './detectors/network';
import { personDetectors } from './detectors/person';
import { phoneDetectors } from './detectors/phone';
import { recordIdDetectors } from './detectors/record-ids';
import { referenceDetectors } from './detectors/references';
import { secretDetectors } from './detectors/secrets';
import { syslogHostDetectors } from './detectors/syslog-host';
import { STRUCTURED_GATE, structuredDetectors } from './detectors/structured';
import { TABLE_GATE, tableDetectors } from './detectors/tables';
import { type Pseudonymizer, TOKEN_RE } from './pseudonyms';
import { matchAll } from './match-all';
import { recordFound } from './spread';

/** Every Stage 2 detector, cheap ones first; names appear in the report. */
export const DETECTORS: [string, Detector][] = [
  ...secretDetectors,
  ...networkDetectors,
  ...deviceIdDetectors,
  ...referenceDetectors,
  ...recordIdDetectors,
  ...labelledIdDetectors,
  ...trackerKeyDetectors,
  ...addressPlaceDetectors,
  ...syslogHostDetectors,
  ...phoneDetectors,
  ...locationDetectors,
  ...personDetectors,
  ...tableDetectors,
  ...structuredDetectors,
];

function isBase64ishCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 95 || c === 45;
}

/** /[A-Za-z0-9+/_-]{24}/.test(text) in one pass: the regex retried every position of every word. */
function hasBase64ishRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isBase64ishCode(text.charCodeAt(i))) run = 0;
    else if (++run === 24) return true;
  }
  return false;
}

/** Characters a detector may need, found in one pass over each scanned string (traitsOf). */
const TRAIT = { digit: 1, at: 2, colon: 4, dot: 8, slash: 16, newline: 32, space: 64, hyphen: 128, equals: 256 } as const;
const ALL_TRAITS = 511;
// Trait bits of the ASCII characters; non-ASCII characters have none ('：' and the like are left to the tests).
const ASCII_TRAITS = new Uint16Array(128);
for (let c = 48; c <= 57; c++) ASCII_TRAITS[c] = TRAIT.digit;
ASCII_TRAITS[64] = TRAIT.at;
ASCII_TRAITS[58] = TRAIT.colon;
ASCII_TRAITS[46] = TRAIT.dot;
ASCII_TRAITS[47] = ASCII_TRAITS[92] = TRAIT.slash;
ASCII_TRAITS[10] = TRAIT.newline;
ASCII_TRAITS[32] = TRAIT.space;
ASCII_TRAITS[45] = TRAIT.hyphen;
ASCII_TRAITS[61] = TRAIT.equals;

/** The traits of a string: computed once, tested by every detector's `needs`. */
function traitsOf(text: string): number {
  let t = 0;
  for (let i = 0; i < text.length && t !== ALL_TRAITS; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) t |= ASCII_TRAITS[c];
  }
  return t;
}

/**
 * What a string must contain for a detector to possibly fire: `needs`, traits of which at least
 * one must occur (a bit test on the traits computed once per string), then `probe`, a finer native
 * test. Most names and short strings skip most detectors without scanning them again.
 */
interface Gate {
  needs?: number;
  probe?: { test(text: string): boolean };
}

// A Map, read once per detector list (gatesOf).
const GATES = new Map<string, Gate>(Object.entries({
  email: { needs: TRAIT.at | TRAIT.space, probe: { test: (text) => text.includes('@') || / at /i.test(text) } },
  url: { needs: TRAIT.colon, probe: { test: (text) => text.includes('://') } },
  'request-target': { probe: { test: (text) => text.includes(' HTTP/') } },
  ip: { needs: TRAIT.dot | TRAIT.colon, probe: /\d\.\d|[0-9a-f]:[0-9a-f]*:/i },
  mac: { probe: /[0-9a-f]{2}[:.-]?[0-9a-f]{2}|[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}|[0-9a-f]:[0-9a-f]{1,2}:/i },
  // Its public-domain runs need a dot, its device naming conventions ("LAPTOP-…", "iPhone-von-…") a hyphen.
  hostname: { needs: TRAIT.dot | TRAIT.hyphen },
  'device-ids': { probe: /\d{4}|\d[ -]\d{4}[ -]\d{4}|[:#=：]/ },
  'device-context': { needs: TRAIT.digit },
  references: { needs: TRAIT.digit },
  'record-ids': { needs: TRAIT.digit },
  'labelled-ids': { needs: TRAIT.digit },
  'address-places': { needs: TRAIT.digit },
  'tracker-keys': { needs: TRAIT.digit, probe: /[[(（【][A-Z][A-Z0-9]{1,9}[-#]\d/ },
  'leading-keys': { needs: TRAIT.digit, probe: /^[A-Z][A-Z0-9]{1,9}-\d{3}|issue key/i },
  'syslog-host': { needs: TRAIT.colon, probe: /^(?:<\d{1,3}>|[A-Z][a-z]{2} [ \d]\d \d\d:)/m },
  phone: { needs: TRAIT.digit, probe: /\d[\d\s().\/-]{5,}\d/ },
  time: { needs: TRAIT.digit, probe: /\d{4}-\d{2}-\d{2}/ },
  paths: { needs: TRAIT.slash | TRAIT.digit, probe: /[\\/]|S-1-5-21/ },
  secrets: {
    probe: /[:=：]|-(?:-?p|-?t|-?s|-?a|-?c)|\/p|AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|gh[pousr]_|github_pat_|glpat-|xox[abprs]-|AIza|sk_(?:live|test)_|eyJ|-----BEGIN |[Cc]ommunity|[Ww][Ii]-?[Ff][Ii]|WPA|wpa|[Pp]re-?shared|PSK|psk|secret \d|password \d|isakmp key|key-string/,
  },
  // Web access log lines need digits, '/' and ':'; authentication log phrases a space, account fields ':' or '='.
  accounts: { needs: TRAIT.space | TRAIT.colon | TRAIT.equals },
  entropy: { probe: { test: hasBase64ishRun } },
  tables: { needs: TRAIT.newline, probe: TABLE_GATE },
  structured: { probe: STRUCTURED_GATE },
}));

const gatesByList = new WeakMap<[string, Detector][], (Gate | undefined)[]>();

/** The gate of each detector of a list (lists are built once and not changed), by position: looked up once per list, not per string. */
function gatesOf(detectors: [string, Detector][]): (Gate | undefined)[] {
  let gates = gatesByList.get(detectors);
  if (gates === undefined) {
    // Pushed, not mapped: every list then has the same array shape and scanText's read stays monomorphic.
    gates = [];
    for (const [name] of detectors) gates.push(GATES.get(name));
    gatesByList.set(detectors, gates);
  }
  return gates;
}

/** Whether a detector's gate lets the (decoded) string through. */
function gatePasses(gate: Gate | undefined, traits: number, d: string): boolean {
  return !gate || !((gate.needs !== undefined && (traits & gate.needs) === 0) || (gate.probe && !gate.probe.test(d)));
}

/** Whether a threat value can contain a per-victim part the literal scan would remove. */
export function mayHoldVictimPart(v: string): boolean {
  return /[?@#]|users|home|akia|asia|eyj|gh[pousr]_|[:=]\S/i.test(v);
}

/** Strings longer than this are not scanned but dropped (fail closed); bounds work per string. */
export const MAX_SCAN_CHARS = 4 * 1024 * 1024;

export interface AppliedFinding {
  detector: string;
  kind: string;
  reason: string;
  action: 'tokenised' | 'generalised';
}

export interface ScanResult {
  text: string;
  applied: AppliedFinding[];
  /** Dictionary hits left in place because they sit inside a protected threat value. */
  keptBrand: number;
  failed: string[];
}

/** Everything a scan needs besides the text. */
export interface Scanner {
  ctx: ScanContext;
  dictionary: Dictionary;
  protectedValues: string[];
  pseudonyms: Pseudonymizer;
  /** The scanned string is itself a threat value: a finding covering all of it is not applied. */
  wholeValueIsThreat?: boolean;
  /** Detectors to run instead of DETECTORS. */
  detectors?: [string, Detector][];
  /** Decodings the run already made (decode is pure): a string seen by an earlier pass is not decoded again. */
  decoded?: ReadonlyMap<string, Decoded>;
  /** Collects person names found by context (decoded surface form → token), for the whole-bundle pass. */
  personNames?: Map<string, string>;
  /** Collects other confident findings (surface form → token), spread over the bundle at the end (spread.ts). */
  foundValues?: Map<string, string>;
  /** Collects values a detector kept as the threat by their context (lower-cased surface forms): they never spread. */
  keptThreats?: Set<string>;
}

// Japanese writes the given name after the surname, often apart ("佐藤 健太(SOC)"): a person found
// by its surname alone (three characters at most; a full Chinese name is longer and its next word
// is not a name, "欧阳雨桐 确认") takes the short Han or katakana word right after it.
const CJK_GIVEN_AFTER = /^[ \u3000](?:\p{Script=Han}{1,3}(?![\p{Script=Han}\p{Script=Katakana}])|\p{Script=Katakana}{2,5}(?!\p{Script=Katakana}))/u;
const CJK_LAST = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;

function extendCjkGivenNames(findings: Finding[], text: string): void {
  for (const f of findings) {
    if (f.kind !== 'PERSON' || f.keep || f.end >= text.length || f.end <= f.start) continue;
    const next = text.charCodeAt(f.end);
    if ((next !== 32 && next !== 0x3000) || f.end - f.start > 3 || !CJK_LAST.test(text[f.end - 1])) continue;
    const m = CJK_GIVEN_AFTER.exec(text.slice(f.end, f.end + 7));
    if (!m) continue;
    f.end += m[0].length;
    f.value = text.slice(f.start, f.end).toLowerCase();
  }
}

/**
 * Overlapping or adjacent person-name hits become one span ("David" from the gazetteer +
 * "Wilson" from the staff dictionary), so no half of a name is left behind.
 */
function mergePersons(findings: Finding[], text: string): void {
  const persons = findings.filter((f) => f.kind === 'PERSON' && !f.keep).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < persons.length; i++) {
    const a = persons[i];
    const b = persons[i + 1];
    // Not across a tab: in a pasted table the next cell is another person.
    if (b.start <= a.end || text.slice(a.end, b.start) === ' ') {
      if (b.start > a.end && a.detector !== 'dictionary' && b.detector !== 'dictionary') continue;
      const merged = { ...a, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), priority: Math.max(a.priority, b.priority) };
      merged.value = text.slice(merged.start, merged.end).toLowerCase();
      Object.assign(b, merged);
      a.end = a.start;
    }
  }
}

// Values shorter than this never match (the index used to be keyed on three characters).
const MIN_PROTECTED = 3;

/** A radix tree over the protect list: one walk per token start finds every listed prefix. */
interface ProtectNode {
  edges?: Map<number, { label: string; node: ProtectNode }>;
  /** At the root: which ASCII codes start some value, so most token starts need no walk. */
  asciiFirst?: Uint8Array;
  value?: string;
  /** Position of the value in the list: on a tie of candidates the earlier one wins. */
  rank?: number;
}

const protectIndex = new WeakMap<string[], ProtectNode>();

function insert(root: ProtectNode, v: string, rank: number): void {
  let node = root;
  let j = 0;
  for (;;) {
    if (j === v.length) {
      if (node.rank === undefined) {
        node.value = v;
        node.rank = rank;
      }
      return;
    }
    node.edges ??= new Map();
    const e = node.edges.get(v.charCodeAt(j));
    if (!e) {
      node.edges.set(v.charCodeAt(j), { label: v.slice(j), node: { value: v, rank } });
      return;
    }
    const label = e.label;
    let k = 0;
    while (k < label.length && j + k < v.length && label.charCodeAt(k) === v.charCodeAt(j + k)) k++;
    if (k < label.length) {
      const mid: ProtectNode = { edges: new Map([[label.charCodeAt(k), { label: label.slice(k), node: e.node }]]) };
      e.label = label.slice(0, k);
      e.node = mid;
    }
    node = e.node;
    j += k;
  }
}

/** The protect list as a radix tree, built once per list. */
function indexOf(values: string[]): ProtectNode {
  let root = protectIndex.get(values);
  if (!root) {
    root = {};
    values.forEach((v, rank) => {
      if (v.length >= MIN_PROTECTED) insert(root!, v, rank);
    });
    root.asciiFirst = new Uint8Array(128);
    for (const c of root.edges?.keys() ?? []) if (c < 128) root.asciiFirst[c] = 1;
    protectIndex.set(values, root);
  }
  return root;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
// isWordCode of each UTF-16 unit once tested: 0 not yet, 1 word, 2 not a word.
const NON_ASCII_WORD_CODES = new Uint8Array(65536);

/** Word characters for protect-list boundaries: ASCII letters, digits, '_' and any Unicode letter, digit or mark
 * (but not full-width punctuation such as '（' or '、', which ends a value in Japanese text). */
function isWordCode(c: number): boolean {
  if (c <= 127) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 95;
  // Every non-ASCII position of CJK text asks this; a regex test per character dominated the scan.
  let w = NON_ASCII_WORD_CODES[c];
  if (w === 0) NON_ASCII_WORD_CODES[c] = w = NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 2;
  return w === 1;
}

/**
 * Whole-token occurrences of protected values, in one pass: at each token start the radix
 * tree is walked along the text, so the cost is linear in the text, not text × list (a list
 * of thousands of URLs sharing `http://` used to be compared one by one).
 */
function protectedOccurrences(d: string, scanner: Scanner): Finding[] {
  const root = indexOf(scanner.protectedValues);
  const out: Finding[] = [];
  if (!root.edges) return out;
  const lower = d.toLowerCase();
  const n = lower.length;
  const asciiFirst = root.asciiFirst!;
  for (let i = 0; i + MIN_PROTECTED <= n; i++) {
    const first = lower.charCodeAt(i);
    if (first < 128 && asciiFirst[first] === 0) continue;
    if (i > 0) {
      const prev = lower.charCodeAt(i - 1);
      // "10.0.0.1" inside "10.0.0.10" or "a.evil.com" is not an occurrence of the value.
      if (isWordCode(prev) || prev === 46 || prev === 45 || prev === 64) continue;
    }
    let node: ProtectNode | undefined = root;
    let j = i;
    let best: string | undefined;
    let bestRank = Infinity;
    while (node) {
      const v = node.value;
      if (v !== undefined && node.rank! < bestRank) {
        const after = lower.charCodeAt(j);
        if (Number.isNaN(after) || !isWordCode(after) || !isWordCode(v.charCodeAt(v.length - 1))) {
          best = v;
          bestRank = node.rank!;
        }
      }
      if (j >= n || !node.edges) break;
      const e = node.edges.get(lower.charCodeAt(j));
      if (!e || !lower.startsWith(e.label, j)) break;
      node = e.node;
      j += e.label.length;
    }
    if (best !== undefined) {
      out.push({ start: i, end: i + best.length, kind: 'PROTECTED', detector: 'protect-list', priority: 500, value: best, keep: true, side: 'threat', reason: 'threat-side value' });
    }
  }
  return out;
}

/** Overlap resolution order: priority, then the longer span, then the earlier one (stable for ties). */
function byRank(a: Finding, b: Finding): number {
  return b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

// Phone candidates each cost a libphonenumber parse: the detector runs after every stronger
// finding (all its findings have this priority) is placed, and skips candidates those cover.
const DEFERRED_DETECTOR = 'phone';
const DEFERRED_PRIORITY = PRIORITY.phone;

// Which positions accepted findings hold (1, or 2 for a protected value): one buffer for every
// scan, as detectors never scan (a typed array per string cost an off-heap allocation each).
let takenScratch = new Uint8Array(1024);

/** The shared buffer, cleared over the first `n` positions. */
function takenBuffer(n: number): Uint8Array {
  if (takenScratch.length < n) takenScratch = new Uint8Array(Math.max(n, takenScratch.length * 2));
  takenScratch.fill(0, 0, n);
  return takenScratch;
}

// A detector that threw while prepared: the string fails closed when it is scanned.
const FAILED = 'failed';
// A detector whose gate kept the string out: not asked again.
const GATED = 'gated';

/** One string's detector findings, computed ahead by prepareScans (undefined: not computed, as for the deferred detector). */
interface Prepared {
  decoded: Decoded;
  traits: number;
  found: (Finding[] | typeof FAILED | typeof GATED | undefined)[];
}

/** What prepareScans computed, per scanner: for its context and detector list only. */
const preparedFor = new WeakMap<Scanner, { detectors: [string, Detector][]; byText: Map<string, Prepared> }>();

/**
 * Runs the detectors over many strings ahead of their scanText calls, one detector over all of
 * them before the next: string by string, every string went through some twenty detectors and
 * their large compiled patterns in turn, and the processor fetched them all again for the next one
 * (5-8% of the CPU time of the benchmark mix, a quarter of a 1 MB bundle's, the more strings the
 * more). Detectors are pure over (text, context), so the findings are the ones scanText
 * would compute; the deferred detector, which depends on the other findings, still runs in
 * scanText. A string prepared but never scanned costs only the work; one scanned but not prepared
 * is detected as before.
 */
export function prepareScans(texts: Iterable<string>, scanner: Scanner): void {
  const detectors = scanner.detectors ?? DETECTORS;
  const gates = gatesOf(detectors);
  const byText = new Map<string, Prepared>();
  for (const text of texts) {
    if (text.length === 0 || text.length > MAX_SCAN_CHARS || byText.has(text)) continue;
    let decoded: Decoded;
    try {
      decoded = scanner.decoded?.get(text) ?? decode(text);
    } catch {
      // Left to scanText, where anything unexpected fails only the object it belongs to.
      continue;
    }
    byText.set(text, { decoded, traits: traitsOf(decoded.text), found: [] });
  }
  for (let index = 0; index < detectors.length; index++) {
    const [name, det] = detectors[index];
    if (name === DEFERRED_DETECTOR) continue;
    for (const p of byText.values()) {
      const d = p.decoded.text;
      if (!gatePasses(gates[index], p.traits, d)) {
        p.found[index] = GATED;
        continue;
      }
      try {
        p.found[index] = det(d, scanner.ctx);
      } catch {
        p.found[index] = FAILED;
      }
    }
  }
  preparedFor.set(scanner, { detectors, byText });
}

function takePrepared(scanner: Scanner, text: string, detectors: [string, Detector][]): Prepared | undefined {
  const prepared = preparedFor.get(scanner);
  if (prepared === undefined || prepared.detectors !== detectors) return undefined;
  const p = prepared.byText.get(text);
  if (p !== undefined) prepared.byText.delete(text);
  return p;
}

/** Stage 2 on one string: decode, detect, resolve overlaps, replace on the original. */
export function scanText(text: string, scanner: Scanner, mode: 'full' | 'dictionary' = 'full'): ScanResult {
  const result: ScanResult = { text, applied: [], keptBrand: 0, failed: [] };
  if (text.length === 0) return result;
  if (text.length > MAX_SCAN_CHARS) {
    result.failed.push('size-cap');
    return result;
  }
  const detectors = scanner.detectors ?? DETECTORS;
  // Findings computed ahead for this string (prepareScans), used once: scanText changes them.
  const ready = mode === 'full' ? takePrepared(scanner, text, detectors) : undefined;
  const decoded = ready?.decoded ?? scanner.decoded?.get(text) ?? decode(text);
  const d = decoded.text;
  const dictHits = scanner.dictionary.find(decoded);
  // In dictionary mode only dictionary hits can be applied: without one the text stays as it is.
  if (mode === 'dictionary' && dictHits.length === 0) return result;
  const findings: Finding[] = [];
  // Our own tokens are never rescanned: this is what makes anonymize idempotent.
  if (d.includes('[')) {
    for (const m of matchAll(TOKEN_RE, d)) {
      if (isTrackerKey(m[0])) continue;
      findings.push({ start: m.index!, end: m.index! + m[0].length, kind: 'TOKEN', detector: 'token', priority: 1000, value: '', keep: true, reason: 'existing token' });
    }
  }
  if (scanner.protectedValues.length > 0) for (const f of protectedOccurrences(d, scanner)) findings.push(f);
  for (const f of dictHits) findings.push(f);
  // A deferred detector runs once every stronger finding is placed; its findings would have sat
  // at `deferredAt` in detection order, which the stable sort of the remainder reproduces.
  let deferred: Detector | undefined;
  let deferredAt = 0;
  const failures: [number, string][] = [];
  if (mode === 'full') {
    const gates = gatesOf(detectors);
    const traits = ready?.traits ?? traitsOf(d);
    for (let index = 0; index < detectors.length; index++) {
      const [name, det] = detectors[index];
      const early = ready?.found[index];
      if (early === GATED || (early === undefined && !gatePasses(gates[index], traits, d))) continue;
      if (name === DEFERRED_DETECTOR) {
        deferred = det;
        deferredAt = findings.length;
        continue;
      }
      if (early === FAILED) failures.push([index, name]);
      else if (early !== undefined) for (const f of early) findings.push(f);
      else {
        try {
          for (const f of det(d, scanner.ctx)) findings.push(f);
        } catch {
          failures.push([index, name]);
        }
      }
    }
  }
  if (failures.length > 0) {
    // Nothing is applied; only the complete, ordered list of failed detectors matters.
    if (deferred) {
      try {
        deferred(d, scanner.ctx);
      } catch {
        failures.push([detectors.findIndex(([name]) => name === DEFERRED_DETECTOR), DEFERRED_DETECTOR]);
      }
    }
    result.failed = failures.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
    return result;
  }
  // Nothing found and nothing deferred: nothing to place (most names and short strings).
  if (findings.length === 0 && !deferred) return result;
  extendCjkGivenNames(findings, d);
  mergePersons(findings, d);
  // Without a deferred detector the detection order is not needed again: sorted in place.
  const sorted = deferred ? [...findings].sort(byRank) : findings.sort(byRank);
  const taken = takenBuffer(d.length);
  const accepted: Finding[] = [];
  const place = (f: Finding): void => {
    if (f.end <= f.start) return;
    if (scanner.wholeValueIsThreat && f.start === 0 && f.end === d.length && !f.keep) return;
    for (let i = f.start; i < f.end; i++) {
      if (taken[i]) {
        if (f.detector === 'dictionary') {
          // A submitter term inside a protected threat value (a typosquat of the brand): kept, reported.
          for (let j = f.start; j < f.end; j++) if (taken[j] === 2) {
            result.keptBrand++;
            break;
          }
        }
        return;
      }
    }
    taken.fill(f.kind === 'PROTECTED' ? 2 : 1, f.start, f.end);
    if (!f.keep) accepted.push(f);
    else if (f.side === 'threat' && f.kind === 'PHONE' && scanner.keptThreats) scanner.keptThreats.add(d.slice(f.start, f.end).toLowerCase());
  };
  let k = 0;
  if (deferred) {
    for (; k < sorted.length && sorted[k].priority > DEFERRED_PRIORITY; k++) place(sorted[k]);
    const covered = (s: number, e: number): boolean => {
      for (let i = s; i < e; i++) if (taken[i]) return true;
      return false;
    };
    let late: Finding[];
    try {
      late = deferred(d, scanner.ctx, covered);
    } catch {
      result.failed.push(DEFERRED_DETECTOR);
      return result;
    }
    const rest = new Set(sorted.slice(k));
    const remainder = [...findings.slice(0, deferredAt).filter((f) => rest.has(f)), ...late, ...findings.slice(deferredAt).filter((f) => rest.has(f))];
    for (const f of remainder.sort(byRank)) place(f);
  } else {
    for (const f of sorted) place(f);
  }
  if (accepted.length === 0) return result;
  // A loop, not map: the array map() returns changed shape between calls and deoptimised scanText.
  const spans: { f: Finding; s: number; e: number }[] = [];
  for (const f of accepted) spans.push({ f, s: decoded.start ? decoded.start[f.start] : f.start, e: decoded.end ? decoded.end[f.end - 1] : f.end });
  spans.sort((a, b) => a.s - b.s || b.e - a.e);
  const parts: string[] = [];
  let pos = 0;
  for (const { f, s, e } of spans) {
    if (s < pos) continue;
    const replacement = f.replacement ?? scanner.pseudonyms.token(f.kind, f.value, f.suffix);
    if (replacement === text.slice(s, e)) continue;
    parts.push(text.slice(pos, s), replacement);
    pos = e;
    if (f.kind === 'PERSON' && scanner.personNames && !f.replacement) scanner.personNames.set(d.slice(f.start, f.end), replacement);
    else if (scanner.foundValues && !f.replacement) recordFound(scanner.foundValues, f.kind, f.detector, d.slice(f.start, f.end), replacement);
    result.applied.push({ detector: f.detector, kind: f.kind, reason: f.reason, action: f.replacement ? 'generalised' : 'tokenised' });
  }
  parts.push(text.slice(pos));
  result.text = parts.join('');
  return result;
}
