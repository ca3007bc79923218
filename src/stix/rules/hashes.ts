// STIX 2.1 §2.7 hashes: keys come from hash-algorithm-ov (open: others are warnings) and
// must be valid dictionary keys; values of the known algorithms have fixed formats.
import type { ObjectContext } from './report';
import { escapePointer } from './report';

const FORMATS: Record<string, RegExp> = {
  MD5: /^[a-fA-F0-9]{32}$/,
  'SHA-1': /^[a-fA-F0-9]{40}$/,
  'SHA-256': /^[a-fA-F0-9]{64}$/,
  'SHA-512': /^[a-fA-F0-9]{128}$/,
  'SHA3-256': /^[a-fA-F0-9]{64}$/,
  'SHA3-512': /^[a-fA-F0-9]{128}$/,
  SSDEEP: /^[0-9]+:[a-zA-Z0-9/+]+:[a-zA-Z0-9/+]+(,"[^"]*")?$/,
  TLSH: /^(T1)?[a-fA-F0-9]{70}$/,
};

// STIX 2.1 §2.7: dictionary keys are ASCII letters, digits, hyphen and underscore, at most 250.
const DICTIONARY_KEY = /^[a-zA-Z0-9_-]{1,250}$/;

/** Checks one hashes dictionary at `path`. */
export function checkHashes(ctx: ObjectContext, hashes: Record<string, unknown>, path: string): void {
  for (const key of Object.keys(hashes)) {
    const p = `${path}/${escapePointer(key)}`;
    const value = hashes[key];
    if (!DICTIONARY_KEY.test(key)) {
      ctx.report.error(ctx.id, p, 'invalid-hash-key', `hash algorithm name '${key.slice(0, 60)}' must be 1-250 characters of a-z, A-Z, 0-9, '-' or '_'`);
      continue;
    }
    const format = FORMATS[key];
    if (!format) {
      const upper = key.toUpperCase();
      const hint = FORMATS[upper] || FORMATS[upper.replace(/^SHA(\d)/, 'SHA-$1')] ? ` (did you mean '${FORMATS[upper] ? upper : upper.replace(/^SHA(\d)/, 'SHA-$1')}'?)` : '';
      ctx.report.warn(ctx.id, p, 'unknown-hash-algorithm', `hash algorithm '${key}' is not in hash-algorithm-ov${hint}`);
      continue;
    }
    if (typeof value === 'string' && !format.test(value)) {
      ctx.report.error(ctx.id, p, 'invalid-hash-value', `${key} value '${value.slice(0, 140)}' is not a valid ${key} hash`);
    }
  }
}
