import { isIP } from 'node:net';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a webhook URL is refused, or null. https only; http only to this machine and only when
 * WEBHOOK_ALLOW_HTTP_LOCALHOST is on. No credentials in the URL, no fragment, and (unless
 * local receivers are allowed) no IP literal in a loopback, private or link-local range.
 * Host names are not resolved here: a name pointing into a private network passes.
 */
export function webhookUrlProblem(raw: string, allowHttpLocalhost: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'webhookUrl must be an absolute URL';
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol === 'http:') {
    if (!(allowHttpLocalhost && local)) return 'webhookUrl must use https';
  } else if (url.protocol !== 'https:') {
    return 'webhookUrl must use https';
  }
  if (url.username || url.password) return 'webhookUrl must not carry credentials; use webhookSecret';
  if (url.hash) return 'webhookUrl must not have a fragment';
  if (!allowHttpLocalhost && (local || isInternalAddress(url.hostname))) return 'webhookUrl must not point at a loopback, private or link-local address';
  return null;
}

function isInternalAddress(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const family = isIP(host);
  if (family === 4) {
    const [a, b] = host.split('.').map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (family === 6) return host === '::' || host === '::1' || host.startsWith('fc') || host.startsWith('fd') || host.startsWith('fe80') || host.startsWith('::ffff:');
  return false;
}
