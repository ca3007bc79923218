import type { CountryCode } from 'libphonenumber-js/max';
import { deterministicObservableId, type ParsedPattern, parsePattern, StixPatternError } from '../stix/index';
import { classifyObservables, type Classification, isSco, patternVictimLiterals, registryMatch, scoValue } from './classify';
import { type Decoded, decode } from './decode';
import { compilePolicy } from './compiled-policy';
import { Dictionary, type DictionaryTerm, foldTerm } from './detectors/dictionary';
import type { ScanContext } from './detectors/finding';
import { networkDetectors } from './detectors/network';
import { secretDetectors } from './detectors/secrets';
import { AnonymizerError } from './errors';
import { EXCHANGE_IDENTITY, EXCHANGE_IDENTITY_ID, isTlpMarking, statementMarking, TLP_MARKING_IDS } from './exchange';
import { bucketCount, ceilHour, floorDay, floorHour, generaliseIp, parseTime, processingStamp, regionOf } from './generalize';
import { inCidr, nonRoutableBlock } from './ip';
import { matchAll } from './match-all';
import type { Keyring } from './keyring';
import { anonymizePattern, type LiteralDecision } from './pattern';
import { Pseudonymizer, splitId } from './pseudonyms';
import { REF_KEY, REFS_KEY, refKeyKind } from './ref-keys';
import { cachedRegExp, escapeRegExp } from './regex-cache';
import { scoreReport } from './residual-risk';
import { WindowFilter } from './window-filter';
import { mayHoldVictimPart, prepareScans, type Scanner, type ScanResult, scanText } from './scan';
import { nameVariants, surnameAfter } from './name-variants';
import { definedShortNames, orgInitialisms, teamShortNames } from './org-initialisms';
import { brandSpellings, learntBrands } from './bundle-brands';
import { emptyBundleStaff, handleParts, learnFromObject, learnFromText, nameParts, productBrands } from './bundle-staff';
import { buildSpreader, spreadObject } from './spread';
import type {
  AnonymizationResult,
  AnonymizeOptions,
  AnonymizerPolicy,
  KeptFinding,
  PropertyAction,
  ResidualRiskReport,
  Side,
  StixBundle,
  StixObject,
  SubmitterProfile,
  Transformation,
} from './types';

// `<type>--<uuid>`. The uuid has a fixed length and no '--', so the type is everything before the
// last 38 characters: tested in two parts, as one pattern the type's [a-z0-9-]* first ran over the
// whole uuid and backtracked through it for every object.
const ID_TYPE_RE = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;
const ID_UUID_RE = /^--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The type of a well-formed STIX id, or null. */
function idType(id: string): string | null {
  if (id.length < 40) return null;
  const type = id.slice(0, -38);
  return ID_UUID_RE.test(id.slice(-38)) && ID_TYPE_RE.test(type) ? type : null;
}

// Recipient comparisons of an email-message pattern ("to_refs[*].value", "cc_refs[0].display_name").
const RECIPIENT_PATH = /^(?:to|cc|bcc)_refs\b/;
const THREAT_NAMED = new Set(['threat-actor', 'intrusion-set', 'malware', 'tool', 'campaign', 'infrastructure', 'attack-pattern']);
// Standard STIX 2.1 SCO extensions: kept, with their strings scanned.
const STANDARD_EXTENSIONS = new Set([
  'archive-ext', 'ntfs-ext', 'pdf-ext', 'raster-image-ext', 'windows-pebinary-ext', 'http-request-ext', 'icmp-ext', 'socket-ext', 'tcp-ext',
  'unix-account-ext', 'windows-process-ext', 'windows-service-ext',
]);
const GENERIC_ACCOUNTS = new Set(['root', 'admin', 'administrator', 'guest', 'user', 'test', 'support', 'default', 'operator', 'service', 'ubuntu', 'pi', 'www-data', 'nobody']);
const REQUIRED: Record<string, string[][]> = {
  relationship: [['source_ref'], ['target_ref'], ['relationship_type']],
  sighting: [['sighting_of_ref']],
  'observed-data': [['object_refs'], ['first_observed'], ['last_observed'], ['number_observed']],
  report: [['object_refs'], ['name'], ['published']],
  grouping: [['object_refs'], ['context']],
  note: [['object_refs'], ['content']],
  opinion: [['object_refs'], ['opinion']],
  'network-traffic': [['src_ref', 'dst_ref'], ['protocols']],
  indicator: [['pattern'], ['pattern_type'], ['valid_from']],
  location: [['region', 'country']],
  'email-message': [['is_multipart']],
  'ipv4-addr': [['value']],
  'ipv6-addr': [['value']],
  'domain-name': [['value']],
  url: [['value']],
  'email-addr': [['value']],
  'mac-addr': [['value']],
  directory: [['path']],
  mutex: [['name']],
  software: [['name']],
  'windows-registry-key': [],
  'autonomous-system': [['number']],
  file: [['hashes', 'name']],
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks the input is a bundle we can process; throws AnonymizerError otherwise. */
function validateInput(bundle: unknown): StixBundle {
  const issues: { pointer: string; message: string }[] = [];
  if (!isPlainObject(bundle)) throw new AnonymizerError('INVALID_BUNDLE', [{ pointer: '', message: 'must be a JSON object' }]);
  if (bundle.type !== 'bundle') issues.push({ pointer: '/type', message: "must be 'bundle'" });
  if (typeof bundle.id !== 'string' || idType(bundle.id) === null || !bundle.id.startsWith('bundle--')) issues.push({ pointer: '/id', message: 'must be bundle--<uuid>' });
  if (!Array.isArray(bundle.objects)) issues.push({ pointer: '/objects', message: 'must be an array' });
  else {
    const seen = new Set<string>();
    bundle.objects.forEach((o, i) => {
      if (!isPlainObject(o)) return issues.push({ pointer: `/objects/${i}`, message: 'must be an object' });
      if (typeof o.type !== 'string') issues.push({ pointer: `/objects/${i}/type`, message: 'must be a string' });
      const type = typeof o.id === 'string' ? idType(o.id) : null;
      if (type === null || type !== o.type) issues.push({ pointer: `/objects/${i}/id`, message: 'must be <type>--<uuid> matching type' });
      else if (seen.has(`${o.id}|${o.modified ?? ''}`)) issues.push({ pointer: `/objects/${i}/id`, message: 'duplicate object' });
      else seen.add(`${o.id}|${o.modified ?? ''}`);
    });
  }
  if (issues.length > 0) throw new AnonymizerError('INVALID_BUNDLE', issues);
  return bundle as StixBundle;
}

const ALLOW_LISTS = ['labels', 'externalReferenceSources', 'externalReferenceHosts', 'customProperties', 'extensions'];

function validatePolicy(policy: unknown): AnonymizerPolicy {
  if (!isPlainObject(policy) || typeof policy.version !== 'string' || !isPlainObject(policy.rules) || !isPlainObject(policy.generalization) || !isPlainObject(policy.allowLists)) {
    throw new AnonymizerError('INVALID_POLICY', [{ pointer: '', message: 'policy needs version, rules, generalization and allowLists' }]);
  }
  const allow = policy.allowLists;
  const bad = ALLOW_LISTS.filter((k) => {
    const list = allow[k];
    return !Array.isArray(list) || !list.every((x) => typeof x === 'string');
  });
  if (bad.length > 0) throw new AnonymizerError('INVALID_POLICY', bad.map((k) => ({ pointer: `/allowLists/${k}`, message: 'must be an array of strings' })));
  return policy as unknown as AnonymizerPolicy;
}

function latestTimestamp(objects: StixObject[]): Date {
  let best = 0;
  for (const o of objects) for (const k of ['modified', 'created']) {
    const t = parseTime(o[k]);
    if (t && t.getTime() > best) best = t.getTime();
  }
  return new Date(best);
}

// Mailbox providers: an address there says nothing about the organisation's own domain.
const FREEMAIL = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'orange.fr', 'free.fr', 'laposte.net', 'yahoo.co.jp', 'docomo.ne.jp', 'aol.com', 'mail.ru', 'yandex.ru', 'qq.com', '163.com']);

/**
 * Domains of the submitter (and of customer/staff identities) learnt from the identity
 * objects themselves, so an empty profile still protects them: the registrable part of
 * every email and URL host in `contact_information` and `description`.
 */
