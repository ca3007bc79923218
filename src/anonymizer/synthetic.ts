import type { StixObject, SubmitterProfile } from './types';

// Synthetic M2M incident submissions with planted victim identifiers and planted threat
// indicators: the input of the property tests and the benchmark. Seeded, so reproducible.

/** mulberry32: a small seeded PRNG, so failures reproduce from the seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  constructor(readonly rnd: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)];
    return s;
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  luhn(prefix: string, length: number): string {
    let s = prefix + this.digits(length - prefix.length - 1);
    for (let d = 0; d <= 9; d++) {
      const c = s + d;
      let sum = 0;
      for (let i = 0; i < c.length; i++) {
        let x = Number(c[c.length - 1 - i]);
        if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        sum += x;
      }
      if (sum % 10 === 0) return c;
    }
    throw new Error('unreachable');
  }
  iban(): string {
    const bban = this.digits(18);
    const num = `${bban}131400`;
    let r = 0;
    for (const ch of num) r = (r * 10 + Number(ch)) % 97;
    const check = String(98 - r).padStart(2, '0');
    const s = `DE${check}${bban}`;
    return s.match(/.{1,4}/g)!.join(' ');
  }
}

const GIVEN = ['Anna', 'Thomas', 'Julia', 'Michael', 'Sophie', 'Pierre', 'Hiroshi', 'Maria', 'Stefan', 'Claire', 'David', 'Laura'];
const SURNAME = ['Schneider', 'Fischer', 'Dubois', 'Tanaka', 'Johnson', 'Weber', 'Moreau', 'Suzuki', 'Becker', 'Wilson'];
const ORGS = [
  { name: 'Acme Metering GmbH', brand: 'AcmeMeter', domain: 'acme-metering.de', country: 'DE' },
  { name: 'Orbital Modems Ltd', brand: 'OrbiLink', domain: 'orbital-modems.co.uk', country: 'GB' },
  { name: 'Énergie Sud SA', brand: 'SudCharge', domain: 'energie-sud.fr', country: 'FR' },
  { name: 'Sakura Cable KK', brand: 'SakuraBox', domain: 'sakura-cable.jp', country: 'JP' },
];
const MALWARE = ['Mirai', 'Gafgyt', 'BotenaGo', 'Mozi', 'VPNFilter', 'Industroyer2', 'TRITON'];
const TLDS = ['top', 'xyz', 'ru', 'cn', 'shop', 'online', 'icu'];

export interface Planted {
  bundle: { type: 'bundle'; id: string; objects: StixObject[] };
  profile: SubmitterProfile;
  identifiers: string[];
  threats: string[];
}

/** One generated submission with its planted identifiers and threat indicators. */
export function generate(seed: number, indicators = 4, identifierDensity = 1): Planted {
  const g = new Gen(prng(seed));
  const org = g.pick(ORGS);
  const identifiers: string[] = [org.name, org.brand, org.domain];
  const threats: string[] = [];
  const t = '2024-05-2' + g.int(0, 9) + 'T' + String(g.int(10, 23)) + ':' + String(g.int(10, 59)) + ':07.123Z';
  const staff = `${g.pick(GIVEN)} ${g.pick(SURNAME)}`;
  identifiers.push(staff);
  const sub: StixObject = { type: 'identity', spec_version: '2.1', id: `identity--${g.uuid()}`, created: t, modified: t, name: org.name, identity_class: 'organization', sectors: ['utilities'] };
  const objects: StixObject[] = [sub];
  const malware: StixObject = { type: 'malware', spec_version: '2.1', id: `malware--${g.uuid()}`, created: t, modified: t, name: g.pick(MALWARE), is_family: true };
  threats.push(malware.name as string);
  objects.push(malware);
  for (let i = 0; i < indicators; i++) {
    const ip = `${g.pick([45, 91, 146, 185, 193, 194])}.${g.int(1, 254)}.${g.int(0, 254)}.${g.int(1, 254)}`;
    const name = `${g.pick(GIVEN).toLowerCase()}-${g.pick(SURNAME).toLowerCase()}`;
    const domain = `${g.pick([name, 'update', 'cdn-' + g.hex(4), 'fw-sync'])}.${g.pick(TLDS)}`;
    const url = `http://${domain}/${g.pick(['bins', 'fw', 'gate'])}/${g.hex(6)}.php`;
    const sha = g.hex(64);
    const cve = `CVE-2024-${g.digits(5)}`;
    threats.push(ip, domain, url, sha, cve);
    const person = `${g.pick(GIVEN)} ${g.pick(SURNAME)}`;
    const local = person.toLowerCase().replace(' ', '.');
    const email = `${local}@${org.domain}`;
    const phone = g.pick([`+49 30 ${g.digits(8)}`, `+44 20 7946 ${g.digits(4)}`, `+33 1 45 ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`]);
    const imei = g.luhn('35', 15);
    const iccid = g.luhn('8949', 19);
    const iban = g.iban();
    const priv = `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
    const mac = Array.from({ length: 6 }, () => g.hex(2)).join(g.pick([':', '-']));
    const aws = `AKIA${Array.from({ length: 16 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[g.int(0, 31)]).join('')}`;
    const login = `${person.split(' ')[0][0].toLowerCase()}${person.split(' ')[1].toLowerCase()}`;
    identifiers.push(person, email, phone, imei, iccid, iban, priv, mac, aws, login);
    // Below density 1, some indicators carry plain threat prose without planted identifiers.
    if (identifierDensity < 1 && g.rnd() >= identifierDensity) {
      identifiers.splice(identifiers.length - 10, 10);
      const prose = `${malware.name} variant observed on M2M gateways: C2 ${domain} (${ip}) serves ${url}; sample SHA-256 ${sha} exploits ${cve}. Telnet and Modbus scanning from the same host, beaconing every 300 s.`;
      const ind: StixObject = {
        type: 'indicator', spec_version: '2.1', id: `indicator--${g.uuid()}`, created_by_ref: sub.id, created: t, modified: t, name: `${malware.name} C2 ${i}`,
        description: prose, pattern: `[ipv4-addr:value = '${ip}'] OR [domain-name:value = '${domain}'] OR [url:value = '${url}'] OR [file:hashes.'SHA-256' = '${sha}']`,
        pattern_type: 'stix', valid_from: t,
      };
      objects.push(ind, { type: 'relationship', spec_version: '2.1', id: `relationship--${g.uuid()}`, created: t, modified: t, relationship_type: 'indicates', source_ref: ind.id, target_ref: malware.id });
      const src = { type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${g.uuid()}`, value: ip };
      const dom = { type: 'domain-name', spec_version: '2.1', id: `domain-name--${g.uuid()}`, value: domain, resolves_to_refs: [src.id] };
      const traffic = { type: 'network-traffic', spec_version: '2.1', id: `network-traffic--${g.uuid()}`, src_ref: src.id, dst_port: 23, protocols: ['tcp'] };
      objects.push(src, dom, traffic, {
        type: 'observed-data', spec_version: '2.1', id: `observed-data--${g.uuid()}`, created: t, modified: t, first_observed: t, last_observed: t, number_observed: g.int(1, 500), object_refs: [src.id, dom.id, traffic.id],
      });
      continue;
    }
    const enc = g.pick(['plain', 'percent', 'html', 'defang']);
    const shownEmail = enc === 'percent' ? email.replace('@', '%40') : enc === 'html' ? email.replace('@', '&#64;') : enc === 'defang' ? email.replace('@', '[at]').replace(/\./g, '[.]') : email;
    const description = g.pick([
      `Field engineer ${person} (${shownEmail}, tel ${phone}) saw meter ${priv} (MAC ${mac}) beacon to C2 ${domain} at ${ip}. Modem IMEI ${imei}, SIM ICCID ${iccid}. ${org.brand} support case; refund IBAN ${iban}. Dropper hash ${sha} exploits ${cve}; payload from ${url}.`,
      `Techniker ${person} (${shownEmail}, Tel. ${phone}) meldete: Zähler ${priv} mit MAC ${mac} kontaktierte den C2-Server ${domain} (${ip}). IMEI ${imei}, ICCID ${iccid}, Konto ${iban}. Leak of key ${aws} in C:\\Users\\${login}\\AppData\\cfg.ini. Malware-Hash ${sha}, ${cve}, ${url}.`,
      `Le technicien ${person} (${shownEmail}, ${phone}) a vu la borne ${priv} (MAC ${mac}) contacter le serveur C2 ${domain} de l'attaquant ${ip}. IMEI ${imei} ICCID ${iccid} IBAN ${iban}. Hash ${sha}, ${cve}, charge utile ${url}. Compte /home/${login}/.ssh.`,
      `担当者: ${person}（${shownEmail}、電話 ${phone}）。社内の機器 ${priv}（MAC ${mac}）が攻撃者の C2 ${domain}（${ip}）へ接続。IMEI ${imei}、ICCID ${iccid}、IBAN ${iban}。ハッシュ ${sha}、${cve}、${url}。key=${aws}`,
    ]);
    if (!description.includes(aws)) identifiers.splice(identifiers.indexOf(aws), 1);
    if (!description.includes(login)) identifiers.splice(identifiers.indexOf(login), 1);
    const ind: StixObject = {
      type: 'indicator',
      spec_version: '2.1',
      id: `indicator--${g.uuid()}`,
      created_by_ref: sub.id,
      created: t,
      modified: t,
      name: `${org.brand} meter C2 ${i}`,
      description,
      pattern: `[ipv4-addr:value = '${ip}'] OR [domain-name:value = '${domain}'] OR [url:value = '${url}'] OR [file:hashes.'SHA-256' = '${sha}']`,
      pattern_type: 'stix',
      valid_from: t,
      x_analyst: staff,
      labels: [`analyst:${login}`],
    };
    objects.push(ind, { type: 'relationship', spec_version: '2.1', id: `relationship--${g.uuid()}`, created: t, modified: t, relationship_type: 'indicates', source_ref: ind.id, target_ref: malware.id });
    const a = { type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${g.uuid()}`, value: ip };
    const v = { type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${g.uuid()}`, value: priv };
    const nt = { type: 'network-traffic', spec_version: '2.1', id: `network-traffic--${g.uuid()}`, src_ref: v.id, dst_ref: a.id, dst_port: g.pick([443, 8443, 23, 502]), protocols: ['tcp'] };
    objects.push(a, v, nt, {
      type: 'observed-data', spec_version: '2.1', id: `observed-data--${g.uuid()}`, created: t, modified: t, first_observed: t, last_observed: t, number_observed: g.int(1, 500), object_refs: [a.id, v.id, nt.id],
    });
  }
  return {
    bundle: { type: 'bundle', id: `bundle--${g.uuid()}`, objects },
    profile: { names: [org.name], brands: [org.brand], domains: [org.domain], staff: [staff], country: org.country, sectors: ['utilities'] },
    identifiers: [...new Set(identifiers)],
    threats: [...new Set(threats)],
  };
}

/** Every string in the output, plus its percent- and HTML-decoded forms. */
export function readable(v: unknown): string {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.entries(x).forEach(([k, y]) => (out.push(k), walk(y)));
  };
  walk(v);
  const text = out.join('\n');
  let pct = text;
  try {
    pct = decodeURIComponent(text.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    // keep undecoded
  }
  const html = text.replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/&amp;/g, '&');
  const defang = text.replace(/\[\.\]/g, '.').replace(/\[at\]/g, '@');
  return `${text}\n${pct}\n${html}\n${defang}`.toLowerCase();
}

