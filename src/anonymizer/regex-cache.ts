/**
 * RegExps built per bundle from the bundle's own values (the names and identifiers propagateNames
 * and buildSpreader replace), kept by source and flags: a submitter's staff and devices recur from
 * one bundle to the next, and compiling such a pattern (with its ASCII twin, ascii-regex.ts) costs
 * up to a millisecond, more than scanning a small bundle. Sharing one object is safe: a global
 * pattern's only state, lastIndex, is reset by every use (String.prototype.replace does so).
 */

// Bounded: a long-running service sees endless distinct name sets; the oldest entry goes first.
const MAX_ENTRIES = 256;
const compiled = new Map<string, RegExp>();

/** `new RegExp(source, flags)`, the same object for the same source and flags while it stays cached. */
export function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (re === undefined) {
    re = new RegExp(source, flags);
    if (compiled.size >= MAX_ENTRIES) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, re);
  }
  return re;
}

/** `s` as a pattern that matches exactly it (outside a character class). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
