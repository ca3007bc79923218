import { type ComparisonNode, type ObservationNode, type ParsedPattern, parsePattern, printPath } from '../stix/index';
import { contextSide } from './detectors/finding';
import { addressContextSide, threatListItem, victimAddressInText } from './detectors/ip-labels';
import { isInternalHost } from './detectors/network';
import { eui64Mac, inCidr, nonRoutableBlock } from './ip';
import type { ScanContext } from './detectors/finding';
import type { Side, StixObject, SubmitterProfile } from './types';

// ANONYMIZER.md §3.2: every SCO gets a side; the first strong signal wins, in order:
// registry, non-routable, pattern/threat role, direction, context words, else ambiguous.

const THREAT_SOURCES = new Set(['malware', 'infrastructure', 'tool', 'threat-actor', 'intrusion-set', 'campaign', 'attack-pattern']);
const THREAT_RELS = new Set(['indicates', 'uses', 'communicates-with', 'beacons-to', 'exfiltrates-to', 'downloads', 'drops', 'hosts', 'controls', 'owns', 'consists-of', 'delivers', 'resolves-to', 'authored-by', 'variant-of']);
const VICTIM_RELS = new Set(['targets', 'compromises', 'impersonates', 'located-at']);

const CONTEXT_REASON = 'context words in free text';

export interface Classification {
  side: Side;
  reason: string;
}

/** The value that identifies an SCO for classification and protect/scrub lists. */
export function scoValue(o: StixObject): string | undefined {
  switch (o.type) {
    case 'ipv4-addr':
    case 'ipv6-addr':
    case 'domain-name':
    case 'url':
    case 'email-addr':
    case 'mac-addr':
      return typeof o.value === 'string' ? o.value.toLowerCase() : undefined;
    case 'user-account':
      return typeof o.account_login === 'string' ? o.account_login.toLowerCase() : typeof o.user_id === 'string' ? o.user_id.toLowerCase() : undefined;
    case 'autonomous-system':
      return typeof o.number === 'number' ? String(o.number) : undefined;
    case 'file':
      return typeof o.name === 'string' ? o.name.toLowerCase() : undefined;
    default:
      return undefined;
  }
}

function hostOf(value: string): string {
  const m = value.match(/^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i);
  if (m) return m[1].replace(/^\[|\]$/g, '').toLowerCase();
  const at = value.lastIndexOf('@');
  return (at >= 0 ? value.slice(at + 1) : value).toLowerCase();
}

/** Rule 1: the submitter's asset registry. */
export function registryMatch(value: string, type: string, profile: SubmitterProfile, ctx: ScanContext): boolean {
  if (type === 'autonomous-system') return (profile.asns ?? []).includes(Number(value));
  if (type === 'ipv4-addr' || type === 'ipv6-addr') return ctx.netblocks.some((b) => inCidr(value, b));
  const host = hostOf(value);
  if (['domain-name', 'url', 'email-addr'].includes(type)) {
    if (ctx.internalDomains.some((d) => host === d || host.endsWith(`.${d}`))) return true;
    if (ctx.netblocks.some((b) => inCidr(host, b))) return true;
  }
  return false;
}

/** String literals compared in STIX patterns, lower-cased: threat-side by role (rule 3). */
export function patternValues(objects: StixObject[], parse: (text: string) => ParsedPattern = parsePattern): Set<string> {
  const out = new Set<string>();
  for (const o of objects) {
    if (o.type !== 'indicator' || o.pattern_type !== 'stix' || typeof o.pattern !== 'string') continue;
    try {
      for (const ob of parse(o.pattern).observables) {
        const vals = Array.isArray(ob.value) ? ob.value : ob.value ? [ob.value] : [];
        for (const v of vals) if (v.kind === 'string') out.add(v.value.toLowerCase());
      }
    } catch {
      // Unparseable patterns are handled (dropped and reported) by the pattern stage.
    }
  }
  return out;
}

