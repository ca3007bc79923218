/**
 * V8 runs a case-insensitive Unicode pattern (flags `iu`) five to seven times slower than the same
 * pattern without `u`: the label alternations of the person, secret and serial detectors cost
 * more than the rest of a scan. On text that is pure ASCII the two match exactly the same spans,
 * provided the `\p{…}` classes are spelled as their ASCII members (`\p{Lu}` → `A-Z`, which under
 * `i` also takes `a-z`, as `\p{Lu}` does under `iu`). So such a pattern has an ASCII twin, used
 * for ASCII text only.
 *
 * Why the spans are the same: on ASCII input, `iu` and `i` differ only through U+017F (ſ) and
 * U+212A (Kelvin sign), which fold onto 's' and 'k' under `iu` alone. A pattern containing either
 * gets no twin; the input, being ASCII, contains neither. `\w`, `\b` and `.` agree on ASCII.
 */

// ASCII members of the Unicode properties our patterns use; an unknown property means no twin.
const ASCII_MEMBERS: Record<string, string> = {
  L: 'A-Za-z',
  Letter: 'A-Za-z',
  Lu: 'A-Z',
  Uppercase_Letter: 'A-Z',
  Ll: 'a-z',
  Lowercase_Letter: 'a-z',
  N: '0-9',
  Nd: '0-9',
  M: '',
  Mn: '',
  Mc: '',
  'Script=Latin': 'A-Za-z',
};
// Scripts without ASCII letters: no member.
const NON_ASCII_SCRIPT = /^(?:Script|sc)=(?:Han|Hiragana|Katakana|Hangul|Cyrillic|Greek|Arabic|Hebrew|Devanagari|Thai)$/;

/** The source of the ASCII twin of a `u` pattern, or null when it has none. */
export function asciiSource(source: string): string | null {
  if (/[\u017f\u212a]|\\u\{|\\u017f|\\u212a/i.test(source)) return null;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i);
        if (source[i + 2] !== '{' || close < 0) return null;
        const name = source.slice(i + 3, close);
        const members = ASCII_MEMBERS[name] ?? (NON_ASCII_SCRIPT.test(name) ? '' : null);
        if (members === null) return null;
        if (next === 'P') {
          // A negated property inside a class would need set subtraction.
          if (inClass) return null;
          out += `[^${members}]`;
        } else out += inClass ? members : `[${members}]`;
        i = close;
        continue;
      }
      out += c + (next ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

const twins = new WeakMap<RegExp, RegExp | null>();

function twinOf(re: RegExp): RegExp | null {
  let t = twins.get(re);
  if (t === undefined) {
    const source = asciiSource(re.source);
    try {
      t = source === null ? null : new RegExp(source, re.flags.replace('u', ''));
    } catch {
      t = null;
    }
    twins.set(re, t);
  }
  return t;
}

// The detectors ask about the same decoded string many times in a row.
let lastText = '';
let lastAscii = true;

/** Whether `text` is pure ASCII (remembered for the last string asked about). */
export function isAscii(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAscii = !/[^\x00-\x7f]/.test(text);
  }
  return lastAscii;
}

/** The pattern to run on `text`: the ASCII twin of a case-insensitive Unicode pattern when `text` is ASCII. */
export function patternFor(re: RegExp, text: string): RegExp {
  if (!re.unicode || !re.ignoreCase || !isAscii(text)) return re;
  return twinOf(re) ?? re;
}
