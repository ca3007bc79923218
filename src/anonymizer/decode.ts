// Stage 2 normalisation: a decoded copy of a string plus, for every decoded character,
// the span of original characters it came from. Detectors run on the decoded copy and
// replacements are applied to the original, so encoded and decoded forms both disappear.

import { unwrapNumbers } from './reflow';

/** A decoded view of a string with offsets back into the original. */
export interface Decoded {
  text: string;
  /** start[i], end[i]: original span of decoded char i (end exclusive); null when nothing was decoded. */
  start: Int32Array | null;
  end: Int32Array | null;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', commat: '@', period: '.', sol: '/', colon: ':',
  percnt: '%', num: '#', equals: '=', quest: '?', lowbar: '_', hyphen: '-', dash: '-',
};

// Named entities of accented letters ("M&uuml;hlberger", "Mondrag&oacute;n", "Fran&ccedil;ois"), case-sensitive
// as HTML has them: a base letter and its diacritic, composed.
const DIACRITICS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327', caron: '\u030c' };
const LETTER_ENTITIES = new Map<string, string>([
  ['szlig', 'ß'], ['aelig', 'æ'], ['AElig', 'Æ'], ['oslash', 'ø'], ['Oslash', 'Ø'], ['eth', 'ð'], ['ETH', 'Ð'], ['thorn', 'þ'], ['THORN', 'Þ'], ['oelig', 'œ'], ['OElig', 'Œ'],
]);
for (const base of 'aeiouycnszrAEIOUYCNSZR') {
  for (const [name, mark] of Object.entries(DIACRITICS)) {
    const composed = (base + mark).normalize('NFC');
    if (composed.length === 1) LETTER_ENTITIES.set(base + name, composed);
  }
}

// Defanging markers and what they stand for. Checked case-insensitively at each position.
const DEFANG: [string, string][] = [
  ['[.]', '.'], ['(.)', '.'], ['{.}', '.'], ['[dot]', '.'], ['(dot)', '.'], ['{dot}', '.'], [' [dot] ', '.'], [' dot ', '.'],
  ['[at]', '@'], ['(at)', '@'], ['{at}', '@'], [' [at] ', '@'], [' (at) ', '@'], ['[@]', '@'],
  ['[:]', ':'], ['[://]', '://'], ['[/]', '/'], ['hxxps', 'https'], ['hxxp', 'http'], ['fxp', 'ftp'],
];

