import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { postgresErrorCode } from '../../database/postgres-errors';
import { requestIdOf } from '../logging/request-id.middleware';
import { AppError } from './app-error';
import { sendProblem } from './problem';

/** Renders every error as application/problem+json; unknown errors are logged, never echoed. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (res.headersSent) return;
    const requestId = requestIdOf(req);
    sendProblem(res, toAppError(exception, req, requestId, this.logger), req.path, requestId);
  }
}

/** Any thrown value as an AppError; unknown errors are logged with the request id and never echoed. */
export function toAppError(exception: unknown, req: Request, requestId: string, logger: Logger): AppError {
  if (exception instanceof AppError) return exception;
  const bodyError = bodyParserError(exception);
  if (bodyError) return bodyError;
  const unstorable = unstorableTextError(exception);
  if (unstorable) return unstorable;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 404) return new AppError('NOT_FOUND', `no route for ${req.method} ${req.path}`);
    if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'the request body is larger than this endpoint accepts');
    if (status === 408) return new AppError('REQUEST_TIMEOUT', 'the request took too long');
    if (status === 400) return new AppError('VALIDATION_FAILED', exception.message);
  }
  logger.error({ msg: 'unhandled error', requestId, err: describe(exception) });
  return new AppError('INTERNAL_ERROR', `something went wrong on our side; quote request id ${requestId} when reporting it`);
}

/** body-parser's errors carry a `type`; map the ones caused by the client. */
export function bodyParserError(exception: unknown): AppError | undefined {
  const type = (exception as { type?: unknown } | null)?.type;
  switch (type) {
    case 'entity.parse.failed':
      return new AppError('MALFORMED_JSON', 'the request body could not be parsed as JSON; check quoting and commas');
    case 'entity.too.large':
      return new AppError('PAYLOAD_TOO_LARGE', `the request body exceeds the limit of ${(exception as { limit?: number }).limit} bytes`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'the request body must be UTF-8 encoded');
    case 'request.aborted':
    case 'request.size.invalid':
      return new AppError('VALIDATION_FAILED', 'the request body was incomplete');
    default:
      return undefined;
  }
}

/**
 * PostgreSQL refuses NUL characters in text (22021) and \u0000 in jsonb (22P05): the client
 * sent them, so this is a 400, not a 500 (it is also reachable anonymously, via login).
 */
export function unstorableTextError(exception: unknown): AppError | undefined {
  const code = postgresErrorCode(exception);
  if (code !== '22021' && code !== '22P05') return undefined;
  return new AppError('VALIDATION_FAILED', 'the request contains characters that cannot be stored, such as NUL (\\u0000)');
}

function describe(exception: unknown): Record<string, unknown> {
  if (exception instanceof Error) return { name: exception.name, message: exception.message, stack: exception.stack };
  return { value: String(exception) };
}
