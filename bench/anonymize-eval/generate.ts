// Seeded generator of realistic M2M incident bundles with labelled ground truth: every victim,
// person and submitter identifier planted (fresh values, valid checksums, varied notations and
// encodings, in every kind of field), and every threat value that must survive.
import { deterministicObservableId } from '../../src/stix/index';
import type { StixBundle, StixObject, SubmitterProfile } from '../../src/anonymizer/index';
import { encode, encodingsFor, htmlEntities, percent, type Encoding } from './encodings';
import * as id from './identifiers';
import type { LeakForm, Planted } from './identifiers';
import { DEVICE_KINDS, HOLDOUT_NAMES, LOCALES, type DeviceKind, type Locale } from './locales';
import { Rng } from './rng';
import type { GeneratedCase, PlantedIdentifier, SurvivalCheck, ThreatValue } from './truth';

const TLP_GREEN = 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da';
const SECTOR: Record<DeviceKind, string> = {
  'smart-meter': 'utilities', 'cellular-modem': 'telecommunications', plc: 'utilities',
  'set-top-box': 'telecommunications', 'connected-car': 'automotive', 'ev-charger': 'energy',
};
const MALWARE = ['Mirai', 'Mozi', 'Gafgyt', 'BotenaGo', 'Hajime', 'VPNFilter', 'Industroyer2', 'Triton', 'MeterMaid', 'GridLock', 'CellJack', 'OtaPwn', 'ChargeRat', 'KeyFobber'];
const ACTORS = ['Anna-Senpai', 'Vlad Kurok', 'Sandworm', 'LightBasin', 'Xenotime', 'Lazarus', 'Nikita Sokol', 'Mia Ferraro', 'Kiko Tanabe'];
const C2_WORDS = ['cdn', 'sync', 'update', 'telemetry', 'api', 'gate', 'cloud', 'fw', 'ota', 'metrics', 'push', 'relay'];
const C2_TLDS = ['top', 'xyz', 'ru', 'cc', 'online', 'site', 'biz', 'info', 'su', 'icu', 'shop', 'click'];
const C2_PATHS = ['gate.php', 'bins/mips', 'fw/update.bin', 'api/v2/beacon', 'panel/login.php', 'x/arm7', 'ota/pkg.tar.gz', 'cfg/get'];
const ROMAN_LOGINS = ['tanaka', 'ivanova', 'kim', 'papas', 'sato', 'petrov', 'lee', 'nikolaou', 'suzuki', 'volkov'];

/** Case- and diacritic-folded ASCII for logins, domains and slugs. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').toLowerCase();
}

const isLatin = (s: string) => /^[\p{Script=Latin}\s.'-]+$/u.test(s);

class CaseBuilder {
  readonly planted: PlantedIdentifier[] = [];
  readonly threats: ThreatValue[] = [];
  readonly objects: StixObject[] = [];
  private surnames: string[];
  private given: string[];
  /** How many planted persons carry each surname: a shared surname cannot be attributed to one of them. */
  readonly surnameUses = new Map<string, number>();

  constructor(readonly rng: Rng, readonly loc: Locale) {
    this.surnames = rng.shuffle([...loc.surnames]);
    this.given = rng.shuffle([...loc.given]);
  }

  uuid(): string {
    const r = this.rng;
    return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
  }

  person(): { given: string; surname: string; full: string; leak: LeakForm[]; login: string } {
    const given = this.given.pop() ?? this.rng.pick(this.loc.given);
    const surname = this.surnames.pop() ?? this.rng.pick(this.loc.surnames);
    const full = this.loc.fullName(given, surname);
    this.surnameUses.set(surname, (this.surnameUses.get(surname) ?? 0) + 1);
    const latin = isLatin(full);
    const leak: LeakForm[] = [{ kind: latin ? 'word' : 'text', value: full }];
    // A surname left behind still names the person; short CJK surnames are too common to count alone.
    if (latin && fold(surname).length >= 5) leak.push({ kind: 'word', value: surname });
    const login = latin
      ? `${fold(given)[0]}${fold(surname).replace(/[^a-z]/g, '')}`
      : `${this.rng.chars(1, 'abcdefghkmnprstuy')}${this.rng.pick(ROMAN_LOGINS)}${this.rng.int(1, 99)}`;
    return { given, surname, full, leak, login };
  }

  plant(category: string, p: Planted, where: string): void {
    this.planted.push({ category, value: p.text, leak: p.leak, where });
  }

  threat(category: string, value: string, check: SurvivalCheck, where: string): void {
    this.threats.push({ category, value, check, where });
  }

  sco(props: Record<string, unknown>): StixObject {
    const o = { spec_version: '2.1', ...props } as Record<string, unknown>;
    o.id = deterministicObservableId(o) ?? `${o.type as string}--${this.uuid()}`;
    const obj = o as StixObject;
    this.objects.push(obj);
    return obj;
  }
}

interface Incident {
  b: CaseBuilder;
  rng: Rng;
  loc: Locale;
  kind: DeviceKind;
  domain: string;
  adDomain: string;
  legal: string;
  short: string;
  customer: string;
  staff: ReturnType<CaseBuilder['person']>[];
  redact: { codename: string; ticketPrefix: string; site: string; siteVariant: string };
  victim24: string;
  c2domain: string;
  c2ip: string;
  /** The bundle's malware family and actor: prose names the ones its objects define. */
  malware: string;
  actor: string;
  created: string;
}

