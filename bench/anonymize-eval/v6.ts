// Blind sixth suite (v6): one manufacturer's or carrier's STIX export per case, in one of 28
// locales and eleven document genres (PSIRT advisory with a customer appendix, fraud-desk report,
// SOC handover, field visit, regulator notification, forensic timeline, ticket export, pasted
// spreadsheet, firmware crash dump, call-centre notes, mailing-list thread). Victim identifiers
// sit in prose, tables, logs and structured STIX places; threat values sit where recipients use
// them. Written without reading the detectors, word lists or the other suites' generators.
import type { StixBundle, StixObject, SubmitterProfile } from '../../src/anonymizer/index';
import { deterministicObservableId } from '../../src/stix/index';
import type { LeakForm } from './identifiers';
import { Rng } from './rng';
import type { GeneratedCase, PlantedIdentifier, SurvivalCheck, ThreatValue } from './truth';
import {
  ACTORS, C2_DOMAINS, CVES, CWES, FILES, IRSF_RANGES, LOCALES, MALWARE, PHISH_DISPLAY, PHISH_SENDERS, PHISH_SUBJECTS, SMISH_ALPHA, TECHNIQUES,
  type Locale, type Org, type PhoneFormat,
} from './v6-material';

const GENRES = ['psirt', 'fraud-desk', 'soc-handover', 'field-visit', 'regulator', 'forensic-timeline', 'ticket-export', 'spreadsheet', 'crash-dump', 'call-centre', 'mailing-list'] as const;
type Genre = (typeof GENRES)[number];
const DEVICES = ['smart-meter', 'cellular-modem', 'plc', 'set-top-box', 'connected-car', 'ev-charger', 'infusion-pump', 'bacnet-controller'] as const;
type Device = (typeof DEVICES)[number];
const DEVICE_TEXT: Record<Device, string> = {
  'smart-meter': 'smart meter', 'cellular-modem': 'LTE-M modem', plc: 'PLC', 'set-top-box': 'set-top box', 'connected-car': 'TCU',
  'ev-charger': 'wallbox', 'infusion-pump': 'infusion pump', 'bacnet-controller': 'BACnet controller',
};
const TLP_AMBER = 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82';
const AT = '2024-05-';

// --- checksums and identifier shapes ---------------------------------------------------------

function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
}

const lettersToDigits = (s: string): string => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

