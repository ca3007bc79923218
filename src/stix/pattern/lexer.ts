// Tokenizer for the STIX 2.1 patterning language (STIX 2.1 §9 and the normative
// ANTLR grammar STIXPattern.g4). Keywords are case-sensitive upper case; whitespace
// and /* */ or // comments are skipped, as in the grammar.

import { StixPatternError } from '../errors';

export type TokenKind =
  | 'ident'
  | 'string'
  | 'int'
  | 'float'
  | 'bool'
  | 'binary'
  | 'hex'
  | 'timestamp'
  | 'keyword'
  | 'op'
  | 'punct'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Keyword, operator or punctuation text; decoded value for literals; identifier name. */
  text: string;
  start: number;
  end: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'LIKE',
  'MATCHES',
  'ISSUBSET',
  'ISSUPERSET',
  'EXISTS',
  'LAST',
  'IN',
  'START',
  'STOP',
  'SECONDS',
  'WITHIN',
  'REPEATS',
  'TIMES',
]);

const enum Ch {
  Quote = 39,
  Backslash = 92,
  Zero = 48,
  Nine = 57,
  Dot = 46,
  Minus = 45,
  Plus = 43,
}

function isDigit(c: number): boolean {
  return c >= Ch.Zero && c <= Ch.Nine;
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c) || c === Ch.Minus;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const HEX_BODY = /^(?:[0-9a-fA-F]{2})*$/;
// STIXPattern.g4 BinaryLiteral: base64 in groups of four, `=` padding only at the end.
const BASE64_BODY = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const INT_TEXT = /^[+-]?(?:0|[1-9][0-9]*)$/;
const FLOAT_TEXT = /^[+-]?[0-9]*\.[0-9]+$/;

/** Splits pattern text into tokens; throws StixPatternError at the first character that fits no token. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 47 /* / */ && src.charCodeAt(i + 1) === 42 /* * */) {
      const close = src.indexOf('*/', i + 2);
      if (close < 0) throw new StixPatternError('unterminated /* comment', i);
      i = close + 2;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 47) {
      while (i < n && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
      continue;
    }
    const start = i;
    if (c === Ch.Quote) {
      const [value, end] = readQuoted(src, i);
      tokens.push({ kind: 'string', text: value, start, end });
      i = end;
      continue;
    }
    if (isIdentStart(c)) {
      // b'..', h'..', t'..' literals: a one-letter prefix glued to a quote.
      if ((c === 98 || c === 104 || c === 116) && src.charCodeAt(i + 1) === Ch.Quote) {
        const [value, end] = readQuoted(src, i + 1);
        if (c === 98) {
          if (!BASE64_BODY.test(value)) throw new StixPatternError(`binary literal b'${value}' is not valid base64`, start);
          tokens.push({ kind: 'binary', text: value, start, end });
        } else if (c === 104) {
          if (!HEX_BODY.test(value)) throw new StixPatternError(`hex literal h'${value}' must hold pairs of hex digits`, start);
          tokens.push({ kind: 'hex', text: value, start, end });
        } else {
          tokens.push({ kind: 'timestamp', text: value, start, end });
        }
        i = end;
        continue;
      }
      let j = i + 1;
      while (j < n && isIdentPart(src.charCodeAt(j))) j++;
      const word = src.slice(i, j);
      if (KEYWORDS.has(word)) tokens.push({ kind: 'keyword', text: word, start, end: j });
      else if (word === 'true' || word === 'false') tokens.push({ kind: 'bool', text: word, start, end: j });
      else tokens.push({ kind: 'ident', text: word, start, end: j });
      i = j;
      continue;
    }
    const next = src.charCodeAt(i + 1);
    if (
      isDigit(c) ||
      ((c === Ch.Minus || c === Ch.Plus) && (isDigit(next) || (next === Ch.Dot && isDigit(src.charCodeAt(i + 2))))) ||
      (c === Ch.Dot && isDigit(next) && !followsPathPart(tokens))
    ) {
      let j = i;
      if (c === Ch.Minus || c === Ch.Plus) j++;
      while (j < n && isDigit(src.charCodeAt(j))) j++;
      if (src.charCodeAt(j) === Ch.Dot && isDigit(src.charCodeAt(j + 1))) {
        j++;
        while (j < n && isDigit(src.charCodeAt(j))) j++;
      }
      if (j < n && (isIdentStart(src.charCodeAt(j)) || src.charCodeAt(j) === Ch.Dot)) {
        throw new StixPatternError(`malformed number '${src.slice(i, j + 1)}'`, start);
      }
      const text = src.slice(i, j);
      if (INT_TEXT.test(text)) tokens.push({ kind: 'int', text, start, end: j });
      else if (FLOAT_TEXT.test(text)) tokens.push({ kind: 'float', text, start, end: j });
      else throw new StixPatternError(`malformed number '${text}' (no leading zeros)`, start);
      i = j;
      continue;
    }
    // Operators: EQ '=' | '==', NEQ '!=' | '<>', and the order comparisons.
    if (c === 61 /* = */) {
      const len = next === 61 ? 2 : 1;
      tokens.push({ kind: 'op', text: '=', start, end: i + len });
      i += len;
      continue;
    }
    if (c === 33 /* ! */) {
      if (next !== 61) throw new StixPatternError("expected '=' after '!'", i);
      tokens.push({ kind: 'op', text: '!=', start, end: i + 2 });
      i += 2;
      continue;
    }
    if (c === 60 /* < */) {
      if (next === 61) tokens.push({ kind: 'op', text: '<=', start, end: i + 2 });
      else if (next === 62) tokens.push({ kind: 'op', text: '!=', start, end: i + 2 });
      else tokens.push({ kind: 'op', text: '<', start, end: i + 1 });
      i = tokens[tokens.length - 1].end;
      continue;
    }
    if (c === 62 /* > */) {
      if (next === 61) tokens.push({ kind: 'op', text: '>=', start, end: i + 2 });
      else tokens.push({ kind: 'op', text: '>', start, end: i + 1 });
      i = tokens[tokens.length - 1].end;
      continue;
    }
    const ch = src[i];
    if ('[]():.,*'.includes(ch)) {
      tokens.push({ kind: 'punct', text: ch, start, end: i + 1 });
      i++;
      continue;
    }
    throw new StixPatternError(`unexpected character '${ch}'`, i);
  }
  tokens.push({ kind: 'eof', text: '', start: n, end: n });
  return tokens;
}

/** After an identifier, a quoted name or `]`, a `.` starts a path step, not a float. */
function followsPathPart(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  return last.kind === 'ident' || last.kind === 'string' || (last.kind === 'punct' && last.text === ']');
}

/**
 * Reads a quoted string starting at the opening quote. STIXPattern.g4 StringLiteral:
 * only `\'` and `\\` are escapes; any other backslash sequence is an error.
 */
function readQuoted(src: string, quoteAt: number): [string, number] {
  let out = '';
  let i = quoteAt + 1;
  let chunk = i;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === Ch.Quote) {
      out += src.slice(chunk, i);
      return [out, i + 1];
    }
    if (c === Ch.Backslash) {
      const e = src.charCodeAt(i + 1);
      if (e !== Ch.Quote && e !== Ch.Backslash) {
        throw new StixPatternError("invalid escape in string literal: only \\' and \\\\ are allowed", i);
      }
      out += src.slice(chunk, i) + src[i + 1];
      i += 2;
      chunk = i;
      continue;
    }
    i++;
  }
  throw new StixPatternError('unterminated string literal', quoteAt);
}