function c2Domain(rng: Rng): string {
  const sub = rng.chance(0.3) ? `${rng.pick(C2_WORDS)}.` : '';
  return `${sub}${rng.chars(rng.int(4, 7), 'abcdefghijklmnoprstuvwxyz')}-${rng.pick(C2_WORDS)}.${rng.pick(C2_TLDS)}`;
}

function personLikeDomain(inc: Incident): string {
  // A C2 domain that reads as a person's name: from the locale when it is Latin, else from English.
  const source = isLatin(inc.loc.given[0]) ? inc.loc : LOCALES[0];
  const g = fold(inc.rng.pick(source.given)).replace(/[^a-z]/g, '');
  const s = fold(inc.rng.pick(source.surnames)).replace(/[^a-z]/g, '');
  return inc.rng.pick([`${g}-${s}.${inc.rng.pick(C2_TLDS)}`, `${g}${s}-photo.${inc.rng.pick(C2_TLDS)}`, `${s}-${g}.${inc.rng.pick(C2_TLDS)}`, `${g}-${s}-design.${inc.rng.pick(C2_TLDS)}`]);
}

function timestamp(rng: Rng, day: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `2024-05-${p(day)}T${p(rng.int(0, 23))}:${p(rng.int(0, 59))}:${p(rng.int(0, 59))}.${p(rng.int(0, 999), 3)}Z`;
}