const TRAFFIC_ENDS = new Set(['src_ref.value', 'dst_ref.value']);

/** Whether a pattern comparison names one end of a connection (`network-traffic:src_ref.value`). */
function isTrafficEnd(objectType: string, path: string): boolean {
  return objectType === 'network-traffic' && TRAFFIC_ENDS.has(path);
}

/** The `=` string comparisons ANDed at the top of one observation (`[a = 'x' AND b = 'y']`). */
function andedEquals(n: ComparisonNode, out: Map<string, string>): void {
  if (n.type === 'and') for (const o of n.operands) andedEquals(o, out);
  else if (n.type === 'comparison' && n.operator === '=' && !n.negated && n.value && !Array.isArray(n.value) && n.value.kind === 'string') {
    const path = printPath(n.path.steps);
    if (isTrafficEnd(n.path.objectType, path)) out.set(path, n.value.value.toLowerCase());
  }
}

function observations(n: ObservationNode, out: ComparisonNode[]): void {
  if (n.type === 'observation') out.push(n.expression);
  else if (n.type === 'qualified') observations(n.expression, out);
  else for (const o of n.operands) observations(o, out);
}

/**
 * Pattern literals that are the victim's by their role (rules 3 and 4 inside patterns):
 * - the other end of a connection whose one end the bundle's patterns name as the threat
 *   elsewhere (compared alone, or the host of a compared URL): in
 *   `[network-traffic:dst_ref.value = C2 AND network-traffic:src_ref.value = X]`, X is the
 *   device that talked to the C2, often in the same hosting /24 as the attacker;
 * - MACs: a MAC is seen only on the observer's own link, so a hunting pattern's MAC is the
 *   compromised device's, not the attacker's.
 */
export function patternVictimLiterals(objects: StixObject[], parse: (text: string) => ParsedPattern = parsePattern): Set<string> {
  const threats = new Set<string>();
  const pairs: Map<string, string>[] = [];
  const out = new Set<string>();
  for (const o of objects) {
    if (o.type !== 'indicator' || o.pattern_type !== 'stix' || typeof o.pattern !== 'string') continue;
    let parsed: ParsedPattern;
    try {
      parsed = parse(o.pattern);
    } catch {
      continue;
    }
    for (const ob of parsed.observables) {
      if (!ob.value || Array.isArray(ob.value) || ob.value.kind !== 'string') continue;
      const v = ob.value.value.toLowerCase();
      if (ob.objectType === 'mac-addr') out.add(v);
      else if (!isTrafficEnd(ob.objectType, ob.path)) threats.add(ob.objectType === 'url' ? hostOf(v) : v);
    }
    const exprs: ComparisonNode[] = [];
    observations(parsed.ast, exprs);
    for (const e of exprs) {
      const ends = new Map<string, string>();
      andedEquals(e, ends);
      if (ends.size === 2) pairs.push(ends);
    }
  }
  for (const ends of pairs) {
    const src = ends.get('src_ref.value')!;
    const dst = ends.get('dst_ref.value')!;
    if (threats.has(dst) && !threats.has(src)) out.add(src);
    if (threats.has(src) && !threats.has(dst)) out.add(dst);
  }
  return out;
}

// A home directory's user segment: "C:\\Users\\<login>\\", "/home/<login>/", "/Users/<login>/" (in JSON text,
// where a backslash is doubled).
const HOME_OWNER_RE = /(?:[a-z]:|%systemdrive%|^|[\s"'=])[\\/]+(?:users|home|documents and settings)[\\/]+([^\\/:*?"<>|\s]{1,64})/gi;

/** Logins that own a home directory named anywhere in the bundle (paths, command lines, text). */
function homeOwners(objects: StixObject[]): Set<string> {
  const out = new Set<string>();
  for (const m of JSON.stringify(objects).matchAll(HOME_OWNER_RE)) out.add(m[1].toLowerCase());
  return out;
}

