// Hard-wrapped prose (the text layer of a PDF, a mail wrapped at a fixed width) breaks a number
// across lines where the wrap fell: "called from +1 404 647\n4687 reporting". Detectors read a
// line break as the end of a value, so such a break is read as the space it replaced.

const MIN_WIDTH = 30;
const MAX_WIDTH = 100;
const SLACK = 0.1;
// The rest of a number on the next line: a digit group, not a date or a time ("2024-03-13", "18:10").
const NUMBER_TAIL = /^\d{1,8}(?![\d:\/-]|\.\d)/;
// A first word longer than this is a record (a CSV row without spaces), not prose.
const MAX_WORD = 25;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Chinese, Japanese and Korean text wraps at any character, not at spaces.
const CJK = /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** Length of the first word of a line (up to a space or a CJK character), or -1 when it is no word of prose. */
function firstWordLength(line: string): number {
  const sp = line.indexOf(' ');
  let n = sp < 0 ? line.length : sp;
  const cjk = CJK.exec(line.slice(0, n));
  if (cjk) n = Math.max(1, cjk.index);
  return n > MAX_WORD ? -1 : n;
}

/** The soft wrap breaks between digits of one paragraph (lines without an empty one), offsets from `at`. */
function paragraphBreaks(lines: string[], at: number, out: number[]): void {
  if (lines.length < 3 || lines.some((l) => l.includes('\t'))) return;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.length);
  if (width < MIN_WIDTH || width > MAX_WIDTH) return;
  // Slack: a PDF's text layer wraps by the glyphs' widths, not by a count of characters.
  const slack = Math.ceil(width * SLACK);
  const wrapped = (i: number): boolean => {
    const w = firstWordLength(lines[i + 1]);
    return w > 0 && lines[i].length + 1 + w > width - slack;
  };
  // Every line but the last must be a wrap, or end a sentence or a field.
  for (let i = 0; i + 1 < lines.length; i++) if (!wrapped(i) && !/[.:!?;。]$/.test(lines[i])) return;
  let p = at;
  for (let i = 0; i + 1 < lines.length; i++) {
    p += lines[i].length;
    if (isDigitCode(lines[i].charCodeAt(lines[i].length - 1)) && NUMBER_TAIL.test(lines[i + 1]) && wrapped(i)) out.push(p);
    p++;
  }
}

/**
 * The positions of line breaks between two digits that a greedy wrap at its paragraph's width
 * made: the line with the next line's first word would not have fitted. Only in a paragraph
 * whose every line runs on this way (at least three lines, 30 to 100 characters wide, no tabs),
 * so a log or table whose rows end and start with numbers keeps its breaks.
 */
export function softWrapDigitBreaks(text: string): number[] {
  const out: number[] = [];
  let para: string[] = [];
  let paraStart = 0;
  let p = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      paragraphBreaks(para, paraStart, out);
      para = [];
      paraStart = p + line.length + 1;
    } else para.push(line);
    p += line.length + 1;
  }
  paragraphBreaks(para, paraStart, out);
  return out;
}

/** The text with the soft wrap breaks inside numbers read as spaces (same length, same offsets). */
export function unwrapNumbers(text: string): string {
  if (!/\d\n\d/.test(text)) return text;
  const breaks = softWrapDigitBreaks(text);
  if (breaks.length === 0) return text;
  const chars = text.split('');
  for (const p of breaks) chars[p] = ' ';
  return chars.join('');
}
