import { isIP } from 'node:net';
import { addressProblem } from './webhook-address';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a webhook URL is refused, or null. https only; http only to this machine and only when
 * WEBHOOK_ALLOW_HTTP_LOCALHOST is on. No credentials in the URL, no fragment, and no IP literal
 * in an internal range (loopback only when local receivers are allowed). Host names are not
 * resolved here (DNS can change later): the sender checks every address it connects to.
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
  if (local && !allowHttpLocalhost) return 'webhookUrl must not point at this machine';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const internal = isIP(host) ? addressProblem(host, allowHttpLocalhost) : null;
  return internal ? `webhookUrl must not point at ${internal} (${host})` : null;
}
