import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestIdOf } from '../../common/logging/request-id.middleware';
import { toAppError } from '../../common/problem/problem.filter';
import { sendTaxiiError } from './taxii-error';

/** Scoped to the TAXII controllers: errors there (guards included) are TAXII error resources, not problem+json. */
@Catch()
export class TaxiiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(TaxiiErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (res.headersSent) return;
    const requestId = requestIdOf(req);
    sendTaxiiError(res, toAppError(exception, req, requestId, this.logger), requestId);
  }
}
