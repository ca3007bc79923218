import type { Response } from 'express';
import { AppError, ProblemIssue } from './app-error';
import { ERROR_CODES, ErrorCode, problemType } from './error-codes';

/** RFC 9457 problem details, with our stable `code` and the request id. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  requestId: string;
  errors?: ProblemIssue[];
  /** RFC 9457 extension members, e.g. the id of a submission stored as invalid. */
  [extension: string]: unknown;
}

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

export function toProblem(error: AppError, instance: string, requestId: string): ProblemDetails {
  const { status, title } = ERROR_CODES[error.code];
  return {
    ...error.options.extensions,
    type: problemType(error.code),
    title,
    status,
    detail: error.detail,
    instance,
    code: error.code,
    requestId,
    ...(error.options.errors ? { errors: error.options.errors } : {}),
  };
}

/** Writes an AppError as problem+json; 401s carry the challenges a client can answer. */
export function sendProblem(res: Response, error: AppError, instance: string, requestId: string): void {
  const problem = toProblem(error, instance, requestId);
  for (const [name, value] of Object.entries(error.options.headers ?? {})) res.setHeader(name, value);
  if (problem.status === 401 && !res.getHeader('WWW-Authenticate')) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="shieldshare", Basic realm="shieldshare"');
  }
  res.status(problem.status).type(PROBLEM_MEDIA_TYPE).send(JSON.stringify(problem));
}
