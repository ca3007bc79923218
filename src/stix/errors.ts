// Typed errors of the STIX library. Callers map them to problem codes; messages are
// written for the submitter who has to fix the document.

/** One problem found in a STIX document, located by a JSON pointer into the input. */
export interface StixIssue {
  objectId?: string;
  /** JSON pointer (RFC 6901) into the validated input. */
  path: string;
  /** Stable rule name, e.g. `modified-before-created`. */
  rule: string;
  message: string;
}

/** Thrown by helpers (newVersion, revoke) and by callers that want an exception instead of a result. */
export class StixValidationError extends Error {
  readonly issues: StixIssue[];
  constructor(message: string, issues: StixIssue[]) {
    super(message);
    this.name = 'StixValidationError';
    this.issues = issues;
  }
}

/** A STIX pattern that does not parse or fails a semantic check; `offset` indexes the pattern text. */
export class StixPatternError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'StixPatternError';
    this.offset = offset;
  }
}
