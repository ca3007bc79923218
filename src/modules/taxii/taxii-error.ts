import type { Response } from 'express';
import type { AppError } from '../../common/problem/app-error';
import { ERROR_CODES } from '../../common/problem/error-codes';
import { sendTaxii } from './taxii-media';

/** TAXII 2.1 §3.6.1 error message resource. */
export interface TaxiiErrorResource {
  title: string;
  description?: string;
  error_id?: string;
  error_code?: string;
  http_status?: string;
  external_details?: string;
  details?: Record<string, unknown>;
}

export const TAXII_CHALLENGE = 'Basic realm="ShieldShare TAXII", charset="UTF-8", Bearer realm="ShieldShare TAXII"';

export function toTaxiiError(error: AppError, requestId: string): TaxiiErrorResource {
  const { status, title } = ERROR_CODES[error.code];
  return {
    title,
    description: error.detail,
    error_id: requestId,
    error_code: error.code,
    http_status: String(status),
    ...(error.options.errors ? { details: { errors: error.options.errors } } : {}),
  };
}

/** Every TAXII error: the error resource with the TAXII media type; 401s carry the challenges (RFC 7235). */
export function sendTaxiiError(res: Response, error: AppError, requestId: string): void {
  const headers: Record<string, string> = { ...(error.options.headers ?? {}) };
  if (error.status === 401 && !headers['WWW-Authenticate']) headers['WWW-Authenticate'] = TAXII_CHALLENGE;
  sendTaxii(res, { status: error.status, body: toTaxiiError(error, requestId), headers });
}
