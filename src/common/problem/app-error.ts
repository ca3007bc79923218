import { ERROR_CODES, ErrorCode } from './error-codes';

export interface ProblemIssue {
  /** JSON pointer into the request body (or `/query/x`, `/params/x`). */
  pointer: string;
  message: string;
}

/** The one error type modules throw; the global filter renders it as problem+json. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly options: { errors?: ProblemIssue[]; headers?: Record<string, string>; extensions?: Record<string, string> } = {},
  ) {
    super(`${code}: ${detail}`);
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}