// Full-width letters, digits and '@' hide identifiers; full-width punctuation alone is ordinary
// Japanese and Chinese prose and is only folded when something else is decoded anyway.
const NEEDS_DECODING = /[\uff10-\uff19\uff20-\uff3a\uff41-\uff5a\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]|%[0-9a-f]{2}|&(?:#x?[0-9a-f]{1,6}|[a-z]{2,8});|\\(?:u[0-9a-f]{4}|[\/"])|[[({](?:\.|dot|at|@|:|:\/\/|\/)[\])}]| \[?dot\]? |hxxps?|fxp/i;

// Defang markers by first character, so ordinary spaces and brackets cost one lookup.
const DEFANG_BY_FIRST = new Map<string, [string, string][]>();
for (const d of DEFANG) {
  const list = DEFANG_BY_FIRST.get(d[0][0]) ?? [];
  list.push(d);
  DEFANG_BY_FIRST.set(d[0][0], list);
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Digit zero of each decimal script folded to ASCII: Arabic-Indic, Extended Arabic-Indic (Persian, Urdu), Devanagari, Bengali, Thai.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];

/** The zero of the native decimal digit `c` belongs to, or -1. */
function nativeDigitZero(c: number): number {
  for (const z of DIGIT_ZEROS) if (c >= z && c <= z + 9) return z;
  return -1;
}

/**
 * One decoding pass over `src`; returns null when nothing changed. Every decoding shortens or
 * keeps the length, so the offset maps fit in arrays of the input's length; unchanged runs are
 * copied as slices.
 */
function pass(src: string): { text: string; start: Int32Array; end: Int32Array } | null {
  const out: string[] = [];
  const n = src.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let len = 0;
  let runStart = 0;
  let changed = false;
  const lower = src.toLowerCase();
  let i = 0;
  const emit = (s: string, a: number, b: number) => {
    if (a > runStart) out.push(src.slice(runStart, a));
    out.push(s);
    for (let k = 0; k < s.length; k++) {
      start[len] = a;
      end[len] = b;
      len++;
    }
    runStart = b;
  };
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 37 /* % */ && i + 2 < n) {
      // Percent-decoding: collect a run of %XX bytes and decode it as UTF-8.
      let j = i;
      const bytes: number[] = [];
      while (j + 2 < n && src.charCodeAt(j) === 37) {
        const h = hexVal(src.charCodeAt(j + 1));
        const l = hexVal(src.charCodeAt(j + 2));
        if (h < 0 || l < 0) break;
        bytes.push(h * 16 + l);
        j += 3;
      }
      if (bytes.length > 0) {
        const s = Buffer.from(bytes).toString('utf8');
        if (!s.includes('\ufffd')) {
          emit(s, i, j);
          i = j;
          changed = true;
          continue;
        }
      }
    } else if (c === 38 /* & */) {
      const semi = src.indexOf(';', i);
      if (semi > i && semi - i <= 10) {
        const name = src.slice(i + 1, semi);
        let s: string | undefined;
        if (name.startsWith('#x') || name.startsWith('#X')) {
          const v = parseInt(name.slice(2), 16);
          if (Number.isFinite(v) && v > 0 && v < 0x110000) s = String.fromCodePoint(v);
        } else if (name.startsWith('#')) {
          const v = parseInt(name.slice(1), 10);
          if (Number.isFinite(v) && v > 0 && v < 0x110000) s = String.fromCodePoint(v);
        } else s = LETTER_ENTITIES.get(name) ?? ENTITIES[name.toLowerCase()];
        if (s !== undefined) {
          emit(s, i, semi + 1);
          i = semi + 1;
          changed = true;
          continue;
        }
      }
    } else if (c === 92 /* \ */ && i + 1 < n) {
      // JSON string escapes, so JSON embedded in text is scanned like the rest.
      const d = src[i + 1];
      if (d === 'u' && i + 5 < n) {
        const v = parseInt(src.slice(i + 2, i + 6), 16);
        if (/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
          emit(String.fromCharCode(v), i, i + 6);
          i += 6;
          changed = true;
          continue;
        }
      } else if (d === '/' || d === '"') {
        emit(d, i, i + 2);
        i += 2;
        changed = true;
        continue;
      }
    } else if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      // Full-width forms (NFKC width folding): "ｊａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "０９０－１２３４－５６７８".
      emit(c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0), i, i + 1);
      i++;
      changed = true;
      continue;
    } else if (c >= 0x0660 && nativeDigitZero(c) >= 0) {
      // Arabic-Indic, Persian, Devanagari, Bengali and Thai digits: a phone number or an IBAN
      // written "٠١٠ ٥٤٦٨ ٣٣٢٧" is the same identifier as "010 5468 3327".
      emit(String.fromCharCode(48 + c - nativeDigitZero(c)), i, i + 1);
      i++;
      changed = true;
      continue;
    } else if (DEFANG_BY_FIRST.has(lower[i])) {
      let hit = false;
      for (const [from, to] of DEFANG_BY_FIRST.get(lower[i])!) {
        if (lower.startsWith(from, i)) {
          // ` dot ` only between word characters, so prose is not rewritten.
          if (from === ' dot ' && !(i > 0 && /\w/.test(src[i - 1]) && /\w/.test(src[i + from.length] ?? ''))) continue;
          if (from.startsWith('hxxp') || from === 'fxp') {
            const after = lower.slice(i + from.length, i + from.length + 4);
            if (!after.startsWith('://') && !after.startsWith('[:') && !after.startsWith(':/')) continue;
            if (i > 0 && /\w/.test(src[i - 1])) continue;
          }
          emit(to, i, i + from.length);
          i += from.length;
          changed = true;
          hit = true;
          break;
        }
      }
      if (hit) continue;
    }
    start[len] = i;
    end[len] = i + 1;
    len++;
    i++;
  }
  if (!changed) return null;
  if (n > runStart) out.push(src.slice(runStart, n));
  return { text: out.join(''), start: start.subarray(0, len), end: end.subarray(0, len) };
}

/** Decodes full-width forms, native digits, percent-encoding, HTML entities, JSON escapes and defanging (two rounds, for double encoding). */
export function decode(text: string): Decoded {
  const decoded = decodeEncodings(text);
  // Soft wraps inside numbers become spaces: same length, so the offsets stay as they are.
  return { ...decoded, text: unwrapNumbers(decoded.text) };
}

function decodeEncodings(text: string): Decoded {
  let cur: Decoded = { text, start: null, end: null };
  for (let round = 0; round < 2; round++) {
    // Cheap test first: most strings have nothing to decode.
    if (!NEEDS_DECODING.test(cur.text)) break;
    const p = pass(cur.text);
    if (!p) break;
    if (!cur.start || !cur.end) {
      cur = { text: p.text, start: p.start, end: p.end };
      continue;
    }
    const start = new Int32Array(p.text.length);
    const end = new Int32Array(p.text.length);
    for (let k = 0; k < p.start.length; k++) {
      start[k] = cur.start[p.start[k]];
      end[k] = cur.end[p.end[k] - 1];
    }
    cur = { text: p.text, start, end };
  }
  return cur;
}
