import type { Response } from 'express';

/** TAXII 2.1 §1.6.8.1: the one media type this server speaks, exactly as written in the standard. */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

/** Path segments: discovery at /taxii2/, one API root at /taxii2/api1/. */
export const TAXII_PREFIX = 'taxii2';
export const API_ROOT = 'api1';

export const discoveryUrl = (publicUrl: string) => `${publicUrl}/${TAXII_PREFIX}/`;
export const apiRootUrl = (publicUrl: string) => `${publicUrl}/${TAXII_PREFIX}/${API_ROOT}/`;
export const collectionUrl = (publicUrl: string, id: string) => `${apiRootUrl(publicUrl)}collections/${id}/`;

/** What a TAXII handler answers: the resource plus the headers the standard asks for. */
export interface TaxiiReply {
  status?: number;
  /** The resource, serialized here; unless `json` is given. */
  body?: unknown;
  /**
   * The resource as JSON text already serialized, in pieces written in order (envelopes built
   * from stored objects): a page of objects is not copied into one joined string first.
   */
  json?: string[];
  headers?: Record<string, string>;
}

/**
 * Writes a TAXII resource with the Content-Type exactly `application/taxii+json;version=2.1`
 * (Express would append `; charset=utf-8` to a string body, which the standard does not list).
 */
export function sendTaxii(res: Response, reply: TaxiiReply): void {
  const pieces = reply.json ?? [JSON.stringify(reply.body)];
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.status(reply.status ?? 200);
  res.setHeader('Content-Type', TAXII_MEDIA_TYPE);
  let length = 0;
  for (const piece of pieces) length += Buffer.byteLength(piece, 'utf8');
  res.setHeader('Content-Length', String(length));
  // Strings, corked into one write: a page-sized payload is neither joined nor copied into a
  // Buffer on the JS heap, where 64 pages in flight made the young-generation GC a fifth of the CPU.
  res.cork();
  for (let i = 0; i < pieces.length - 1; i++) res.write(pieces[i], 'utf8');
  res.end(pieces[pieces.length - 1], 'utf8');
}

interface MediaRange {
  type: string;
  params: Record<string, string>;
  q: number;
}

function parseMediaRanges(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [type, ...rest] = part.split(';');
      const params: Record<string, string> = {};
      let q = 1;
      for (const p of rest) {
        const eq = p.indexOf('=');
        if (eq < 0) continue;
        const name = p.slice(0, eq).trim().toLowerCase();
        const value = p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
        if (name === 'q') q = Number(value);
        else params[name] = value;
      }
      return { type: type.trim().toLowerCase(), params, q: Number.isFinite(q) ? q : 0 };
    });
}

/**
 * §1.6.8.1 content negotiation for responses. Accepted: `application/taxii+json;version=2.1`,
 * `application/taxii+json` without a version (the standard: it means the latest version, 2.1
 * here), and the wildcards `*\/*` and `application/*` (HTTP: the client takes anything; we
 * answer TAXII 2.1). A missing Accept header is treated like `*\/*`. Any other version (2.0)
 * or type is a 406.
 */
export function acceptsTaxii21(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return parseMediaRanges(accept).some((r) => {
    if (r.q <= 0) return false;
    if (r.type === '*/*' || r.type === 'application/*') return true;
    if (r.type !== 'application/taxii+json') return false;
    return r.params.version === undefined || r.params.version === '2.1';
  });
}

/** §1.6.8.1 for request bodies: `application/taxii+json` with version 2.1 or no version. */
export function isTaxii21Body(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [range] = parseMediaRanges(contentType);
  if (!range || range.type !== 'application/taxii+json') return false;
  const charset = range.params.charset?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return false;
  return range.params.version === undefined || range.params.version === '2.1';
}