function identityDomains(objects: StixObject[]): string[] {
  const out = new Set<string>();
  for (const o of objects) {
    if (o.type !== 'identity' || o.id === EXCHANGE_IDENTITY_ID) continue;
    const text = [o.contact_information, o.description].filter((x) => typeof x === 'string').join(' ');
    for (const m of text.matchAll(/(?:@|:\/\/)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) {
      const labels = m[1].toLowerCase().split('.');
      const n = /^(?:co|com|ac|or|ne|gov|org)$/.test(labels[labels.length - 2] ?? '') && labels.length > 2 ? 3 : 2;
      const d = labels.slice(-n).join('.');
      if (!FREEMAIL.has(d)) out.add(d);
    }
  }
  return [...out];
}

// An author that reads as a person's name (two to four words, no digits, addresses or handles), not a team or a tool.
const AUTHOR_NAME_RE = /^[\p{L}\p{M}'’.-]{2,30}(?:[ \t,]+[\p{L}\p{M}'’.-]{1,30}){1,3}$/u;

// Quoted string literals of a STIX pattern (escapes kept; one shared instance, see match-all.ts).
const PATTERN_LITERAL_RE = /'((?:[^'\\]|\\.){4,2048})'/g;
const EMAIL_MARK_RE = /[@%&[({]/;
const KEEP_DECODED_CHARS = 64 * 1024;
const EMAIL_NAME_RE = /(?<![\p{L}\p{N}._%+-])(\p{L}{2,30})[._](\p{L}{2,30})@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/giu;

/**
 * "Given Surname" from first.last@ addresses at the submitter's own domains (profile or learnt
 * from its identity objects), in one string of the bundle, also percent/HTML-encoded or defanged.
 */
function namesFromEmail(v: string, ctx: ScanContext, decoded: Map<string, Decoded>, out: Map<string, { full: string; surname: string }>): void {
  // Cheap tests first: most strings are ids, times and names without any address; one scan
  // for the characters every encoded '@' needs rules them out.
  if (!EMAIL_MARK_RE.test(v)) return;
  if (!v.includes('@') && !v.includes('%40') && !v.includes('&') && !((v.includes('[') || v.includes('(') || v.includes('{')) && /[[({]at[\])}]/i.test(v))) return;
  // Kept for the scan stage, which decodes the same strings (descriptions with addresses)
  // again; only ordinary sizes, as a decoding holds two offsets per character until the run ends.
  let dv = decoded.get(v);
  if (dv === undefined) {
    dv = decode(v);
    if (v.length <= KEEP_DECODED_CHARS) decoded.set(v, dv);
  }
  const d = dv.text;
  if (!d.includes('@')) return;
  for (const m of matchAll(EMAIL_NAME_RE, d)) {
    const domain = m[3].toLowerCase();
    if (!ctx.internalDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    out.set(`${m[1]} ${m[2]}`.toLowerCase(), { full: `${m[1]} ${m[2]}`, surname: m[2] });
  }
}

/** A sighting of a single event: its text is scanned with times floored to the day. */
function isSingleEvent(o: StixObject): boolean {
  return o.type === 'sighting' && (o.count === 1 || (o.first_seen !== undefined && o.first_seen === o.last_seen));
}

/** The strings scanDeep would scan in a value. */
function collectStrings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) collectStrings(x, out);
  else if (isPlainObject(v)) for (const k of Object.keys(v)) collectStrings(v[k], out);
}

/** Calls `onString` for every string value and every property name in the input, in document order. */
function visitStrings(v: unknown, onString: (s: string, isKey: boolean) => void): void {
  if (typeof v === 'string') onString(v, false);
  else if (Array.isArray(v)) {
    for (const x of v) visitStrings(x, onString);
  } else if (isPlainObject(v)) {
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      onString(k, true);
      visitStrings(v[k], onString);
    }
  }
}

/** State of one anonymization run. */
class Run {
  readonly transformations: Transformation[] = [];
  readonly kept: KeptFinding[] = [];
  readonly ambiguous: ResidualRiskReport['ambiguous'] = [];
  readonly failures: ResidualRiskReport['detectorFailures'] = [];
  readonly counts: Record<string, number> = {};
  readonly pseudo: Pseudonymizer;
  readonly scanner: Scanner;
  readonly literalScanner: Scanner;
  readonly ctx: ScanContext;
  /** Strings decoded while learning names, reused by the scanners. */
  readonly decoded = new Map<string, Decoded>();
  /** Person names the scanners found by context (surface form → token), propagated at the end. */
  readonly personNames = new Map<string, string>();
  /** Other identifiers the scanners found with confidence (surface form → token), spread at the end. */
  readonly foundValues = new Map<string, string>();
  /** Numbers a detector kept as the attacker's by context ("SMS lure from +44…"): not spread over as a victim's. */
  readonly keptThreats = new Set<string>();
  readonly identityDict: Dictionary;
  sides = new Map<string, Classification>();
  private readonly patterns = new Map<string, ParsedPattern | { error: unknown }>();
  /** Each pattern is parsed once per run: classification and the pattern stage share the AST. */
  readonly parsePattern = (text: string): ParsedPattern => {
    let p = this.patterns.get(text);
    if (p === undefined) {
      try {
        p = parsePattern(text);
      } catch (error) {
        p = { error };
      }
      this.patterns.set(text, p);
    }
    if ('error' in p) throw p.error;
    return p;
  };
  recent = 0;
  singleEvent = 0;
  readonly processing: Date;
  readonly statement: StixObject;
  readonly widenCountry: string | undefined;

  constructor(
    readonly bundle: StixBundle,
    readonly policy: AnonymizerPolicy,
    keyring: Keyring,
    readonly profile: SubmitterProfile,
    now: Date,
  ) {
    this.processing = now;
    this.pseudo = new Pseudonymizer(keyring.keyFor(policy.keyScope));
    this.statement = statementMarking(policy);
    const lower = (xs?: string[]) => (xs ?? []).map((x) => x.toLowerCase().trim()).filter(Boolean);
    const victimValues = new Set<string>();
    const protectedSet = new Set<string>();
    const learntDomains = identityDomains(bundle.objects);
    this.ctx = {
      mode: 'full',
      region: /^[A-Z]{2}$/.test(profile.country ?? '') ? (profile.country as CountryCode) : undefined,
      internalDomains: [...lower(profile.domains), ...lower(profile.adDomains), ...learntDomains],
      netblocks: (profile.netblocks ?? []).filter((b) => b.includes('.') || b.includes(':')),
      isProtected: (v) => protectedSet.has(v) && !victimValues.has(v),
      ipv4Prefix: policy.generalization.ipv4Prefix,
      ipv6Prefix: policy.generalization.ipv6Prefix,
      deviceIds: policy.generalization.deviceIds,
    };
    const objects = bundle.objects;
    // One walk over every string of the input: numbers of tokens already in it (a previous run's
    // output) are reserved, and names are learnt from the organisation's own addresses.
    const emailNames = new Map<string, { full: string; surname: string }>();
    const learnNames = this.ctx.internalDomains.length > 0;
    const teams = new Set<string>();
    const staff = emptyBundleStaff();
    const mailTexts: string[] = [];
    // The names the organisation goes by: its profile and its own (non-person) identity objects.
    const orgNames = [...(profile.names ?? []), ...objects.filter((o) => o.type === 'identity' && o.id !== EXCHANGE_IDENTITY_ID && o.identity_class !== 'individual' && typeof o.name === 'string').map((o) => o.name as string)];
    visitStrings(objects, (v, isKey) => {
      if (v.includes('[')) this.pseudo.reserve(v);
      if (isKey) return;
      if (v.includes('@') && v.includes('<')) mailTexts.push(v);
      if (learnNames) namesFromEmail(v, this.ctx, this.decoded, emailNames);
      teamShortNames(v, teams);
      definedShortNames(v, orgNames, teams);
      learnFromText(v, this.ctx.internalDomains, staff);
    });
    for (const o of objects) learnFromObject(o, staff);
    // Free text of the bundle, for context-word classification of observables (rule 5).
    const freeText = () =>
      objects
        .map((o) => ['name', 'description', 'content', 'abstract', 'explanation'].map((k) => (typeof o[k] === 'string' ? (o[k] as string).slice(0, 20000) : '')).join('\n'))
        .join('\n');
    this.sides = classifyObservables(objects, profile, this.ctx, freeText, this.parsePattern);
    const terms: DictionaryTerm[] = [];
    const addTerms = (xs: string[] | undefined, kind: string, substring: boolean) => (xs ?? []).forEach((t) => terms.push({ term: t, kind, substring }));
    addTerms(profile.names, 'ORG', true);
    // Never inside a longer domain name: "brn-update.com" is the attacker's look-alike, not the submitter.
    for (const short of [...orgInitialisms(profile.names ?? []), ...teams, ...staff.shortNames]) terms.push({ term: short, kind: 'ORG', substring: false, caseSensitive: true, notInDomain: true });
    addTerms(profile.brands, 'ORG', true);
    const threatNames = objects.filter((o) => THREAT_NAMED.has(o.type)).flatMap((o) => [o.name, ...(Array.isArray(o.aliases) ? o.aliases : [])]).filter((n): n is string => typeof n === 'string');
    for (const make of productBrands(staff, threatNames)) terms.push({ term: make, kind: 'ORG', substring: false, notInDomain: true });
    // Brands the bundle teaches (bundle-brands.ts), in every spelling; learnt, so never taken out of a look-alike domain.
    for (const b of learntBrands(objects, mailTexts, freeText(), orgNames, this.ctx.internalDomains, threatNames)) {
      for (const t of brandSpellings(b)) terms.push({ term: t, kind: 'ORG', substring: false, notInDomain: true });
    }
    addTerms(profile.domains, 'DOMAIN', true);
    addTerms(learntDomains, 'DOMAIN', true);
    addTerms(profile.adDomains, 'DOMAIN', true);
    addTerms(profile.products, 'PRODUCT', false);
    addTerms(profile.staff, 'PERSON', false);
    // Staff are also named by given name or surname alone ("Frank, your invoice…").
    // The given name also opens the name of someone else who shares it ("Anna Vossberg").
    for (const n of profile.staff ?? []) n.split(/\s+/).forEach((part, i) => {
      if (part.length >= 4) terms.push({ term: part, kind: 'PERSON', substring: false, ...(i === 0 ? { opensName: true } : {}) });
    });
    // Staff the bundle itself names (bundle-staff.ts): like listed staff, also by a specific part of the name.
    // Their logins too ("fuchs.jorg"): a login reads like a domain, where a lone part is not matched.
    // Learnt, not listed: never taken out of a domain name, where a look-alike C2 domain stands.
    for (const n of staff.names) {
      const first = n.split(/[ \u3000]+/)[0];
      for (const t of [n, ...nameParts(n), ...nameVariants(n, () => false).logins]) terms.push({ term: t, kind: 'PERSON', substring: false, notInDomain: true, ...(t === first && t !== n ? { opensName: true } : {}) });
    }
    for (const h of staff.handles) for (const t of [h, ...handleParts(h)]) terms.push({ term: t, kind: 'PERSON', substring: false, notInDomain: true });
    addTerms(profile.customers, 'CUSTOMER', true);
    addTerms(profile.redact, 'REDACTED', false);
    // Staff the profile does not list still sign with first.last@ the organisation's domains:
    // their names are scrubbed wherever they appear, also without any context word.
    for (const name of emailNames.values()) {
      terms.push({ term: name.full, kind: 'PERSON', substring: false });
      if (name.surname.length >= 5) terms.push({ term: name.surname, kind: 'PERSON', substring: false });
    }
    const folded = new Map<string, string>();
    this.identityDict = new Dictionary(
      terms.filter((t) => t.kind === 'ORG' || t.kind === 'DOMAIN'),
      folded,
    );
    for (const o of objects) {
      if (o.type === 'identity' && typeof o.name === 'string' && o.id !== EXCHANGE_IDENTITY_ID) {
        terms.push({ term: o.name, kind: o.identity_class === 'individual' ? 'PERSON' : 'ORG', substring: o.identity_class !== 'individual' });
      }
      // The authors of notes and opinions are people (the property is dropped): their names are scrubbed wherever else they stand.
      if (Array.isArray(o.authors)) for (const a of o.authors) if (typeof a === 'string' && AUTHOR_NAME_RE.test(a.trim())) terms.push({ term: a.trim(), kind: 'PERSON', substring: false });
      // Keys, not entries: an entries array per object for the rare x_ property.
      for (const k of Object.keys(o)) {
        if (!k.startsWith('x_')) continue;
        const v = o[k];
        // Values of dropped custom properties that look like identifiers are scrubbed wherever else they appear.
        if (typeof v === 'string' && v.length >= 4 && v.length <= 80 && (/\d|@|\\/.test(v) || /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(v))) {
          terms.push({ term: v, kind: 'REDACTED', substring: false });
        }
      }
      const side = this.sides.get(o.id);
      const v = scoValue(o);
      if (!side || v === undefined) continue;
      if (side.side === 'victim') {
        victimValues.add(v);
        if (o.type === 'domain-name') terms.push({ term: v, kind: 'HOST', substring: false });
        if (o.type === 'email-addr') terms.push({ term: v, kind: 'EMAIL', substring: false });
        if (o.type === 'user-account' && v.length >= 3 && !GENERIC_ACCOUNTS.has(v)) terms.push({ term: v, kind: 'USER', substring: false });
        if (o.type === 'url') terms.push({ term: v, kind: 'URL', substring: false });
      }
    }
    const threatValues: string[] = [];
    // Accounts compared in patterns ("[user-account:account_login = 'jdoe']" in a brute-force
    // indicator) are the victim's unless an attacker account with that login is in the bundle.
    const threatAccounts = new Set(objects.filter((o) => o.type === 'user-account' && this.sides.get(o.id)?.side === 'threat').map((o) => scoValue(o)));
    for (const o of objects) {
      if (o.type !== 'indicator' || o.pattern_type !== 'stix' || typeof o.pattern !== 'string') continue;
      if (o.pattern.includes('user-account:')) {
        for (const m of o.pattern.matchAll(/user-account:(?:account_login|user_id|display_name)\s*(?:=|LIKE)\s*'((?:[^'\\]|\\.){1,256})'/gi)) {
          const lit = m[1].replace(/\\(.)/g, '$1').toLowerCase();
          if (threatAccounts.has(lit) || GENERIC_ACCOUNTS.has(lit)) continue;
          this.victimAccounts.add(lit);
          victimValues.add(lit);
          if (lit.length >= 3) terms.push({ term: lit, kind: 'USER', substring: false });
        }
      }
      // A lure's recipients are its victims, also where the bundle has no email-addr object for them.
      if (o.pattern.includes('_refs')) {
        for (const m of o.pattern.matchAll(/email-message:(?:to|cc|bcc)_refs\[[^\]]*\]\.(value|display_name)\s*(?:=|LIKE)\s*'((?:[^'\\]|\\.){1,256})'/gi)) {
          const lit = m[2].replace(/\\(.)/g, '$1').toLowerCase();
          victimValues.add(lit);
          if (lit.length >= 3) terms.push({ term: lit, kind: m[1] === 'value' ? 'EMAIL' : 'PERSON', substring: false });
        }
      }
    }
    // Literals that are the victim's by their role in the pattern (a MAC, the device end of a
    // connection to a C2), unless an observable with that value is the threat's by a relationship.
    const roleVictims = patternVictimLiterals(objects, this.parsePattern);
    for (const o of objects) {
      const side = this.sides.get(o.id);
      const v = scoValue(o);
      if (side?.side === 'threat' && v !== undefined) roleVictims.delete(v);
    }
    for (const o of objects) {
      const side = this.sides.get(o.id);
      const v = scoValue(o);
      if (side?.side === 'threat' && v !== undefined) threatValues.push(v);
      // Threat names and pattern literals are the threat: never rewritten (ANONYMIZER.md §3.7).
      if (THREAT_NAMED.has(o.type)) {
        if (typeof o.name === 'string') protectedSet.add(o.name.toLowerCase());
        for (const a of Array.isArray(o.aliases) ? o.aliases : []) if (typeof a === 'string') protectedSet.add(a.toLowerCase());
      }
      if (o.type === 'indicator' && o.pattern_type === 'stix' && typeof o.pattern === 'string') {
        for (const m of matchAll(PATTERN_LITERAL_RE, o.pattern)) {
          const lit = (m[1].includes('\\') ? m[1].replace(/\\(.)/g, '$1') : m[1]).toLowerCase();
          if (this.literalIsVictim(lit) || roleVictims.has(lit)) victimValues.add(lit);
          else if (!this.victimAccounts.has(lit)) threatValues.push(lit);
        }
      }
    }
    const dictionary = new Dictionary(terms, folded);
    const scanCtx: ScanContext = { ...this.ctx, netblocks: this.ctx.netblocks };
    // Victim IPs found by structure are generalised wherever they appear in text.
    scanCtx.victimValues = victimValues;
    // Threat values themselves (URLs, pattern literals) are scanned only for per-victim parts:
    // query parameters, user names in paths, credentials. The value as a whole is the threat.
    this.literalScanner = {
      ctx: scanCtx,
      dictionary: new Dictionary(
        terms.filter((t) => ['EMAIL', 'USER', 'URL', 'HOST'].includes(t.kind)),
        folded,
      ),
      protectedValues: [],
      pseudonyms: this.pseudo,
      wholeValueIsThreat: true,
      decoded: this.decoded,
      detectors: [...networkDetectors.filter(([n]) => n === 'url' || n === 'email'), ...secretDetectors.filter(([n]) => n !== 'entropy')],
    };
    const probe: Scanner = { ...this.literalScanner, pseudonyms: new Pseudonymizer(keyring.keyFor(policy.keyScope)) };
    for (const v of threatValues) {
      if (victimValues.has(v)) continue;
      // A personalised threat value is protected only up to its victim-specific part.
      if (!mayHoldVictimPart(v)) {
        protectedSet.add(v);
        continue;
      }
      const r = scanText(v, probe, 'full');
      if (r.text === v) protectedSet.add(v);
      else if (/^[a-z]+:\/\//.test(v)) protectedSet.add(v.split(/[?#]/)[0]);
    }
    for (const v of [...protectedSet]) if (v.length < 4) protectedSet.delete(v);
    const protectedValues = [...protectedSet].filter((v) => !victimValues.has(v)).sort((a, b) => b.length - a.length);
    this.scanner = { ctx: scanCtx, dictionary, protectedValues, pseudonyms: this.pseudo, decoded: this.decoded, personNames: this.personNames, foundValues: this.foundValues, keptThreats: this.keptThreats };
    const sector = profile.sectors?.[0];
    const count = sector && profile.country ? profile.memberRegistry?.[sector]?.[profile.country.toUpperCase()] : undefined;
    this.widenCountry = count !== undefined && count < policy.k ? profile.country?.toUpperCase() : undefined;
  }

  private readonly victimLiterals = new Map<string, boolean>();
  /** Logins compared in patterns that belong to the victim (no attacker account with that login). */
  private readonly victimAccounts = new Set<string>();

  /** Rules 1 and 2 for a pattern literal: registry or non-routable means victim (memoised: asked twice per literal). */
  literalIsVictim(lit: string): boolean {
    let v = this.victimLiterals.get(lit);
    if (v === undefined) {
      v = this.literalIsVictimUncached(lit);
      this.victimLiterals.set(lit, v);
    }
    return v;
  }

  private literalIsVictimUncached(lit: string): boolean {
    const addr = lit.split('/')[0];
    if (nonRoutableBlock(addr)) return true;
    if (this.ctx.netblocks.some((b) => inCidr(addr, b))) return true;
    // The registry test is the same for domain names, URLs and email addresses: the host is matched.
    return registryMatch(lit, 'domain-name', this.profile, this.ctx);
  }

  note(path: string, detector: string, action: Transformation['action'], reason: string): void {
    this.transformations.push({ path, detector, action, reason });
    this.counts[action] = (this.counts[action] ?? 0) + 1;
  }

  private readonly scans = new Map<Scanner, { full: Map<string, ScanResult>; dictionary: Map<string, ScanResult> }>();

  /**
   * scanText, once per scanner, mode and string: a bundle repeats strings (a URL as an SCO value,
   * a pattern literal and in prose; the same name in many objects). A second scan would give the
   * same result: the run's scanners do not change, and the tokens the first scan assigned stay.
   */
  scanOnce(value: string, scanner: Scanner, mode: 'full' | 'dictionary'): ScanResult {
    let byMode = this.scans.get(scanner);
    if (byMode === undefined) {
      byMode = { full: new Map(), dictionary: new Map() };
      this.scans.set(scanner, byMode);
    }
    const results = byMode[mode];
    let r = results.get(value);
    if (r === undefined) {
      r = scanText(value, scanner, mode);
      results.set(value, r);
    }
    return r;
  }

  /** Scans a string; on detector failure the caller drops the field (fail closed). */
  scan(value: string, path: string, mode: 'full' | 'dictionary', scanner: Scanner = this.scanner): string | undefined {
    const r = this.scanOnce(value, scanner, mode);
    if (r.failed.length > 0) {
      for (const d of r.failed) this.failures.push({ path, detector: d });
      this.note(path, r.failed.join(','), 'dropped', 'detector failure: fail closed');
      return undefined;
    }
    for (const a of r.applied) this.note(path, a.detector, a.action, a.reason);
    if (r.keptBrand > 0) this.kept.push({ path, category: 'victim-brand-in-indicator', reason: 'a threat value contains a submitter dictionary term (name, brand or staff)' });
    return r.text;
  }

  /** Deep scan of strings inside arrays and objects. */
  scanDeep(v: unknown, path: string, mode: 'full' | 'dictionary', scanner: Scanner = this.scanner): unknown {
    if (typeof v === 'string') return this.scan(v, path, mode, scanner);
    if (Array.isArray(v)) return v.map((x, i) => this.scanDeep(x, `${path}[${i}]`, mode, scanner)).filter((x) => x !== undefined);
    if (isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const r = this.scanDeep(x, `${path}.${k}`, mode, scanner);
        if (r !== undefined) out[k] = r;
      }
      return out;
    }
    return v;
  }

  private daysScanner: Scanner | undefined;

  /** The scanner for the text of a single-event sighting: its times are floored to the day too (§3.5). */
  get singleEventScanner(): Scanner {
    this.daysScanner ??= { ...this.scanner, ctx: { ...this.scanner.ctx, timeUnit: 'day' } };
    return this.daysScanner;
  }

  private readonly times = new Map<string, { time: Date; hour: string } | null>();

  /** A timestamp and its hour floor, parsed once per distinct string: a bundle repeats a few times everywhere. */
  timeOf(v: unknown): { time: Date; hour: string } | null {
    if (typeof v !== 'string') return null;
    let r = this.times.get(v);
    if (r === undefined) {
      const time = parseTime(v);
      r = time ? { time, hour: floorHour(time) } : null;
      this.times.set(v, r);
    }
    return r;
  }

  observationTime(v: unknown, path: string, single: boolean): string | undefined {
    const parsed = this.timeOf(v);
    if (!parsed) return undefined;
    const t = parsed.time;
    if (this.processing.getTime() - t.getTime() < this.policy.risk.recentObservationHours * 3600_000) this.recent++;
    const out = single ? floorDay(t) : parsed.hour;
    if (out !== v) this.note(path, 'timestamp', 'generalised', single ? 'single-event time floored to the day' : 'time floored to the hour (UTC)');
    return out;
  }

  /** The `observable` action: value properties handled by the side of their SCO. Returns false to drop the SCO. */
  observable(o: StixObject, prop: string, out: Record<string, unknown>, path: string): boolean {
    const v = o[prop];
    const c = this.sides.get(o.id) ?? { side: 'ambiguous' as Side, reason: 'no signal' };
    const side = c.side;
    const flag = (chosen: Side) => {
      if (side === 'ambiguous') this.ambiguous.push({ path, observableType: o.type, sideChosen: chosen, reason: c.reason });
    };
    switch (o.type) {
      case 'ipv4-addr':
      case 'ipv6-addr': {
        if (typeof v !== 'string') return false;
        if (side === 'threat') return (out[prop] = v), true;
        // A prefix of the submitter's own registered network would name its owner: drop instead.
        if (this.ctx.netblocks.some((b) => inCidr(v.split('/')[0], b))) return this.note(path, 'ip', 'dropped', 'address in the submitter registry'), false;
        const g = generaliseIp(v, this.policy.generalization.ipv4Prefix, this.policy.generalization.ipv6Prefix, this.policy.generalization.privateAddresses);
        flag('victim');
        if (g === null) return this.note(path, 'ip', 'dropped', 'private victim address'), false;
        if (g !== v) this.note(path, 'ip', 'generalised', `${c.side} address: ${c.reason}`);
        out[prop] = g;
        return true;
      }
      case 'domain-name':
      case 'url':
      case 'artifact': {
        if (typeof v !== 'string') return false;
        if (side === 'victim') return this.note(path, o.type, 'dropped', `victim ${o.type}: ${c.reason}`), false;
        // Ambiguous public names are kept (fail-closed would destroy most C2 data) but flagged for review.
        flag('threat');
        const r = this.scan(v, path, 'full', this.literalScanner);
        if (r === undefined) return false;
        if (r !== v) this.kept.push({ path, category: 'per-victim-artefact', reason: 'personalised URL: victim-specific parameters removed' });
        out[prop] = r;
        if (this.identityDict.find({ text: v }).length > 0) this.kept.push({ path, category: 'victim-brand-in-indicator', reason: 'threat domain or URL embeds a submitter name or brand' });
        return true;
      }
      case 'email-addr': {
        if (side !== 'threat') {
          flag('victim');
          return this.note(path, 'email-addr', 'dropped', `victim or unclassified address: ${c.reason}`), false;
        }
        if (typeof v === 'string') out[prop] = prop === 'display_name' ? this.scan(v, path, 'dictionary') : v;
        return true;
      }
      case 'mac-addr':
        if (side === 'threat') return (out[prop] = v), true;
        return this.note(path, 'mac', 'dropped', `device identifier: ${c.reason}`), false;
      case 'user-account': {
        if (typeof v !== 'string') return true;
        if (side === 'threat' || GENERIC_ACCOUNTS.has(v.toLowerCase()) || /^\[[A-Z][A-Z0-9-]*-\d+\]$/.test(v)) return (out[prop] = v), true;
        // Same key as the dictionary uses, so the login and its mentions in text share one token.
        out[prop] = this.pseudo.token('USER', foldTerm(v));
        this.note(path, 'user-account', 'tokenised', `account of a victim: ${c.reason}`);
        return true;
      }
      case 'autonomous-system':
        if (registryMatch(String(v), o.type, this.profile, this.ctx)) return this.note(path, 'asn', 'dropped', 'submitter ASN'), false;
        out[prop] = v;
        return true;
      default: {
        // file.name, x509 subject/issuer: threat-side kept, otherwise scanned.
        if (typeof v !== 'string') return true;
        const r = side === 'threat' ? this.scan(v, path, 'dictionary') : this.scan(v, path, 'full');
        if (r !== undefined) out[prop] = r;
        return true;
      }
    }
  }

  pattern(o: StixObject, out: Record<string, unknown>, path: string): boolean {
    const text = o.pattern;
    if (typeof text !== 'string') return false;
    if (o.pattern_type !== 'stix') {
      // YARA/Sigma/Snort bodies are the threat; only the submitter dictionary applies.
      const r = this.scan(text, path, 'dictionary');
      if (r === undefined) return false;
      out.pattern = r;
      return true;
    }
    const decide = (lit: string, objectType: string, path: string): LiteralDecision => {
      const lower = lit.toLowerCase();
      if (objectType === 'user-account' && this.victimAccounts.has(lower)) return { action: 'drop', reason: 'victim account' };
      if (this.literalIsVictim(lower)) return { action: 'drop', reason: 'victim value (registry or non-routable)' };
      // Rule 4 inside a pattern: whoever a lure was sent to is its victim; only the sender is the threat.
      if (objectType === 'email-message' && RECIPIENT_PATH.test(path)) return { action: 'drop', reason: 'recipient of a message (victim)' };
      // An observable classified as the victim's is scrubbed from patterns too (§3.2).
      if (this.scanner.ctx.victimValues?.has(lower)) return { action: 'drop', reason: 'victim-side observable value' };
      if (!mayHoldVictimPart(lit) && !this.literalScanner.dictionary.size) return { action: 'keep' };
      const r = this.scanOnce(lit, this.literalScanner, 'full');
      if (r.failed.length > 0) return { action: 'drop', reason: 'detector failure' };
      if (r.text !== lit) return { action: 'rewrite', value: r.text, reason: r.applied.map((a) => a.reason).join(', ') };
      return { action: 'keep' };
    };
    let outcome;
    try {
      outcome = anonymizePattern(text, decide, this.parsePattern);
    } catch (e) {
      // Unparseable (or too deep to parse) patterns fail closed: the indicator is dropped.
      this.note(path, 'stix-pattern', 'dropped', e instanceof StixPatternError ? 'unparseable pattern: indicator dropped (fail closed)' : 'pattern processing failed: indicator dropped (fail closed)');
      this.failures.push({ path, detector: 'stix-pattern' });
      return false;
    }
    for (const d of outcome.dropped) {
      this.note(path, 'stix-pattern', 'dropped', `comparison removed: ${d.reason}`);
      if (d.broadened) this.kept.push({ path, category: 'broadened-pattern', reason: 'a victim comparison was removed from an AND: the indicator matches more broadly' });
    }
    for (const l of outcome.likened) {
      this.note(path, 'stix-pattern', 'rewritten', `victim-specific part replaced by a LIKE wildcard (${l})`);
      this.kept.push({ path, category: 'per-victim-artefact', reason: 'personalised value: victim-specific part wildcarded' });
    }
    if (outcome.pattern === null) {
      this.note(path, 'stix-pattern', 'dropped', 'no comparison left: indicator dropped');
      return false;
    }
    out.pattern = outcome.pattern;
    if (this.identityDict.find({ text: outcome.pattern }).length > 0) {
      this.kept.push({ path, category: 'victim-brand-in-indicator', reason: 'indicator pattern embeds a submitter name or brand' });
    }
    return true;
  }
}