/** Classifies every SCO in the bundle. */
export function classifyObservables(
  objects: StixObject[],
  profile: SubmitterProfile,
  ctx: ScanContext,
  /** The bundle's free text, built only if some observable gets as far as rule 5. */
  freeText: () => string,
  parse: (text: string) => ParsedPattern = parsePattern,
): Map<string, Classification> {
  const byId = new Map(objects.map((o) => [o.id, o]));
  const result = new Map<string, Classification>();
  const threatIds = new Set<string>();
  const victimIds = new Set<string>();
  const patternVals = patternValues(objects, parse);
  const roleVictims = patternVictimLiterals(objects, parse);
  for (const o of objects) {
    if (o.type === 'relationship') {
      const src = byId.get(o.source_ref as string);
      const rel = o.relationship_type as string;
      if (THREAT_RELS.has(rel)) {
        threatIds.add(o.source_ref as string);
        if (src && THREAT_SOURCES.has(src.type)) threatIds.add(o.target_ref as string);
      }
      if (VICTIM_RELS.has(rel)) victimIds.add(o.target_ref as string);
    }
    if (o.type === 'malware') for (const r of (o.sample_refs as string[]) ?? []) threatIds.add(r);
    if (o.type === 'email-message') {
      for (const r of ['from_ref', 'sender_ref']) if (typeof o[r] === 'string') threatIds.add(o[r] as string);
      for (const r of ['to_refs', 'cc_refs', 'bcc_refs']) for (const x of (o[r] as string[]) ?? []) victimIds.add(x);
    }
  }
  let lowerText: string | undefined;
  let owners: Set<string> | undefined;
  const classify = (o: StixObject): Classification => {
    const v = scoValue(o);
    if (v !== undefined && registryMatch(v, o.type, profile, ctx)) return { side: 'victim', reason: 'submitter asset registry' };
    if ((o.type === 'ipv4-addr' || o.type === 'ipv6-addr') && v && nonRoutableBlock(v.split('/')[0])) return { side: 'victim', reason: 'non-routable address' };
    if (['domain-name', 'url'].includes(o.type) && v && isInternalHost(hostOf(v), ctx)) return { side: 'victim', reason: 'internal host name' };
    if (victimIds.has(o.id)) return { side: 'victim', reason: 'victim role (recipient or target)' };
    // The owner of a home directory the bundle shows is the account the malware ran as: the
    // victim's, even where a pattern compares it or a malicious process names it.
    if (o.type === 'user-account' && v !== undefined && (owners ??= homeOwners(objects)).has(v)) return { side: 'victim', reason: 'owner of a home directory in the bundle' };
    if (threatIds.has(o.id)) return { side: 'threat', reason: 'threat role (relationship, sample or sender)' };
    if (v !== undefined && roleVictims.has(v)) return { side: 'victim', reason: o.type === 'mac-addr' ? 'device identifier compared in a pattern' : 'other end of a connection to a threat in a pattern' };
    if (v !== undefined && patternVals.has(v)) return { side: 'threat', reason: 'value compared in an indicator pattern' };
    if (o.type === 'mac-addr' || o.type === 'user-account') return { side: 'victim', reason: 'device or account identifier' };
    // A SLAAC address embeds its device's MAC: words near it ("…ipv6: <addr>\nthreat: c2: …") do not outweigh that.
    if (o.type === 'ipv6-addr' && v !== undefined && eui64Mac(v) !== null) return { side: 'victim', reason: 'EUI-64 address embeds a MAC' };
    return { side: 'ambiguous', reason: 'no signal' };
  };
  // Rule 5: context words around the value where free text mentions it.
  const byContext = (o: StixObject): Classification | undefined => {
    const v = scoValue(o);
    if (v === undefined || v.length < 4) return undefined;
    lowerText ??= freeText().toLowerCase();
    let p = lowerText.indexOf(v);
    const isAddress = o.type === 'ipv4-addr' || o.type === 'ipv6-addr';
    // An IOC list names the threat outright: it outweighs words around another mention.
    if (isAddress && inThreatList(lowerText, v)) return { side: 'threat', reason: 'listed as an indicator of compromise' };
    for (let n = 0; p >= 0 && n < 3; n++, p = lowerText.indexOf(v, p + 1)) {
      const side = isAddress ? addressContextSide(lowerText, p, p + v.length) : contextSide(lowerText, p, p + v.length);
      if (side !== 'ambiguous') return { side, reason: CONTEXT_REASON };
    }
    return undefined;
  };
  const scos = objects.filter((o) => o.id.includes('--') && isSco(o.type));
  for (const o of scos) result.set(o.id, classify(o));
  // Rule 4, network direction, before context words: a device beaconing to a known C2 is the
  // victim even when the chat around its address says "beaconing".
  applyDirection(objects, result, 'threat');
  for (const o of scos) {
    if (result.get(o.id)?.side !== 'ambiguous') continue;
    const c = byContext(o);
    if (c) result.set(o.id, c);
  }
  // The far end of a victim's traffic is the threat only where no words said otherwise ("our
  // web server"): a wrong threat side would keep a victim address verbatim.
  applyDirection(objects, result, 'victim');
  // What a threat domain resolves to is attacker infrastructure too.
  for (const o of objects) {
    if (o.type !== 'domain-name' || result.get(o.id)?.side !== 'threat') continue;
    for (const r of (o.resolves_to_refs as string[]) ?? []) {
      if (result.get(r)?.side === 'ambiguous') result.set(r, { side: 'threat', reason: 'address a threat domain resolves to' });
    }
  }
  return result;
}

