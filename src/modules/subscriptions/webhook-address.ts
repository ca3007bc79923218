import { BlockList, isIPv4, isIPv6 } from 'node:net';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Ranges a webhook must never reach: this machine, private networks, cloud metadata, multicast. */
const INTERNAL: [BlockList, string][] = [
  [LOOPBACK, 'a loopback address'],
  [ranges('ipv4', ['0.0.0.0/8', '255.255.255.255/32']), 'an unspecified or broadcast address'],
  [ranges('ipv4', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '192.0.0.0/24', '198.18.0.0/15']), 'a private address'],
  [ranges('ipv4', ['100.64.0.0/10']), 'a carrier-grade NAT address'],
  [ranges('ipv4', ['169.254.0.0/16']), 'a link-local (cloud metadata) address'],
  [ranges('ipv4', ['224.0.0.0/4', '240.0.0.0/4']), 'a multicast or reserved address'],
  [ranges('ipv6', ['::/128']), 'an unspecified address'],
  [ranges('ipv6', ['fc00::/7', 'fec0::/10', '100::/64']), 'a private address'],
  [ranges('ipv6', ['fe80::/10']), 'a link-local address'],
  [ranges('ipv6', ['ff00::/8']), 'a multicast address'],
];

/**
 * What kind of internal address this is ("a loopback address"), or null when webhooks may go there. IPv4-mapped and NAT64 IPv6
 * addresses are judged by the IPv4 address inside them. `allowLoopback` (WEBHOOK_ALLOW_HTTP_LOCALHOST,
 * for tests and local receivers) lets loopback through and nothing else.
 */
export function addressProblem(address: string, allowLoopback: boolean): string | null {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  const embedded = embeddedIPv4(ip);
  if (embedded) return addressProblem(embedded, allowLoopback);
  const family = isIPv4(ip) ? 'ipv4' : isIPv6(ip) ? 'ipv6' : null;
  if (!family) return 'not an IP address';
  if (allowLoopback && LOOPBACK.check(ip, family)) return null;
  for (const [list, what] of INTERNAL) if (list.check(ip, family)) return what;
  return null;
}

/** The IPv4 address inside ::ffff:a.b.c.d (mapped) or 64:ff9b::a.b.c.d (NAT64), in either notation. */
function embeddedIPv4(ip: string): string | null {
  if (!isIPv6(ip)) return null;
  const match = /^(?:::ffff:|64:ff9b::)(.+)$/.exec(ip);
  if (!match) return null;
  const rest = match[1]!;
  if (isIPv4(rest)) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(rest);
  if (!hex) return null;
  const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

function ranges(family: 'ipv4' | 'ipv6', cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [network, prefix] = cidr.split('/') as [string, string];
    list.addSubnet(network, Number(prefix), family);
  }
  return list;
}