/** Whether any top-level `*_ref`/`*_refs` value satisfies `pending`. */
/** Free-text properties a name found elsewhere in the bundle is removed from. */
const PROSE_KEYS = ['name', 'description', 'content', 'abstract', 'explanation', 'subject', 'body', 'summary', 'objective'];
/** Lists of objects whose prose property is rewritten too. */
const PROSE_LISTS = [['external_references', 'description'], ['body_multipart', 'body']] as const;
/** A name in a script written without spaces: it travels as it is, without word boundaries. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,6}$/u;

/**
 * A full name the scanners found by context in one place ("Contact: Jana Novak") is removed
 * wherever else it stands in prose ("Jana Novak: invoice overdue"), where no context word
 * announces it. Only names of two or more words (or CJK names) travel: a lone given name is too often a word.
 * Runs before SCO ids are computed, so ids follow the rewritten properties. A name's unlisted
 * first word that opens another name here ("Sönke Vossberg" where "Sönke Berg" was found) takes
 * that name's surname under a token of its own, and a second round carries the new names.
 */
function propagateNames(run: Run, outObjects: { index: number; obj: Record<string, unknown> }[]): void {
  let entries: Iterable<[string, string]> = run.personNames;
  for (let round = 0; round < 2; round++) {
    const found = propagateRound(run, outObjects, entries);
    if (found.length === 0) return;
    entries = found;
  }
}

