/**
 * A webhook delivery error (as the service records it: `HTTP 503`, `timed out after 10000 ms`,
 * `fetch failed: ECONNREFUSED`) in words a member's operator can act on.
 */
export function deliveryErrorInWords(error: string | null, statusCode: number | null): string {
  if (!error) return statusCode ? `Delivered (your receiver answered HTTP ${statusCode}).` : 'Delivered.';
  const status = statusCode ?? Number(/^HTTP (\d{3})/.exec(error)?.[1] ?? NaN);
  if (/redirects are not followed/.test(error)) return `Your receiver redirected (HTTP ${status}). Redirects are not followed: set the final URL.`;
  if (/^timed out/.test(error)) {
    const ms = Number(/(\d+) ms/.exec(error)?.[1] ?? NaN);
    return `No answer from your receiver within ${Number.isFinite(ms) ? `${ms / 1000} seconds` : 'the time limit'}.`;
  }
  if (Number.isFinite(status)) {
    if (status === 401 || status === 403) return `Your receiver refused the request (HTTP ${status}): check what it expects for authentication, e.g. the HMAC secret.`;
    if (status === 404 || status === 410) return `Your receiver has nothing at this URL (HTTP ${status}): check the webhook URL.`;
    if (status === 413) return 'Your receiver found the batch too large (HTTP 413).';
    if (status === 429) return 'Your receiver asked to slow down (HTTP 429).';
    if (status >= 500) return `Your receiver failed while handling the batch (HTTP ${status}).`;
    return `Your receiver refused the batch (HTTP ${status}).`;
  }
  if (/ECONNREFUSED/.test(error)) return 'Could not connect: nothing accepts connections at that address and port.';
  if (/ENOTFOUND|EAI_AGAIN/.test(error)) return 'The host name of the webhook URL does not resolve.';
  if (/ECONNRESET|socket hang up|UND_ERR_SOCKET/.test(error)) return 'Your receiver closed the connection before answering.';
  if (/CERT|certificate|SSL|TLS/i.test(error)) return 'The TLS certificate of your receiver was not accepted (expired, self-signed or for another name).';
  return `Delivery failed: ${error}.`;
}
