import { isIPv6 } from 'node:net';
import { eui64Mac, inCidr, ipv4ToInt, networkOf, nonRoutableBlock } from '../ip';
import { clauseBefore, contextSide, type Detector, type Finding, PRIORITY, type ScanContext } from './finding';
import { threatListItem, victimAddressInText } from './ip-labels';
import { matchAll } from '../match-all';

// Also "internal" in German and the Nordic languages (".intern"), and the DNS suffixes home routers
// hand out on the customer's LAN (".home", never delegated by ICANN; AVM's ".fritz.box"; Telekom's
// ".speedport.ip"; Windows ICS's ".mshome.net"): "anna-laptop.fritz.box" is a person's machine.
const INTERNAL_SUFFIXES = ['.local', '.internal', '.corp', '.lan', '.home.arpa', '.intra', '.intranet', '.localdomain', '.ad', '.priv', '.private', '.intern', '.fritz.box', '.speedport.ip', '.mshome.net', '.home', '.localnet'];
// Each suffix by its last label ("arpa" → ".home.arpa"; one suffix per last label).
const INTERNAL_LAST_LABELS = new Map(INTERNAL_SUFFIXES.map((s) => [s.slice(s.lastIndexOf('.') + 1), s]));

// Query parameter names whose values are per-victim (ANONYMIZER.md §3.7: only these are removed).
const SENSITIVE_PARAMS = new Set([
  'email', 'mail', 'e-mail', 'user', 'username', 'uid', 'userid', 'user_id', 'login', 'id', 'token', 'session', 'sid',
  'sessionid', 'session_id', 'msisdn', 'imsi', 'imei', 'iccid', 'phone', 'tel', 'mobile', 'account', 'acct', 'customer',
  'cust', 'customerid', 'key', 'apikey', 'api_key', 'auth', 'code', 'ticket', 'name', 'to', 'recipient', 'target', 'victim',
  'ref', 'uuid', 'guid', 'serial', 'sn', 'device', 'deviceid', 'device_id', 'meter', 'meterid', 'vin', 'contract', 'c', 'u', 'e',
  'access_token', 'password', 'pass', 'pwd', 'sig', 'signature', 'hash', 'tracking', 'rid', 'cid', 'mid', 'redirect_to',
]);

// A compact TLD list: domain-looking runs with these endings are masked against name and phone detectors.
export const TLDS = new Set(
  ('com net org io top xyz info biz ru cn de uk fr jp kr in br it es nl pl ch at be se no fi dk cz hu ro bg gr tr ua by kz ' +
    'us ca au nz za mx ar cl co pe ve eu asia online site club live app dev cloud tech store shop ltd icu cc tv me ws su ' +
    'link click work support services host space fun pw tk ml ga cf gq vip win bid loan men mobi name pro tel gov edu mil int')
    .split(' '),
);

export function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 95;
}