/** One pass of propagateNames over `entries` (name → token); returns the names its leading words opened. */
function propagateRound(run: Run, outObjects: { index: number; obj: Record<string, unknown> }[], entries: Iterable<[string, string]>): [string, string][] {
  // One loop, not filters over spread entries: those arrays changed shape between runs (empty or
  // not) and deoptimised this function.
  const spaced: [string, string][] = [];
  // CJK names have no space to tell them from a word, but two or more characters of a name are specific.
  const cjk: [string, string][] = [];
  for (const entry of entries) {
    const n = entry[0];
    if (/\S\s+\S/u.test(n) && n.length >= 5 && !n.includes('[')) spaced.push(entry);
    if (CJK_NAME.test(n)) cjk.push(entry);
  }
  // The surname alone and logins built from the name (name-variants.ts) carry the same token.
  // One string to search instead of a loop over the protect list per variant.
  const threatText = run.scanner.protectedValues.join('\n');
  // The window filter first: a search of the whole threat text per variant was names × threat values.
  const threatWindows = new WindowFilter(threatText);
  const insideThreat = (v: string) => threatWindows.mayContain(v) && threatText.includes(v);
  const variants: [string, string][] = [];
  // Variants that are the first word of their name: what follows them may be another person's surname.
  const leading = new Set<string>();
  for (const [n, t] of spaced) {
    const v = nameVariants(n, insideThreat);
    for (const form of [...v.surnames, ...v.logins, ...v.shortened]) variants.push([form, t]);
    for (const form of v.leading) leading.add(form);
  }
  const names = [...spaced, ...cjk, ...variants];
  const opened: [string, string][] = [];
  if (names.length === 0) return opened;
  const tokens = new Map<string, string>();
  // A full name's own token wins over a variant shared by two names.
  for (const [n, t] of names) {
    const key = foldName(n);
    if (!tokens.has(key)) tokens.set(key, t);
  }
  const alternation = (list: [string, string][]) =>
    list
      .map(([n]) => n.trim().split(/\s+/u).map(escapeRegExp).join('\\s+'))
      .sort((a, b) => b.length - a.length)
      .join('|');
  // Not inside a domain, address, path or longer word: "jana-novak.example" stays a threat value.
  // A CJK name runs into the text around it, except a Korean one, which is a word of its own.
  // A dot of a domain, also defanged ("jana-novak[.]example", "novak(dot)example").
  const DOT = '(?:\\.|\\[\\.\\]|\\[dot\\]|\\(\\.\\)|\\(dot\\))';
  const alternatives = [
    // Each Unicode property once in the lookahead: compiled per bundle, and each \p{…} costs a table walk.
    // A name or variant may follow a domain separator or '@' ("CORP\\anna.berg", "@anna.berg") and precede a
    // hyphen ("berg-home"), but not run into a domain ("berg.example", "berg-support.example") or a longer word.
    ...(spaced.length + variants.length ? [`(?<![\\p{L}\\p{N}_./-])(?:${alternation([...spaced, ...variants])})(?![\\p{L}\\p{N}_@/\\\\]|${DOT}[\\p{L}\\p{N}]|-[\\p{L}\\p{N}-]*${DOT}[\\p{L}])`] : []),
    ...(cjk.length ? [`(?<!\\p{Script=Hangul})(?:${alternation(cjk)})`] : []),
  ];
  const re = cachedRegExp(alternatives.join('|'), 'giu');
  // Cheap gate before the Unicode regex: most prose holds none of the names' first words. One scan
  // for all of them: a substring search per word was prose × names on large bundles.
  const firstWords = cachedRegExp([...new Set(names.map(([n]) => escapeRegExp(n.trim().split(/\s+/u)[0].toLowerCase())))].join('|'), '');
  // The path is built only for a rewritten string (most prose holds no name).
  const rewrite = (text: string, path: () => string): string => {
    if (!firstWords.test(text.toLowerCase())) return text;
    const parts: string[] = [];
    let pos = 0;
    for (const m of matchAll(re, text)) {
      if (m.index < pos) continue;
      const key = foldName(m[0]);
      let end = m.index + m[0].length;
      let token = tokens.get(key) ?? m[0];
      const surname = leading.has(key) ? surnameAfter(m[0], text.slice(end, end + 64)) : undefined;
      if (surname !== undefined) {
        const full = `${m[0]} ${surname}`;
        token = run.pseudo.token('PERSON', foldName(full));
        opened.push([full, token]);
        end += 1 + surname.length;
      }
      parts.push(text.slice(pos, m.index), token);
      pos = end;
    }
    if (parts.length === 0) return text;
    parts.push(text.slice(pos));
    const out = parts.join('');
    if (out !== text) run.note(path(), 'person-name', 'tokenised', 'name found by context elsewhere in the bundle');
    return out;
  };
  for (const { index, obj } of outObjects) {
    for (const key of PROSE_KEYS) {
      if (key === 'name' && (THREAT_NAMED.has(obj.type as string) || obj.type === 'vulnerability')) continue;
      if (typeof obj[key] === 'string') obj[key] = rewrite(obj[key] as string, () => `$.objects[${index}].${key}`);
    }
    for (const [list, key] of PROSE_LISTS) {
      const items = obj[list];
      if (!Array.isArray(items)) continue;
      items.forEach((item: unknown, i) => {
        if (isPlainObject(item) && typeof item[key] === 'string') item[key] = rewrite(item[key] as string, () => `$.objects[${index}].${list}[${i}].${key}`);
      });
    }
  }
  return opened;
}

