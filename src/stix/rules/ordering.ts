// Time-ordering rules that JSON Schema cannot express (STIX 2.1 §3.2, §4, §5, §6).
import { compareTimestamps, isStixTimestamp } from '../timestamps';
import type { ObjectContext } from './report';

interface Ordering {
  earlier: string;
  later: string;
  /** True when equal timestamps are also wrong. */
  strict: boolean;
  rule: string;
  types?: ReadonlySet<string>;
}

const ORDERINGS: Ordering[] = [
  // §3.2: modified MUST be later than or equal to created.
  { earlier: 'created', later: 'modified', strict: false, rule: 'modified-before-created' },
  // §4.7: valid_until MUST be greater than valid_from.
  { earlier: 'valid_from', later: 'valid_until', strict: true, rule: 'valid-until-before-valid-from', types: new Set(['indicator']) },
  // §4.2, §4.8, §4.9, §4.11, §4.17, §5.2: last_seen MUST be >= first_seen.
  {
    earlier: 'first_seen',
    later: 'last_seen',
    strict: false,
    rule: 'last-seen-before-first-seen',
    types: new Set(['campaign', 'infrastructure', 'intrusion-set', 'malware', 'threat-actor', 'sighting']),
  },
  // §4.14: last_observed MUST be >= first_observed.
  { earlier: 'first_observed', later: 'last_observed', strict: false, rule: 'last-observed-before-first-observed', types: new Set(['observed-data']) },
  // §5.1: stop_time MUST be later than start_time.
  { earlier: 'start_time', later: 'stop_time', strict: true, rule: 'stop-time-before-start-time', types: new Set(['relationship']) },
  // §6.12: end MUST be >= start.
  { earlier: 'start', later: 'end', strict: false, rule: 'end-before-start', types: new Set(['network-traffic']) },
  { earlier: 'analysis_started', later: 'analysis_ended', strict: false, rule: 'analysis-ended-before-started', types: new Set(['malware-analysis']) },
  { earlier: 'validity_not_before', later: 'validity_not_after', strict: false, rule: 'validity-not-after-before-not-before', types: new Set(['x509-certificate']) },
  { earlier: 'account_created', later: 'account_expires', strict: false, rule: 'account-expires-before-created', types: new Set(['user-account']) },
];

/** Checks every applicable ordering on one object. */
export function checkOrdering(ctx: ObjectContext): void {
  const o = ctx.obj;
  for (const rule of ORDERINGS) {
    if (rule.types && !rule.types.has(ctx.type)) continue;
    const a = o[rule.earlier];
    const b = o[rule.later];
    if (typeof a !== 'string' || typeof b !== 'string' || !isStixTimestamp(a) || !isStixTimestamp(b)) continue;
    const c = compareTimestamps(b, a);
    if (c < 0 || (rule.strict && c === 0)) {
      ctx.report.error(
        ctx.id,
        `${ctx.ptr}/${rule.later}`,
        rule.rule,
        `'${rule.later}' (${b}) must be ${rule.strict ? 'later than' : 'the same as or later than'} '${rule.earlier}' (${a})`,
      );
    }
  }
}
