// Canonical text for a pattern AST: single spaces, upper-case keywords, nested groups
// always parenthesised, so the text parses back to an equal tree (spans aside).

import type { ComparisonNode, ObservationNode, PathStep, PatternLiteral } from './ast';
import { KEYWORDS } from './lexer';

const PLAIN_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function quote(s: string): string {
  return `'${s.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

function printName(name: string): string {
  return PLAIN_NAME.test(name) && !KEYWORDS.has(name) && name !== 'true' && name !== 'false' ? name : quote(name);
}

/** Path text after the colon, e.g. `hashes.'SHA-256'` or `values[*].name`. */
export function printPath(steps: PathStep[]): string {
  let out = '';
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (s.kind === 'index') out += `[${s.index}]`;
    else out += (i === 0 ? '' : '.') + printName(s.name);
  }
  return out;
}

/** Decimal text for a float without exponent notation, which the grammar lacks. */
function printFloat(v: number): string {
  let s = String(Math.abs(v));
  const e = s.indexOf('e');
  if (e >= 0) {
    const exp = Number(s.slice(e + 1));
    const [int, frac = ''] = s.slice(0, e).split('.');
    const digits = int + frac;
    const point = int.length + exp;
    if (point <= 0) s = `0.${'0'.repeat(-point)}${digits}`;
    else if (point >= digits.length) s = `${digits}${'0'.repeat(point - digits.length)}`;
    else s = `${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  if (!s.includes('.')) s += '.0';
  return (v < 0 || Object.is(v, -0) ? '-' : '') + s;
}

/** Pattern text of one literal. */
export function printLiteral(l: PatternLiteral): string {
  switch (l.kind) {
    case 'string':
      return quote(l.value);
    case 'int':
      return String(l.value);
    case 'float':
      return printFloat(l.value);
    case 'bool':
      return l.value ? 'true' : 'false';
    case 'binary':
      return `b'${l.value}'`;
    case 'hex':
      return `h'${l.value}'`;
    case 'timestamp':
      return `t'${l.value}'`;
  }
}

function printComparison(node: ComparisonNode, nested: boolean): string {
  if (node.type !== 'comparison') {
    const text = node.operands.map((o) => printComparison(o, true)).join(node.type === 'and' ? ' AND ' : ' OR ');
    return nested ? `(${text})` : text;
  }
  const path = `${node.path.objectType}:${printPath(node.path.steps)}`;
  if (node.operator === 'EXISTS') return `EXISTS ${path}`;
  const not = node.negated ? 'NOT ' : '';
  const value = Array.isArray(node.value)
    ? `(${node.value.map(printLiteral).join(', ')})`
    : node.value
      ? printLiteral(node.value)
      : '';
  return `${path} ${not}${node.operator} ${value}`;
}

const OBSERVATION_OPERATOR = { 'observation-and': ' AND ', 'observation-or': ' OR ', followedby: ' FOLLOWEDBY ' } as const;

function printObservation(node: ObservationNode, nested: boolean): string {
  switch (node.type) {
    case 'observation':
      return `[${printComparison(node.expression, false)}]`;
    case 'qualified': {
      const q = node.qualifier;
      const suffix =
        q.kind === 'within'
          ? `WITHIN ${Number.isInteger(q.seconds) ? String(q.seconds) : printFloat(q.seconds)} SECONDS`
          : q.kind === 'repeats'
            ? `REPEATS ${q.times} TIMES`
            : `START t'${q.start}' STOP t'${q.stop}'`;
      return `${printObservation(node.expression, true)} ${suffix}`;
    }
    default: {
      const text = node.operands.map((o) => printObservation(o, true)).join(OBSERVATION_OPERATOR[node.type]);
      return nested ? `(${text})` : text;
    }
  }
}

/** Canonical pattern text for an AST; parsePattern(printPattern(ast)) yields an equal AST. */
export function printPattern(ast: ObservationNode): string {
  return printObservation(ast, false);
}