/**
 * Identifiers found with confidence in one place are replaced wherever else the same value stands
 * (spread.ts). Threat-side observables are left alone. Runs before SCO ids are computed.
 */
function spreadFound(run: Run, outObjects: { index: number; obj: Record<string, unknown> }[], pol: AnonymizerPolicy): void {
  // A value named as the threat somewhere is ambiguous where it stands bare: kept (§3.2 rule 6).
  for (const v of run.keptThreats) run.foundValues.delete(v);
  if (run.foundValues.size === 0) return;
  const spreader = buildSpreader(run.foundValues, run.scanner.protectedValues);
  if (!spreader) return;
  const scanned = new Map<string, Set<string>>();
  for (const { index, obj } of outObjects) {
    // Of a threat-side object only what the policy scans for victim data (a lure's subject and
    // body): a value confirmed as the victim's elsewhere is the victim's there too.
    const type = obj.type as string;
    let only: Set<string> | undefined;
    if (run.sides.get(obj.id as string)?.side === 'threat') {
      only = scanned.get(type);
      if (!only) scanned.set(type, (only = scannedProperties(pol, type)));
    }
    if (only?.size === 0) continue;
    const skipName = THREAT_NAMED.has(type) || type === 'vulnerability';
    for (const path of spreadObject(obj, `$.objects[${index}]`, spreader, skipName, only)) run.note(path, 'spread', 'tokenised', 'identifier found elsewhere in the bundle');
  }
}