const ADDRESS_CHAR = /[0-9a-f.:]/;

/** Whether some whole mention of the address `v` in `text` is an item of an IOC list. */
function inThreatList(text: string, v: string): boolean {
  for (let p = text.indexOf(v), n = 0; p >= 0 && n < 20; p = text.indexOf(v, p + 1), n++) {
    const whole = !ADDRESS_CHAR.test(text[p - 1] ?? ' ') && !/^[.:]?[0-9a-f]/.test(text.slice(p + v.length, p + v.length + 2));
    if (whole && threatListItem(text, p) && !victimAddressInText(text, p, p + v.length)) return true;
  }
  return false;
}

/**
 * Rule 4: network direction. Once one end of a traffic object is on the `known` side, the other
 * end is on the opposite one: the far end of a victim's traffic is the threat; the end that talks
 * to a threat is the victim (the source of outbound traffic to a C2, the target of a scan). Only
 * ambiguous ends are decided.
 */
function applyDirection(objects: StixObject[], result: Map<string, Classification>, known: 'threat' | 'victim'): void {
  const other = known === 'victim' ? { side: 'threat' as const, reason: 'other end of traffic with a victim' } : { side: 'victim' as const, reason: 'other end of traffic with a threat' };
  for (const o of objects) {
    if (o.type !== 'network-traffic') continue;
    const ends = [o.src_ref as string, o.dst_ref as string];
    for (const [a, b] of [ends, [ends[1], ends[0]]]) {
      if (result.get(a)?.side === known && result.get(b)?.side === 'ambiguous') result.set(b, other);
    }
  }
}

const SDO_SRO = new Set([
  'attack-pattern', 'campaign', 'course-of-action', 'grouping', 'identity', 'incident', 'indicator', 'infrastructure', 'intrusion-set',
  'location', 'malware', 'malware-analysis', 'note', 'observed-data', 'opinion', 'report', 'threat-actor', 'tool', 'vulnerability',
  'relationship', 'sighting', 'marking-definition', 'language-content', 'extension-definition',
]);

/** True for cyber-observable types (anything not an SDO/SRO/meta object). */
export function isSco(type: string): boolean {
  return !SDO_SRO.has(type);
}
