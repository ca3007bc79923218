// The STIX 2.1 patterning AST (STIX 2.1 §9). Shared contract between the parser
// (src/stix/pattern) and its users (the anonymizer, the feeds): change with care.

/** Character offsets into the original pattern text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type PatternLiteral =
  | { kind: 'string'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  /** b'...' base64 text as written. */
  | { kind: 'binary'; value: string }
  /** h'...' hex digits as written. */
  | { kind: 'hex'; value: string }
  /** t'...' RFC 3339 timestamp as written. */
  | { kind: 'timestamp'; value: string };

export type PathStep = { kind: 'property'; name: string } | { kind: 'index'; index: number | '*' };

export interface ObjectPath {
  objectType: string;
  steps: PathStep[];
}

export type ComparisonOperator =
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'IN'
  | 'LIKE'
  | 'MATCHES'
  | 'ISSUBSET'
  | 'ISSUPERSET'
  | 'EXISTS';

export interface Comparison {
  type: 'comparison';
  path: ObjectPath;
  operator: ComparisonOperator;
  /** `NOT` before the operator (not allowed with EXISTS). */
  negated: boolean;
  /** A list for IN, null for EXISTS, a single literal otherwise. */
  value: PatternLiteral | PatternLiteral[] | null;
  span: Span;
}

/** AND / OR inside one observation expression `[ ... ]`; AND binds tighter than OR. */
export interface ComparisonGroup {
  type: 'and' | 'or';
  operands: ComparisonNode[];
  span: Span;
}

export type ComparisonNode = Comparison | ComparisonGroup;

export interface Observation {
  type: 'observation';
  expression: ComparisonNode;
  span: Span;
}

/** Observation operators, by precedence: AND binds tighter than OR, OR tighter than FOLLOWEDBY. */
export interface ObservationGroup {
  type: 'observation-and' | 'observation-or' | 'followedby';
  operands: ObservationNode[];
  span: Span;
}

export type Qualifier =
  | { kind: 'within'; seconds: number }
  | { kind: 'repeats'; times: number }
  | { kind: 'start-stop'; start: string; stop: string };

export interface QualifiedObservation {
  type: 'qualified';
  expression: ObservationNode;
  qualifier: Qualifier;
  span: Span;
}

export type ObservationNode = Observation | ObservationGroup | QualifiedObservation;

/** One comparison flattened out of the tree: what a pattern looks at. */
export interface PatternObservable {
  objectType: string;
  /** Canonical path text, e.g. `hashes.'SHA-256'` or `extensions.'x-foo'.values[*]`. */
  path: string;
  steps: PathStep[];
  operator: ComparisonOperator;
  negated: boolean;
  value: PatternLiteral | PatternLiteral[] | null;
  span: Span;
}

export interface ParsedPattern {
  ast: ObservationNode;
  observables: PatternObservable[];
}