/** The properties of a type the policy scans in full (threat-side objects included). */
function scannedProperties(pol: AnonymizerPolicy, type: string): Set<string> {
  const rules = pol.rules[type] ?? {};
  return new Set(Object.keys(rules).filter((k) => rules[k] === 'scan'));
}

function foldName(name: string): string {
  return name.toLowerCase().replace(/\s+/gu, ' ').trim();
}

function hasPendingRef(o: Record<string, unknown>, pending: (ref: string) => boolean): boolean {
  for (const k of Object.keys(o)) {
    const v = o[k];
    const kind = refKeyKind(k);
    if (kind === REF_KEY) {
      if (typeof v === 'string' && pending(v)) return true;
    } else if (kind === REFS_KEY && Array.isArray(v)) {
      for (const r of v) if (pending(r as string)) return true;
    }
  }
  return false;
}

/** Rewrites every `*_ref`/`*_refs` (and marking refs) through `map`; unmapped refs are removed. */
function rewriteRefs(o: Record<string, unknown>, map: (id: string, property: string) => string | undefined): void {
  // Keys, not entries: called several times per object, and only the current key is changed.
  for (const k of Object.keys(o)) {
    const v = o[k];
    const kind = refKeyKind(k);
    if (kind === REF_KEY && typeof v === 'string') {
      const n = map(v, k);
      if (n) o[k] = n;
      else delete o[k];
    } else if (kind === REFS_KEY && Array.isArray(v)) {
      const n = new Set<string>();
      for (const x of v) {
        const r = typeof x === 'string' ? map(x, k) : undefined;
        if (r) n.add(r);
      }
      if (n.size > 0) o[k] = [...n];
      else delete o[k];
    } else if (k === 'granular_markings' && Array.isArray(v)) {
      const n = v
        .filter((g) => isPlainObject(g) && typeof g.marking_ref === 'string' && map(g.marking_ref, 'marking_ref'))
        .map((g) => ({ ...(g as object), marking_ref: map((g as { marking_ref: string }).marking_ref, 'marking_ref') }));
      if (n.length > 0) o[k] = n;
      else delete o[k];
    } else if (k === 'extensions' && isPlainObject(v)) {
      for (const e of Object.values(v)) if (isPlainObject(e)) rewriteRefs(e, map);
    }
  }
}

/**
 * The identities whose attribution the submitter consented to: only with the `with-consent`
 * option and `profile.consent.attribution === true`, and only organisation (not individual)
 * identities that created objects and carry one of the profile's own names.
 */
function attributedIdentities(objects: StixObject[], profile: SubmitterProfile, options: AnonymizeOptions): Set<string> {
  const out = new Set<string>();
  if (options.attribution !== 'with-consent' || profile.consent?.attribution !== true) return out;
  const names = new Set((profile.names ?? []).filter((n) => typeof n === 'string').map(foldTerm));
  const creators = new Set(objects.map((o) => o.created_by_ref));
  for (const o of objects) {
    if (o.type !== 'identity' || o.id === EXCHANGE_IDENTITY_ID || !creators.has(o.id)) continue;
    if (o.identity_class === 'individual' || typeof o.name !== 'string' || !names.has(foldTerm(o.name))) continue;
    out.add(o.id);
  }
  return out;
}

function hasRequired(o: Record<string, unknown>): boolean {
  for (const alts of REQUIRED[o.type as string] ?? []) {
    if (!alts.some((p) => o[p] !== undefined && !(Array.isArray(o[p]) && (o[p] as unknown[]).length === 0))) return false;
  }
  return true;
}

/**
 * Anonymizes a STIX 2.1 bundle under a policy (ANONYMIZER.md): pure, deterministic for a key,
 * idempotent. Throws AnonymizerError on invalid input only.
 */
