export const REF_KEY = 1;
export const REFS_KEY = 2;

/**
 * Whether a property name ends in `_ref` (REF_KEY) or `_refs` (REFS_KEY), else 0: asked for every
 * key of every object several times per run (reference rewriting, the spread), where two endsWith
 * calls per key were a measurable share of the run.
 */
export function refKeyKind(k: string): 0 | typeof REF_KEY | typeof REFS_KEY {
  const n = k.length;
  const s = k.charCodeAt(n - 1) === 115 ? 1 : 0;
  // "_ref" before the optional "s".
  if (n - s < 4 || k.charCodeAt(n - s - 1) !== 102 || k.charCodeAt(n - s - 2) !== 101 || k.charCodeAt(n - s - 3) !== 114 || k.charCodeAt(n - s - 4) !== 95) return 0;
  return s === 1 ? REFS_KEY : REF_KEY;
}
