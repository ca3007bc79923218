/**
 * RegExps built per bundle from the bundle's own values (the names and identifiers propagateNames
 * and buildSpreader replace), kept by source and flags: a submitter's staff and devices recur from
 * one bundle to the next, and compiling such a pattern (with its ASCII twin, ascii-regex.ts) costs
 * up to a millisecond, more than scanning a small bundle. Sharing one object is safe: a global
 * pattern's only state, lastIndex, is reset by every use (String.prototype.replace does so).
 */

// Bounded in entries and in source size (a large bundle's alternation of found values can run to
// hundreds of kilobytes, its compiled code more): a long-running service sees endless distinct
// name sets. The oldest entries go first.
const MAX_ENTRIES = 256;
const MAX_SOURCE_CHARS = 1 << 20;
const compiled = new Map<string, RegExp>();
let sourceChars = 0;

/** `new RegExp(source, flags)`, the same object for the same source and flags while it stays cached. */
export function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (re === undefined) {
    re = new RegExp(source, flags);
    compiled.set(key, re);
    sourceChars += key.length;
    for (const [oldest] of compiled) {
      if (compiled.size <= 1 || (compiled.size <= MAX_ENTRIES && sourceChars <= MAX_SOURCE_CHARS)) break;
      compiled.delete(oldest);
      sourceChars -= oldest.length;
    }
  }
  return re;
}

/** `s` as a pattern that matches exactly it (outside a character class). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
