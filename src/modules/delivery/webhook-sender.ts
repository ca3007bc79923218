import { createHmac } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { addressProblem } from '../subscriptions/webhook-address';

export interface WebhookRequest {
  url: string;
  /** The request body: a flattened JWS (application/jose+json). */
  body: string;
  subscriptionId: string;
  batchId: string;
  attempt: number;
  kid: string;
  objectCount: number;
  /** HMAC-SHA256 secret, when the subscription has one. */
  secret: string | null;
  timeoutMs: number;
}

export interface WebhookResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** A webhook host that is, or resolves to, an address webhooks may not reach. */
export class RefusedAddressError extends Error {}

/**
 * The HTTP client of webhook deliveries: keep-alive connections per origin (thousands of
 * deliveries to few receivers reuse their sockets), and every connection goes to an address
 * that was checked. Host names are resolved here and each resolved address is judged
 * (addressProblem); the socket connects to the address that passed, so a name that changes
 * its answer between the check and the connection (DNS rebinding) gains nothing.
 */
export class WebhookSender {
  private readonly lookup: LookupFunction;
  private readonly agents: { 'http:': http.Agent; 'https:': https.Agent };

  constructor(
    private readonly allowLoopback: boolean,
    resolve: typeof dnsLookup = dnsLookup,
  ) {
    this.lookup = checkedLookup(allowLoopback, resolve);
    const options = { keepAlive: true, scheduling: 'lifo' as const, lookup: this.lookup };
    this.agents = { 'http:': new http.Agent(options), 'https:': new https.Agent(options) };
  }

  /**
   * One POST with a timeout covering connect, request and response; redirects are not followed
   * (a redirect is a failure, so a webhook cannot bounce deliveries to another address). 2xx is
   * success; anything else, a refused address, a network error or the timeout is a failure.
   * The response body is read and discarded.
   */
  post(req: WebhookRequest, now = () => Date.now()): Promise<WebhookResult> {
    const started = now();
    const done = (statusCode: number | null, error: string | null): WebhookResult => ({ ok: error === null, statusCode, error, durationMs: now() - started });
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return Promise.resolve(done(null, 'not a valid URL'));
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.resolve(done(null, `refused: ${url.protocol} is not http(s)`));
    // Sockets skip the lookup for IP literals: judge those here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    const literalProblem = isIP(literal) ? addressProblem(literal, this.allowLoopback) : null;
    if (literalProblem) return Promise.resolve(done(null, `refused ${literal}: ${literalProblem}`));
    const body = Buffer.from(req.body, 'utf8');
    const headers = webhookHeaders(req, Math.floor(started / 1000), body.length);
    return new Promise((resolve) => {
      let settled = false;
      let timedOut = false;
      const finish = (statusCode: number | null, error: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(timedOut ? done(null, `timed out after ${req.timeoutMs} ms`) : done(statusCode, error));
      };
      const request = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers, agent: this.agents[url.protocol as 'http:' | 'https:'], lookup: this.lookup }, (res) => {
        const status = res.statusCode ?? 0;
        res.on('error', (error) => finish(null, describe(error)));
        res.on('end', () => finish(status, statusError(status)));
        res.on('close', () => finish(null, 'the connection closed before the response ended'));
        res.resume();
      });
      const timer = setTimeout(() => {
        timedOut = true;
        request.destroy();
      }, req.timeoutMs);
      request.on('error', (error) => finish(null, describe(error)));
      request.end(body);
    });
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }
}

function webhookHeaders(req: WebhookRequest, timestamp: number, length: number): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/jose+json',
    'Content-Length': String(length),
    'User-Agent': 'ShieldShare-Webhook/1',
    'X-ShieldShare-Subscription': req.subscriptionId,
    'X-ShieldShare-Batch': req.batchId,
    'X-ShieldShare-Attempt': String(req.attempt),
    'X-ShieldShare-Key-Id': req.kid,
    'X-ShieldShare-Object-Count': String(req.objectCount),
  };
  if (req.secret) headers['X-ShieldShare-HMAC'] = hmacHeader(req.secret, timestamp, req.body);
  return headers;
}

function statusError(status: number): string | null {
  if (status >= 200 && status < 300) return null;
  return status >= 300 && status < 400 ? `HTTP ${status}: redirects are not followed` : `HTTP ${status}`;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` (the timestamp is signed, against replays). */
export function hmacHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A socket lookup that refuses the name when any of its addresses is internal. */
function checkedLookup(allowLoopback: boolean, resolve: typeof dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (addresses.length === 0) return callback(new RefusedAddressError(`${hostname} has no address`), '', 0);
      for (const { address } of addresses) {
        const problem = addressProblem(address, allowLoopback);
        if (problem) return callback(new RefusedAddressError(`refused ${hostname}: it resolves to ${address}, ${problem}`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function describe(error: unknown): string {
  if (error instanceof RefusedAddressError) return error.message;
  const e = error as { code?: string; message?: string };
  return (e.code ? `${e.message ?? 'request failed'} (${e.code})` : (e.message ?? 'request failed')).slice(0, 300);
}
