// Recursive-descent parser for the STIX 2.1 patterning language (STIX 2.1 §9,
// STIXPattern.g4). Precedence, loosest first:
//   observation level: FOLLOWEDBY < OR < AND < qualifiers (WITHIN / REPEATS / START..STOP)
//   comparison level (inside [ ]): OR < AND
// Same-operator chains become one n-ary group; an explicitly parenthesised group stays
// a separate operand, so printPattern(parse(x)) parses back to the same tree.

import { StixPatternError } from '../errors';
import type {
  Comparison,
  ComparisonNode,
  ComparisonOperator,
  ObjectPath,
  ObservationNode,
  ParsedPattern,
  PathStep,
  PatternLiteral,
  PatternObservable,
  Qualifier,
} from './ast';
import { tokenize, type Token } from './lexer';
import { checkComparison, checkStartStop, checkTimestampLiteral } from './checks';
import { printPath } from './print';

/** Nesting beyond this is refused, so hostile input cannot exhaust the stack. */
export const MAX_PATTERN_DEPTH = 64;
/** Longer pattern texts are refused before tokenizing. */
export const MAX_PATTERN_LENGTH = 1_000_000;

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const t = this.tokens[this.pos];
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  private isPunct(text: string): boolean {
    const t = this.tokens[this.pos];
    return t.kind === 'punct' && t.text === text;
  }

  private isKeyword(text: string): boolean {
    const t = this.tokens[this.pos];
    return t.kind === 'keyword' && t.text === text;
  }

  private expectPunct(text: string, what: string): Token {
    const t = this.peek();
    if (t.kind !== 'punct' || t.text !== text) throw this.unexpected(t, `'${text}' ${what}`);
    return this.next();
  }

  private expectKeyword(text: string): Token {
    const t = this.peek();
    if (t.kind !== 'keyword' || t.text !== text) throw this.unexpected(t, text);
    return this.next();
  }

  private unexpected(t: Token, expected: string): StixPatternError {
    const found = t.kind === 'eof' ? 'end of pattern' : `'${t.kind === 'string' ? `'${t.text}'` : t.text}'`;
    return new StixPatternError(`expected ${expected} but found ${found}`, t.start);
  }

  private enter(at: number): void {
    if (++this.depth > MAX_PATTERN_DEPTH) {
      throw new StixPatternError(`pattern nests deeper than ${MAX_PATTERN_DEPTH} levels`, at);
    }
  }

  parsePattern(): ObservationNode {
    const t = this.peek();
    if (t.kind === 'eof') throw new StixPatternError('empty pattern', 0);
    const ast = this.observationExpressions();
    const end = this.peek();
    if (end.kind !== 'eof') throw this.unexpected(end, 'AND, OR, FOLLOWEDBY, a qualifier or end of pattern');
    return ast;
  }

  // observationExpressions : observationExpressionOr (FOLLOWEDBY observationExpressionOr)*
  private observationExpressions(): ObservationNode {
    return this.observationChain('FOLLOWEDBY', 'followedby', () =>
      this.observationChain('OR', 'observation-or', () =>
        this.observationChain('AND', 'observation-and', () => this.observationExpression()),
      ),
    );
  }

  private observationChain(
    keyword: string,
    type: 'followedby' | 'observation-or' | 'observation-and',
    operand: () => ObservationNode,
  ): ObservationNode {
    const first = operand();
    if (!this.isKeyword(keyword)) return first;
    const operands = [first];
    while (this.isKeyword(keyword)) {
      this.next();
      operands.push(operand());
    }
    return { type, operands, span: { start: first.span.start, end: operands[operands.length - 1].span.end } };
  }

  // observationExpression : '[' comparisonExpression ']' | '(' observationExpressions ')' , then qualifiers
  private observationExpression(): ObservationNode {
    const t = this.peek();
    let node: ObservationNode;
    if (t.kind === 'punct' && t.text === '[') {
      this.next();
      this.enter(t.start);
      const expression = this.comparisonExpression();
      this.depth--;
      const close = this.expectPunct(']', 'to close the observation expression');
      node = { type: 'observation', expression, span: { start: t.start, end: close.end } };
    } else if (t.kind === 'punct' && t.text === '(') {
      this.next();
      this.enter(t.start);
      node = this.observationExpressions();
      this.depth--;
      this.expectPunct(')', 'to close the parenthesised observation expressions');
    } else {
      throw this.unexpected(t, "'[' or '(' to start an observation expression");
    }
    // Each qualifier wraps the node once more; bound the chain like any other nesting.
    let wraps = 0;
    for (;;) {
      const qualifier = this.qualifier();
      if (!qualifier) return node;
      if (++wraps + this.depth > MAX_PATTERN_DEPTH) {
        throw new StixPatternError(`more than ${MAX_PATTERN_DEPTH} nested qualifiers`, this.peek().start);
      }
      node = { type: 'qualified', expression: node, qualifier: qualifier.q, span: { start: t.start, end: qualifier.end } };
    }
  }

  private qualifier(): { q: Qualifier; end: number } | undefined {
    const t = this.peek();
    if (t.kind !== 'keyword') return undefined;
    if (t.text === 'WITHIN') {
      this.next();
      const n = this.next();
      // STIXPattern.g4: WITHIN (IntPosLiteral | FloatPosLiteral) SECONDS
      if ((n.kind !== 'int' && n.kind !== 'float') || n.text.startsWith('-')) throw this.unexpected(n, 'a positive number of seconds after WITHIN');
      const seconds = Number(n.text);
      if (!(seconds > 0) || !Number.isFinite(seconds)) throw new StixPatternError('WITHIN needs a positive number of seconds', n.start);
      const unit = this.expectKeyword('SECONDS');
      return { q: { kind: 'within', seconds }, end: unit.end };
    }
    if (t.text === 'REPEATS') {
      this.next();
      const n = this.next();
      if (n.kind !== 'int' || n.text.startsWith('-')) throw this.unexpected(n, 'a positive integer after REPEATS');
      const times = Number(n.text);
      if (!(times > 0) || !Number.isSafeInteger(times)) throw new StixPatternError('REPEATS needs a positive integer', n.start);
      const unit = this.expectKeyword('TIMES');
      return { q: { kind: 'repeats', times }, end: unit.end };
    }
    if (t.text === 'START') {
      this.next();
      const a = this.next();
      if (a.kind !== 'timestamp') throw this.unexpected(a, "a timestamp t'...' after START");
      this.expectKeyword('STOP');
      const b = this.next();
      if (b.kind !== 'timestamp') throw this.unexpected(b, "a timestamp t'...' after STOP");
      checkStartStop(a, b);
      return { q: { kind: 'start-stop', start: a.text, stop: b.text }, end: b.end };
    }
    return undefined;
  }

  // comparisonExpression : comparisonExpressionAnd (OR comparisonExpressionAnd)*
  private comparisonExpression(): ComparisonNode {
    return this.comparisonChain('OR', 'or', () => this.comparisonChain('AND', 'and', () => this.propTest()));
  }

  private comparisonChain(keyword: string, type: 'and' | 'or', operand: () => ComparisonNode): ComparisonNode {
    const first = operand();
    if (!this.isKeyword(keyword)) return first;
    const operands = [first];
    while (this.isKeyword(keyword)) {
      this.next();
      operands.push(operand());
    }
    return { type, operands, span: { start: first.span.start, end: operands[operands.length - 1].span.end } };
  }

  private propTest(): ComparisonNode {
    const t = this.peek();
    if (t.kind === 'punct' && t.text === '(') {
      this.next();
      this.enter(t.start);
      const inner = this.comparisonExpression();
      this.depth--;
      this.expectPunct(')', 'to close the parenthesised comparison');
      return inner;
    }
    if (t.kind === 'keyword' && t.text === 'EXISTS') {
      this.next();
      const path = this.objectPath();
      const comparison: Comparison = {
        type: 'comparison',
        path: path.path,
        operator: 'EXISTS',
        negated: false,
        value: null,
        span: { start: t.start, end: path.end },
      };
      checkComparison(comparison, path.start);
      return comparison;
    }
    const path = this.objectPath();
    let negated = false;
    if (this.isKeyword('NOT')) {
      negated = true;
      this.next();
    }
    const op = this.next();
    let operator: ComparisonOperator;
    let value: PatternLiteral | PatternLiteral[];
    let end: number;
    let valueAt = op.end;
    if (op.kind === 'op') {
      operator = op.text as ComparisonOperator;
      const lit = this.peek();
      valueAt = lit.start;
      value = this.literal(operator === '=' || operator === '!=');
      end = lit.end;
    } else if (op.kind === 'keyword' && op.text === 'IN') {
      operator = 'IN';
      const open = this.expectPunct('(', 'to start the IN set');
      valueAt = open.end;
      const items: PatternLiteral[] = [];
      if (!this.isPunct(')')) {
        items.push(this.literal(true));
        while (this.isPunct(',')) {
          this.next();
          items.push(this.literal(true));
        }
      }
      end = this.expectPunct(')', 'to close the IN set').end;
      value = items;
    } else if (
      op.kind === 'keyword' &&
      (op.text === 'LIKE' || op.text === 'MATCHES' || op.text === 'ISSUBSET' || op.text === 'ISSUPERSET')
    ) {
      operator = op.text;
      const lit = this.next();
      if (lit.kind !== 'string') throw this.unexpected(lit, `a quoted string after ${op.text}`);
      valueAt = lit.start;
      value = { kind: 'string', value: lit.text };
      end = lit.end;
    } else if (op.kind === 'keyword' && op.text === 'EXISTS') {
      throw new StixPatternError('EXISTS goes before the object path: EXISTS type:property', op.start);
    } else {
      throw this.unexpected(op, 'a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)');
    }
    const comparison: Comparison = {
      type: 'comparison',
      path: path.path,
      operator,
      negated,
      value,
      span: { start: path.start, end },
    };
    checkComparison(comparison, path.start, valueAt);
    return comparison;
  }

  /** primitiveLiteral (bool allowed) or orderableLiteral. */
  private literal(allowBool: boolean): PatternLiteral {
    const t = this.next();
    switch (t.kind) {
      case 'string':
        return { kind: 'string', value: t.text };
      case 'int': {
        const value = Number(t.text);
        if (!Number.isSafeInteger(value)) throw new StixPatternError(`integer ${t.text} is out of range`, t.start);
        return { kind: 'int', value };
      }
      case 'float':
        return { kind: 'float', value: Number(t.text) };
      case 'binary':
        return { kind: 'binary', value: t.text };
      case 'hex':
        return { kind: 'hex', value: t.text };
      case 'timestamp':
        checkTimestampLiteral(t);
        return { kind: 'timestamp', value: t.text };
      case 'bool':
        if (!allowBool) throw new StixPatternError('booleans cannot be ordered: use = or !=', t.start);
        return { kind: 'bool', value: t.text === 'true' };
      default:
        throw this.unexpected(t, 'a literal value');
    }
  }

  // objectPath : objectType ':' firstPathComponent objectPathComponent*
  private objectPath(): { path: ObjectPath; start: number; end: number } {
    const typeTok = this.next();
    if (typeTok.kind !== 'ident') throw this.unexpected(typeTok, 'an object type such as file or ipv4-addr');
    this.expectPunct(':', 'between the object type and the property');
    const steps: PathStep[] = [];
    const first = this.next();
    steps.push({ kind: 'property', name: this.propertyName(first) });
    let end = first.end;
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        const t = this.next();
        steps.push({ kind: 'property', name: this.propertyName(t) });
        end = t.end;
      } else if (this.isPunct('[')) {
        this.next();
        const t = this.next();
        if (t.kind === 'punct' && t.text === '*') steps.push({ kind: 'index', index: '*' });
        else if (t.kind === 'int') {
          const index = Number(t.text);
          if (!Number.isSafeInteger(index)) throw new StixPatternError('list index out of range', t.start);
          steps.push({ kind: 'index', index });
        } else throw this.unexpected(t, "a list index or '*'");
        end = this.expectPunct(']', 'to close the list index').end;
      } else break;
    }
    return { path: { objectType: typeTok.text, steps }, start: typeTok.start, end };
  }

  // STIXPattern.g4: path components are IdentifierWithoutHyphen or a quoted StringLiteral.
  private propertyName(t: Token): string {
    if (t.kind === 'string') return t.text;
    if (t.kind === 'ident') {
      if (t.text.includes('-')) {
        throw new StixPatternError(`property name '${t.text}' contains '-': quote it, e.g. '${t.text}'`, t.start);
      }
      return t.text;
    }
    throw this.unexpected(t, 'a property name');
  }
}

