import { contextSide } from './finding';
import { cellAt } from './table-rows';

/**
 * Where text itself says an address is the victim's, whatever threat words stand near it (a
 * support chat "C2 confirmed … WAN 203.0.113.9" is about the customer's line): a label for the
 * customer's own line right before the address, or the local end of a netfilter log line.
 */

// "WAN 198.51.100.7", "WAN IP: …", "wan_ip=…", "\"wanip\": \"…\"", "customer's public IP …", "IP pública: …".
// Not "external" (the remote end of a connection) nor bare "client" (in a web server's log,
// "[client 198.51.100.7]" is the remote, often the attacker).
const VICTIM_IP_LABEL =
  /(?:\b(?:wan|public|customer|subscriber|cpe)(?:'s)?(?:[ _-]?(?:public|wan))?[ _-]?(?:ipv?[46]?|ip[ _-]?addr(?:ess)?|addr(?:ess)?)|\bwan|\bip[ _-](?:pública|publica|publique|pubblica|publiek|publiczn[ey])|\böffentliche[ _-]ip)["']?\s*(?:[:=]\s*["']?\s*)?$/i;
// A word or two before the label that makes it the attacker's ("C2 public IP:", "attacker WAN").
const THREAT_OWNER = /\b(?:c2|c&c|attacker'?s?|adversary|actor'?s?|scanner|botnet|malicious|phishing)\W+(?:\w+\W+)?$/i;

/** Whether a label right before `start` (same line) names the address as the customer's own. */
function victimIpLabel(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  const m = VICTIM_IP_LABEL.exec(before);
  if (!m) return false;
  return !THREAT_OWNER.test(before.slice(0, m.index));
}

// Where a device's own configuration or log states its address: a Cisco-style interface line
// ("ip address 198.51.100.7 255.255.255.255"), pppd's "local IP address", RADIUS's Framed-IP-Address
// (the address a subscriber's session was given: "framed 198.51.100.7").
const OWN_ADDRESS_LABEL = /(?:^[ \t]*ip address|\blocal ip(?: address)?|\bframed(?:[ _-]ip(?:[ _-]address)?)?)[ \t]*[:=]?[ \t]*["']?$/i;

/** Whether a configuration or session log right before `start` (same line) gives the address as its device's own. */
function ownAddressLabel(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return OWN_ADDRESS_LABEL.test(text.slice(lineStart, start));
}

/** Whether the address stands in a table column named for the customer's line ("wan_ip", "public ip"). */
function victimIpColumn(text: string, start: number, end: number): boolean {
  const at = cellAt(text, start, end);
  // Header names join their words with "_" (columnName), so "wan_ip" and "customer_public_ip" match
  // from their start and "scanner_wan_ip" does not.
  return at !== undefined && VICTIM_IP_LABEL.test(at.header[at.index]);
}

/**
 * Netfilter's LOG target: a locally sent packet has an empty `IN=` and a set `OUT=`, so its
 * `SRC=` is the logging host (the victim's device or line); a locally received one has the
 * reverse and its `DST=` is. Forwarded packets (both set) decide nothing.
 */
function netfilterLocalEnd(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const key = text.slice(Math.max(lineStart, start - 4), start).toUpperCase();
  if (key !== 'SRC=' && key !== 'DST=') return false;
  const inIf = /\bIN=(\S*)/i.exec(line);
  const outIf = /\bOUT=(\S*)/i.exec(line);
  if (!outIf && !inIf) return false;
  const sent = !inIf?.[1] && !!outIf?.[1];
  const received = !!inIf?.[1] && !outIf?.[1];
  return key === 'SRC=' ? sent : received;
}

/**
 * Whether the text marks the address at [start, end) as the victim's: a victim label, its device's
 * own address, a victim column, or a netfilter local end.
 */
export function victimAddressInText(text: string, start: number, end: number): boolean {
  return victimIpLabel(text, start) || ownAddressLabel(text, start) || netfilterLocalEnd(text, start) || victimIpColumn(text, start, end);
}

/** Context side of an address in free text: a victim mark first, else context words (rule 5). */
export function addressContextSide(text: string, start: number, end: number): 'threat' | 'victim' | 'ambiguous' {
  return victimAddressInText(text, start, end) ? 'victim' : contextSide(text, start, end);
}
