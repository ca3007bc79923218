import { createHmac } from 'node:crypto';

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

/**
 * One POST with a timeout; redirects are not followed (a redirect is a failure, so a webhook
 * cannot bounce deliveries to another address). 2xx is success; anything else, a network error
 * or the timeout is a failure. The response body is read and discarded.
 */
export async function postWebhook(req: WebhookRequest, now = () => Date.now()): Promise<WebhookResult> {
  const started = now();
  const timestamp = Math.floor(started / 1000);
  const headers: Record<string, string> = {
    'Content-Type': 'application/jose+json',
    'User-Agent': 'ShieldShare-Webhook/1',
    'X-ShieldShare-Subscription': req.subscriptionId,
    'X-ShieldShare-Batch': req.batchId,
    'X-ShieldShare-Attempt': String(req.attempt),
    'X-ShieldShare-Key-Id': req.kid,
    'X-ShieldShare-Object-Count': String(req.objectCount),
  };
  if (req.secret) headers['X-ShieldShare-HMAC'] = hmacHeader(req.secret, timestamp, req.body);
  try {
    const res = await fetch(req.url, { method: 'POST', headers, body: req.body, redirect: 'manual', signal: AbortSignal.timeout(req.timeoutMs) });
    await res.arrayBuffer().catch(() => undefined);
    const ok = res.status >= 200 && res.status < 300;
    const error = ok ? null : res.status >= 300 && res.status < 400 ? `HTTP ${res.status}: redirects are not followed` : `HTTP ${res.status}`;
    return { ok, statusCode: res.status, error, durationMs: now() - started };
  } catch (error) {
    return { ok: false, statusCode: null, error: describe(error, req.timeoutMs), durationMs: now() - started };
  }
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` (the timestamp is signed, against replays). */
export function hmacHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

function describe(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const cause = e.cause?.code ?? e.cause?.message;
  return (cause ? `${e.message ?? 'request failed'}: ${cause}` : (e.message ?? 'request failed')).slice(0, 300);
}
