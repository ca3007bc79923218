import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { requestIdOf } from '../../common/logging/request-id.middleware';
import { AppError } from '../../common/problem/app-error';
import { bodyParserError } from '../../common/problem/problem.filter';
import { findPrototypeKey } from '../../common/validation/prototype-keys';
import { sendTaxiiError } from './taxii-error';
import { acceptsTaxii21, isTaxii21Body, TAXII_MEDIA_TYPE } from './taxii-media';

/**
 * Runs before the REST body rules on /taxii2/…, so that TAXII clients get TAXII answers:
 * 406 for an Accept without TAXII 2.1, 415 for a body that is not `application/taxii+json`,
 * 413 above the API root's max_content_length, and the body parsed as JSON.
 */
export function taxiiEdge(maxContentLength: number): RequestHandler {
  const parse = express.json({ limit: maxContentLength, type: () => true });
  return (req: Request, res: Response, next: NextFunction) => {
    const fail = (error: AppError) => sendTaxiiError(res, error, requestIdOf(req));
    if (!acceptsTaxii21(req.headers.accept)) {
      return fail(new AppError('NOT_ACCEPTABLE', `this server answers ${TAXII_MEDIA_TYPE}; send it in Accept (got ${req.headers.accept})`));
    }
    const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (!hasBody) return next();
    if (!isTaxii21Body(req.headers['content-type'])) {
      return fail(new AppError('UNSUPPORTED_MEDIA_TYPE', `send the body as ${TAXII_MEDIA_TYPE} (got ${req.headers['content-type'] ?? 'none'})`));
    }
    if (Number(req.headers['content-length'] ?? 0) > maxContentLength) {
      return fail(new AppError('PAYLOAD_TOO_LARGE', `the body exceeds this API root's max_content_length of ${maxContentLength} bytes`));
    }
    parse(req, res, (err?: unknown) => {
      if (!err) {
        const pointer = findPrototypeKey(req.body, '', 0);
        if (pointer === undefined) return next();
        return fail(new AppError('VALIDATION_FAILED', `the property ${pointer} is not allowed`, { errors: [{ pointer, message: 'prototype keys are not allowed' }] }));
      }
      const mapped = bodyParserError(err);
      if (!mapped) return next(err);
      fail(mapped.code === 'PAYLOAD_TOO_LARGE' ? new AppError('PAYLOAD_TOO_LARGE', `the body exceeds this API root's max_content_length of ${maxContentLength} bytes`) : mapped);
    });
  };
}