export function anonymize(
  bundle: unknown,
  policy: AnonymizerPolicy,
  keyring: Keyring,
  profile: SubmitterProfile = {},
  options: AnonymizeOptions = {},
): AnonymizationResult {
  const input = validateInput(bundle);
  const pol = validatePolicy(policy);
  const tables = compilePolicy(pol);
  const now = options.now === undefined ? latestTimestamp(input.objects) : new Date(options.now);
  if (Number.isNaN(now.getTime())) throw new AnonymizerError('INVALID_OPTIONS', [{ pointer: '/now', message: 'invalid processing time' }]);
  if (options.attribution !== undefined && options.attribution !== 'never' && options.attribution !== 'with-consent') {
    throw new AnonymizerError('INVALID_OPTIONS', [{ pointer: '/attribution', message: "must be 'never' or 'with-consent'" }]);
  }
  const run = new Run(input, pol, keyring, profile, now);
  const stamp = processingStamp(now);
  const byId = new Map(input.objects.map((o) => [o.id, o]));
  const attributed = attributedIdentities(input.objects, profile, options);

  // Generalised identities replace submitter, customer and staff identities wherever they are referenced
  // other than as creator (sighting locations, relationship targets).
  const generalisedIdentities = new Map<string, StixObject>();
  const identityFor = (id: string): string => {
    let g = generalisedIdentities.get(id);
    if (!g) {
      const orig = byId.get(id);
      const sectors = Array.isArray(orig?.sectors) ? (orig.sectors as unknown[]).filter((s) => typeof s === 'string') : [];
      const cls = orig?.identity_class === 'individual' ? 'individual' : orig?.identity_class === 'class' ? 'class' : 'organization';
      g = {
        type: 'identity',
        spec_version: '2.1',
        // An attributed submitter is published as itself: its generalised stand-in needs another id.
        id: run.pseudo.objectId(attributed.has(id) ? `${id}/generalised` : id),
        created: stamp,
        modified: stamp,
        created_by_ref: EXCHANGE_IDENTITY_ID,
        name: cls === 'individual' ? 'Anonymized individual' : 'Anonymized organization',
        identity_class: cls,
        ...(sectors.length > 0 && cls !== 'individual' ? { sectors } : {}),
      };
      generalisedIdentities.set(id, g);
    }
    return g.id;
  };

  const actionOf = (typeRules: Record<string, PropertyAction>, prop: string): PropertyAction | undefined =>
    typeRules[prop] ?? pol.rules['*']?.[prop] ?? (prop.startsWith('x_') && tables.customProperties.has(prop) ? 'scan' : undefined);
  // The free text processObject will scan in full with the run's scanner, detected ahead in one batch.
  const scannedText: string[] = [];
  for (const o of input.objects) {
    const typeRules = pol.rules[o.type];
    if (!typeRules || o.type === 'identity' || o.type === 'marking-definition' || isSingleEvent(o)) continue;
    for (const prop of Object.keys(o)) if (actionOf(typeRules, prop) === 'scan') collectStrings(o[prop], scannedText);
  }
  prepareScans(scannedText, run.scanner);

  const outObjects: { index: number; obj: Record<string, unknown> }[] = [];
  const droppedTexts: string[] = [];
  const processObject = (o: StixObject, index: number): void => {
    const base = `$.objects[${index}]`;
    const typeRules = pol.rules[o.type];
    if (o.type === 'identity') {
      if (attributed.has(o.id)) {
        const sectors = Array.isArray(o.sectors) ? o.sectors.filter((s) => typeof s === 'string') : [];
        const kept: Record<string, unknown> = { type: 'identity', spec_version: '2.1', id: o.id, created: stamp, modified: stamp, name: o.name };
        if (typeof o.identity_class === 'string') kept.identity_class = o.identity_class;
        if (sectors.length > 0) kept.sectors = sectors;
        outObjects.push({ index, obj: kept });
        run.note(base, 'structure', 'rewritten', 'submitter identity kept with consent: name, class and sectors only');
      } else if (o.id !== EXCHANGE_IDENTITY_ID) {
        run.note(base, 'structure', 'dropped', 'identity of submitter, customer or staff: replaced');
        // Its numbers and names still identify where they stand elsewhere (a customer number in a
        // lure's subject): scanned, after the kept objects, only so that the spread pass finds them.
        for (const key of ['description', 'contact_information'] as const) if (typeof o[key] === 'string') droppedTexts.push(o[key] as string);
      }
      return;
    }
    if (o.type === 'marking-definition') {
      if (!isTlpMarking(o) && o.id !== run.statement.id) run.note(base, 'structure', 'dropped', 'statement marking of the submitter');
      return;
    }
    if (!typeRules) {
      run.note(base, 'structure', 'dropped', o.type.startsWith('x-') ? 'custom object type not allow-listed' : `${o.type} objects are not published`);
      return;
    }
    const out: Record<string, unknown> = {};
    let keep = true;
    const single = isSingleEvent(o);
    if (single) run.singleEvent++;
    for (const prop of Object.keys(o)) {
      const value = o[prop];
      const path = `${base}.${prop}`;
      const action = actionOf(typeRules, prop);
      if (action === undefined) {
        run.note(path, 'structure', 'dropped', prop.startsWith('x_') ? 'custom property not allow-listed' : 'property not in the policy table');
        continue;
      }
      switch (action) {
        case 'keep':
        case 'hashes':
          out[prop] = value;
          break;
        case 'drop':
          run.note(path, 'structure', 'dropped', 'policy: drop');
          break;
        case 'scan':
        case 'scan-dictionary': {
          const r = run.scanDeep(value, path, action === 'scan' ? 'full' : 'dictionary', single ? run.singleEventScanner : run.scanner);
          if (r !== undefined) out[prop] = r;
          break;
        }
        case 'ref':
        case 'refs':
          out[prop] = value;
          break;
        case 'created-by':
          if (typeof value === 'string' && attributed.has(value)) {
            out[prop] = value;
            run.note(path, 'structure', 'rewritten', 'creator kept: the submitter consented to attribution');
          } else {
            out[prop] = EXCHANGE_IDENTITY_ID;
            run.note(path, 'structure', 'rewritten', 'creator replaced by the exchange identity');
          }
          break;
        case 'processing-time':
          out[prop] = stamp;
          break;
        case 'observation-time': {
          const r = run.observationTime(value, path, single);
          if (r !== undefined) out[prop] = r;
          break;
        }
        case 'hour': {
          const t = run.timeOf(value);
          if (!t) break;
          out[prop] = prop === 'valid_until' ? ceilHour(t.time) : t.hour;
          break;
        }
        case 'count':
          if (typeof value === 'number') {
            out[prop] = bucketCount(value, pol.generalization.countBuckets);
            if (out[prop] !== value) run.note(path, 'count', 'generalised', 'victim-side count bucketed');
          }
          break;
        case 'labels': {
          const allowed = tables.labels;
          const ls = Array.isArray(value) ? value.filter((l) => typeof l === 'string' && allowed.has(l.toLowerCase())) : [];
          if (Array.isArray(value) && ls.length < value.length) run.note(path, 'structure', 'dropped', 'labels not on the allow-list');
          if (ls.length > 0) out[prop] = ls;
          break;
        }
        case 'external-references': {
          const srcs = tables.externalReferenceSources;
          const hosts = tables.externalReferenceHosts;
          const refs = (Array.isArray(value) ? value : []).filter((r): r is Record<string, unknown> => isPlainObject(r));
          const kept: Record<string, unknown>[] = [];
          refs.forEach((r, i) => {
            const host = typeof r.url === 'string' ? (r.url.match(/^[a-z]+:\/\/([^/:?#]+)/i)?.[1] ?? '').toLowerCase() : '';
            const own = host !== '' && run.ctx.internalDomains.some((d) => host === d || host.endsWith(`.${d}`));
            const ok = !own && (srcs.has(String(r.source_name ?? '').toLowerCase()) || (host !== '' && hosts.has(host)));
            if (!ok) return run.note(`${path}[${i}]`, 'structure', 'dropped', 'external reference not on the public allow-list');
            const k: Record<string, unknown> = {};
            for (const f of ['source_name', 'url', 'external_id', 'hashes']) if (r[f] !== undefined) k[f] = r[f];
            if (typeof r.description === 'string') {
              const d = run.scan(r.description, `${path}[${i}].description`, 'full');
              if (d !== undefined) k.description = d;
            }
            kept.push(k);
          });
          if (kept.length > 0) out[prop] = kept;
          break;
        }
        case 'markings':
        case 'granular-markings':
          out[prop] = value;
          break;
        case 'extensions': {
          if (!isPlainObject(value)) break;
          const ext: Record<string, unknown> = {};
          for (const [name, body] of Object.entries(value)) {
            if (STANDARD_EXTENSIONS.has(name) || tables.extensions.has(name)) {
              const r = run.scanDeep(body, `${path}.${name}`, 'full');
              if (r !== undefined) ext[name] = r;
            } else run.note(`${path}.${name}`, 'structure', 'dropped', 'extension not allow-listed');
          }
          if (Object.keys(ext).length > 0) out[prop] = ext;
          break;
        }
        case 'pattern':
          if (!run.pattern(o, out, path)) keep = false;
          break;
        case 'observable':
          if (!run.observable(o, prop, out, path)) keep = false;
          break;
      }
      if (!keep) break;
    }
    if (!keep) {
      run.note(base, 'structure', 'dropped', 'object removed with its victim value');
      return;
    }
    if (o.type === 'location') {
      if (typeof out.country === 'string' && run.widenCountry && out.country.toUpperCase() === run.widenCountry) {
        const region = regionOf(out.country) ?? run.profile.region;
        delete out.country;
        if (region) out.region = region;
        run.note(`${base}.country`, 'k-anonymity', 'generalised', 'sector × country below k: widened to region');
      }
    }
    if (o.type === 'indicator' && typeof out.valid_until === 'string' && typeof out.valid_from === 'string' && out.valid_until <= out.valid_from) {
      out.valid_until = ceilHour(new Date(new Date(out.valid_from).getTime() + 1));
    }
    if (o.type === 'malware' && out.is_family === undefined) out.is_family = false;
    outObjects.push({ index, obj: out });
  };
  input.objects.forEach((o, index) => {
    try {
      processObject(o, index);
    } catch {
      // Anything unexpected while processing one object fails closed for that object only.
      run.failures.push({ path: `$.objects[${index}]`, detector: 'internal' });
      run.note(`$.objects[${index}]`, 'internal', 'dropped', 'processing failed: object dropped (fail closed)');
    }
  });

  // After the kept objects, so that their tokens are numbered as without the dropped texts.
  for (const text of droppedTexts) run.scanOnce(text, run.scanner, 'full');
  propagateNames(run, outObjects);
  spreadFound(run, outObjects, pol);

  // Id map: SDO/SRO ids keyed; identities generalised; TLP kept; statement markings of the submitter gone.
  const kept = new Map(outObjects.map((x) => [x.obj.id as string, x.obj]));
  const scoIds = new Map<string, string>();
  // `property` is where the reference sits: a consented submitter identity stays itself only as
  // an object and as a creator; anywhere else (sighting locations, targets) it is generalised.
  const mapId = (id: string, property?: string): string | undefined => {
    if (TLP_MARKING_IDS.has(id) || id === EXCHANGE_IDENTITY_ID || id === run.statement.id) return id;
    const [type] = splitId(id);
    const orig = byId.get(id);
    if (type === 'marking-definition') return orig && isTlpMarking(orig) ? id : undefined;
    if (type === 'identity') return attributed.has(id) && (property === 'id' || property === 'created_by_ref') ? run.pseudo.objectId(id) : identityFor(id);
    if (orig && !kept.has(id)) return undefined;
    if (isSco(type)) return scoIds.get(id);
    return run.pseudo.objectId(id);
  };
  // SCO ids are recomputed from anonymized properties, leaves first (refs contribute to ids).
  const scos = outObjects.filter((x) => isSco(x.obj.type as string));
  for (let pass = 0; pass < 8 && scoIds.size < scos.length; pass++) {
    for (const { obj } of scos) {
      const id = obj.id as string;
      if (scoIds.has(id)) continue;
      if (pass < 7 && hasPendingRef(obj, (r) => r !== id && kept.has(r) && !scoIds.has(r) && isSco(splitId(r)[0]))) continue;
      const copy = { ...obj };
      rewriteRefs(copy, (r, property) => (r === id ? undefined : mapId(r, property)));
      scoIds.set(id, deterministicObservableId(copy) ?? run.pseudo.objectId(id));
    }
  }
  const result: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const attributedIds = new Set([...attributed].map((id) => run.pseudo.objectId(id)));
  for (const { obj } of outObjects) {
    const newId = mapId(obj.id as string, 'id');
    if (!newId) continue;
    obj.id = newId;
    rewriteRefs(obj, mapId);
    if (obj.created_by_ref !== undefined && !attributedIds.has(obj.created_by_ref as string)) obj.created_by_ref = EXCHANGE_IDENTITY_ID;
    if (!seen.has(newId)) {
      seen.add(newId);
      result.push(obj);
    }
  }
  // Objects that lost a required reference go too, and so on until stable.
  let objs = result;
  for (let changed = true; changed; ) {
    const ids = new Set(objs.map((o) => o.id as string));
    changed = false;
    const next: Record<string, unknown>[] = [];
    for (const o of objs) {
      rewriteRefs(o, (r) => (ids.has(r) || !kept.has(r) ? r : undefined));
      if (hasRequired(o)) next.push(o);
      else {
        changed = true;
        run.note(`$.objects[id=${o.type}]`, 'structure', 'dropped', 'required property or reference removed');
      }
    }
    objs = next;
  }
  // Markings: TLP kept, the exchange statement added to every object.
  for (const o of objs) {
    const marks = Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as string[]) : [];
    o.object_marking_refs = [...new Set([...marks, run.statement.id])];
    if (Array.isArray(o.granular_markings)) {
      const gm = (o.granular_markings as Record<string, unknown>[]).filter((g) => Array.isArray(g.selectors) && (g.selectors as string[]).every((s) => (s.split(/[.[]/)[0] ?? '') in o));
      if (gm.length > 0) o.granular_markings = gm;
      else delete o.granular_markings;
    }
  }
  const tlpObjects = input.objects.filter((o) => o.type === 'marking-definition' && isTlpMarking(o));
  const referenced = new Set(objs.flatMap((o) => [...((o.object_marking_refs as string[]) ?? []), ...(((o.granular_markings as { marking_ref: string }[]) ?? []).map((g) => g.marking_ref))]));
  // Loops, not filter/map/spread chains: their result arrays change shape with the input (empty
  // or not), and each change deoptimised this whole function, which then compiled again.
  const extra: Record<string, unknown>[] = [{ ...EXCHANGE_IDENTITY }, run.statement];
  for (const t of tlpObjects) if (referenced.has(t.id)) extra.push({ ...t, ...(t.created_by_ref ? { created_by_ref: EXCHANGE_IDENTITY_ID } : {}) });
  const usedIdentities = new Set<unknown>();
  for (const o of objs) {
    for (const k of Object.keys(o)) {
      const v = o[k];
      const kind = refKeyKind(k);
      if (kind === REF_KEY) usedIdentities.add(v);
      else if (kind === REFS_KEY && Array.isArray(v)) for (const x of v) usedIdentities.add(x);
    }
  }
  for (const g of generalisedIdentities.values()) if (usedIdentities.has(g.id)) extra.push({ ...g, object_marking_refs: [run.statement.id] });
  // Extra objects first, each once, unless a submitted object already carries the id.
  const taken = new Set(objs.map((o) => o.id));
  const final = [
    ...extra.filter((e) => {
      if (taken.has(e.id)) return false;
      taken.add(e.id);
      return true;
    }),
    ...objs,
  ] as StixObject[];
  const outBundle: StixBundle = { type: 'bundle', id: run.pseudo.objectId(input.id), objects: final };

  // Identities are replaced by their generalised identity where one was published, otherwise
  // (as creator) by the exchange identity; everything else follows the id map used for refs.
  const published = new Set(final.map((o) => o.id));
  const creators = new Set<string>();
  for (const o of input.objects) if (typeof o.created_by_ref === 'string') creators.add(o.created_by_ref);
  const idMap: Record<string, string> = {};
  for (const o of input.objects) {
    if (Object.hasOwn(idMap, o.id)) continue;
    let target: string | undefined;
    if (attributed.has(o.id)) target = mapId(o.id, 'id');
    else if (o.type === 'identity' && o.id !== EXCHANGE_IDENTITY_ID) {
      const g = generalisedIdentities.get(o.id);
      target = g && published.has(g.id) ? g.id : creators.has(o.id) ? EXCHANGE_IDENTITY_ID : undefined;
    } else target = mapId(o.id);
    if (target !== undefined && published.has(target)) idMap[o.id] = target;
  }

  const sector = profile.sectors?.[0];
  const anonymitySet = sector && profile.country ? (profile.memberRegistry?.[sector]?.[profile.country.toUpperCase()] ?? null) : null;
  // Residual identity check over the whole output: anything left outside protected threat values blocks.
  // A consented attribution is the one place the submitter's name may appear.
  // Each object's string values on their own lines, an empty line for an object without any:
  // one list joined once rather than a joined string per object.
  const lines: string[] = [];
  for (const o of final) {
    if (attributedIds.has(o.id)) continue;
    const before = lines.length;
    for (const k in o) if (Object.hasOwn(o, k) && typeof o[k] === 'string') lines.push(o[k] as string);
    if (lines.length === before) lines.push('');
  }
  const serial = lines.join('\n');
  const serialDecoded = decode(serial);
  const identityResidue = run.identityDict.mayFind(serialDecoded.text)
    ? scanText(serial, { ...run.scanner, dictionary: run.identityDict, decoded: new Map([[serial, serialDecoded]]) }, 'dictionary').applied.length
    : 0;
  const report = scoreReport(
    {
      policyVersion: pol.version,
      processedAt: stamp,
      transformations: run.transformations,
      keptOnPurpose: run.kept,
      ambiguous: run.ambiguous,
      quasiIdentifiers: { sector, country: run.widenCountry ? undefined : profile.country, region: run.widenCountry ? (regionOf(run.widenCountry) ?? profile.region) : profile.region, anonymitySet, k: pol.k, widened: !!run.widenCountry },
      timing: { recentObservations: run.recent, singleEventSightings: run.singleEvent },
      detectorFailures: run.failures,
      counts: run.counts,
      ...(attributed.size > 0 ? { attribution: 'submitter-with-consent' as const } : {}),
    },
    pol,
    identityResidue,
  );
  return { bundle: outBundle, report, idMap };
}
