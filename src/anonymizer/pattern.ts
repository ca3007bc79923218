import { type ComparisonNode, type ObservationNode, type ParsedPattern, type PatternLiteral, parsePattern, printPattern } from '../stix/index';
import { TOKEN_RE } from './pseudonyms';

/** What to do with one string literal compared in a pattern. */
export type LiteralDecision = { action: 'keep' } | { action: 'drop'; reason: string } | { action: 'rewrite'; value: string; reason: string };

export interface PatternOutcome {
  /** The rewritten pattern, or null when nothing is left (the indicator is dropped). */
  pattern: string | null;
  changed: boolean;
  dropped: { reason: string; broadened: boolean }[];
  likened: string[];
}

/**
 * Removes victim values from a STIX pattern (ANONYMIZER.md §3.2): a victim comparison is
 * dropped (from AND it broadens, from OR it narrows: both are leak-free); a partly victim
 * literal becomes `LIKE` with `%` where the victim part was, so the indicator still matches.
 * The result is printed and re-parsed; anything that does not round-trip is dropped.
 */
export function anonymizePattern(
  text: string,
  decide: (literal: string, objectType: string, path: string) => LiteralDecision,
  parse: (text: string) => ParsedPattern = parsePattern,
): PatternOutcome {
  const out: PatternOutcome = { pattern: text, changed: false, dropped: [], likened: [] };
  const parsed = parse(text);
  const comparison = (c: ComparisonNode & { type: 'comparison' }, inAnd: boolean): ComparisonNode | null => {
    const path = c.path.steps.map((s) => (s.kind === 'property' ? s.name : `[${s.index}]`)).join('.');
    const one = (l: PatternLiteral): PatternLiteral | null => {
      if (l.kind !== 'string') return l;
      const d = decide(l.value, c.path.objectType, path);
      if (d.action === 'keep') return l;
      if (d.action === 'drop') {
        out.dropped.push({ reason: d.reason, broadened: inAnd });
        return null;
      }
      out.likened.push(d.reason);
      return { kind: 'string', value: d.value.replace(TOKEN_RE, '%') };
    };
    if (Array.isArray(c.value)) {
      const kept = c.value.map(one).filter((x): x is PatternLiteral => x !== null);
      if (kept.length === c.value.length && kept.every((k, i) => k === (c.value as PatternLiteral[])[i])) return c;
      out.changed = true;
      // A rewritten value inside IN cannot be a LIKE: drop that element.
      const exact = kept.filter((k, i) => k === (c.value as PatternLiteral[])[i] || k.kind !== 'string' || !k.value.includes('%'));
      if (exact.length === 0) return null;
      return { ...c, value: exact };
    }
    if (c.value === null) return c;
    const v = one(c.value);
    if (v === c.value) return c;
    out.changed = true;
    if (v === null) return null;
    if (c.operator === '=' || c.operator === 'LIKE') return { ...c, operator: 'LIKE', value: v };
    // MATCHES, ordering and set operators cannot take a wildcard: fail closed.
    out.dropped.push({ reason: `victim value in ${c.operator} comparison`, broadened: inAnd });
    return null;
  };
  const cnode = (n: ComparisonNode, inAnd: boolean): ComparisonNode | null => {
    if (n.type === 'comparison') return comparison(n, inAnd);
    // Loops, not map/filter: the mapped arrays' shapes varied and deoptimised these functions.
    const ops: ComparisonNode[] = [];
    for (const o of n.operands) {
      const x = cnode(o, n.type === 'and');
      if (x !== null) ops.push(x);
    }
    if (ops.length === 0) return null;
    if (ops.length === 1) return ops[0];
    return { ...n, operands: ops };
  };
  const onode = (n: ObservationNode): ObservationNode | null => {
    if (n.type === 'observation') {
      const e = cnode(n.expression, false);
      return e ? { ...n, expression: e } : null;
    }
    if (n.type === 'qualified') {
      const e = onode(n.expression);
      return e ? { ...n, expression: e } : null;
    }
    const ops: ObservationNode[] = [];
    for (const o of n.operands) {
      const x = onode(o);
      if (x !== null) ops.push(x);
    }
    if (ops.length === 0) return null;
    if (ops.length === 1) return ops[0];
    return { ...n, operands: ops };
  };
  const ast = onode(parsed.ast);
  if (!out.changed) return out;
  if (!ast) {
    out.pattern = null;
    return out;
  }
  const printed = printPattern(ast);
  try {
    parsePattern(printed);
    out.pattern = printed;
  } catch {
    out.pattern = null;
  }
  return out;
}
