// STIX 2.1 §4.7: an indicator's pattern in the STIX language MUST parse.
import { StixPatternError } from '../errors';
import { parsePattern } from '../pattern/parser';
import type { ObjectContext } from './report';

/** Parses indicator.pattern when pattern_type is stix; failures are `invalid-pattern` with the offset. */
export function checkIndicatorPattern(ctx: ObjectContext): void {
  const o = ctx.obj;
  if (o.pattern_type !== 'stix' || typeof o.pattern !== 'string') return;
  try {
    parsePattern(o.pattern);
  } catch (e) {
    if (!(e instanceof StixPatternError)) throw e;
    ctx.report.error(ctx.id, `${ctx.ptr}/pattern`, 'invalid-pattern', `pattern is not valid STIX patterning at offset ${e.offset}: ${e.message}`);
  }
}
