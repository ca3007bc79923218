// Semantic checks on a parsed pattern that the grammar alone cannot make
// (STIX 2.1 §9): well-formed object type names, compilable MATCHES regexes,
// real calendar timestamps and START before STOP.

import { StixPatternError } from '../errors';
import { compareTimestamps, isStixTimestamp } from '../timestamps';
import type { Comparison } from './ast';
import type { Token } from './lexer';

// STIX 2.1 §2.? "type": a–z, 0–9 and hyphen, starting with a letter, 3–250 characters.
const TYPE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-?$/;
// PCRE inline flags at the very start, e.g. (?i); JavaScript has no such syntax before V8 12.5.
const LEADING_INLINE_FLAGS = /^\(\?([imsx]+)\)/;

/** Throws when a timestamp literal is not an RFC 3339 UTC instant on a real date. */
export function checkTimestampLiteral(t: Token): void {
  if (!isStixTimestamp(t.text)) {
    throw new StixPatternError(`timestamp t'${t.text}' is not a valid RFC 3339 UTC timestamp ending in Z`, t.start);
  }
}

/** START/STOP qualifier: both valid timestamps, STOP later than START (STIX 2.1 §9.6). */
export function checkStartStop(start: Token, stop: Token): void {
  checkTimestampLiteral(start);
  checkTimestampLiteral(stop);
  if (compareTimestamps(start.text, stop.text) >= 0) {
    throw new StixPatternError('the STOP timestamp must be later than the START timestamp', stop.start);
  }
}

/** Checks one comparison after parsing; `valueAt` is the offset of its right-hand side. */
export function checkComparison(c: Comparison, pathAt: number, valueAt = pathAt): void {
  const type = c.path.objectType;
  if (type.length < 3 || type.length > 250 || !TYPE_NAME.test(type)) {
    throw new StixPatternError(
      `object type '${type}' is not a valid STIX type name (3-250 characters: a-z, 0-9 and single hyphens, starting with a letter)`,
      pathAt,
    );
  }
  if (c.operator === 'MATCHES' && c.value && !Array.isArray(c.value) && c.value.kind === 'string') {
    compileRegex(c.value.value, valueAt);
  }
}

/**
 * STIX 2.1 §9.5: MATCHES takes a PCRE regular expression. We only compile it (to reject
 * syntax errors); it is never executed here, so catastrophic backtracking cannot bite.
 */
function compileRegex(source: string, at: number): void {
  let body = source;
  let flags = '';
  const inline = LEADING_INLINE_FLAGS.exec(body);
  if (inline) {
    body = body.slice(inline[0].length);
    flags = inline[1].replace('x', '');
  }
  try {
    new RegExp(body, flags);
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : 'does not compile';
    throw new StixPatternError(`MATCHES regular expression does not compile: ${why}`, at);
  }
}