function ibanOf(rng: Rng, country: string, shape: string): string {
  let bban = '';
  for (const [, n, k] of shape.matchAll(/(\d+)([nac])/g)) {
    const alphabet = k === 'n' ? '0123456789' : k === 'a' ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    bban += rng.chars(Number(n), alphabet);
  }
  const check = 98 - mod97(lettersToDigits(`${bban}${country}00`));
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

function eid(rng: Rng): string {
  const body = `89049032${rng.digits(22)}`;
  const check = 98 - mod97(`${body}00`);
  return `${body}${String(check).padStart(2, '0')}`;
}

const VIN_VALUES: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

function vin(rng: Rng): string {
  const alpha = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const chars = `${rng.pick(['WVW', 'WBA', 'VF1', 'ZFA', 'TMB', 'YV1', 'SAL', 'KMH', 'LSV', '5YJ'])}${rng.chars(5, alpha)}0${rng.pick(['N', 'P', 'R'])}${rng.chars(1, alpha)}${rng.digits(6)}`.split('');
  const sum = chars.reduce((s, c, i) => s + (/\d/.test(c) ? Number(c) : VIN_VALUES[c]) * VIN_WEIGHTS[i], 0);
  chars[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return chars.join('');
}

function fill(rng: Rng, pattern: string, letters = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string {
  return pattern.replace(/[9A#@]/g, (c) => (c === '9' || c === '#' ? rng.digits(1) : rng.chars(1, c === '@' ? 'ABDEFGHJLNPQRSTUWXYZ' : letters)));
}

function layout(nsn: string, format: string): string {
  let i = 0;
  return format.replace(/#/g, () => nsn[i++] ?? '');
}

function nsnFor(rng: Rng, f: PhoneFormat): string {
  const p = rng.pick(f.prefixes);
  return p + rng.digits(f.nsnLength - p.length);
}

/** ASCII login form of a name: diacritics and spaces gone. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l').replace(/ø/gi, 'o').replace(/æ/gi, 'ae').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}

const isAscii = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);
/** Long numbers are matched on their digits (any grouping); short ones only as a whole word, so chance digit runs do not count. */
const numberForm = (s: string): LeakForm => (s.replace(/\D/g, '').length >= 8 ? { kind: 'digits', value: s.replace(/\D/g, '') } : { kind: 'word', value: s });
const codeForm = (s: string): LeakForm => (isAscii(s) ? { kind: 'alnum', value: s.toLowerCase().replace(/[^a-z0-9]/g, '') } : { kind: 'text', value: s });

function uuid(rng: Rng): string {
  const h = rng.hex(32).split('');
  h[12] = '4';
  h[16] = '89ab'[rng.int(0, 3)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[^\x00-\x7e]/g, (c) => (c === 'ü' ? '&uuml;' : c === 'é' ? '&eacute;' : `&#${c.codePointAt(0)};`));
}

function jsonAscii(v: unknown): string {
  return JSON.stringify(v, null, 1).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// --- case model ------------------------------------------------------------------------------

interface Person {
  given: string;
  surname: string;
  rg: string; // ASCII login forms
  rs: string;
  common: boolean;
}

/** A victim fact: a label in the case language, how it is written, and what counts as a leak. */
interface Fact {
  kind: string;
  label: string;
  text: string;
  plant: PlantedIdentifier;
}

class CaseBuilder {
  readonly planted: PlantedIdentifier[] = [];
  readonly threats: ThreatValue[] = [];
  readonly facts: Fact[] = [];
  readonly objects: StixObject[] = [];
  readonly usedNames = new Set<string>();
  private clock = 0;

  constructor(
    readonly rng: Rng,
    readonly L: Locale,
  ) {}

  ts(day = this.rng.int(2, 27)): string {
    this.clock++;
    return `${AT}${String(day).padStart(2, '0')}T${String(this.rng.int(0, 23)).padStart(2, '0')}:${String(this.rng.int(0, 59)).padStart(2, '0')}:${String(this.rng.int(0, 59)).padStart(2, '0')}.${this.rng.digits(3)}Z`;
  }

  plant(category: string, value: string, leak: LeakForm[], where: string): PlantedIdentifier {
    const p = { category, value, leak, where };
    this.planted.push(p);
    return p;
  }

  fact(kind: string, label: string, text: string, leak: LeakForm[], category = kind): Fact {
    const f = { kind, label, text, plant: this.plant(category, text, leak, 'text') };
    this.facts.push(f);
    return f;
  }

  threat(category: string, value: string, check: SurvivalCheck, where: string): void {
    this.threats.push({ category, value, check, where });
  }

  person(): Person {
    const { L, rng } = this;
    for (;;) {
      const g = rng.pick(L.given).split('|');
      const s = rng.pick(L.surnames).replace(/^\*/, '').split('|');
      const raw = L.surnames.find((x) => x.replace(/^\*/, '').split('|')[0] === s[0]) ?? '';
      if (this.usedNames.has(s[0]) || this.usedNames.has(g[0])) continue;
      if (ACTORS.some((a) => a.includes(s[0]) || a.split(' ')[0] === g[0])) continue;
      this.usedNames.add(s[0]);
      this.usedNames.add(g[0]);
      return { given: g[0], surname: s[0], rg: fold(g[1] ?? g[0]), rs: fold(s[1] ?? s[0]), common: raw.startsWith('*') };
    }
  }

  /** How one person is written, and every written form that would leak them. */
  personForms(p: Person): { full: string; variants: Record<string, string>; leak: LeakForm[] } {
    const L = this.L;
    const full = L.order === 'sg' ? `${p.surname}${L.join}${p.given}` : `${p.given} ${p.surname}`;
    const variants: Record<string, string> = { full };
    const leak: LeakForm[] = [{ kind: 'text', value: full }];
    if (L.join === '') {
      const h = L.lang === 'ko' ? L.honour(full) : L.honour(p.surname);
      variants.honorific = h;
      leak.push({ kind: 'text', value: h.replace(/\s+/g, ' ') });
      return { full, variants, leak };
    }
    if (L.order === 'gs') {
      variants['surname-first'] = `${p.surname.toUpperCase()}, ${p.given}`;
      variants.initial = `${p.given[0]}. ${p.surname}`;
      leak.push({ kind: 'text', value: `${p.surname}, ${p.given}` }, { kind: 'text', value: `${p.given[0]}. ${p.surname}` });
    }
    // Vietnamese address people by the given name; a bare common-word surname is not a usable mention.
    if (L.lang !== 'vi' && !(p.common && L.honour(p.surname) === p.surname)) variants.honorific = L.honour(p.surname);
    const longEnough = p.surname.length >= (/^[\p{Script=Latin}\s'-]+$/u.test(p.surname) ? 4 : 3);
    if (!p.common && longEnough) leak.push({ kind: 'word', value: p.surname });
    else if (variants.honorific) leak.push({ kind: 'text', value: variants.honorific });
    return { full, variants, leak };
  }

  phone(kind: 'mobile' | 'landline' = 'mobile'): { text: string; nsn: string; intl: string; national: string } {
    const f = (kind === 'landline' && this.L.landline) || this.L.mobile;
    const nsn = nsnFor(this.rng, f);
    const national = layout(nsn, f.national);
    const intl = layout(nsn, f.international);
    const text = this.rng.chance(0.5) ? national : intl;
    return { text, nsn, intl, national };
  }

  sco(o: Record<string, unknown>): StixObject {
    const obj = { spec_version: '2.1', ...o } as Record<string, unknown>;
    obj.id = deterministicObservableId(obj) ?? `${obj.type}--${uuid(this.rng)}`;
    const sco = obj as StixObject;
    this.objects.push(sco);
    return sco;
  }

  sdo(type: string, props: Record<string, unknown>, createdBy?: string): StixObject {
    const t = this.ts();
    const o = { type, spec_version: '2.1', id: `${type}--${uuid(this.rng)}`, created: t, modified: t, ...(createdBy ? { created_by_ref: createdBy } : {}), ...props } as StixObject;
    this.objects.push(o);
    return o;
  }
}

// --- victim material per case ----------------------------------------------------------------

function deviceFacts(b: CaseBuilder, device: Device, L: Locale): void {
  const { rng } = b;
  const serialFact = (value: string, category = `serial:${device}`) => b.fact('serial', L.w.serial, value, [codeForm(value)], category);
  switch (device) {
    case 'smart-meter': {
      const s = rng.chance(0.5) ? `1${rng.pick(['ESY', 'ISK', 'EMH', 'LGZ', 'ITF'])}${rng.digits(2)}${rng.digits(8)}` : `${rng.pick(['KFM', 'SAG', 'ELS'])}${rng.digits(10)}`;
      serialFact(s);
      if (L.country === 'DE' && rng.chance(0.6)) {
        const melo = `DE000${rng.digits(6)}${rng.digits(5)}0000000${rng.digits(10)}`;
        b.fact('metering-point', 'Zählpunkt', melo, [{ kind: 'alnum', value: melo.toLowerCase() }], 'serial:metering-point');
      }
      break;
    }
    case 'cellular-modem': {
      const tac = rng.pick(['35209900', '86473103', '35875609', '35332011']);
      const body = tac + rng.digits(6);
      const imei = body + luhn(body);
      b.fact('imei', 'IMEI', rng.chance(0.3) ? `${imei.slice(0, 2)}-${imei.slice(2, 8)}-${imei.slice(8, 14)}-${imei[14]}` : imei, [{ kind: 'digits', value: imei }], 'imei');
      const imsi = `${L.mcc}${rng.pick(L.mnc)}`;
      const fullImsi = imsi + rng.digits(15 - imsi.length);
      b.fact('imsi', 'IMSI', fullImsi, [{ kind: 'digits', value: fullImsi }], 'imsi');
      const ib = `89${L.cc}${rng.digits(2)}${rng.digits(14 - L.cc.length)}`;
      const icc = ib + luhn(ib);
      b.fact('iccid', 'ICCID', icc, [{ kind: 'digits', value: icc }], 'iccid');
      if (rng.chance(0.4)) {
        const e = eid(rng);
        b.fact('eid', 'EID', e, [{ kind: 'digits', value: e }], 'eid');
      }
      break;
    }
    case 'plc':
      serialFact(`${rng.pick(['S C-', 'SVPD', 'PN'])}${rng.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(6)}`.replace(/\s/g, rng.chance(0.5) ? ' ' : ''));
      break;
    case 'set-top-box': {
      serialFact(`STB${rng.digits(2)}${rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(8)}`);
      const ca = `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`;
      b.fact('smartcard', 'CA card', ca, [{ kind: 'digits', value: ca.replace(/\D/g, '') }], 'serial:smartcard');
      break;
    }
    case 'connected-car': {
      const v = vin(rng);
      b.fact('vin', 'VIN', v, [{ kind: 'alnum', value: v.toLowerCase() }], 'vin');
      const plate = fill(rng, rng.pick(L.plates), L.plateLetters);
      b.fact('plate', L.w.plate, plate, [codeForm(plate)], 'plate');
      break;
    }
    case 'ev-charger': {
      serialFact(`${rng.pick(['WB', 'EVB', 'KC-P30-'])}${rng.digits(10)}`);
      const evse = `${L.country}*${rng.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}*E${rng.digits(7)}`;
      b.fact('evse', 'EVSE-ID', evse, [{ kind: 'alnum', value: evse.toLowerCase().replace(/[^a-z0-9]/g, '') }], 'serial:evse-id');
      const rfid = rng.hex(14).toUpperCase();
      b.fact('rfid', 'RFID UID', rfid, [{ kind: 'alnum', value: rfid.toLowerCase() }], 'serial:rfid-card');
      if (rng.chance(0.5)) {
        const plate = fill(rng, rng.pick(L.plates), L.plateLetters);
        b.fact('plate', L.w.plate, plate, [codeForm(plate)], 'plate');
      }
      break;
    }
    case 'infusion-pump':
      serialFact(`${rng.pick(['BBR', 'SIG', 'FRK'])}-${rng.digits(7)}-${rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}`);
      break;
    case 'bacnet-controller':
      serialFact(`${rng.pick(['DDC', 'PXC', 'JCI'])}${rng.digits(9)}`);
      break;
  }
}

interface Cast {
  customer: Person;
  tech: Person;
  employee?: Person;
  customerOrg: Org;
  email: string;
  username: string;
  hostname: string;
  victimIp: string;
  privIp: string;
  mac: string;
}

function victims(b: CaseBuilder, genre: Genre, device: Device): Cast {
  const { rng, L } = b;
  const w = L.w;
  const customer = b.person();
  const tech = b.person();
  const employee = rng.chance(0.5) || genre === 'forensic-timeline' || genre === 'soc-handover' ? b.person() : undefined;
  const customerOrg = rng.pick(L.customers);
  for (const [role, p] of [[w.customer, customer], [w.technician, tech], [w.employee, employee]] as const) {
    if (!p) continue;
    const f = b.personForms(p);
    const variant = rng.pick(Object.keys(f.variants));
    b.fact('person', role, f.variants[variant], f.leak, `person:${p.common ? 'common-word' : variant}`);
  }
  b.fact('org', w.customer, customerOrg.name, [{ kind: 'text', value: customerOrg.name }], 'org:customer');
  const freeMail = rng.pick(['gmail.com', 'web.de', 'seznam.cz', 'wp.pl', 'libero.it', 'yandex.ru', 'ukr.net', 'naver.com', 'qq.com', 'yahoo.co.jp', 'outlook.com', 'hotmail.fr']);
  const email = rng.chance(0.5) ? `${customer.rg}.${customer.rs}@${customerOrg.domain}` : `${customer.rg}${customer.rs.slice(0, 3)}${rng.int(60, 99)}@${freeMail}`;
  const defanged = rng.chance(0.15);
  b.fact('email', w.email, defanged ? email.replace('@', '[at]').replace(/\.(?=[a-z]+$)/, '[.]') : email, [{ kind: 'text', value: email }], defanged ? 'email:defanged' : 'email');
  const ph = b.phone(rng.chance(0.2) ? 'landline' : 'mobile');
  const shown = L.lang === 'ja' && rng.chance(0.4) ? ph.text.replace(/[0-9-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : ph.text;
  b.fact('phone', w.phone, shown, [{ kind: 'digits', value: ph.nsn }], `phone:${ph.text.startsWith('+') ? 'international' : 'national'}`);
  if (rng.chance(0.4)) {
    const p2 = b.phone();
    const msisdn = `${L.cc}${p2.nsn}`;
    b.fact('msisdn', 'MSISDN', msisdn, [{ kind: 'digits', value: p2.nsn }], 'msisdn');
  }
  const username = rng.chance(0.5) ? `${customer.rg[0]}${customer.rs}` : `${customer.rg}.${customer.rs}`;
  const who = employee ?? customer;
  const hostname = rng.pick([`LAPTOP-${who.rg[0]}${who.rs}`.toUpperCase(), `${who.rg}s-iPhone`, `DESKTOP-${who.rs.toUpperCase().slice(0, 7)}`, `${who.rs}-pc.${customerOrg.domain.split('.')[0]}.local`]);
  b.fact('hostname', 'host', hostname, [{ kind: 'text', value: hostname }], 'hostname');
  const victimIp = `${rng.pick([31, 37, 46, 62, 78, 80, 84, 89, 91, 109, 176, 178, 188, 212, 217])}.${rng.int(1, 254)}.${rng.int(0, 254)}.${rng.int(2, 254)}`;
  b.fact('ip', 'WAN IP', victimIp, [{ kind: 'ip', value: victimIp }], 'ip:public-victim');
  const privIp = rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`, `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(2, 254)}`]);
  b.fact('ip', 'LAN IP', privIp, [{ kind: 'ip', value: privIp }], privIp.startsWith('100.') ? 'ip:cgnat' : 'ip:private');
  const octets = [rng.pick(['00:1a:2b', 'b8:27:eb', 'f4:f5:d8', '00:50:c2', '3c:71:bf']), rng.hex(2), rng.hex(2), rng.hex(2)].join(':').split(':');
  const mac = octets.join(':');
  const notation = rng.pick(['colon', 'hyphen', 'cisco', 'bare'] as const);
  const macText = { colon: mac, hyphen: octets.join('-').toUpperCase(), cisco: octets.join('').replace(/(.{4})(?!$)/g, '$1.'), bare: octets.join('').toUpperCase() }[notation];
  b.fact('mac', 'MAC', macText, [{ kind: 'alnum', value: octets.join('') }], `mac:${notation}`);
  deviceFacts(b, device, L);

  // Genre-leaning extras: money for fraud and call desks, places for field work, secrets for forensics.
  if (['fraud-desk', 'call-centre', 'regulator', 'ticket-export'].includes(genre) || rng.chance(0.25)) {
    if (L.iban) {
      const iban = ibanOf(rng, ...L.iban);
      const shown = rng.chance(0.5) ? iban.replace(/(.{4})/g, '$1 ').trim() : iban;
      b.fact('iban', w.account, shown, [{ kind: 'alnum', value: iban.toLowerCase() }], 'iban');
    } else {
      const body = (L.country === 'CN' ? '62' : rng.pick(['45', '51', '49'])) + rng.digits(13);
      const pan = body + luhn(body);
      b.fact('card', w.account, pan.replace(/(\d{4})(?=\d)/g, '$1 '), [{ kind: 'digits', value: pan }], 'card');
    }
    const cn = `${rng.pick(['KD', 'C', 'ACC', ''])}${rng.digits(rng.int(7, 10))}`;
    b.fact('custno', w.custno, cn, [numberForm(cn)], 'customer-no');
    const ct = `${rng.pick(['V', 'CT-', 'SR', ''])}${rng.digits(4)}-${rng.digits(5)}`;
    b.fact('contract', w.contract, ct, [{ kind: 'digits', value: ct.replace(/\D/g, '') }], 'contract-no');
  }
  if (['field-visit', 'regulator', 'call-centre', 'crash-dump', 'spreadsheet'].includes(genre) || device === 'connected-car' || rng.chance(0.3)) {
    const city = rng.pick(L.cities);
    const pc = fill(rng, city.postcode);
    const addr = L.street(rng, city.name, pc);
    b.fact('address', w.address, addr.full, [{ kind: 'text', value: addr.key }], 'address');
    if (rng.chance(0.7)) {
      const lat = (city.lat + (rng.next() - 0.5) / 20).toFixed(6);
      const lon = (city.lon + (rng.next() - 0.5) / 20).toFixed(6);
      b.fact('gps', 'GPS', `${lat}, ${lon}`, [{ kind: 'text', value: lat.slice(0, lat.indexOf('.') + 5) }, { kind: 'text', value: lon.slice(0, lon.indexOf('.') + 5) }], 'gps');
    }
  }
  if (['call-centre', 'regulator', 'fraud-desk'].includes(genre) || device === 'infusion-pump' || rng.chance(0.15)) {
    const dob = L.date(rng.int(1941, 2003), rng.int(1, 12), rng.int(1, 28));
    b.fact('dob', w.dob, dob, [{ kind: 'text', value: dob }], 'dob');
  }
  if (['forensic-timeline', 'soc-handover', 'crash-dump', 'ticket-export'].includes(genre) || rng.chance(0.2)) {
    const secret = rng.pick([
      () => `AKIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
      () => `ghp_${rng.chars(36, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
      () => `${rng.pick(['Sommer', 'Kalimera', 'Welcome', 'Zima', 'Haus'])}${rng.int(2019, 2024)}${rng.pick(['!', '#', '$'])}${rng.digits(2)}`,
      () => `xoxb-${rng.digits(12)}-${rng.digits(13)}-${rng.chars(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
    ])();
    b.fact('secret', w.password, secret, [{ kind: 'text', value: secret }], 'credential');
  }
  if (['forensic-timeline', 'soc-handover'].includes(genre) || rng.chance(0.15)) {
    const sid = `S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1e8, 4e9)}-${rng.int(1103, 4999)}`;
    b.fact('sid', 'SID', sid, [{ kind: 'text', value: sid }], 'sid');
  }
  if (rng.chance(0.35)) {
    const cn = `${rng.pick(['INC', 'RITM', 'CS', 'TKT-'])}${rng.digits(7)}`;
    b.fact('ticket', w.ticket, cn, [numberForm(cn)], 'ticket-no');
  }
  if (employee && rng.chance(0.6)) {
    const en = `${rng.pick(['P', 'E', ''])}${rng.digits(6)}`;
    b.fact('employee-no', `${w.employee} ID`, en, [numberForm(en)], 'employee-no');
  }
  return { customer, tech, employee, customerOrg, email, username, hostname, victimIp, privIp, mac };
}

// --- threat material per case ----------------------------------------------------------------

interface Threats {
  c2: string[];
  domains: string[];
  url?: string;
  files: { name: string; sha256: string; md5: string }[];
  sender?: string;
  irsf: string[];
  smish?: string;
  wallet?: string;
  ids: string[];
  ja?: string;
  rule?: { type: 'yara' | 'sigma' | 'snort'; body: string };
  actor?: string;
  malware?: string;
}

function threatsFor(b: CaseBuilder, genre: Genre, cast: Cast, submitter: Org): Threats {
  const { rng } = b;
  const c2: string[] = [];
  const n = rng.int(1, 3);
  for (let i = 0; i < n; i++) {
    c2.push(
      i === 0 && rng.chance(0.3)
        ? `${cast.victimIp.split('.').slice(0, 3).join('.')}.${rng.int(2, 254)}`
        : `${rng.pick([5, 23, 45, 62, 91, 103, 141, 146, 154, 167, 185, 193, 194, 195, 209])}.${rng.int(1, 254)}.${rng.int(0, 254)}.${rng.int(2, 254)}`,
    );
  }
  const domains = rng.shuffle([...C2_DOMAINS]).slice(0, rng.int(1, 2));
  // A typosquat of the submitter's own brand: the indicator names its victim and still has to stay.
  if (rng.chance(0.2)) domains.push(`${submitter.domain.split('.')[0]}-${rng.pick(['support', 'login', 'firmware'])}.${rng.pick(['com', 'net', 'info'])}`);
  const url = rng.chance(0.5) ? `${rng.pick(['https', 'http'])}://${rng.pick(domains)}/${rng.pick(['dl', 'bins', 'fw', 'api/v2', 'auth'])}/${rng.pick(FILES)}` : undefined;
  const files = rng.shuffle([...FILES]).slice(0, rng.int(1, 3)).map((name) => ({ name, sha256: rng.hex(64), md5: rng.hex(32) }));
  const sender = genre === 'mailing-list' || genre === 'regulator' || rng.chance(0.3) ? rng.pick(PHISH_SENDERS) : undefined;
  const irsf: string[] = [];
  if (genre === 'fraud-desk' || genre === 'call-centre' || rng.chance(0.15)) {
    for (let i = rng.int(1, 3); i > 0; i--) {
      const [cc, lead, rest] = rng.pick(IRSF_RANGES);
      irsf.push(`+${cc} ${lead}${rng.digits(rest)}`);
    }
  }
  const smish = genre === 'fraud-desk' || genre === 'call-centre' || rng.chance(0.1) ? (rng.chance(0.5) ? rng.pick(SMISH_ALPHA) : `+${rng.pick(['44 7418', '34 631', '48 573', '1 213'])} ${rng.digits(6)}`) : undefined;
  const wallet = rng.chance(0.2) ? (rng.chance(0.5) ? `bc1q${rng.chars(38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}` : `0x${rng.hex(40)}`) : undefined;
  const ids = [...rng.shuffle([...CVES]).slice(0, rng.int(0, 2)), ...(rng.chance(0.4) ? [rng.pick(CWES)] : []), ...rng.shuffle(TECHNIQUES.map((t) => t[0])).slice(0, rng.int(1, 2))];
  const ja = rng.chance(0.3) ? (rng.chance(0.5) ? rng.hex(32) : `t13d${rng.int(10, 19)}${rng.int(10, 19)}h2_${rng.hex(12)}_${rng.hex(12)}`) : undefined;
  let rule: Threats['rule'];
  if (rng.chance(0.4)) {
    const t = rng.pick(['yara', 'sigma', 'snort'] as const);
    const f = files[0];
    rule =
      t === 'yara'
        ? { type: t, body: `rule M2M_${rng.pick(['Loader', 'Dropper', 'Beacon'])}_${rng.hex(4)} {\n  meta:\n    description = "ELF dropper seen on field devices"\n  strings:\n    $a = "${domains[0]}" ascii\n    $b = { ${rng.hex(8).match(/../g)!.join(' ')} ?? ${rng.hex(4).match(/../g)!.join(' ')} }\n    $c = "/tmp/.${f.name}"\n  condition:\n    uint32(0) == 0x464c457f and 2 of them\n}` }
        : t === 'sigma'
          ? { type: t, body: `title: Dropper ${f.name} launched from temp\nid: ${uuid(rng)}\nstatus: experimental\nlogsource:\n  product: linux\n  category: process_creation\ndetection:\n  selection:\n    Image|endswith: '/${f.name}'\n    CommandLine|contains: '${domains[0]}'\n  condition: selection\nlevel: high` }
          : { type: t, body: `alert tcp $HOME_NET any -> ${c2[0]} ${rng.pick([23, 2323, 8443, 48101])} (msg:"M2M botnet beacon to ${c2[0]}"; flow:to_server,established; content:"|${rng.hex(6).match(/../g)!.join(' ')}|"; depth:3; sid:${rng.int(1000000, 1999999)}; rev:${rng.int(1, 4)};)` };
  }
  const actor = rng.chance(0.5) ? rng.pick(ACTORS) : undefined;
  const malware = rng.chance(0.75) ? rng.pick(MALWARE) : undefined;
  return { c2, domains, url, files, sender, irsf, smish, wallet, ids, ja, rule, actor, malware };
}

// --- documents -------------------------------------------------------------------------------

function prose(L: Locale, i: number, P: string, D: string, C: string, F: string): string {
  return L.prose[i % L.prose.length].replace('{P}', P).replace('{D}', D).replace('{C}', C).replace('{F}', F);
}

const line = (f: Fact): string => `${f.label}: ${f.text}`;

/** The genre's document text around the facts that stayed in free text. */
function documentText(genre: Genre, b: CaseBuilder, L: Locale, facts: Fact[], t: Threats, cast: Cast, device: Device, staff: string, submitter: Org): string {
  const { rng } = b;
  const w = L.w;
  const dev = DEVICE_TEXT[device];
  const c2 = t.c2[0];
  const people = facts.filter((f) => f.kind === 'person');
  const others = facts.filter((f) => f.kind !== 'person');
  const P = people[0]?.text ?? w.customer;
  const threatLine = `${w.attacker}: ${t.c2.map((x) => x.replace(/\.(?=\d+$)/, '[.]')).join(', ')}; ${t.domains.join(', ')}${t.url ? `; ${t.url.replace(/^http/, 'hxxp')}` : ''}`;
  const ids = t.ids.join(', ');
  switch (genre) {
    case 'psirt': {
      const body = [
        `Security Advisory ${fold(submitter.short).toUpperCase().slice(0, 4)}-SA-2024-${rng.int(10, 99)}`,
        `${w.summary}: ${t.malware ?? 'botnet'} activity against ${dev} fleets (${ids}).`,
        threatLine,
        `${w.affected}: firmware < ${rng.int(2, 6)}.${rng.int(0, 9)}.${rng.int(0, 20)}`,
        '',
        `Appendix B – ${w.customer} case`,
        ...people.map(line),
        ...others.map(line),
        prose(L, 0, P, dev, c2, others[0] ? line(others[0]) : ''),
      ].join('\n');
      return rng.chance(0.5) ? `<div class="advisory"><p>${body.split('\n').map(htmlEscape).join('</p>\n<p>')}</p></div>` : body;
    }
    case 'fraud-desk':
      return [
        `FRAUD DESK – ${rng.pick(['IRSF', 'Wangiri', 'SIM swap', 'smishing'])} ${w.summary.toLowerCase()}`,
        ...t.irsf.map((n) => `premium-rate destination ${n} — ${rng.int(40, 900)} calls, ${rng.int(3, 60)} min avg`),
        ...(t.smish ? [`smishing sender ${t.smish}`] : []),
        ...people.map((f) => `${f.label}: ${f.text}`),
        ...others.map((f) => `  ${f.label.padEnd(14)} ${f.text}`),
        prose(L, 1, P, dev, c2, others[0] ? line(others[0]) : ''),
      ].join('\n');
    case 'soc-handover':
      return [
        `Shift handover ${rng.pick(['N→F', '22:00→06:00', 'night → day'])}`,
        `- ${t.malware ?? 'beaconing'} on ${dev}; ${threatLine}`,
        ...facts.map((f) => `- ${f.kind === 'person' ? `${f.label} ${f.text}` : line(f)}`),
        `- open: ${ids}`,
        prose(L, 0, P, dev, c2, ''),
      ].join('\n');
    case 'field-visit':
      return [
        `${w.technician}: ${people.find((f) => f.label === w.technician)?.text ?? '-'}`,
        prose(L, 2, P, dev, c2, others.slice(0, 2).map(line).join('; ')),
        prose(L, 0, P, dev, c2, ''),
        ...others.slice(2).map(line),
        ...people.filter((f) => f.label !== w.technician).map(line),
      ].join('\n');
    case 'regulator':
      return [
        `Notification of a personal data breach (GDPR Art. 33 / NIS2 Art. 23) – ${w.summary}`,
        `${t.malware ?? 'Malware'} on ${dev}; ${ids}. ${threatLine}`,
        `Categories of data: ${[...new Set(facts.map((f) => f.label))].join(', ')}`,
        `Example record:`,
        ...facts.map((f) => `  ${line(f)}`),
        ...(t.sender ? [`Phishing sender: ${t.sender}`] : []),
      ].join('\n');
    case 'forensic-timeline':
      return facts
        .map((f, i) => `${AT}${String(10 + (i % 9)).padStart(2, '0')}T0${i % 10}:${rng.int(10, 59)}:${rng.int(10, 59)}Z\t${cast.hostname}\t${f.kind}\t${f.text}`)
        .concat([`${AT}19T03:14:07Z\t${cast.hostname}\tnet\tconnect ${c2}:443 (${t.domains[0]})`, `${AT}19T03:14:09Z\t${cast.hostname}\tfile\tC:\\Users\\${cast.username}\\AppData\\Local\\Temp\\${t.files[0].name}`])
        .join('\n');
    case 'ticket-export': {
      const rec: Record<string, string> = { summary: `${t.malware ?? 'C2'} ${dev}`, c2: t.c2.join(' '), refs: ids };
      for (const f of facts) {
        const key = fold(f.label).replace(/-/g, '_') || f.kind;
        rec[key] = rec[key] ? `${rec[key]}; ${f.text}` : f.text;
      }
      return `Export (${rng.pick(['Jira', 'ServiceNow', 'OTRS'])}):\n${jsonAscii(rec)}`;
    }
    case 'spreadsheet': {
      const cols = facts.map((f) => f.label);
      return [`${w.affected}\t${cols.join('\t')}\tC2`, `${dev}\t${facts.map((f) => f.text).join('\t')}\t${c2}`].join('\n');
    }
    case 'crash-dump':
      return [
        `*** ${dev} watchdog reset, pc=0x${rng.hex(8)} lr=0x${rng.hex(8)}`,
        `[${rng.int(100, 999)}.${rng.digits(6)}] net: connect ${c2}:${rng.pick([23, 443, 8883])} failed (ECONNRESET)`,
        ...facts.map((f) => `cfg.${f.kind.replace(/-/g, '_')}=${f.kind === 'person' || f.text.includes(' ') ? JSON.stringify(f.text) : f.text}`),
        `bt: #0 0x${rng.hex(8)} in ${t.files[0].name}`,
      ].join('\n');
    case 'call-centre':
      return [
        `${rng.pick(['Inbound', 'Callback', 'Escalation'])} ${w.ticket} – ${P}`,
        ...others.map((f) => `${f.label}=${f.text}`),
        ...t.irsf.map((n) => `calls to ${n} (premium rate, not made by subscriber)`),
        ...(t.smish ? [`SMS from ${t.smish} with link ${t.domains[0]}`] : []),
        prose(L, 1, P, dev, c2, others[0] ? line(others[0]) : ''),
        ...people.slice(1).map(line),
      ].join('\n');
    case 'mailing-list': {
      const quoted = [prose(L, 0, P, dev, c2, ''), ...facts.map(line)].map((s) => `> ${s}`).join('\n');
      return [
        `Re: [m2m-psirt] ${t.malware ?? 'C2'} on ${dev}`,
        `${ids} — ${threatLine}`,
        ...(t.sender ? [`The lure came from ${t.sender}.`] : []),
        `On ${AT}14, ${staff} wrote:`,
        quoted,
        '',
        `${w.regards}`,
        `${staff}`,
      ].join('\n');
    }
  }
}

// --- assembly --------------------------------------------------------------------------------

export function generateCaseV6(seed: number, index: number): GeneratedCase {
  const rng = new Rng((Math.imul(seed, 2654435761) ^ Math.imul(index + 1, 40503)) >>> 0);
  const order = new Rng(seed).shuffle(LOCALES.map((_, i) => i));
  const L = LOCALES[order[index % LOCALES.length]];
  const genre = GENRES[(index + Math.floor(index / LOCALES.length) * 3) % GENRES.length];
  const device = rng.pick(DEVICES);
  const b = new CaseBuilder(rng, L);
  const submitter = rng.pick(L.submitters);
  const staffP = b.person();
  const staff = b.personForms(staffP).full;
  const staffMail = `${staffP.rg}.${staffP.rs}@${submitter.domain}`;
  const cast = victims(b, genre, device);
  const t = threatsFor(b, genre, cast, submitter);

  const me = b.sdo('identity', { name: submitter.name, identity_class: 'organization', sectors: [device === 'cellular-modem' ? 'telecommunications' : 'utilities'], contact_information: `${staff} <${staffMail}>` });
  const statement = rng.chance(0.5)
    ? b.sdo('marking-definition', { definition_type: 'statement', definition: { statement: `Copyright 2024 ${submitter.name}. Internal – do not forward.` } }, me.id)
    : undefined;
  if (statement) {
    delete (statement as Record<string, unknown>).modified;
  }
  const markings = [TLP_AMBER, ...(statement ? [statement.id] : [])];

  // Threat SDOs and observables.
  const refs: string[] = [];
  const sdoMark = { object_marking_refs: markings };
  const malware = t.malware ? b.sdo('malware', { name: t.malware, is_family: true, malware_types: ['bot'], ...sdoMark }, me.id) : undefined;
  if (malware) {
    refs.push(malware.id);
    b.threat('malware-name', t.malware!, { kind: 'name', type: 'malware', value: t.malware! }, 'malware.name');
  }
  if (t.actor) {
    const actor = b.sdo(rng.chance(0.5) ? 'threat-actor' : 'intrusion-set', { name: t.actor, description: `${t.actor} operates the ${t.malware ?? 'botnet'} infrastructure.` }, me.id);
    refs.push(actor.id);
    b.threat('actor-name', t.actor, { kind: 'name', type: actor.type, value: t.actor }, `${actor.type}.name`);
  }
  for (const id of t.ids) {
    const tech = TECHNIQUES.find((x) => x[0] === id);
    if (tech) {
      refs.push(b.sdo('attack-pattern', { name: tech[1], external_references: [{ source_name: 'mitre-attack', external_id: id, url: `https://attack.mitre.org/techniques/${id.replace('.', '/')}/` }] }, me.id).id);
      b.threat('attack-id', id, { kind: 'text', value: id }, 'attack-pattern.external_references');
    } else if (id.startsWith('CVE')) {
      refs.push(b.sdo('vulnerability', { name: id, external_references: [{ source_name: 'cve', external_id: id }] }, me.id).id);
      b.threat('cve', id, { kind: 'text', value: id }, 'vulnerability');
    } else b.threat('cwe', id, { kind: 'text', value: id }, 'description');
  }
  const indicator = (pattern: string, name: string, patternType = 'stix') => {
    const i = b.sdo('indicator', { name, pattern, pattern_type: patternType, valid_from: b.ts(), indicator_types: ['malicious-activity'], ...sdoMark }, me.id);
    refs.push(i.id);
    if (malware) refs.push(b.sdo('relationship', { relationship_type: 'indicates', source_ref: i.id, target_ref: malware.id }, me.id).id);
    return i;
  };
  t.c2.forEach((ip, i) => {
    if (i % 2 === 0) {
      indicator(`[ipv4-addr:value = '${ip}']`, `C2 ${ip}`);
      b.threat(i === 0 && ip.startsWith(cast.victimIp.split('.').slice(0, 3).join('.') + '.') ? 'c2-ip:victim-/24' : 'c2-ip', ip, { kind: 'pattern', value: ip }, 'indicator.pattern');
    } else b.threat('c2-ip', ip, { kind: 'sco', type: 'ipv4-addr', property: 'value', value: ip }, 'observed-data');
  });
  for (const d of t.domains) {
    indicator(`[domain-name:value = '${d}']`, 'C2 domain');
    b.threat(d.startsWith(submitter.domain.split('.')[0]) ? 'c2-domain:typosquat' : 'c2-domain', d, { kind: 'pattern', value: d }, 'indicator.pattern');
  }
  if (t.url) {
    const victimQuery = rng.chance(0.6);
    if (victimQuery) {
      const full = `${t.url}?${rng.pick(['email', 'u', 'login'])}=${encodeURIComponent(cast.email)}&sid=${rng.hex(16)}`;
      b.sco({ type: 'url', value: full });
      const mail = b.planted.find((p) => p.value.replace('[at]', '@').replace('[.]', '.') === cast.email);
      if (mail) mail.where += ' + url query (percent-encoded)';
    } else b.sco({ type: 'url', value: t.url });
    b.threat('c2-url', t.url, { kind: 'sco', type: 'url', property: 'value', value: t.url }, 'url sco');
  }
  for (const f of t.files) {
    const file = b.sco({ type: 'file', name: f.name, hashes: { 'SHA-256': f.sha256, MD5: f.md5 } });
    indicator(`[file:hashes.'SHA-256' = '${f.sha256}'] OR [file:name = '${f.name}']`, `Dropper ${f.name}`);
    b.threat('hash', f.sha256, { kind: 'hash', value: f.sha256 }, 'file.hashes');
    b.threat('hash', f.md5, { kind: 'hash', value: f.md5 }, 'file.hashes');
    b.threat('malware-file-name', f.name, { kind: 'sco', type: 'file', property: 'name', value: f.name }, 'file.name');
    if (malware) b.sdo('relationship', { relationship_type: 'related-to', source_ref: file.id, target_ref: malware.id }, me.id);
  }
  if (t.rule) {
    indicator(t.rule.body, `${t.rule.type} rule`, t.rule.type);
    b.threat(`rule:${t.rule.type}`, t.rule.body, { kind: 'pattern', value: t.rule.body }, 'indicator.pattern');
  }
  for (const n of t.irsf) b.threat('irsf-number', n, { kind: 'digits', value: n.replace(/\D/g, '') }, 'text');
  if (t.smish) b.threat('smishing-sender', t.smish, /\d/.test(t.smish) ? { kind: 'digits', value: t.smish.replace(/\D/g, '') } : { kind: 'text', value: t.smish }, 'text');
  if (t.wallet) b.threat('wallet', t.wallet, { kind: 'text', value: t.wallet }, 'text');
  if (t.ja) b.threat(t.ja.startsWith('t13') ? 'ja4' : 'ja3', t.ja, { kind: 'text', value: t.ja }, 'text');

  // Observed traffic: victim ends (private, public, MAC) talking to the C2.
  const macSco = b.sco({ type: 'mac-addr', value: cast.mac });
  const priv = b.sco({ type: 'ipv4-addr', value: cast.privIp, resolves_to_refs: [macSco.id] });
  const pub = b.sco({ type: 'ipv4-addr', value: cast.victimIp });
  const obsRefs = [priv.id, macSco.id, pub.id];
  for (const ip of t.c2) {
    const c = b.sco({ type: 'ipv4-addr', value: ip });
    // The capture is taken inside the victim's network, so the C2's side is decidable from the bundle.
    const nt = b.sco({ type: 'network-traffic', src_ref: priv.id, dst_ref: c.id, dst_port: rng.pick([23, 443, 1883, 8883, 502]), protocols: ['ipv4', 'tcp'] });
    obsRefs.push(c.id, nt.id);
    if (malware) refs.push(b.sdo('relationship', { relationship_type: 'communicates-with', source_ref: malware.id, target_ref: c.id }, me.id).id);
  }

  // Structured places for some victim facts; the rest stays in the document text.
  const inText: Fact[] = [];
  const people = b.facts.filter((f) => f.kind === 'person');
  const extra: Record<string, unknown> = {};
  const xProps: Record<string, string> = {};
  const extRefs: Record<string, unknown>[] = [];
  const labels: string[] = [];
  let author: string | undefined;
  for (const f of b.facts) {
    const roll = rng.next();
    if (f.kind === 'person' && f === people[1] && roll < 0.4) {
      author = f.text;
      f.plant.where = 'note.authors';
    } else if (f.kind === 'sid' && roll < 0.5) {
      f.plant.where = 'windows-registry-key';
      obsRefs.push(b.sco({ type: 'windows-registry-key', key: `HKEY_USERS\\${f.text}\\Software\\Microsoft\\Windows\\CurrentVersion\\Run` }).id);
    } else if (roll < 0.1) {
      xProps[`x_${fold(f.kind).replace(/-/g, '_')}`] = f.text;
      f.plant.where = 'x_ property';
    } else if (roll < 0.18) {
      extra[`case_${fold(f.kind).replace(/-/g, '_')}`] = f.text;
      f.plant.where = 'extension';
    } else if (roll < 0.24) {
      extRefs.push({ source_name: `${fold(submitter.short)}-jira`, url: `https://jira.${submitter.domain}/browse/CASE-${rng.int(100, 9999)}`, description: line(f) });
      f.plant.where = 'external_references';
    } else if (roll < 0.28 && f.text.length < 60) {
      labels.push(`${f.kind}:${f.text}`);
      f.plant.where = 'labels';
    } else {
      inText.push(f);
      f.plant.where = `${genre} text`;
    }
  }
  if (rng.chance(0.5) || genre === 'forensic-timeline') {
    const ua = b.sco({ type: 'user-account', user_id: cast.username, account_login: cast.username, display_name: people[0].text, account_type: 'windows-local' });
    obsRefs.push(ua.id);
    b.plant('user-account', cast.username, [{ kind: 'text', value: cast.username }], 'user-account');
    obsRefs.push(b.sco({ type: 'directory', path: `C:\\Users\\${cast.username}\\AppData\\Roaming` }).id);
  }
  if (rng.chance(0.3)) {
    const cn = b.personForms(cast.customer).full;
    const subj = `CN=${cn}, OU=${cast.customerOrg.domain.split('.')[0]}, O=${cast.customerOrg.name}, C=${L.country}`;
    obsRefs.push(b.sco({ type: 'x509-certificate', subject: subj, issuer: `CN=${cast.customerOrg.short} Device CA`, serial_number: rng.hex(16).match(/../g)!.join(':'), hashes: { 'SHA-256': rng.hex(64) } }).id);
    b.plant('x509-subject', subj, [{ kind: 'text', value: `CN=${cn}` }], 'x509-certificate.subject');
  }
  const ipv6 = rng.chance(0.3);
  if (ipv6) {
    const o = cast.mac.split(':');
    const iid = [(parseInt(o[0], 16) ^ 2).toString(16).padStart(2, '0') + o[1], `${o[2]}ff`, `fe${o[3]}`, o[4] + o[5]];
    const v6 = `2a02:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}:${iid.map((g) => g.replace(/^0+(?=.)/, '')).join(':')}`;
    obsRefs.push(b.sco({ type: 'ipv6-addr', value: v6 }).id);
    b.plant('ipv6-eui64', v6, [{ kind: 'iid', value: iid.join('') }], 'ipv6-addr');
  }
  if (t.sender) {
    const display = rng.pick(PHISH_DISPLAY);
    const from = b.sco({ type: 'email-addr', value: t.sender, display_name: display });
    const to = b.sco({ type: 'email-addr', value: cast.email, display_name: people[0].text });
    const subject = rng.pick(PHISH_SUBJECTS);
    const msg = b.sco({ type: 'email-message', is_multipart: false, from_ref: from.id, to_refs: [to.id], subject, body: `${people[0].text}, ${subject}: ${t.url ?? `https://${t.domains[0]}/`}` });
    obsRefs.push(from.id, to.id, msg.id);
    b.threat('attacker-email', t.sender, { kind: 'sco', type: 'email-addr', property: 'value', value: t.sender }, 'email-message.from_ref');
    b.threat('phishing-display-name', display, { kind: 'text', value: display }, 'email-addr.display_name');
    b.threat('phishing-subject', subject, { kind: 'text', value: subject }, 'email-message.subject');
  }
  const observed = b.sdo('observed-data', { first_observed: b.ts(14), last_observed: b.ts(15), number_observed: rng.int(1, 40), object_refs: obsRefs }, me.id);
  refs.push(observed.id);

  // Where it was seen: the customer as an identity, sometimes with its location.
  const custId = b.sdo('identity', { name: cast.customerOrg.name, identity_class: 'organization', contact_information: `${people[0].text}, ${cast.email}` }, me.id);
  const loc = b.facts.find((f) => f.kind === 'address');
  const gps = b.facts.find((f) => f.kind === 'gps');
  const whereRefs = [custId.id];
  if (loc && rng.chance(0.5)) {
    const [lat, lon] = gps ? gps.text.split(', ').map(Number) : [undefined, undefined];
    whereRefs.push(b.sdo('location', { country: L.country, street_address: loc.text, ...(lat !== undefined ? { latitude: lat, longitude: lon } : {}) }, me.id).id);
  }
  if (malware) refs.push(b.sdo('sighting', { sighting_of_ref: refs.find((r) => r.startsWith('indicator--')) ?? refs[0], where_sighted_refs: whereRefs, count: rng.int(1, 30), first_seen: b.ts(14), last_seen: b.ts(16) }, me.id).id);
  refs.push(custId.id);

  // The document: which STIX text field holds it depends on the genre.
  const doc = documentText(genre, b, L, inText, t, cast, device, staff, submitter);
  const extras = [
    t.wallet ? `wallet ${t.wallet}` : '',
    t.ja ? `${t.ja.startsWith('t13') ? 'JA4' : 'JA3'} ${t.ja}` : '',
    t.ids.filter((x) => x.startsWith('CWE')).join(' '),
    genre !== 'fraud-desk' && genre !== 'call-centre' ? t.irsf.map((n) => `IRSF destination ${n}`).join('; ') : '',
    genre !== 'fraud-desk' && genre !== 'call-centre' && t.smish ? `smishing sender ${t.smish}` : '',
  ].filter(Boolean).join('. ');
  const reportName = `${t.malware ?? 'C2'} / ${DEVICE_TEXT[device]}${rng.chance(0.3) ? ` – ${people[0].text}` : ''}`;
  const ext: Record<string, unknown> = {};
  if (Object.keys(extra).length) {
    const def = b.sdo('extension-definition', { name: `${fold(submitter.short)} case fields`, schema: `https://schemas.${submitter.domain}/stix/case-ext.json`, version: '1.2.0', extension_types: ['property-extension'] }, me.id);
    ext[def.id] = { extension_type: 'property-extension', ...extra };
  }
  const containers = rng.next();
  const noteDoc = ['field-visit', 'call-centre', 'soc-handover', 'mailing-list'].includes(genre) ? containers < 0.8 : containers < 0.25;
  const note = b.sdo(
    'note',
    { abstract: `${L.w.summary}: ${DEVICE_TEXT[device]}`, content: noteDoc ? `${doc}\n${extras}` : `${L.w.action}: ${extras || '-'}`, authors: [author ?? staff], object_refs: [observed.id] },
    me.id,
  );
  refs.push(note.id);
  if (rng.chance(0.35)) {
    refs.push(b.sdo('opinion', { opinion: 'agree', explanation: `${prose(L, 1, people[0].text, DEVICE_TEXT[device], t.c2[0], '')} — ${staff}`, object_refs: [observed.id] }, me.id).id);
  }
  const report = b.sdo(
    'report',
    {
      name: reportName,
      description: noteDoc ? `${L.w.summary}: ${t.malware ?? 'C2'} ${t.ids.join(' ')}` : `${doc}\n${extras}`,
      published: b.ts(28),
      report_types: ['incident'],
      object_refs: [...new Set(refs)],
      ...(labels.length ? { labels: [...labels, `analyst:${staffP.rg}.${staffP.rs}`] } : {}),
      external_references: [...extRefs, ...(rng.chance(0.4) ? [{ source_name: 'servicenow', url: `https://${fold(submitter.short)}.service-now.com/nav_to.do?uri=incident.do?sys_id=${rng.hex(32)}&caller=${encodeURIComponent(staffMail)}` }] : [])],
      object_marking_refs: markings,
      ...xProps,
      ...(Object.keys(ext).length ? { extensions: ext } : {}),
    },
    me.id,
  );
  if (!(report.external_references as unknown[]).length) delete report.external_references;

  const identity: LeakForm[] = [
    { kind: 'text', value: submitter.name },
    { kind: 'word', value: submitter.short },
    { kind: 'text', value: submitter.domain },
    { kind: 'text', value: staff },
    { kind: 'text', value: staffMail },
    { kind: 'text', value: `${staffP.rg}.${staffP.rs}` },
  ];
  const profile: SubmitterProfile = {
    names: [submitter.name, submitter.short],
    domains: [submitter.domain],
    staff: [staff],
    ...(rng.chance(0.5) ? { customers: [cast.customerOrg.name] } : {}),
    country: L.country,
    languages: [L.lang.slice(0, 2)],
    sectors: [device === 'cellular-modem' ? 'telecommunications' : 'utilities'],
  };
  const bundle: StixBundle = { type: 'bundle', id: `bundle--${uuid(rng)}`, objects: rng.shuffle([...b.objects]) };
  return { index, lang: L.lang, device, bundle, profile, planted: b.planted, threats: b.threats, identity };
}