function isLocalChar(c: number): boolean {
  // Internationalised local parts (RFC 6531): any letter, e.g. "jürgen.mueller@…".
  return isDomainChar(c) || c === 43 || c === 37 || c === 39 || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function isWordOrDotCode(c: number): boolean {
  return isWordCode(c) || c === 46;
}

/**
 * The matches, in order, of a sticky pattern whose every match holds a dot within a run of
 * `isRunCode` characters and, by a lookbehind excluding them, starts where such a run starts
 * (HOST_RUN_RE, IPV4_RE). Tried once per run with a dot, found from the dots, instead of at every
 * position of the text; never at a start inside the previous match, as a global search would not.
 */
export function* matchesAtDottedRuns(text: string, sticky: RegExp, isRunCode: (c: number) => boolean): Generator<RegExpExecArray> {
  let from = 0;
  for (let dot = text.indexOf('.'); dot >= 0; ) {
    let a = dot;
    while (a > 0 && isRunCode(text.charCodeAt(a - 1))) a--;
    let b = dot + 1;
    while (b < text.length && isRunCode(text.charCodeAt(b))) b++;
    if (a >= from) {
      sticky.lastIndex = a;
      const m = sticky.exec(text);
      if (m !== null) {
        from = sticky.lastIndex;
        yield m;
      }
    }
    dot = text.indexOf('.', Math.max(b, from));
  }
}

/** True when the host is internal: an internal suffix or one of the submitter's domains. */
export function isInternalHost(host: string, ctx: ScanContext): boolean {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  // Ending with ".corp" is having "corp" as the last label: one set lookup instead of a comparison per suffix.
  const label = INTERNAL_LAST_LABELS.get(h.slice(h.lastIndexOf('.') + 1));
  if (label !== undefined && h.endsWith(label)) return true;
  return ctx.internalDomains.some((d) => h === d || h.endsWith(`.${d}`));
}

// Words that name an attacker's address (phishing sender, registrant of attacker infrastructure),
// in the languages submitters write in; victim words in the same clause veto them.
const ATTACKER_EMAIL_CONTEXT =
  /phishing|sender|registrant|registered (?:by|to|with)|whois|attacker|spoofed|smishing|malicious|lure|absender|angreifer|expéditeur|titulaire|attaquant|remitente|registrante|atacante|mittente|attaccante|afzender|aanvaller|nadawc|rejestruj|atakując|отправител|регистрант|злоумышленник|送信元|登録者|攻撃者|발신자|등록자|공격자|αποστολέα|καταχωρητ|επιτιθέμεν/;
const VICTIM_EMAIL_CONTEXT =
  /\b(?:our|customer|employee|staff|victim|recipient|to:|unser\w*|notre|nos|client\w*|nuestr\w*|nostr\w*|onze|klant|nasz\w*)\b|наш|клиент|当社|顧客|당사|고객|μας|πελάτ/;

// Obfuscations that survive decoding: "jdoe @ example . com", "jdoe at example.com" (from "jdoe at example dot com").
const SPACED_DOMAIN_RE = /^ ?([A-Za-z0-9-]+(?: ?\. ?[A-Za-z0-9-]+)* ?\. ?[A-Za-z]{2,24})(?![A-Za-z0-9-])/;
const WORD_AT_RE = /(?<![\w.+:'-])([A-Za-z][\w.+-]{0,63}) (?:at|AT) ([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,24}))(?![\w-]|\.\w)/g;
// What WORD_AT_RE needs after its local part: it tries every word start (up to 64 characters each), and
// " at " alone is common in prose.
const WORD_AT_GATE = / (?:at|AT) [A-Za-z0-9-]+\./;

const LOGIN_SHAPE = /^(?:\p{L}+[._-]\p{L}+\d{0,4}|\p{L}{2,}\d{1,4})$/u;
const FILE_EXT = /\.(?:bin|exe|dll|so|elf|sh|php|js|py|ps1|bat|vbs|lnk|jar|apk|zip|rar|7z|tar|gz|pdf|docx?|xlsx?|txt|cfg|conf|json|xml|html?|img|iso)$/i;

const emails: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const spans: [number, number, string][] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const spaced = text[at - 1] === ' ' && text[at + 1] === ' ';
    const localEnd = spaced ? at - 1 : at;
    let a = localEnd;
    while (a > 0 && localEnd - a < 64 && isLocalChar(text.charCodeAt(a - 1))) a--;
    while (a < localEnd && (text[a] === '.' || text[a] === "'")) a++;
    let b = at + 1;
    while (b < text.length && b - at < 254 && isDomainChar(text.charCodeAt(b))) b++;
    while (b > at + 1 && (text[b - 1] === '.' || text[b - 1] === '-')) b--;
    if (a === localEnd) continue;
    let domain = text.slice(at + 1, b);
    if (spaced || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(domain)) {
      const m = SPACED_DOMAIN_RE.exec(text.slice(at + 1, at + 256));
      if (!m) continue;
      domain = m[1].replace(/ /g, '');
      b = at + 1 + m[0].length;
    }
    spans.push([a, b, `${text.slice(a, localEnd)}@${domain}`]);
  }
  if (WORD_AT_GATE.test(text)) for (const m of matchAll(WORD_AT_RE, text)) {
    // "meet at example.com" and "payload.bin at evil.top" are prose: the local part must have a
    // login's shape ("jane.doe", "j_doe", "jdoe77"), not a file name's, and the TLD be known.
    if (!LOGIN_SHAPE.test(m[1]) || FILE_EXT.test(m[1]) || !TLDS.has(m[3].toLowerCase())) continue;
    spans.push([m.index!, m.index! + m[0].length, `${m[1]}@${m[2]}`]);
  }
  for (const [a, b, address] of spans) {
    const domain = address.slice(address.indexOf('@') + 1);
    const value = address.toLowerCase();
    if (ctx.isProtected(value)) {
      out.push({ start: a, end: b, kind: 'EMAIL', detector: 'email', priority: PRIORITY.email, value, keep: true, side: 'threat', reason: 'threat-side value' });
      continue;
    }
    // Attacker addresses are named as such right before them ("phishing sender x@y"); the
    // submitter's own domains never qualify, and victim words nearby veto it.
    const before = clauseBefore(text, a);
    if (!isInternalHost(domain, ctx) && ATTACKER_EMAIL_CONTEXT.test(before) && !VICTIM_EMAIL_CONTEXT.test(before)) {
      out.push({ start: a, end: b, kind: 'EMAIL', detector: 'email', priority: PRIORITY.email, value, keep: true, side: 'threat', reason: 'attacker address context' });
      continue;
    }
    out.push({ start: a, end: b, kind: 'EMAIL', detector: 'email', priority: PRIORITY.email, value, reason: 'email address' });
  }
  return out;
};

const URL_RE = /\b(?:https?|ftp|wss?|tcp|udp):\/\/[^\s"'<>`{}|\\^\])]{1,4096}/gi;

const urls: Detector = (text, ctx) => {
  const out: Finding[] = [];
  for (const m of matchAll(URL_RE, text)) {
    let raw = m[0];
    while (/[.,;:!?]$/.test(raw)) raw = raw.slice(0, -1);
    const start = m.index!;
    const end = start + raw.length;
    const schemeEnd = raw.indexOf('://') + 3;
    let hostEnd = schemeEnd;
    while (hostEnd < raw.length && !'/?#'.includes(raw[hostEnd])) hostEnd++;
    const hostPort = raw.slice(schemeEnd, hostEnd).replace(/^[^@]*@/, '');
    const host = hostPort.startsWith('[') ? hostPort.slice(1, hostPort.indexOf(']')) : hostPort.replace(/:\d+$/, '');
    const value = raw.toLowerCase();
    if (ctx.isProtected(value) || ctx.isProtected(host.toLowerCase())) {
      // A threat URL keeps scheme, host and path; query values are still checked below.
      out.push({ start, end: start + hostEnd, kind: 'URL', detector: 'url', priority: PRIORITY.keepUrl, value, keep: true, side: 'threat', reason: 'threat-side host' });
    } else if (isInternalHost(host, ctx) || nonRoutableBlock(host) || ctx.victimValues?.has(host.toLowerCase()) || ctx.netblocks.some((b) => inCidr(host, b))) {
      out.push({ start, end, kind: 'URL', detector: 'url', priority: PRIORITY.internal, value, reason: 'internal or submitter URL' });
      continue;
    } else {
      const q = raw.search(/[?#]/);
      out.push({ start, end: start + (q < 0 ? raw.length : q), kind: 'URL', detector: 'url', priority: PRIORITY.keepUrl, value, keep: true, reason: 'URL host and path' });
    }
    // Userinfo (`user:pass@host`) is always per-victim.
    const at = raw.slice(schemeEnd, hostEnd).lastIndexOf('@');
    if (at > 0) {
      out.push({ start: start + schemeEnd, end: start + schemeEnd + at, kind: 'CREDENTIAL', detector: 'url-userinfo', priority: PRIORITY.urlParam, value: raw.slice(schemeEnd, schemeEnd + at), reason: 'URL userinfo' });
    }
    queryParams(raw, start, out);
  }
  return out;
};

/** The victim-specific query parameters of a URL or request target `raw` that starts at `start`. */
function queryParams(raw: string, start: number, out: Finding[]): void {
  const qs = raw.indexOf('?');
  if (qs < 0) return;
  const qEnd = raw.indexOf('#', qs) < 0 ? raw.length : raw.indexOf('#', qs);
  let p = qs + 1;
  while (p < qEnd) {
    let amp = raw.indexOf('&', p);
    if (amp < 0 || amp > qEnd) amp = qEnd;
    const eq = raw.indexOf('=', p);
    if (eq > p && eq < amp) {
      const name = raw.slice(p, eq).toLowerCase();
      const val = raw.slice(eq + 1, amp);
      if (val.length > 0 && (SENSITIVE_PARAMS.has(name) || /(?:mail|user|token|session|phone|msisdn|imsi|imei|account|customer|key|auth|login|id)$/.test(name))) {
        out.push({ start: start + eq + 1, end: start + amp, kind: 'PARAM', detector: 'url-query', priority: PRIORITY.urlParam, value: `${name}=${val}`, reason: `victim-specific query parameter` });
      }
    }
    p = amp + 1;
  }
}

// The request line of a server's access log ("GET /portal/activate?sid=… HTTP/1.1"): the target has
// no host because it is the logging server's own, so its per-user parameters are the submitter's
// users' (an attacker's URL, with its host, is read by `urls`).
const REQUEST_LINE_RE = /\b(?:GET|POST|PUT|HEAD|DELETE|PATCH|OPTIONS) (\/[^\s"'<>?]*\?[^\s"'<>]{1,4096}) HTTP\/\d(?:\.\d)?\b/g;

const requestTargets: Detector = (text) => {
  const out: Finding[] = [];
  for (const m of matchAll(REQUEST_LINE_RE, text)) queryParams(m[1], m.index! + m[0].indexOf(m[1]), out);
  return out;
};

// Sticky: tried only where a run of word characters and dots begins (matchesAtDottedRuns).
const IPV4_RE = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?(?![\w]|\.\d)/y;
const IPV6_RE = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:\/\d{1,3})?(?![\w:])/g;

// A clause naming where an attack came from, right before the address.
// Also: the attacker named in other languages, the source of failed SSH logins and of blocked packets.
const ATTACK_SOURCE =
  /\b(?:(?:probed|scanned|attacked|targeted|brute[- ]?forced|exploited|hit|flooded) (?:\w+ )?from|attacker|c2|c&c|scanner|botnet|malicious|exfiltrat\w* to|beacon\w* to|(?:uploaded|uploads|uploading|exfiltrated|leaked|smuggled) (?:\w+ ){0,4}to|angreifer\w*|attaquant\w*|atacantes?|attaccant[ei]|aanvaller\w*|atakuj\w*|angripare\w*|sald(?:ı|i)rgan\w*|(?:failed|invalid) (?:password|publickey|user)[^\n]{0,40} from|(?:block|drop|deny|denied|reject)\b[^\n]{0,60}\bsrc=)|攻击者|攻撃者|공격자|المهاجم|المهاجمون/g;
// "traffic from 10.0.0.7 and fd00::5 to X": the far end of traffic from a victim address is the threat (§3.2 rule 4, in prose).
const FROM_VICTIM_TO = /\bfrom ((?:[\w.:%=\[\]-]+(?:,? (?:and|or|&) |, | ))*?)to $/;
const VICTIM_CLAUSE = /\b(?:our|customer|subscriber|victim|internal|employee|workstation)\b/;

/** Whether the clause ends "from <victim address>[ and <victim address>] to ". */
function fromVictimTo(clause: string, ctx: ScanContext): boolean {
  if (!clause.endsWith('to ')) return false;
  const m = FROM_VICTIM_TO.exec(clause);
  if (!m) return false;
  const ends = m[1].split(/,? (?:and|or|&) |, | /).filter(Boolean);
  // An earlier token ("[private-ip-1]") keeps the rule idempotent on the anonymizer's own output.
  return ends.length > 0 && ends.every((raw) => {
    if (/^(?:\w+=)?\[[a-z-]+-\d+\](?:%\w+)?$/.test(raw)) return true;
    // Without a key ("src="), brackets, a port, a mapped-IPv4 prefix or a zone.
    const e = raw.replace(/^\w+=/, '').replace(/^\[([^\]]+)\](?::\d+)?$/, '$1').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1').replace(/^::ffff:/, '').replace(/%\w+$/, '');
    return nonRoutableBlock(e) !== null || ctx.netblocks.some((b) => inCidr(e, b)) || ctx.victimValues?.has(e) === true;
  });
}

/** Decides what happens to one IP span in text: keep (threat), generalise or tokenise (victim). */
function ipFinding(text: string, start: number, end: number, value: string, v: 4 | 6, ctx: ScanContext): Finding {
  const base = { start, end, kind: 'IP', detector: v === 4 ? 'ipv4' : 'ipv6', priority: PRIORITY.ip, value: value.toLowerCase() };
  const addr = value.split('/')[0].toLowerCase();
  const block = nonRoutableBlock(addr);
  if (block) {
    if (value.includes('/') && value.toLowerCase() === block) return { ...base, keep: true, side: 'victim', reason: 'reserved block' };
    return { ...base, kind: 'PRIVATE-IP', side: 'victim', reason: `non-routable address (${block})` };
  }
  // The submitter's own registered network: its prefix is the registry entry itself (whois names
  // the owner), so the address becomes a token, never a generalised prefix.
  if (ctx.netblocks.some((b) => inCidr(addr, b))) return { ...base, side: 'victim', reason: 'submitter netblock' };
  if (ctx.victimValues?.has(addr)) {
    return { ...base, replacement: networkOf(value, v === 4 ? ctx.ipv4Prefix : ctx.ipv6Prefix) ?? undefined, side: 'victim', reason: 'victim address' };
  }
  if (ctx.isProtected(addr) || ctx.isProtected(value.toLowerCase())) return { ...base, keep: true, side: 'threat', reason: 'threat-side value' };
  // A victim label ("WAN …"), a device's own address, a victim column or a netfilter line's local end outweighs threat words nearby.
  const marked = victimAddressInText(text, start, end);
  let side = marked ? 'victim' : threatListItem(text, start) ? 'threat' : contextSide(text, start, end);
  // Words of a neighbouring subject in the window ("our gateway … was probed from X"): an attack
  // phrase right before the address, in its clause, decides.
  if (side !== 'threat' && !marked) {
    const clause = clauseBefore(text, start);
    let last: RegExpExecArray | null = null;
    for (const m of matchAll(ATTACK_SOURCE, clause)) last = m;
    // Only victim words between the attack phrase and the address veto it ("probed from our …").
    if (last && !VICTIM_CLAUSE.test(clause.slice(last.index + last[0].length))) side = 'threat';
    else if (fromVictimTo(clauseBefore(text, start, 140), ctx)) side = 'threat';
  }
  if (side === 'threat' && !(v === 6 && eui64Mac(addr))) return { ...base, keep: true, side, reason: 'threat context' };
  const prefix = v === 4 ? ctx.ipv4Prefix : ctx.ipv6Prefix;
  const net = networkOf(value, prefix);
  return {
    ...base,
    replacement: net ?? undefined,
    side,
    reason: v === 6 && eui64Mac(addr) ? 'EUI-64 address embeds a MAC' : side === 'victim' ? 'victim context' : 'ambiguous address generalised',
  };
}

function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Whether two colons are at most four hex digits apart, which every IPV6_RE match holds: most
 * texts have a colon ("C2: …", "http://") but no such pair, and the regex tried every position.
 */
function hasHexColonPair(text: string): boolean {
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    for (let q = p + 1; q <= p + 5 && q < text.length; q++) {
      const c = text.charCodeAt(q);
      if (c === 58) return true;
      if (!isHexCode(c)) break;
    }
  }
  return false;
}

const ips: Detector = (text, ctx) => {
  const out: Finding[] = [];
  if (/\d\.\d/.test(text)) {
    for (const m of matchesAtDottedRuns(text, IPV4_RE, isWordOrDotCode)) {
      if (![m[1], m[2], m[3], m[4]].every((o) => Number(o) <= 255 && !(o.length > 1 && o.startsWith('0')))) continue;
      const before = text.slice(Math.max(0, m.index! - 12), m.index!).toLowerCase();
      // Firmware and software versions look like dotted quads ("server 10.1.2.3" is not "ver 10.1.2.3").
      if (/(?:\bv|\bversion|\bfirmware|\bfw|\bbuild|\bver\.?|\brelease|\brev\.?|バージョン)\s*[:=]?\s*$/.test(before)) continue;
      if (ipv4ToInt(`${m[1]}.${m[2]}.${m[3]}.${m[4]}`) === null) continue;
      out.push(ipFinding(text, m.index!, m.index! + m[0].length, m[0], 4, ctx));
    }
  }
  if (hasHexColonPair(text)) {
    for (const m of matchAll(IPV6_RE, text)) {
      const addr = m[0].split('/')[0];
      if (!isIPv6(addr) || addr.replace(/[^0-9a-f]/gi, '').length < 2) continue;
      out.push(ipFinding(text, m.index!, m.index! + m[0].length, m[0], 6, ctx));
    }
  }
  return out;
};

const MAC_SEP_RE = /(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])/g;
const MAC_DOT_RE = /(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])/g;
const MAC_BARE_RE = /(?<![\w-])[0-9A-Fa-f]{12}(?![\w-])/g;
// Netfilter's LOG target: `MAC=` then the frame header as one run, destination (6 octets), source (6)
// and EtherType (2, more with a VLAN tag); the separated-MAC shape cannot see two MACs in that run.
const NETFILTER_MAC_RE = /\bMAC=((?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}):((?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})(?::[0-9A-Fa-f]{2}){2,6}(?![\w:])/g;
const MAC_CONTEXT = /mac|bssid|hwaddr|ether|wlan|wi-?fi|eui|adapter|\bap\b|access point/;
// RADIUS on Wi-Fi and 802.1X puts the client's MAC in Calling-Station-Id, often as bare hex; on
// mobile networks the attribute holds an MSISDN (all digits: the phone detector's).
const STATION_ID_BEFORE = /calling-station-id"?\s*[:=]?\s*["']?$/;
// RFC 3580's Called-Station-Id is the access point's MAC and its SSID: "00-10-A4-23-19-C0:HomeNet"
// (the separated shape refuses a MAC that a colon continues, as in a longer hex run).
const STATION_MAC_SSID_RE = /(?<![\w:-])(?:[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{12})(?=:[^\s"':,;]{1,32})/g;
// Words about a device (or whose it is) that also introduce its MAC in the loose notations.
const MAC_DEVICE_CONTEXT = /\b(?:devices?|modems?|routers?|handsets?|phones?|terminals?|stations?|nics?|interfaces?|belong\w*|hardware)\b/;
// Only next to a MAC context word: space-separated octets (YARA hex strings look the same),
// unpadded colon octets, and the 6-6 split some vendors print.
const MAC_LOOSE_RE = /(?<![\w:-])(?:[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}|[0-9A-Fa-f]{6}-[0-9A-Fa-f]{6})(?![\w:-])/g;

/** Same as /[0-9a-f]{4}\.[0-9a-f]{4}/i.test(text), from the dots: the regex tried every position of hash-heavy text. */
function hasHexDotHex(text: string): boolean {
  for (let p = text.indexOf('.', 4); p >= 0 && p + 4 < text.length; p = text.indexOf('.', p + 1)) {
    let ok = true;
    for (let k = 1; k <= 4 && ok; k++) ok = isHexCode(text.charCodeAt(p - k)) && isHexCode(text.charCodeAt(p + k));
    if (ok) return true;
  }
  return false;
}

const macs: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, raw: string, why: string) => {
    const hex = raw.replace(/[^0-9a-f]/gi, '').toLowerCase();
    const value = hex.match(/../g)!.join(':');
    if (ctx.isProtected(value)) out.push({ start, end: start + raw.length, kind: 'MAC', detector: 'mac', priority: PRIORITY.mac, value, keep: true, side: 'threat', reason: 'threat-side value' });
    else out.push({ start, end: start + raw.length, kind: 'MAC', detector: 'mac', priority: PRIORITY.mac, value, side: 'victim', reason: why });
  };
  // Each notation only where its shape (or, for bare hex, a context word) occurs at all.
  if (/[0-9a-f]{2}[:-][0-9a-f]{2}/i.test(text)) for (const m of matchAll(MAC_SEP_RE, text)) add(m.index!, m[0], 'MAC address');
  if (text.includes('MAC=')) for (const m of matchAll(NETFILTER_MAC_RE, text)) {
    add(m.index! + 4, m[1], 'destination MAC of a netfilter log');
    add(m.index! + 4 + m[1].length + 1, m[2], 'source MAC of a netfilter log');
  }
  if (hasHexDotHex(text)) for (const m of matchAll(MAC_DOT_RE, text)) add(m.index!, m[0], 'MAC address (dotted)');
  if (/station-id/i.test(text)) for (const m of matchAll(STATION_MAC_SSID_RE, text)) add(m.index!, m[0], 'access point MAC before its SSID (Called-Station-Id)');
  const lower = text.toLowerCase();
  const macWords = MAC_CONTEXT.test(lower);
  if (!macWords && !MAC_DEVICE_CONTEXT.test(lower)) return out;
  for (const re of [MAC_BARE_RE, MAC_LOOSE_RE]) for (const m of matchAll(re, text)) {
    const ctxWin = lower.slice(Math.max(0, m.index! - 24), m.index!);
    // A device word is enough for the loose notations, never inside a YARA hex string ("{ 4D 5A … }").
    const loose = re === MAC_LOOSE_RE && MAC_DEVICE_CONTEXT.test(lower.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 24)) && !/[{[]\s*$/.test(ctxWin) && !/^\s*[}\]]/.test(lower.slice(m.index! + m[0].length, m.index! + m[0].length + 3));
    const station = re === MAC_BARE_RE && STATION_ID_BEFORE.test(ctxWin) && /[a-f]/i.test(m[0]);
    if (!MAC_CONTEXT.test(ctxWin) && !loose && !station) continue;
    if (re === MAC_BARE_RE) add(m.index!, m[0], 'MAC address (bare)');
    else {
      // Unpadded octets ("a:b:3c:…") are padded so the token is keyed on the same value.
      const hex = m[0].includes(':') ? m[0].split(':').map((o) => o.padStart(2, '0')).join('') : m[0];
      const raw = m[0];
      const value = hex.replace(/[^0-9a-f]/gi, '').toLowerCase().match(/../g)!.join(':');
      if (ctx.isProtected(value)) continue;
      out.push({ start: m.index!, end: m.index! + raw.length, kind: 'MAC', detector: 'mac', priority: PRIORITY.mac, value, side: 'victim', reason: 'MAC address (other notation, MAC context)' });
    }
  }
  return out;
};

// Sticky: tried only where a run of host characters with a dot begins (matchesAtDottedRuns).
const HOST_RUN_RE = /(?<![A-Za-z0-9_.-])[A-Za-z0-9][A-Za-z0-9_-]{0,62}(?:\.[A-Za-z0-9_-]{1,63}){1,10}\.?/y;

// "Galaxy-S22-de-Ana", "iPhone-von-Jan", "MacBook-di-Luca": the device, a preposition, the owner.
// "Jans-iPhone", "weber-nas": the owner, then the device (a home NAS is named so as often as a laptop). The owner
// before "-s-iPhone" may be a login with inner dots and underscores ("anna.berg-s-iPhone", "jan_n42s-iPad").
const HOST_NAMING_RE = /\b(?:(?:LAPTOP|DESKTOP|WIN|PC|NB|WS|SRV)-[A-Z0-9]{3,15}|[A-Za-z](?:[A-Za-z0-9]|[._](?=[A-Za-z0-9])){1,24}(?:-s|s)?-(?:iPhone|iPad|MacBook(?:-Pro|-Air)?|Galaxy[\w-]{0,12}|Pixel[\w-]{0,8}|PC|Laptop|NAS|[Nn]as)|(?:iPhone|iPad|MacBook|Galaxy|Pixel|Redmi|Huawei|OnePlus)[\w]{0,12}(?:-[A-Za-z0-9]{1,8}){0,2}-(?:de|da|do|von|van|di|del|de-la)-\p{L}{2,20})(?![\p{L}\d])/gu;

const HOST_NAMING_GATE_RE = /(?:LAPTOP|DESKTOP|WIN|PC|NB|WS|SRV)-|-(?:iPhone|iPad|MacBook|Galaxy|Pixel|PC|Laptop|NAS|[Nn]as)|-(?:de|da|do|von|van|di|del)-/;
// The same convention in lower case, the owner or household before the kind of device:
// "weissenborn-nas", "kowalczyk-pc", "lena-macbook". Not a file ("win-pc.exe"), a path or URL part,
// nor a label of a longer domain name.
const HOST_SUFFIX_RE = /(?<![\w.\/\\@-])[a-z][a-z0-9]{2,24}-(?:nas|pc|laptop|desktop|notebook|macbook|mbp|imac|ipad|iphone|tablet|nuc)(?:-?\d{1,3})?(?![\w-]|\.\w)/gi;
const HOST_SUFFIX_GATE_RE = /-(?:nas|pc|laptop|desktop|notebook|macbook|mbp|imac|ipad|iphone|tablet|nuc)\b/i;
// Prefixes of ordinary compounds ("non-pc", "per-laptop", "cross-tablet").
const NOT_HOST_OWNER = new Set(['non', 'per', 'pre', 'anti', 'multi', 'cross', 'post', 'sub', 'semi', 'mini', 'any', 'all', 'one', 'each', 'every', 'single', 'shared']);

const hosts: Detector = (text, ctx) => {
  const out: Finding[] = [];
  if (text.includes('.')) {
    for (const m of matchesAtDottedRuns(text, HOST_RUN_RE, isDomainChar)) {
      const raw = m[0].replace(/\.$/, '');
      const host = raw.toLowerCase();
      const tld = host.slice(host.lastIndexOf('.') + 1);
      if (/^\d+$/.test(tld)) continue;
      if (isInternalHost(host, ctx)) {
        if (ctx.isProtected(host)) continue;
        out.push({ start: m.index!, end: m.index! + raw.length, kind: 'HOST', detector: 'hostname', priority: PRIORITY.internal, value: host, side: 'victim', reason: 'internal or submitter host' });
      } else if (TLDS.has(tld)) {
        out.push({ start: m.index!, end: m.index! + raw.length, kind: 'DOMAIN', detector: 'hostname', priority: PRIORITY.host, value: host, keep: true, reason: 'public domain' });
      }
    }
  }
  if (HOST_NAMING_GATE_RE.test(text)) for (const m of matchAll(HOST_NAMING_RE, text)) {
    if (ctx.isProtected(m[0].toLowerCase())) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'HOST', detector: 'host-naming', priority: PRIORITY.host + 1, value: m[0].toLowerCase(), side: 'victim', reason: 'personal host naming convention' });
  }
  if (HOST_SUFFIX_GATE_RE.test(text)) for (const m of matchAll(HOST_SUFFIX_RE, text)) {
    if (ctx.isProtected(m[0].toLowerCase()) || NOT_HOST_OWNER.has(m[0].slice(0, m[0].indexOf('-')).toLowerCase())) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'HOST', detector: 'host-naming', priority: PRIORITY.host + 1, value: m[0].toLowerCase(), side: 'victim', reason: 'personal host naming convention' });
  }
  return out;
};

/** Network detectors: emails, URLs (host and query), request targets, IPv4/IPv6, MACs, hostnames. */
export const networkDetectors: [string, Detector][] = [
  ['email', emails],
  ['url', urls],
  ['request-target', requestTargets],
  ['ip', ips],
  ['mac', macs],
  ['hostname', hosts],
];
