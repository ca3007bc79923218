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

// A record that carries a MAC next to the address ("src": {"ip": …, "mac": …, "host": …}): a MAC
// is seen only on the observer's own link, so that host is a device of the victim's network.
// Not a key that merely ends in the letters ("hmac").
const MAC_KEY = /(?<![a-z0-9])(?:mac|mac[_-]?addr(?:ess)?|hw[_-]?addr(?:ess)?|hardware[_-]?addr(?:ess)?|eth(?:ernet)?[_-]?addr)["']?\s*[:=]/i;
const RECORD_SPAN = 400;

/** Whether the flat JSON-like record `{…}` around `start` (no nested braces) has a MAC key. */
function recordWithMac(text: string, start: number): boolean {
  const open = text.lastIndexOf('{', start);
  if (open < 0 || start - open > RECORD_SPAN || text.lastIndexOf('}', start) > open) return false;
  const close = text.indexOf('}', start);
  if (close < 0 || close - start > RECORD_SPAN) return false;
  const nested = text.indexOf('{', start);
  if (nested >= 0 && nested < close) return false;
  return MAC_KEY.test(text.slice(open + 1, close));
}

/**
 * Whether the text marks the address at [start, end) as the victim's: a victim label, its device's
 * own address, a victim column, a netfilter local end or a record with a MAC.
 */
export function victimAddressInText(text: string, start: number, end: number): boolean {
  return victimIpLabel(text, start) || ownAddressLabel(text, start) || netfilterLocalEnd(text, start) || victimIpColumn(text, start, end) || recordWithMac(text, start);
}

// "IOCs: 198.51.100.7, 203.0.113.9; evil.example": every item of a list under an indicator label
// is the threat's, whatever the previous sentence says (the label, then only items and separators).
const THREAT_LIST =
  /\b(?:iocs?|io[cs] list|indicators? of compromise|indicadores de compromiso|indicateurs de compromission|indicatori di compromissione|kompromittierungsindikatoren)\s*:\s*(?:[^\s,;|]+\s*[,;|]\s*)*$/i;

/** Whether the address at `start` is an item of an IOC list on its line. */
export function threatListItem(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return THREAT_LIST.test(text.slice(Math.max(lineStart, start - 300), start));
}

/** Context side of an address in free text: a victim mark first, then an IOC list, else context words (rule 5). */
export function addressContextSide(text: string, start: number, end: number): 'threat' | 'victim' | 'ambiguous' {
  if (victimAddressInText(text, start, end)) return 'victim';
  return threatListItem(text, start) ? 'threat' : contextSide(text, start, end);
}