/** Fills one `{slot}` and records its ground truth; victim values may be encoded. */
function fillSlot(inc: Incident, slot: string, where: string, state: { secret?: ReturnType<typeof id.secret> }): string {
  const { b, rng, loc } = inc;
  const victim = (category: string, p: Planted, encodable = true): string => {
    let how: Encoding = 'plain';
    if (encodable && rng.chance(0.2)) how = rng.pick(encodingsFor(p.text));
    b.plant(category, p, how === 'plain' ? where : `${where} (${how})`);
    return encode(p.text, how, rng);
  };
  const threatText = (category: string, value: string, check: SurvivalCheck = { kind: 'text', value }): string => {
    b.threat(category, value, check, where);
    return check.kind === 'text' && rng.chance(0.2) ? encode(value, 'defang', rng) : value;
  };
  switch (slot) {
    case 'person': {
      const p = b.person();
      return victim('person-name', { text: p.full, leak: p.leak });
    }
    case 'staff': {
      const p = rng.pick(inc.staff);
      return victim('staff-name', { text: p.full, leak: p.leak });
    }
    case 'email': {
      const p = b.person();
      const host = rng.pick([inc.domain, inc.domain, 'gmail.com', 'web.de', 'outlook.com', 'yahoo.co.jp', 'mail.ru']);
      const addr = `${rng.chance(0.5) ? p.login : `${fold(p.given).replace(/[^a-z]/g, '') || p.login}.${rng.int(1, 99)}`}@${host}`;
      return victim('email', { text: addr, leak: [{ kind: 'text', value: addr.toLowerCase() }] });
    }
    case 'phone':
      return victim('phone', id.phone(rng, loc.country, rng.pick(['national', 'international'] as const)));
    case 'msisdn':
      return victim('msisdn', id.msisdn(rng, loc.country));
    case 'imei':
      return victim('imei', id.imei(rng));
    case 'imsi':
      return victim('imsi', id.imsi(rng, loc.country));
    case 'iccid':
      return victim('iccid', id.iccid(rng, loc.country));
    case 'vin':
      return victim('vin', id.vin(rng));
    case 'plate':
      return victim('number-plate', id.plate(rng, loc.country));
    case 'iban':
      return victim('iban', id.iban(rng, loc.country));
    case 'card':
      return victim('card-number', id.card(rng));
    case 'mac':
      return victim('mac', id.mac(rng).planted);
    case 'eui64': {
      const m = id.mac(rng);
      const prefix = rng.chance(0.5) ? `fd${rng.hex(2)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}` : `2a02:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}`;
      return victim('mac-eui64', id.eui64Address(rng, m.octets, prefix), false);
    }
    case 'privip': {
      const ip = id.privateIpv4(rng);
      return victim('ipv4-private', { text: ip, leak: [{ kind: 'ip', value: ip }] }, false);
    }
    case 'victimip': {
      const ip = `${inc.victim24}.${rng.int(17, 30)}`;
      return victim('ipv4-victim-public', { text: ip, leak: [{ kind: 'ip', value: ip }] }, false);
    }
    case 'host': {
      const p = b.person();
      const h = rng.pick([
        () => `LAPTOP-${fold(p.surname).replace(/[^a-z]/g, '').toUpperCase() || p.login.toUpperCase()}`,
        () => `DESKTOP-${rng.chars(7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
        () => `${fold(p.given).replace(/[^a-z]/g, '') || p.login}s-iPhone`,
        () => `hmi-${rng.int(1, 40)}.${inc.adDomain}`,
        () => `scada${rng.int(1, 9)}.plant${rng.int(1, 9)}.internal`,
        () => `mdm-gw-${rng.int(1, 20)}.${rng.pick(['corp', 'lan', 'local', 'home.arpa'])}`,
      ])();
      return victim('hostname', { text: h, leak: [{ kind: 'word', value: h }] }, false);
    }
    case 'userpath': {
      const p = b.person();
      const path = rng.pick([
        () => `C:\\Users\\${p.login}\\AppData\\Roaming\\${rng.pick(['svchost.exe', 'upd.dll', 'meterd.exe'])}`,
        () => `/home/${p.login}/.cache/${rng.pick(['kworker', '.x', 'dbus-daemon'])}`,
        () => `/Users/${p.login}/Downloads/${rng.pick(['invoice.pdf.app', 'fw_tool.pkg'])}`,
      ])();
      return victim('user-path', { text: path, leak: [{ kind: 'word', value: p.login }] });
    }
    case 'coord': {
      const lat = (rng.int(35, 60) + rng.next()).toFixed(6);
      const lon = (rng.int(-8, 40) + rng.next()).toFixed(6);
      const text = rng.chance(0.7) ? `${lat}, ${lon}` : `lat=${lat} lon=${lon}`;
      return victim('coordinates', { text, leak: [{ kind: 'text', value: lat.slice(0, -2) }, { kind: 'text', value: lon.slice(0, -2) }] });
    }
    case 'address': {
      const city = rng.pick(loc.placeStart) + rng.pick(loc.placeEnd);
      const a = loc.address(rng, rng.pick(loc.streets), city);
      return victim('street-address', { text: a.text, leak: [{ kind: 'text', value: a.line }] });
    }
    case 'dob': {
      const y = rng.int(1950, 2002), m = rng.int(1, 12), d = rng.int(1, 28);
      const text = loc.dob(y, m, d);
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return victim('date-of-birth', { text, leak: [{ kind: 'text', value: text }, { kind: 'text', value: iso }] }, false);
    }
    case 'secretlabel':
      state.secret = id.secret(rng);
      return state.secret.label;
    case 'secret':
      return victim('secret', (state.secret ?? id.secret(rng)).planted, false);
    case 'customer':
      return victim('customer-name', { text: inc.customer, leak: [{ kind: 'text', value: inc.customer }] });
    case 'org':
      return victim('org-name', { text: inc.legal, leak: [{ kind: 'text', value: inc.legal }] });
    case 'redact': {
      const r = inc.redact;
      const [value, leak] = rng.pick<() => [string, LeakForm[]]>([
        () => [r.codename, [{ kind: 'text', value: r.codename }]],
        () => { const t = `${r.ticketPrefix}-${rng.digits(5)}`; return [t, [{ kind: 'text', value: t }]]; },
        () => [r.siteVariant, [{ kind: 'text', value: r.site }, { kind: 'text', value: r.siteVariant }]],
      ])();
      return victim('redaction-term', { text: value, leak });
    }
    case 'device':
      return loc.device[inc.kind];
    case 'c2ip':
      return threatText('c2-ipv4', inc.c2ip);
    case 'c2domain':
      return threatText('c2-domain', inc.c2domain);
    case 'c2person':
      return threatText('c2-domain-person-like', personLikeDomain(inc));
    case 'c2url': {
      const base = `http://${rng.chance(0.5) ? inc.c2domain : inc.c2ip}/${rng.pick(C2_PATHS)}`;
      if (rng.chance(0.5)) {
        const imei = id.imei(rng), tok = id.token(rng);
        b.plant('url-query', { text: imei.text, leak: imei.leak }, where);
        b.plant('url-query', { text: tok, leak: [{ kind: 'text', value: tok }] }, where);
        b.threat('c2-url', base, { kind: 'text', value: base }, where);
        return `${base}?imei=${imei.text.replace(/\D/g, '')}&sid=${tok}`;
      }
      return threatText('c2-url', base);
    }
    case 'hash': {
      const h = id.hash(rng, 'SHA-256');
      return threatText('file-hash', h);
    }
    case 'attemail': {
      const e = `${rng.pick(['billing', 'admin', 'reg', 'noc'])}${rng.int(1, 999)}@${rng.pick(['protonmail.com', 'tutanota.com', 'cock.li', inc.c2domain.replace(/^[a-z]+\./, '')])}`;
      return threatText('attacker-email', e);
    }
    case 'premium': {
      const n = id.premiumNumber(rng);
      b.threat('premium-rate-number', n, { kind: 'digits', value: n.replace(/\D/g, '') }, where);
      return n;
    }
    case 'smish': {
      const n = id.phone(rng, rng.pick(['GB', 'NL', 'PL', 'ES']), 'international').text;
      b.threat('smishing-sender', n, { kind: 'digits', value: n.replace(/\D/g, '') }, where);
      return n;
    }
    case 'malware':
      return threatText('malware-name', inc.malware);
    case 'actor':
      return threatText('threat-actor-name', inc.actor);
    case 'cve':
      return threatText('cve-id', `CVE-${rng.int(2019, 2025)}-${rng.int(1000, 49999)}`);
    default:
      throw new Error(`unknown slot ${slot}`);
  }
}

function fill(inc: Incident, sentence: string, where: string): string {
  const state = {};
  return sentence.replace(/\{(\w+)\}/g, (_, slot: string) => fillSlot(inc, slot, where, state));
}

function sdo(inc: Incident, type: string, props: Record<string, unknown>): StixObject {
  const o = {
    type,
    spec_version: '2.1',
    id: `${type}--${inc.b.uuid()}`,
    created: inc.created,
    modified: inc.created,
    created_by_ref: props.created_by_ref,
    ...props,
  } as StixObject;
  if (o.created_by_ref === undefined) delete o.created_by_ref;
  inc.b.objects.push(o);
  return o;
}

/**
 * One generated case: `index` picks language and device kind round-robin so every pair is covered.
 * `holdoutNames` swaps every person name for names the anonymizer's gazetteer does not hold.
 */
export function generateCase(seed: number, index: number, holdoutNames = false): GeneratedCase {
  const rng = new Rng((seed * 2654435761 + index * 40503) >>> 0);
  const base = LOCALES[index % LOCALES.length];
  const loc = holdoutNames ? { ...base, ...HOLDOUT_NAMES[base.lang] } : base;
  const kind = DEVICE_KINDS[Math.floor(index / LOCALES.length) % DEVICE_KINDS.length];
  const b = new CaseBuilder(rng, loc);

  const place = rng.pick(loc.placeStart) + rng.pick(loc.placeEnd);
  const legal = loc.org[kind](place);
  const short = legal.replace(/\s*(GmbH|AG|Ltd|plc|SA|SAS|S\.A\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|B\.V\.|Sp\. z o\.o\.|Α\.Ε\.|株式会社|주식회사)$/u, '').trim();
  const latinSlug = fold(short).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const slug = /^[a-z0-9-]{4,}$/.test(latinSlug) && isLatin(short.replace(/['’]/g, '')) ? latinSlug : `${rng.chars(6, 'abcdefghiklmnoprstuvz')}-${rng.pick(['denki', 'energo', 'telecom', 'net', 'auto'])}`;
  const domain = `${slug}.${loc.tld}`;
  const adDomain = `corp.${slug.replace(/-/g, '')}.local`;
  const otherKind = DEVICE_KINDS[(DEVICE_KINDS.indexOf(kind) + 1 + rng.int(0, 4)) % DEVICE_KINDS.length];
  const customer = loc.org[otherKind](rng.pick(loc.placeStart) + rng.pick(loc.placeEnd));
  const staff = [b.person(), b.person()];
  const sitePlace = rng.pick(['Nördlingen', 'Königsbrück', 'Göttweig', 'Straßkirchen', 'Müllerhof', 'Schönau']);
  const site = `Umspannwerk ${sitePlace}`;
  const siteVariant = rng.chance(0.5) ? site : site.replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ä/g, 'ae').replace(/ß/g, 'ss');
  const redact = {
    codename: `${rng.pick(['Projekt', 'Project', 'Projet', 'Proyecto'])} ${rng.pick(['Eisvogel', 'Nightjar', 'Bluefin', 'Kestrel', 'Ocelot', 'Marlin'])}-${rng.int(2, 9)}`,
    ticketPrefix: rng.chars(3, 'ABCDEFGHKLMNPRSTVWXZ'),
    site,
    siteVariant,
  };
  const victim24 = id.publicIpv4(rng).split('.').slice(0, 3).join('.');
  const inc: Incident = {
    b, rng, loc, kind, domain, adDomain, legal, short, customer, staff, redact, victim24,
    c2domain: c2Domain(rng), c2ip: id.publicIpv4(rng), malware: rng.pick(MALWARE), actor: rng.pick(ACTORS), created: timestamp(rng, rng.int(20, 30)),
  };

  const profile: SubmitterProfile = {
    names: short === legal ? [legal] : [legal, short],
    domains: [domain],
    adDomains: [adDomain],
    netblocks: [`${victim24}.16/28`],
    staff: staff.map((s) => s.full),
    customers: [customer],
    redact: [redact.codename, `${redact.ticketPrefix}-*`, site],
    country: loc.country,
    languages: [loc.lang],
    sectors: [SECTOR[kind]],
    memberRegistry: { [SECTOR[kind]]: { [loc.country]: rng.int(1, 12) } },
  };
  const identity: LeakForm[] = [
    { kind: 'text', value: legal },
    { kind: isLatin(short) ? 'word' : 'text', value: short },
    { kind: 'text', value: domain },
    { kind: 'text', value: adDomain },
    ...staff.flatMap((s) => s.leak.slice(0, 1)),
  ];

  buildObjects(inc);
  for (const p of b.planted) p.leak = p.leak.filter((f) => !(f.kind === 'word' && (b.surnameUses.get(f.value) ?? 0) > 1));
  const bundle: StixBundle = { type: 'bundle', id: `bundle--${b.uuid()}`, objects: b.objects };
  return { index, lang: loc.lang, device: kind, bundle, profile, planted: b.planted, threats: b.threats, identity };
}

function buildObjects(inc: Incident): void {
  const { b, rng, loc } = inc;
  const [s1, s2] = inc.staff;
  const staffEmail = `${s1.login}@${inc.domain}`;
  const staffPhone = id.phone(rng, loc.country, 'international');

  // The submitter, its statement marking and its customer.
  const submitter = sdo(inc, 'identity', {
    name: inc.legal,
    identity_class: 'organization',
    sectors: [SECTOR[inc.kind]],
    contact_information: `${s1.full} <${staffEmail}>, ${staffPhone.text}`,
    description: `${inc.short} CERT`,
  });
  b.plant('email', { text: staffEmail, leak: [{ kind: 'text', value: staffEmail }] }, 'identity.contact_information');
  b.plant('phone', staffPhone, 'identity.contact_information');
  const by = submitter.id;
  const statement = sdo(inc, 'marking-definition', {
    created_by_ref: by,
    definition_type: 'statement',
    definition: { statement: `Copyright 2024 ${inc.legal}. Prepared by ${s2.full}.` },
  });
  delete statement.modified;
  const markings = [TLP_GREEN, statement.id];
  const customer = sdo(inc, 'identity', { created_by_ref: by, name: inc.customer, identity_class: 'organization', sectors: [SECTOR[inc.kind]] });
  b.plant('customer-name', { text: inc.customer, leak: [{ kind: 'text', value: inc.customer }] }, 'identity.name');
  const lat = (rng.int(35, 60) + rng.next()).toFixed(5), lon = (rng.int(-8, 30) + rng.next()).toFixed(5);
  const street = loc.address(rng, rng.pick(loc.streets), rng.pick(loc.placeStart) + rng.pick(loc.placeEnd));
  const location = sdo(inc, 'location', { created_by_ref: by, latitude: Number(lat), longitude: Number(lon), street_address: street.text, country: loc.country });
  b.plant('coordinates', { text: lat, leak: [{ kind: 'text', value: lat.slice(0, -1) }] }, 'location.latitude');
  b.plant('street-address', { text: street.text, leak: [{ kind: 'text', value: street.line }] }, 'location.street_address');
  sdo(inc, 'relationship', { created_by_ref: by, relationship_type: 'located-at', source_ref: customer.id, target_ref: location.id });

  // Threat side: C2 infrastructure, samples, rules.
  const c2ipSco = b.sco({ type: 'ipv4-addr', value: inc.c2ip });
  const c2domSco = b.sco({ type: 'domain-name', value: inc.c2domain, resolves_to_refs: [c2ipSco.id] });
  b.threat('c2-ipv4', inc.c2ip, { kind: 'sco', type: 'ipv4-addr', property: 'value', value: inc.c2ip }, 'ipv4-addr (communicates-with)');
  b.threat('c2-domain', inc.c2domain, { kind: 'sco', type: 'domain-name', property: 'value', value: inc.c2domain }, 'domain-name (communicates-with)');
  const malwareName = inc.malware;
  const fileName = rng.pick(['mips.bin', 'arm7', 'meterd', 'x86_64.so', 'upd.sh', 'ota_patch.bin']);
  const sha256 = id.hash(rng, 'SHA-256'), md5 = id.hash(rng, 'MD5'), sha1 = id.hash(rng, 'SHA-1');
  const sample = b.sco({ type: 'file', name: fileName, hashes: { 'SHA-256': sha256, MD5: md5 } });
  b.threat('file-hash', sha256, { kind: 'hash', value: sha256 }, 'file.hashes');
  b.threat('malware-file-name', fileName, { kind: 'sco', type: 'file', property: 'name', value: fileName }, 'file.name (sample_refs)');
  const malware = sdo(inc, 'malware', {
    created_by_ref: by, name: malwareName, is_family: true, malware_types: ['bot'], sample_refs: [sample.id],
    description: fill(inc, rng.pick(inc.loc.sentences.slice(7, 8)), 'malware.description'),
    object_marking_refs: markings,
  });
  b.threat('malware-name', malwareName, { kind: 'name', type: 'malware', value: malwareName }, 'malware.name');
  const actorName = inc.actor;
  const alias = personLikeDomain(inc).split('.')[0];
  const actor = sdo(inc, 'threat-actor', { created_by_ref: by, name: actorName, threat_actor_types: ['crime-syndicate'], aliases: [alias] });
  b.threat('threat-actor-name', actorName, { kind: 'name', type: 'threat-actor', value: actorName }, 'threat-actor.name');
  b.threat('threat-actor-name', alias, { kind: 'name', type: 'threat-actor', value: alias }, 'threat-actor.aliases');
  sdo(inc, 'relationship', { created_by_ref: by, relationship_type: 'uses', source_ref: actor.id, target_ref: malware.id });
  sdo(inc, 'relationship', { created_by_ref: by, relationship_type: 'communicates-with', source_ref: malware.id, target_ref: c2ipSco.id });
  sdo(inc, 'relationship', { created_by_ref: by, relationship_type: 'communicates-with', source_ref: malware.id, target_ref: c2domSco.id });
  const cve = `CVE-${rng.int(2019, 2025)}-${rng.int(1000, 49999)}`;
  const vuln = sdo(inc, 'vulnerability', { created_by_ref: by, name: cve, external_references: [{ source_name: 'cve', external_id: cve }] });
  b.threat('cve-id', cve, { kind: 'name', type: 'vulnerability', value: cve }, 'vulnerability.name');
  sdo(inc, 'relationship', { created_by_ref: by, relationship_type: 'targets', source_ref: malware.id, target_ref: vuln.id });

  const indicators: StixObject[] = [];
  const indicator = (name: string, pattern: string, patternType = 'stix', description?: string) => {
    const o = sdo(inc, 'indicator', {
      created_by_ref: by, name, indicator_types: ['malicious-activity'], pattern, pattern_type: patternType,
      valid_from: inc.created, object_marking_refs: markings, ...(description ? { description } : {}),
    });
    indicators.push(o);
    sdo(inc, 'relationship', { created_by_ref: by, relationship_type: 'indicates', source_ref: o.id, target_ref: malware.id });
    return o;
  };
  const pt = (category: string, value: string) => b.threat(category, value, { kind: 'pattern', value }, 'indicator.pattern');
  indicator(`${malwareName} C2`, `[ipv4-addr:value = '${inc.c2ip}'] OR [domain-name:value = '${inc.c2domain}']`, 'stix', fill(inc, rng.pick(loc.sentences), 'indicator.description'));
  pt('c2-ipv4', inc.c2ip);
  pt('c2-domain', inc.c2domain);
  const lookalike = personLikeDomain(inc);
  indicator('Staging host', `[domain-name:value = '${lookalike}']`);
  pt('c2-domain-person-like', lookalike);
  indicator(`${malwareName} sample`, `[file:hashes.'SHA-256' = '${sha256}'] OR [file:hashes.MD5 = '${md5}'] OR [file:hashes.'SHA-1' = '${sha1}']`);
  pt('file-hash', sha256);
  pt('file-hash', md5);
  pt('file-hash', sha1);
  const urlBase = `http://${inc.c2domain}/${rng.pick(C2_PATHS)}`;
  const imeiQ = id.imei(rng), msisdnQ = id.msisdn(rng, loc.country), tok = id.token(rng);
  if (rng.chance(0.5)) {
    // A personalised URL: the base is the indicator, the query names the victim.
    indicator('Payload URL', `[url:value = '${urlBase}?imei=${imeiQ.text.replace(/\D/g, '')}&msisdn=${msisdnQ.text}&sid=${tok}']`);
    b.plant('url-query', imeiQ, 'indicator.pattern');
    b.plant('url-query', msisdnQ, 'indicator.pattern');
    b.plant('url-query', { text: tok, leak: [{ kind: 'text', value: tok }] }, 'indicator.pattern');
  } else {
    indicator('Payload URL', `[url:value = '${urlBase}']`);
  }
  pt('c2-url', urlBase);
  const phisher = `${rng.pick(['support', 'billing', 'service', 'noreply'])}@${rng.chars(6, 'abcdefghiklmnoprstuvz')}-${rng.pick(['pay', 'portal', 'secure'])}.${rng.pick(C2_TLDS)}`;
  indicator('Phishing sender', `[email-message:from_ref.value = '${phisher}' AND email-message:subject = 'Invoice ${rng.digits(6)}']`);
  pt('attacker-email', phisher);
  // Victim and attacker in one pattern, and in one /24.
  const attacker24 = `${inc.victim24}.${rng.int(100, 250)}`;
  const victimPub = `${inc.victim24}.${rng.int(17, 30)}`;
  const priv = id.privateIpv4(rng);
  indicator('Lateral movement', `[network-traffic:src_ref.value = '${priv}' AND network-traffic:dst_ref.value = '${attacker24}' AND network-traffic:dst_port = ${rng.pick([1883, 8443, 23, 502])}]`);
  b.plant('ipv4-private', { text: priv, leak: [{ kind: 'ip', value: priv }] }, 'indicator.pattern');
  pt('c2-ipv4-same-24', attacker24);
  indicator('Scan of our gateway', `[network-traffic:src_ref.value = '${attacker24}' AND network-traffic:dst_ref.value = '${victimPub}']`);
  b.plant('ipv4-victim-public', { text: victimPub, leak: [{ kind: 'ip', value: victimPub }] }, 'indicator.pattern');

  // Rule bodies.
  const ruleName = `M2M_${malwareName.replace(/\W/g, '')}_${rng.int(100, 999)}`;
  const hexBytes = Array.from({ length: 8 }, () => rng.hex(2).toUpperCase()).join(' ');
  indicator(`${malwareName} YARA`, `rule ${ruleName} {\n  strings:\n    $c2 = "${inc.c2domain}"\n    $b = { ${hexBytes} }\n  condition:\n    all of them\n}`, 'yara');
  b.threat('yara-rule', ruleName, { kind: 'pattern', value: `rule ${ruleName}` }, 'indicator.pattern (yara)');
  b.threat('yara-rule', hexBytes, { kind: 'pattern', value: `{ ${hexBytes} }` }, 'indicator.pattern (yara)');
  const uri = `/${rng.pick(C2_PATHS)}`;
  indicator(`${malwareName} Sigma`, `title: ${malwareName} beacon\nlogsource:\n  category: proxy\ndetection:\n  selection:\n    c-uri|contains: '${uri}'\n    cs-host: '${inc.c2domain}'\n  condition: selection\nlevel: high`, 'sigma');
  b.threat('sigma-rule', `cs-host: '${inc.c2domain}'`, { kind: 'pattern', value: `cs-host: '${inc.c2domain}'` }, 'indicator.pattern (sigma)');
  const content = rng.chars(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  indicator(`${malwareName} Snort`, `alert tcp $HOME_NET any -> ${inc.c2ip} ${rng.pick([1883, 8883, 6667])} (msg:"${malwareName} beacon"; content:"${content}"; sid:${rng.int(1000000, 1999999)}; rev:1;)`, 'snort');
  b.threat('snort-rule', content, { kind: 'pattern', value: `content:"${content}"` }, 'indicator.pattern (snort)');

  // Victim-side observations.
  const privSco = b.sco({ type: 'ipv4-addr', value: id.privateIpv4(rng) });
  b.plant('ipv4-private', { text: privSco.value as string, leak: [{ kind: 'ip', value: privSco.value as string }] }, 'ipv4-addr (network-traffic src)');
  const nt1 = b.sco({ type: 'network-traffic', src_ref: privSco.id, dst_ref: c2ipSco.id, dst_port: 443, protocols: ['ipv4', 'tcp'] });
  const pubSco = b.sco({ type: 'ipv4-addr', value: `${inc.victim24}.${rng.int(17, 30)}` });
  b.plant('ipv4-victim-public', { text: pubSco.value as string, leak: [{ kind: 'ip', value: pubSco.value as string }] }, 'ipv4-addr (network-traffic src, netblock)');
  const att24Sco = b.sco({ type: 'ipv4-addr', value: attacker24 });
  b.threat('c2-ipv4-same-24', attacker24, { kind: 'sco', type: 'ipv4-addr', property: 'value', value: attacker24 }, 'ipv4-addr (network-traffic dst)');
  const nt2 = b.sco({ type: 'network-traffic', src_ref: pubSco.id, dst_ref: att24Sco.id, dst_port: 1883, protocols: ['ipv4', 'tcp'] });
  const m = id.mac(rng);
  const macSco = b.sco({ type: 'mac-addr', value: m.octets.join(':') });
  b.plant('mac', { text: macSco.value as string, leak: m.planted.leak }, 'mac-addr.value');
  const m6 = id.mac(rng);
  const eui = id.eui64Address(rng, m6.octets, `fd${rng.hex(2)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}`);
  const v6Sco = b.sco({ type: 'ipv6-addr', value: eui.text });
  b.plant('mac-eui64', eui, 'ipv6-addr.value');
  const victimPerson = b.person();
  const victimEmail = `${victimPerson.login}@${rng.chance(0.5) ? inc.domain : 'gmail.com'}`;
  const fromSco = b.sco({ type: 'email-addr', value: phisher, display_name: 'Customer Service' });
  b.threat('attacker-email', phisher, { kind: 'sco', type: 'email-addr', property: 'value', value: phisher }, 'email-addr (from_ref)');
  const toSco = b.sco({ type: 'email-addr', value: victimEmail, display_name: victimPerson.full });
  b.plant('email', { text: victimEmail, leak: [{ kind: 'text', value: victimEmail }] }, 'email-addr (to_refs)');
  b.plant('person-name', { text: victimPerson.full, leak: victimPerson.leak }, 'email-addr.display_name (to_refs)');
  const subjPerson = b.person();
  const msg = b.sco({ type: 'email-message', is_multipart: false, from_ref: fromSco.id, to_refs: [toSco.id], subject: `${subjPerson.full}: ${rng.pick(['Rechnung', 'Invoice', 'Facture', 'Factura'])} ${rng.digits(6)}` });
  b.plant('person-name', { text: subjPerson.full, leak: subjPerson.leak }, 'email-message.subject');
  const acctPerson = b.person();
  const acct = b.sco({ type: 'user-account', user_id: acctPerson.login, account_login: acctPerson.login, display_name: acctPerson.full });
  b.plant('user-account', { text: acctPerson.login, leak: [{ kind: 'word', value: acctPerson.login }] }, 'user-account.user_id');
  const hostName = `hmi-${rng.int(1, 40)}.${inc.adDomain}`;
  const hostSco = b.sco({ type: 'domain-name', value: hostName });
  b.plant('hostname', { text: hostName, leak: [{ kind: 'word', value: hostName }] }, 'domain-name.value');
  const urlSco = b.sco({ type: 'url', value: `${urlBase}?imei=${imeiQ.text.replace(/\D/g, '')}&msisdn=${msisdnQ.text}` });
  b.plant('url-query', imeiQ, 'url.value');
  b.plant('url-query', msisdnQ, 'url.value');
  b.threat('c2-url', urlBase, { kind: 'sco', type: 'url', property: 'value', value: urlBase }, 'url.value');
  const observed = sdo(inc, 'observed-data', {
    created_by_ref: by, first_observed: timestamp(rng, rng.int(1, 10)), last_observed: timestamp(rng, rng.int(11, 19)), number_observed: rng.int(1, 40),
    object_refs: [nt1.id, privSco.id, c2ipSco.id, nt2.id, pubSco.id, att24Sco.id, macSco.id, v6Sco.id, msg.id, fromSco.id, toSco.id, acct.id, hostSco.id, urlSco.id, sample.id],
  });

  // Free text in every scanned property, with encodings and an embedded JSON event.
  const sentences = rng.shuffle([...loc.sentences]);
  const text = (where: string, n: number) => Array.from({ length: n }, () => fill(inc, sentences.pop() ?? rng.pick(loc.sentences), where)).join(' ');
  const sighting = sdo(inc, 'sighting', {
    created_by_ref: by, sighting_of_ref: indicators[0].id, where_sighted_refs: [customer.id], observed_data_refs: [observed.id],
    first_seen: timestamp(rng, rng.int(1, 10)), count: rng.int(1, 50), description: text('sighting.description', 1),
  });
  const jsonPerson = b.person();
  const jImei = id.imei(rng), jIccid = id.iccid(rng, loc.country), jEid = id.eid(rng, loc.country), jImsi = id.imsi(rng, loc.country);
  const jEmail = `${jsonPerson.login}@${inc.domain}`;
  const event = { device: { imei: jImei.text, iccid: jIccid.text, eid: jEid.text, imsi: jImsi.text }, operator: jsonPerson.full, contact: jEmail, c2: inc.c2domain };
  b.plant('imei', jImei, 'note.content (json)');
  b.plant('iccid', jIccid, 'note.content (json)');
  b.plant('eid', jEid, 'note.content (json)');
  b.plant('imsi', jImsi, 'note.content (json)');
  b.plant('person-name', { text: jsonPerson.full, leak: jsonPerson.leak }, 'note.content (json)');
  b.plant('email', { text: jEmail, leak: [{ kind: 'text', value: jEmail }] }, 'note.content (json)');
  b.threat('c2-domain', inc.c2domain, { kind: 'text', value: inc.c2domain }, 'note.content (json)');
  const incident = sdo(inc, 'incident', {
    created_by_ref: by, name: `${loc.device[inc.kind]} — ${inc.customer}`, description: text('incident.description', 2), object_marking_refs: markings,
    x_case_owner: s1.full, x_case_ticket: `${inc.redact.ticketPrefix}-${rng.digits(5)}`, x_raw_event: JSON.stringify(event),
  });
  b.plant('customer-name', { text: inc.customer, leak: [{ kind: 'text', value: inc.customer }] }, 'incident.name');
  b.plant('staff-name', { text: s1.full, leak: s1.leak }, 'incident.x_case_owner');
  sdo(inc, 'note', {
    created_by_ref: by, abstract: text('note.abstract', 1), content: `${text('note.content', 1)}\nRaw event: ${JSON.stringify(event)}`,
    authors: [s1.full], object_refs: [incident.id],
  });
  const htmlPerson = b.person();
  const htmlEmail = `${htmlPerson.login}@${inc.domain}`;
  b.plant('person-name', { text: htmlPerson.full, leak: htmlPerson.leak }, 'opinion.explanation (html)');
  b.plant('email', { text: htmlEmail, leak: [{ kind: 'text', value: htmlEmail }] }, 'opinion.explanation (html)');
  sdo(inc, 'opinion', {
    created_by_ref: by, opinion: 'agree', authors: [s2.full], object_refs: [indicators[0].id],
    explanation: `${text('opinion.explanation', 1)} <p>Contact: <b>${htmlEntities(htmlPerson.full)}</b> &lt;${htmlEntities(htmlEmail)}&gt;</p>`,
  });
  const pctPerson = b.person();
  const pctEmail = `${pctPerson.login}@${inc.domain}`;
  b.plant('email', { text: pctEmail, leak: [{ kind: 'text', value: pctEmail }] }, 'course-of-action.description (percent)');
  b.plant('person-name', { text: pctPerson.full, leak: pctPerson.leak }, 'course-of-action.description (percent)');
  sdo(inc, 'course-of-action', {
    created_by_ref: by, name: `Block ${inc.c2domain}`,
    description: `${text('course-of-action.description', 1)} Proxy log: GET /portal/login?user=${percent(pctEmail)}&name=${percent(pctPerson.full)}`,
  });
  const ticket = `${inc.redact.ticketPrefix}-${rng.digits(5)}`;
  b.plant('redaction-term', { text: ticket, leak: [{ kind: 'text', value: ticket }] }, 'report.name');
  b.plant('internal-url', { text: `jira.${inc.domain}`, leak: [{ kind: 'text', value: `jira.${inc.domain}/browse` }] }, 'report.external_references');
  sdo(inc, 'report', {
    created_by_ref: by, name: `${inc.short}: ${loc.device[inc.kind]} ${ticket}`, published: inc.created, report_types: ['incident'],
    description: text('report.description', 2), object_refs: [incident.id, malware.id, ...indicators.map((i) => i.id), sighting.id],
    labels: ['malicious-activity', `${fold(inc.short).replace(/[^a-z0-9]+/g, '-')}-tip-export`],
    external_references: [
      { source_name: 'cve', external_id: cve, url: `https://www.cve.org/CVERecord?id=${cve}` },
      { source_name: 'internal-jira', url: `https://jira.${inc.domain}/browse/${ticket}`, description: `Opened by ${s2.full}` },
    ],
    object_marking_refs: markings,
  });
  b.plant('staff-name', { text: s2.full, leak: s2.leak }, 'report.external_references.description');
  sdo(inc, 'relationship', { created_by_ref: by, relationship_type: 'related-to', source_ref: incident.id, target_ref: observed.id, description: text('relationship.description', 1) });
}