/** Parses a STIX 2.1 pattern into its AST and the list of comparisons it makes; throws StixPatternError. */
export function parsePattern(text: string): ParsedPattern {
  if (typeof text !== 'string') throw new StixPatternError('pattern must be a string', 0);
  if (text.length > MAX_PATTERN_LENGTH) {
    throw new StixPatternError(`pattern is longer than ${MAX_PATTERN_LENGTH} characters`, MAX_PATTERN_LENGTH);
  }
  const ast = new Parser(tokenize(text)).parsePattern();
  return { ast, observables: collectObservables(ast) };
}

/** Flattens every comparison of a pattern AST, left to right. */
export function collectObservables(ast: ObservationNode): PatternObservable[] {
  const out: PatternObservable[] = [];
  const visitComparison = (node: ComparisonNode): void => {
    if (node.type === 'comparison') {
      out.push({
        objectType: node.path.objectType,
        path: printPath(node.path.steps),
        steps: node.path.steps,
        operator: node.operator,
        negated: node.negated,
        value: node.value,
        span: node.span,
      });
    } else for (const o of node.operands) visitComparison(o);
  };
  const visit = (node: ObservationNode): void => {
    if (node.type === 'observation') visitComparison(node.expression);
    else if (node.type === 'qualified') visit(node.expression);
    else for (const o of node.operands) visit(o);
  };
  visit(ast);
  return out;
}
