/**
 * A substring pre-check for many needles in one text: one pass over the text instead of a search
 * per needle, where needles × text would dominate (a large bundle's found values, names and
 * dictionary terms against its threat values or its prose).
 */

// Width of the windows a WindowFilter records: a shorter needle always passes.
const WINDOW = 6;

function windowHash(s: string, at: number): number {
  let h = 0;
  for (let k = 0; k < WINDOW; k++) h = (Math.imul(h, 31) + s.charCodeAt(at + k)) | 0;
  return h;
}

/**
 * The hashes of every window of WINDOW characters of a text, as a bitmap: a string whose first
 * window is not recorded is not a substring of the text (a recorded one may be: hashes collide).
 */
export class WindowFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(text: string) {
    let size = 1024;
    while (size < text.length * 8) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
    for (let i = 0; i + WINDOW <= text.length; i++) {
      const b = windowHash(text, i) & this.mask;
      this.bits[b >>> 5] |= 1 << (b & 31);
    }
  }

  mayContain(v: string): boolean {
    if (v.length < WINDOW) return true;
    const b = windowHash(v, 0) & this.mask;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}
