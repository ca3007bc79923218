// v7: a BLIND, HELD-OUT evaluation suite. Written without reading the anonymizer's code, its
// fixtures or specs, or the earlier suites' generators and material; only the interface, the
// threat model (shared/ANONYMIZER.md), the scorer and the ground-truth types were read. It stands
// in for the outside assessor: run it once for an honest estimate, never tune the anonymizer on it
// (a fix made because v7 missed something makes v7 worthless as a held-out estimate).
//
// Each case is one incident submission by a device maker or carrier (smart meters, IoT modules,
// PLCs, set-top boxes, car TCUs, EV chargers, mobile carriers) in one of 18 locales (~40% English),
// as a report, incident, note, observed-data with SCOs, indicators, malware, actor, vulnerability,
// infrastructure, victim identities, location and sighting. Victim and personal identifiers are
// spread over prose, labelled blocks, CSV, Markdown and HTML tables, JSON and key=value pastes,
// syslog lines, URL query strings and structured STIX properties; threat values that must survive
// sit beside them (sometimes in the victim's /24, sometimes shaped like a person's name).
import { deterministicObservableId } from '../../src/stix/index';
import type { StixObject, SubmitterProfile } from '../../src/anonymizer/index';
import { card, eui64Address, imei, luhnDigit, mac, vin, type LeakForm } from './identifiers';
import { Rng } from './rng';
import type { GeneratedCase, PlantedIdentifier, SurvivalCheck, ThreatValue } from './truth';
import {
  ACTORS, COMPANY_STEMS, CVES, IRSF_PREFIXES, LOCALES, MALWARE, NATIVE_COMPANY, TLDS, UAS, VERTICALS,
  person, pickLocale, type Label, type Locale, type Person, type Vertical,
} from './v7-material';

// ---------------------------------------------------------------- small helpers

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/[^A-Za-z0-9 .-]/g, '');
}

function uuid4(rng: Rng): string {
  const h = rng.hex(32).split('');
  h[12] = '4';
  h[16] = '89ab'[rng.int(0, 3)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function mod97(numeric: string): number {
  let r = 0;
  for (const c of numeric) r = (r * 10 + Number(c)) % 97;
  return r;
}

const group = (s: string, n: number, sep = ' ') => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join(sep);
const alnum = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const digitsOf = (s: string) => s.replace(/\D/g, '');

// ---------------------------------------------------------------- phones (valid mobile ranges per country)

interface PhoneShape {
  cc: string;
  nsn: (r: Rng) => string;
  national: ((n: string) => string)[];
  international: ((n: string) => string)[];
}

const PHONES: Record<string, PhoneShape> = {
  GB: { cc: '44', nsn: (r) => '7' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), national: [(n) => `0${n.slice(0, 4)} ${n.slice(4)}`, (n) => `0${n}`], international: [(n) => `+44 ${n.slice(0, 4)} ${n.slice(4)}`, (n) => `+44 (0)${n.slice(0, 4)} ${n.slice(4)}`, (n) => `0044${n}`] },
  US: { cc: '1', nsn: (r) => r.pick(['212', '415', '312', '617', '206', '512', '614', '208']) + r.int(2, 9) + r.digits(2).replace(/^55$/, '56') + r.digits(4), national: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, (n) => `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`], international: [(n) => `+1 ${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, (n) => `+1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`] },
  AU: { cc: '61', nsn: (r) => '4' + r.digits(8), national: [(n) => `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`], international: [(n) => `+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`] },
  IN: { cc: '91', nsn: (r) => r.pick(['9', '8', '7', '6']) + r.digits(9), national: [(n) => `${n.slice(0, 5)} ${n.slice(5)}`, (n) => `0${n}`], international: [(n) => `+91 ${n.slice(0, 5)} ${n.slice(5)}`, (n) => `+91-${n}`] },
  DE: { cc: '49', nsn: (r) => r.pick(['151', '152', '157', '160', '162', '170', '171', '172', '175', '176', '177', '178', '179']) + r.digits(r.pick([7, 8])), national: [(n) => `0${n.slice(0, 3)} ${n.slice(3)}`, (n) => `0${n.slice(0, 3)}/${n.slice(3)}`, (n) => `0${n.slice(0, 3)}-${n.slice(3)}`], international: [(n) => `+49 ${n.slice(0, 3)} ${n.slice(3)}`, (n) => `+49 (0)${n.slice(0, 3)} ${n.slice(3)}`, (n) => `0049${n}`] },
  FR: { cc: '33', nsn: (r) => r.pick(['6', '7']) + r.digits(8), national: [(n) => `0${n[0]} ${group(n.slice(1), 2)}`, (n) => `0${n[0]}.${group(n.slice(1), 2, '.')}`], international: [(n) => `+33 ${n[0]} ${group(n.slice(1), 2)}`, (n) => `+33${n}`] },
  ES: { cc: '34', nsn: (r) => r.pick(['6', '7']) + r.digits(8), national: [(n) => `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, (n) => group(n, 3)], international: [(n) => `+34 ${group(n, 3)}`, (n) => `0034 ${n}`] },
  IT: { cc: '39', nsn: (r) => '3' + r.pick(['20', '28', '33', '35', '38', '40', '47', '48', '49', '66', '88', '93']) + r.digits(7), national: [(n) => `${n.slice(0, 3)} ${n.slice(3)}`, (n) => `${n.slice(0, 3)}/${n.slice(3)}`], international: [(n) => `+39 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, (n) => `+39 ${n}`] },
  NL: { cc: '31', nsn: (r) => '6' + r.digits(8), national: [(n) => `06-${n.slice(1)}`, (n) => `06 ${group(n.slice(1), 2)}`], international: [(n) => `+31 6 ${n.slice(1)}`, (n) => `+31 (0)6 ${n.slice(1)}`] },
  BR: { cc: '55', nsn: (r) => r.pick(['11', '19', '41', '81', '62', '21']) + '9' + r.digits(8), national: [(n) => `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`], international: [(n) => `+55 ${n.slice(0, 2)} ${n.slice(2, 7)}-${n.slice(7)}`, (n) => `+55 (${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`] },
  PL: { cc: '48', nsn: (r) => r.pick(['5', '6', '7', '8']) + r.digits(8), national: [(n) => group(n, 3), (n) => group(n, 3, '-')], international: [(n) => `+48 ${group(n, 3)}`, (n) => `+48${n}`] },
  SE: { cc: '46', nsn: (r) => '7' + r.pick(['0', '2', '3', '6', '9']) + r.digits(7), national: [(n) => `0${n.slice(0, 2)}-${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`], international: [(n) => `+46 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, (n) => `+46${n}`] },
  CZ: { cc: '420', nsn: (r) => r.pick(['60', '72', '73', '77', '79']) + r.digits(7), national: [(n) => group(n, 3)], international: [(n) => `+420 ${group(n, 3)}`, (n) => `00420 ${group(n, 3)}`] },
  TR: { cc: '90', nsn: (r) => '5' + r.pick(['0', '3', '4', '5']) + r.digits(8), national: [(n) => `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, (n) => `0 (${n.slice(0, 3)}) ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`], international: [(n) => `+90 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`] },
  JP: { cc: '81', nsn: (r) => r.pick(['90', '80', '70']) + r.digits(8), national: [(n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, (n) => `0${n}`], international: [(n) => `+81 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, (n) => `+81-${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`] },
  KR: { cc: '82', nsn: (r) => '10' + r.int(2, 9) + r.digits(7), national: [(n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, (n) => `0${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`], international: [(n) => `+82 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`] },
  CN: { cc: '86', nsn: (r) => '1' + r.pick(['3', '5', '8', '9']) + r.digits(9), national: [(n) => `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, (n) => n, (n) => `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`], international: [(n) => `+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, (n) => `+86-${n}`] },
  SA: { cc: '966', nsn: (r) => '5' + r.pick(['0', '3', '4', '5', '6', '9']) + r.digits(7), national: [(n) => `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, (n) => `0${n}`], international: [(n) => `+966 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, (n) => `00966${n}`] },
};

const MCC_MNC: Record<string, string[]> = {
  GB: ['23415', '23410', '23420'], US: ['310260', '311480', '310410'], AU: ['50501', '50502', '50503'], IN: ['40445', '405857', '40410'],
  DE: ['26201', '26202', '26203'], FR: ['20801', '20810', '20815'], ES: ['21401', '21407', '21403'], IT: ['22210', '22201', '22288'],
  NL: ['20404', '20416', '20408'], BR: ['72405', '72410', '72431'], PL: ['26001', '26002', '26003'], SE: ['24001', '24007', '24008'],
  CZ: ['23001', '23002', '23003'], TR: ['28601', '28602', '28603'], JP: ['44010', '44020', '44051'], KR: ['45005', '45006', '45008'],
  CN: ['46000', '46001', '46011'], SA: ['42001', '42003', '42004'],
};

// ---------------------------------------------------------------- the case under construction

interface Fact {
  label: Label | string;
  key: string; // machine key for JSON/kv
  text: string;
}

class Case {
  readonly planted: PlantedIdentifier[] = [];
  readonly threats: ThreatValue[] = [];
  readonly identity: LeakForm[] = [];
  readonly objects: StixObject[] = [];
  readonly facts: Fact[] = [];

  constructor(readonly rng: Rng, readonly l: Locale, readonly v: Vertical) {}

  plant(category: string, value: string, leak: LeakForm[], where: string): void {
    this.planted.push({ category, value, leak, where });
  }

  threat(category: string, value: string, check: SurvivalCheck, where: string): void {
    this.threats.push({ category, value, check, where });
  }

  /** A victim value that also goes into the free-text blocks under a localised label. */
  fact(category: string, label: Label | string, key: string, text: string, leak: LeakForm[], where = 'text block'): string {
    this.plant(category, text, leak, where);
    this.facts.push({ label: (this.l.labels as Record<string, string>)[label] ?? label, key, text });
    return text;
  }

  sdo(type: string, props: Record<string, unknown>, ts: string): StixObject {
    const o: StixObject = { type, spec_version: '2.1', id: `${type}--${uuid4(this.rng)}`, created: ts, modified: ts, ...props };
    this.objects.push(o);
    return o;
  }

  sco(type: string, props: Record<string, unknown>): StixObject {
    const body: Record<string, unknown> = { type, spec_version: '2.1', ...props };
    const id = deterministicObservableId(body) ?? `${type}--${uuid4(this.rng)}`;
    const existing = this.objects.find((o) => o.id === id);
    if (existing) return existing;
    const o = { id, ...body } as StixObject;
    this.objects.push(o);
    return o;
  }
}

// ---------------------------------------------------------------- personal identifiers

interface Named {
  p: Person;
  /** Every surface written so far (for the leak forms). */
  surfaces: string[];
  category: string;
}

/** How people in this locale write a name: order, honorific, initials, native script. */
function nameSurface(c: Case, n: Named, register: 'formal' | 'plain' | 'list' | 'signature'): string {
  const { p } = n;
  const { rng, l } = c;
  let s: string;
  if (p.native && !(l.code === 'ar' && register === 'list' && rng.chance(0.5)) && rng.chance(0.8)) {
    const { given, family, sep } = p.native;
    if (l.code === 'ar') s = register === 'formal' ? `${l.honorific(p)} ${given} ${family}` : `${given} ${family}`;
    else if (register === 'formal') s = `${family}${sep}${given}${l.honorific(p) ? ` ${l.honorific(p)}`.trim() : ''}`;
    else s = `${family}${rng.chance(0.5) ? sep : ''}${given}`;
  } else {
    const hon = l.honorific(p);
    const forms: (() => string)[] = [
      () => `${p.given} ${p.family}`,
      () => `${p.family}, ${p.given}`,
      () => `${p.given[0]}. ${p.family}`,
      () => `${p.family.toUpperCase()} ${p.given}`,
    ];
    if (register === 'formal' && hon && !p.native) forms.push(() => `${hon} ${p.family}`, () => `${hon} ${p.given} ${p.family}`);
    if (register === 'formal' && ['de', 'pl', 'cs', 'it'].includes(l.code)) forms.push(() => `${l.code === 'it' ? 'Ing.' : 'Dr.'} ${p.given} ${p.family}`);
    if (register === 'signature') forms.push(() => `${p.given} ${p.family}`, () => `${p.given} ${p.family}`);
    if (p.native) forms.push(() => `${p.family} ${p.given}`);
    s = rng.pick(forms)();
  }
  n.surfaces.push(s);
  return s;
}

function personLeak(n: Named): LeakForm[] {
  const { p } = n;
  const forms: LeakForm[] = [];
  const add = (f: LeakForm) => {
    if (!forms.some((x) => x.kind === f.kind && x.value === f.value)) forms.push(f);
  };
  add({ kind: 'word', value: `${p.given} ${p.family}` });
  add({ kind: 'word', value: `${p.family} ${p.given}` });
  add({ kind: 'word', value: `${p.family}, ${p.given}` });
  if (p.family.length >= 4) add({ kind: 'word', value: p.family });
  if (p.native) {
    const { given, family, sep } = p.native;
    const kind = /[\u0600-\u06ff]/.test(family) ? 'word' : 'text';
    if (kind === 'text') add({ kind, value: `${family}${given}` });
    if (sep) add({ kind, value: `${family}${sep}${given}` });
    add({ kind, value: `${given} ${family}` });
    if (family.length >= 2) add({ kind, value: family });
    if (given.length >= 2 && kind === 'text') add({ kind, value: given });
  }
  for (const s of n.surfaces) add({ kind: /[\u3040-\u9fff\uac00-\ud7af]/.test(s) ? 'text' : 'word', value: s });
  return forms;
}

function emailOf(rng: Rng, p: Person, host: string): string {
  const g = ascii(p.given).toLowerCase().replace(/ /g, '');
  const f = ascii(p.family).toLowerCase().replace(/[ -]/g, '');
  return rng.pick([() => `${g}.${f}`, () => `${g[0]}${f}`, () => `${f}.${g}${rng.int(60, 99)}`, () => `${g}${f}${rng.int(1, 9)}`, () => `${g}_${f}`])() + '@' + host;
}

function phoneOf(c: Case, intl = c.rng.chance(0.5)): { text: string; nsn: string } {
  const shape = PHONES[c.l.country];
  const nsn = shape.nsn(c.rng);
  return { text: c.rng.pick(intl ? shape.international : shape.national)(nsn), nsn };
}

function msisdnOf(c: Case): { text: string; nsn: string } {
  const shape = PHONES[c.l.country];
  const nsn = shape.nsn(c.rng);
  return { text: shape.cc + nsn, nsn };
}

function imsiOf(c: Case): string {
  const plmn = c.rng.pick(MCC_MNC[c.l.country]);
  return plmn + c.rng.digits(15 - plmn.length);
}

function iccidOf(c: Case): string {
  const cc = PHONES[c.l.country].cc;
  const body = ('89' + cc + c.rng.digits(2) + c.rng.digits(16)).slice(0, 18);
  return body + luhnDigit(body);
}

const IBAN_BBAN: Record<string, (r: Rng) => string> = {
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + r.digits(14),
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(23),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars(1, 'ABCDEFGHIJKLMNOPRSTUVWXYZ') + r.digits(22),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + r.digits(10),
  BR: (r) => r.digits(23) + 'C1',
  PL: (r) => r.digits(24),
  SE: (r) => r.digits(20),
  CZ: (r) => r.digits(20),
  TR: (r) => r.digits(22),
  SA: (r) => r.digits(20),
};

function ibanOf(c: Case): { text: string; bban: string } | undefined {
  const make = IBAN_BBAN[c.l.country];
  if (!make) return undefined;
  const bban = make(c.rng);
  const numeric = [...(bban + c.l.country + '00')].map((ch) => (ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch)).join('');
  const full = c.l.country + String(98 - mod97(numeric)).padStart(2, '0') + bban;
  return { text: c.rng.chance(0.6) ? group(full, 4) : full, bban };
}

/** National identity numbers with their real check digits. */
function nationalId(c: Case, y: number, m: number, d: number, female: boolean): { text: string; leak: LeakForm[] } | undefined {
  const r = c.rng;
  const yy = String(y % 100).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  switch (c.l.country) {
    case 'SE': {
      const body = yy + mm + dd + r.digits(2) + String(female ? r.pick([0, 2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9]));
      let sum = 0;
      for (let i = 0; i < 9; i++) {
        let v = Number(body[i]) * (i % 2 === 0 ? 2 : 1);
        if (v > 9) v -= 9;
        sum += v;
      }
      const full = body + ((10 - (sum % 10)) % 10);
      return { text: `${full.slice(0, 6)}-${full.slice(6)}`, leak: [{ kind: 'digits', value: full }] };
    }
    case 'PL': {
      const pm = y >= 2000 ? m + 20 : m;
      const body = yy + String(pm).padStart(2, '0') + dd + r.digits(3) + String(female ? r.pick([0, 2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9]));
      const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      const sum = [...body].reduce((a, ch, i) => a + Number(ch) * w[i], 0);
      const full = body + ((10 - (sum % 10)) % 10);
      return { text: full, leak: [{ kind: 'digits', value: full }] };
    }
    case 'ES': {
      const n = r.digits(8);
      return { text: n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23], leak: [{ kind: 'digits', value: n }] };
    }
    case 'BR': {
      const b = r.digits(9);
      const dv = (s: string) => {
        const sum = [...s].reduce((a, ch, i) => a + Number(ch) * (s.length + 1 - i), 0);
        const v = 11 - (sum % 11);
        return v >= 10 ? '0' : String(v);
      };
      const d1 = dv(b);
      const full = b + d1 + dv(b + d1);
      return { text: `${full.slice(0, 3)}.${full.slice(3, 6)}.${full.slice(6, 9)}-${full.slice(9)}`, leak: [{ kind: 'digits', value: full }] };
    }
    case 'TR': {
      const ds = [r.int(1, 9), ...Array.from({ length: 8 }, () => r.int(0, 9))];
      const d10 = (((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10 + 10) % 10;
      const d11 = (ds.reduce((a, b) => a + b, 0) + d10) % 10;
      const full = ds.join('') + d10 + d11;
      return { text: full, leak: [{ kind: 'digits', value: full }] };
    }
    case 'CN': {
      const body = r.pick(['320508', '420103', '440605', '510107']) + String(y) + mm + dd + r.digits(2) + String(female ? r.pick([0, 2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9]));
      const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = [...body].reduce((a, ch, i) => a + Number(ch) * w[i], 0);
      const full = body + '10X98765432'[sum % 11];
      return { text: full, leak: [{ kind: 'alnum', value: full.toLowerCase() }] };
    }
    case 'NL': {
      for (;;) {
        const ds = Array.from({ length: 8 }, () => r.int(0, 9));
        const sum = ds.reduce((a, v, i) => a + v * (9 - i), 0);
        const last = sum % 11;
        if (last <= 9 && ds[0] !== 0) {
          const full = ds.join('') + last;
          return { text: full, leak: [{ kind: 'digits', value: full }] };
        }
      }
    }
    case 'US': {
      const a = String(r.int(1, 665)).padStart(3, '0');
      const full = a + String(r.int(1, 99)).padStart(2, '0') + String(r.int(1, 9999)).padStart(4, '0');
      return { text: `${full.slice(0, 3)}-${full.slice(3, 5)}-${full.slice(5)}`, leak: [{ kind: 'digits', value: full }] };
    }
    case 'GB': {
      const full = r.pick(['AB', 'CE', 'JK', 'NS', 'PR', 'SH', 'WL', 'ZX']) + r.digits(6) + r.pick(['A', 'B', 'C', 'D']);
      return { text: r.chance(0.5) ? `${full.slice(0, 2)} ${full.slice(2, 4)} ${full.slice(4, 6)} ${full.slice(6, 8)} ${full[8]}` : full, leak: [{ kind: 'alnum', value: full.toLowerCase() }] };
    }
    case 'KR': {
      const body = yy + mm + dd + String(y >= 2000 ? (female ? 4 : 3) : female ? 2 : 1) + r.digits(5);
      const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
      const sum = [...body].reduce((a, ch, i) => a + Number(ch) * w[i], 0);
      const full = body + ((11 - (sum % 11)) % 10);
      return { text: `${full.slice(0, 6)}-${full.slice(6)}`, leak: [{ kind: 'digits', value: full }] };
    }
    case 'IN': {
      const full = r.chars(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + 'P' + r.chars(1, 'ABCDEGHKLMNPRSTVW') + r.digits(4) + r.chars(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ');
      return { text: full, leak: [{ kind: 'alnum', value: full.toLowerCase() }] };
    }
    case 'FR': {
      const body = (female ? '2' : '1') + yy + mm + r.pick(['49', '59', '26', '29', '54']) + r.digits(3) + r.digits(3);
      const key = String(97 - (Number(BigInt(body) % 97n))).padStart(2, '0');
      return { text: `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`, leak: [{ kind: 'digits', value: body }] };
    }
    case 'CZ': {
      for (;;) {
        const head = yy + String(female ? m + 50 : m).padStart(2, '0') + dd + r.digits(3);
        const check = Number(head) % 11;
        if (check === 10) continue;
        const full = head + check;
        return { text: `${full.slice(0, 6)}/${full.slice(6)}`, leak: [{ kind: 'digits', value: full }] };
      }
    }
    case 'SA': {
      const body = '1' + r.digits(8);
      const full = body + luhnDigit(body);
      return { text: full, leak: [{ kind: 'digits', value: full }] };
    }
    default:
      return undefined;
  }
}

function plateOf(c: Case): string {
  const r = c.rng;
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  switch (c.l.country) {
    case 'DE': return `${r.pick(['HEF', 'GP', 'LÖ', 'DEL', 'B', 'M'])}-${r.chars(2, L)} ${r.int(10, 9999)}${r.chance(0.2) ? 'E' : ''}`;
    case 'FR': return `${r.chars(2, L)}-${r.digits(3)}-${r.chars(2, L)}`;
    case 'ES': return `${r.digits(4)} ${r.chars(3, 'BCDFGHJKLMNPRSTVWXYZ')}`;
    case 'IT': return `${r.chars(2, L)} ${r.digits(3)}${r.chars(2, L)}`;
    case 'NL': return `${r.chars(1, L)}-${r.digits(3)}-${r.chars(2, L)}`;
    case 'GB': return `${r.chars(2, L)}${r.int(10, 74)} ${r.chars(3, L)}`;
    case 'PL': return `${r.pick(['RZ', 'BI', 'OP', 'CT'])} ${r.digits(4)}${r.chars(1, L)}`;
    case 'SE': return `${r.chars(3, L)} ${r.digits(2)}${r.chars(1, L + '0123456789')}`;
    case 'CZ': return `${r.int(1, 9)}${r.chars(1, 'ABCEHJKLMPSTUZ')}${r.int(1, 9)} ${r.digits(4)}`;
    case 'TR': return `${r.pick(['34', '06', '35', '16'])} ${r.chars(3, 'ABCDEFGHJKLMNPRSTUVYZ')} ${r.digits(3)}`;
    case 'BR': return `${r.chars(3, L)}${r.int(0, 9)}${r.chars(1, L)}${r.digits(2)}`;
    case 'JP': return `${r.pick(['浜松', '仙台', '岡山', '金沢'])} ${r.int(300, 599)} ${r.pick(['さ', 'す', 'せ', 'そ', 'た'])} ${r.digits(2)}-${r.digits(2)}`;
    case 'KR': return `${r.int(10, 399)}${r.pick(['가', '나', '다', '라', '마', '거', '너'])} ${r.digits(4)}`;
    case 'CN': return `${r.pick(['苏E', '鄂A', '粤E', '川A'])}·${r.chars(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`;
    case 'US': return `${r.digits(1)}${r.chars(3, L)}${r.digits(3)}`;
    case 'AU': return `${r.chars(3, L)}-${r.digits(2)}${r.chars(1, L)}`;
    case 'IN': return `${r.pick(['KA', 'MH', 'TN', 'TS'])} ${r.digits(2)} ${r.chars(2, L)} ${r.digits(4)}`;
    default: return `${r.chars(3, L)} ${r.digits(4)}`;
  }
}

function plateLeak(text: string): LeakForm[] {
  const native = text.replace(/[\s·-]/g, '');
  return /[^\x00-\x7f]/.test(text) ? [{ kind: 'text', value: text }, { kind: 'text', value: native }] : [{ kind: 'alnum', value: alnum(text) }];
}

function publicIp(rng: Rng): string {
  return `${rng.pick([31, 46, 62, 77, 79, 82, 84, 87, 91, 93, 95, 109, 178, 188, 212, 217])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(2, 250)}`;
}

function attackerIp(rng: Rng): string {
  return `${rng.pick([5, 45, 89, 103, 141, 146, 185, 193, 194, 195, 176])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(2, 250)}`;
}

function privateIp(rng: Rng): string {
  return rng.pick([
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
  ])();
}

/** Whole degrees inside each country, for customer premises and vehicle fixes. */
const COORDS: Record<string, [number, number]> = {
  GB: [52, -1], US: [39, -83], AU: [-33, 150], IN: [12, 77], DE: [50, 9], FR: [47, 2], ES: [40, -4], IT: [45, 10], NL: [52, 5],
  BR: [-23, -47], PL: [50, 21], SE: [59, 16], CZ: [49, 16], TR: [40, 29], JP: [35, 137], KR: [37, 127], CN: [31, 120], SA: [24, 46],
};

function isoAt(base: number, offsetMin: number): string {
  return new Date(base + offsetMin * 60_000).toISOString();
}

// ---------------------------------------------------------------- text blocks (how submitters paste data)

const HTML_ENTITY = (s: string) => [...s].map((ch) => (ch.charCodeAt(0) > 127 ? `&#${ch.codePointAt(0)};` : ch === '@' ? '&#64;' : ch === '&' ? '&amp;' : ch)).join('');

function renderBlock(c: Case, kind: string, facts: Fact[]): string {
  const r = c.rng;
  switch (kind) {
    case 'labelled':
      return facts.map((f) => `${f.label}: ${f.text}`).join('\n');
    case 'csv': {
      const sep = ['de', 'fr', 'es', 'it', 'nl', 'pl', 'cs', 'pt-BR', 'tr', 'sv'].includes(c.l.code) ? ';' : ',';
      return `${facts.map((f) => f.label).join(sep)}\n${facts.map((f) => (f.text.includes(sep) ? `"${f.text}"` : f.text)).join(sep)}`;
    }
    case 'markdown':
      return `| ${facts.map((f) => f.label).join(' | ')} |\n|${facts.map(() => '---').join('|')}|\n| ${facts.map((f) => f.text).join(' | ')} |`;
    case 'json':
      return JSON.stringify(Object.fromEntries(facts.map((f) => [f.key, f.text])), null, r.chance(0.5) ? 2 : undefined);
    case 'kv':
      return facts.map((f) => `${f.key.replace(/[A-Z]/g, (m) => '_' + m.toLowerCase())}=${f.text.includes(' ') ? `"${f.text}"` : f.text}`).join('\n');
    case 'html':
      return `<table>${facts.map((f) => `<tr><td>${HTML_ENTITY(f.label)}</td><td>${HTML_ENTITY(f.text)}</td></tr>`).join('')}</table>`;
    case 'inline':
      return facts.map((f) => `${f.label} ${f.text}`).join(', ') + '.';
    default:
      throw new Error(kind);
  }
}

// ---------------------------------------------------------------- the case

export function generateCaseV7(seed: number, index: number): GeneratedCase {
  const rng = new Rng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const l = pickLocale(rng);
  const v = rng.pick(Object.keys(VERTICALS) as Vertical[]);
  const vert = VERTICALS[v];
  const c = new Case(rng, l, v);
  const base = Date.UTC(2024, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59), rng.int(0, 59)) + rng.int(0, 999);
  const ts = isoAt(base, 0);
  const model = rng.pick(vert.models);

  // --- the submitter: company, domains, staff (identity terms, never to be published)
  const stem = rng.pick(COMPANY_STEMS);
  const legalName = l.code === 'ja' || l.code === 'ko' || l.code === 'zh' || l.code === 'ar'
    ? `${rng.pick(NATIVE_COMPANY[l.code])}${l.code === 'ar' ? '' : l.legal}`
    : `${stem} ${vert.en} ${l.legal}`;
  const slug = stem.toLowerCase();
  const tld = { GB: 'co.uk', US: 'com', AU: 'com.au', IN: 'in', BR: 'com.br', JP: 'co.jp', KR: 'co.kr', CN: 'com.cn', SA: 'com.sa', TR: 'com.tr', SE: 'se', CZ: 'cz' }[l.country] ?? l.country.toLowerCase();
  const domain = `${slug}-${vert.en.toLowerCase().split(' ')[0]}.${tld}`;
  const domain2 = `${slug}.${rng.pick(['com', 'io', 'net'])}`;
  const acronym = (stem.slice(0, 2) + vert.en.split(' ').map((w) => w[0]).join('')).toUpperCase();
  c.identity.push({ kind: 'word', value: stem }, { kind: 'text', value: domain }, { kind: 'text', value: domain2 }, { kind: /^[\x00-\u024f ]+$/.test(legalName) ? 'word' : 'text', value: legalName }, { kind: 'word', value: acronym });
  // four different family and given names, none inside the victim organisation's name (some are
  // named after a family), so a hit on one person or organisation is never credited to another
  const victimOrg = rng.pick(l.victimOrgs);
  const people: Person[] = [];
  while (people.length < 4) {
    const p = person(rng, l);
    const clash = [p.family, p.native?.family].some((f) => f && victimOrg.includes(f));
    if (!clash && !people.some((q) => q.family === p.family || q.given === p.given)) people.push(p);
  }
  const staff: Named[] = [0, 1].map((i) => ({ p: people[i], surfaces: [], category: 'staff' }));
  const staffEmail = (n: Named) => emailOf(rng, n.p, rng.chance(0.7) ? domain : domain2);

  // --- victims: a customer (person), maybe a business customer, an on-site person
  const customer: Named = { p: people[2], surfaces: [], category: 'person:customer' };
  const other: Named = { p: people[3], surfaces: [], category: rng.pick(['person:employee', 'person:technician', 'person:fleet-manager']) };
  const businessCase = ['plc', 'modem', 'meter', 'tcu'].includes(v) && rng.chance(0.6);

  const [city, pc] = rng.pick(l.cities);
  const street = rng.pick(l.streets);
  const houseNo = String(rng.int(2, 148));
  const address = l.address(street, houseNo, city, pc);
  const streetLine = l.address(street, houseNo, city, pc).split(/,|、|،/)[0];
  const addressLeak: LeakForm[] = [{ kind: 'text', value: streetLine }];
  if (l.code === 'ja') addressLeak.splice(0, 1, { kind: 'text', value: `${street}${houseNo}-` });
  if (l.code === 'ko') addressLeak.splice(0, 1, { kind: 'text', value: `${street} ${houseNo},` });
  if (l.code === 'zh') addressLeak.splice(0, 1, { kind: 'text', value: `${street}${houseNo}号` });
  if (l.code === 'ar') addressLeak.splice(0, 1, { kind: 'text', value: `مبنى ${houseNo}،` }, { kind: 'text', value: `${street}، مبنى ${houseNo}` });
  if (['en-GB', 'en-US', 'en-AU', 'fr'].includes(l.code)) addressLeak.splice(0, 1, { kind: 'text', value: `${houseNo} ${street}` });
  if (l.code === 'en-IN') addressLeak.splice(0, 1, { kind: 'text', value: `No. ${houseNo}, ${street}` });
  if (l.code === 'es' || l.code === 'pt-BR') addressLeak.splice(0, 1, { kind: 'text', value: `${street}, ${houseNo}` });
  if (l.code === 'tr') addressLeak.splice(0, 1, { kind: 'text', value: `${street} No:${houseNo}` });
  if (l.code === 'pl') addressLeak.splice(0, 1, { kind: 'text', value: `${street} ${houseNo}/` });

  const custPhone = phoneOf(c);
  const custEmail = emailOf(rng, customer.p, rng.pick(l.mailHosts));
  const otherPhone = phoneOf(c);
  const victimPublic = publicIp(rng);
  const victimPrivate = privateIp(rng);
  const victimPrivate2 = privateIp(rng);

  // --- threats
  const a1 = attackerIp(rng);
  const a2 = attackerIp(rng);
  // an attacker in the victim's /24 (a compromised neighbour); never a prefix of the victim's text,
  // which the scorer's cutting of threat values would otherwise split
  let neighbour: string | undefined;
  if (rng.chance(0.35)) {
    const host = Number(victimPublic.split('.')[3]);
    let other = (host + rng.int(7, 90)) % 250 + 2;
    while (String(host).startsWith(String(other))) other = (other + 11) % 250 + 2;
    neighbour = `${victimPublic.split('.').slice(0, 3).join('.')}.${other}`;
  }
  const foreign = rng.pick(LOCALES.filter((x) => x.code !== l.code && !x.nativeFamily));
  const fp = person(rng, foreign);
  const d1 = rng.chance(0.45)
    ? `${ascii(fp.given).toLowerCase().replace(/ /g, '')}-${ascii(fp.family).toLowerCase().replace(/ /g, '')}.${rng.pick(TLDS)}`
    : `${rng.pick(['cdn', 'upd', 'sync', 'telemetry', 'ota', 'cloud'])}-${rng.pick(['node', 'relay', 'fw', 'edge', 'api'])}${rng.int(2, 99)}.${rng.pick(TLDS)}`;
  const d2 = rng.chance(0.12) ? `${slug}-firmware-update.${rng.pick(TLDS)}` : `${rng.pick(['secure', 'login', 'verify', 'billing'])}-${rng.pick(['portal', 'account', 'service'])}.${rng.pick(TLDS)}`;
  const port = rng.pick([23, 2323, 4444, 8443, 1883, 5555, 7547, 37215, 502, 9001]);
  const sha256 = rng.hex(64);
  const md5 = rng.hex(32);
  const malware = rng.pick(MALWARE);
  const actor = rng.pick(ACTORS);
  const cve = rng.chance(0.8) ? rng.pick(CVES) : `CVE-${rng.int(2023, 2025)}-${rng.int(20000, 52999)}`;
  const ua = rng.pick(UAS);
  const payloadPath = rng.pick(['bins/mips', 'x86_64', 'fw/upd.bin', 'i.sh', 'mpsl', 'arm7']);
  const url1 = `http://${a1}:${rng.pick([80, 8080, 8000])}/${payloadPath}`;
  const url2 = `https://${d2}/${rng.pick(['account/verify', 'login.php', 'de/kundenportal', 'sim/activate'])}`;
  const sender = `${rng.pick(['service', 'no-reply', 'support', 'billing', 'security'])}@${d2}`;

  const ipPattern = `[ipv4-addr:value = '${a1}'] OR [ipv4-addr:value = '${a2}']${neighbour ? ` OR [ipv4-addr:value = '${neighbour}']` : ''}`;
  c.threat('attacker-ip', a1, { kind: 'pattern', value: a1 }, 'indicator pattern');
  c.threat('attacker-ip', a2, { kind: 'pattern', value: a2 }, 'indicator pattern');
  if (neighbour) c.threat('attacker-ip:victim-/24', neighbour, { kind: 'pattern', value: neighbour }, 'indicator pattern, same /24 as a victim address');
  c.threat('c2-domain', d1, { kind: 'pattern', value: d1 }, 'indicator pattern');
  c.threat(d2.startsWith(slug) ? 'phishing-domain:typosquat' : 'phishing-domain', d2, { kind: 'pattern', value: d2 }, 'indicator pattern');
  c.threat('url', url1, { kind: 'sco', type: 'url', property: 'value', value: url1 }, 'url SCO');
  c.threat('hash:sha256', sha256, { kind: 'hash', value: sha256 }, 'file SCO hashes');
  c.threat('hash:md5', md5, { kind: 'pattern', value: md5 }, 'indicator pattern');
  c.threat('malware', malware, { kind: 'name', type: 'malware', value: malware }, 'malware name');
  c.threat('threat-actor', actor, { kind: 'name', type: 'intrusion-set', value: actor }, 'intrusion-set name');
  c.threat('cve', cve, { kind: 'name', type: 'vulnerability', value: cve }, 'vulnerability name');
  c.threat('port', `dst_port = ${port}`, { kind: 'pattern', value: `dst_port = ${port}` }, 'indicator pattern');
  c.threat('phishing-sender', sender, { kind: 'sco', type: 'email-addr', property: 'value', value: sender }, 'email-message from_ref');
  c.threat('user-agent', ua, { kind: 'text', value: ua }, 'indicator pattern and log paste');
  c.threat('c2-domain:prose', d1, { kind: 'text', value: d1 }, 'prose (sometimes defanged)');

  // --- victim identifiers by vertical, each also a fact for the text blocks
  const ll = l.labels;
  const custNo = rng.pick([() => `${rng.digits(3)}-${rng.digits(7)}`, () => `KD${rng.digits(8)}`, () => rng.digits(10), () => `C-${rng.digits(4)}-${rng.digits(4)}`])();
  c.fact('account:customer-number', 'customer', 'customerId', custNo, [{ kind: 'alnum', value: alnum(custNo) }]);
  const contractNo = rng.pick([() => `${rng.digits(2)}/${rng.digits(6)}/${rng.int(2019, 2024)}`, () => `VT-${rng.digits(9)}`, () => `${rng.chars(2, 'ABCDEFGHKLMNPRSTUVWXZ')}${rng.digits(8)}`])();
  if (rng.chance(0.6)) c.fact('account:contract', 'contract', 'contractNo', contractNo, [{ kind: 'alnum', value: alnum(contractNo) }]);
  const ticket = rng.pick([() => `INC${rng.digits(7)}`, () => `#${rng.digits(6)}`, () => `CS-${rng.int(2023, 2024)}-${rng.digits(5)}`, () => `SR${rng.digits(8)}`])();
  c.fact('ticket', 'ticket', 'ticket', ticket, [{ kind: 'alnum', value: alnum(ticket) }]);
  c.fact('email', 'email', 'email', custEmail, [{ kind: 'text', value: custEmail }]);
  c.fact('phone', 'phone', 'phone', custPhone.text, [{ kind: 'digits', value: custPhone.nsn }]);
  c.fact('address', 'address', 'address', address, addressLeak);

  if (rng.chance(0.45)) {
    const y = rng.int(1948, 2003), m = rng.int(1, 12), d = rng.int(1, 28);
    const dob = l.dob(y, m, d);
    c.fact('dob', 'dob', 'dateOfBirth', dob, [{ kind: 'text', value: dob }]);
    const nid = rng.chance(0.7) ? nationalId(c, y, m, d, customer.p.female) : undefined;
    if (nid) c.fact('national-id', 'nationalId', 'nationalId', nid.text, nid.leak);
  }
  if (rng.chance(0.4)) {
    const ib = ibanOf(c);
    if (ib) c.fact('bank:iban', 'iban', 'iban', ib.text, [{ kind: 'alnum', value: ib.bban.toLowerCase() }]);
    else {
      const cd = card(rng);
      c.fact('bank:card', 'iban', 'card', cd.text, cd.leak);
    }
  }

  const serial = `${model.replace(/[^A-Z0-9]/gi, '').slice(0, 4).toUpperCase()}${rng.int(19, 24)}${rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(6)}`;
  c.fact('device:serial', 'serial', 'serialNumber', serial, [{ kind: 'alnum', value: alnum(serial) }]);
  const devMac = mac(rng);
  c.fact('device:mac', 'MAC', 'mac', devMac.planted.text, devMac.planted.leak);

  let msisdn: { text: string; nsn: string } | undefined;
  let imeiText: string | undefined;
  if (['modem', 'carrier', 'tcu', 'meter', 'evse'].includes(v) && (v !== 'meter' || rng.chance(0.5))) {
    const im = imei(rng);
    imeiText = c.fact('device:imei', 'IMEI', 'imei', im.text, im.leak);
    const imsi = imsiOf(c);
    c.fact('subscriber:imsi', 'IMSI', 'imsi', imsi, [{ kind: 'digits', value: imsi.slice(-10) }]);
    const ic = iccidOf(c);
    c.fact('subscriber:iccid', 'ICCID', 'iccid', rng.chance(0.4) ? group(ic, 4) : ic, [{ kind: 'digits', value: ic.slice(-11, -1) }]);
    msisdn = msisdnOf(c);
    c.fact('subscriber:msisdn', 'MSISDN', 'msisdn', msisdn.text, [{ kind: 'digits', value: msisdn.nsn }]);
  }
  if (v === 'meter') {
    const meterNo = { DE: () => `1${rng.pick(['EMH', 'ESY', 'ITF', 'LOG'])}00${rng.digits(8)}`, GB: () => `${rng.int(10, 23)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(3)}`, NL: () => `871${rng.digits(15)}`, FR: () => rng.digits(14), ES: () => `ES0021${rng.digits(16)}${rng.chars(2, 'ABCDEFGHJKLMNPQRSTVWXYZ')}`, IT: () => `IT001E${rng.digits(8)}`, AU: () => `${rng.int(4, 7)}${rng.digits(9)}` }[l.country] ?? (() => `${rng.pick(['KFM', 'LGZ', 'ISK'])}${rng.digits(10)}`);
    const mn = meterNo();
    c.fact('device:meter-number', 'meter', 'meterId', mn, [{ kind: 'alnum', value: alnum(mn) }]);
  }
  if (v === 'tcu' || (v === 'evse' && rng.chance(0.5))) {
    const vn = vin(rng);
    if (v === 'tcu') c.fact('vehicle:vin', 'VIN', 'vin', vn.text, vn.leak);
    const pl = plateOf(c);
    c.fact('vehicle:plate', 'plate', 'licensePlate', pl, plateLeak(pl));
  }
  if (v === 'evse') {
    const op = rng.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ');
    const evse = `${l.country}*${op}*E${rng.digits(7)}*${rng.int(1, 2)}`;
    c.fact('device:evse-id', 'EVSE-ID', 'evseId', evse, [{ kind: 'alnum', value: alnum(evse.split('*')[2]) }]);
    const emaid = `${l.country}-${op}-C${rng.digits(8)}-${rng.chars(1, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}`;
    c.fact('account:emaid', 'eMAID', 'contractId', emaid, [{ kind: 'alnum', value: alnum(emaid.split('-')[2]) }]);
    const rfid = rng.hex(14).toUpperCase();
    c.fact('account:rfid-uid', 'RFID UID', 'rfidUid', rfid, [{ kind: 'alnum', value: rfid.toLowerCase() }]);
  }
  if (v === 'stb') {
    const sc = `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`;
    c.fact('device:smartcard', 'Smartcard', 'smartcardNo', sc, [{ kind: 'digits', value: digitsOf(sc) }]);
  }

  // coordinates of the customer premises or the vehicle
  // five decimals with a non-zero last digit, so the number prints as written
  const coord = (whole: number) => Number(`${whole}.${rng.digits(4)}${rng.int(1, 9)}`);
  const [latBase, lonBase] = COORDS[l.country];
  const lat = coord(latBase + rng.int(0, 1) * Math.sign(latBase));
  const lon = coord(lonBase + rng.int(0, 1) * Math.sign(lonBase));
  const latLeak = String(lat).slice(0, String(lat).indexOf('.') + 4);
  const lonLeak = String(lon).slice(0, String(lon).indexOf('.') + 4);
  c.plant('location:coordinates', `${lat}, ${lon}`, [{ kind: 'text', value: latLeak }, { kind: 'text', value: lonLeak }], 'location lat/long and text');

  // internal names: victim hosts, users, paths
  const userLogin = rng.pick([
    () => `${ascii(other.p.given)[0]}.${ascii(other.p.family).replace(/ /g, '')}`.toLowerCase(),
    () => `${ascii(other.p.family).replace(/ /g, '')}${ascii(other.p.given)[0]}`.toLowerCase(),
    () => `${ascii(other.p.given).split(' ')[0]}.${ascii(other.p.family).replace(/ /g, '')}`.toLowerCase(),
  ])();
  const victimShort = ascii(victimOrg).split(' ').filter((w) => w.length > 3)[0]?.toLowerCase() ?? 'site';
  const host = rng.pick(v === 'plc' ? [
    () => `${rng.pick(['ENG-WS', 'HMI', 'SCADA-SRV', 'HIST'])}-${rng.digits(2)}.${victimShort}.${rng.pick(['local', 'corp', 'lan', 'intern'])}`,
    () => `LAPTOP-${ascii(other.p.given)[0]}${ascii(other.p.family).replace(/ /g, '').toUpperCase().slice(0, 9)}`,
  ] : [
    () => `LAPTOP-${ascii(other.p.given)[0]}${ascii(other.p.family).replace(/ /g, '').toUpperCase().slice(0, 9)}`,
    () => `${rng.pick(['GW', 'FLEET-SRV', 'NAS', 'OFFICE-PC'])}-${rng.digits(2)}.${victimShort}.${rng.pick(['local', 'corp', 'lan', 'fritz.box'])}`,
    () => `${ascii(other.p.given).split(' ')[0]}s-${rng.pick(['iPhone', 'Galaxy-S23', 'MacBook-Pro', 'Pixel-7'])}`,
  ])();
  c.plant('host:internal', host, [{ kind: 'text', value: host.toLowerCase() }], 'log paste, process/observed SCOs');
  c.plant('user:login', userLogin, [{ kind: 'word', value: userLogin }], 'user-account and log paste');
  const winPath = `C:\\Users\\${userLogin}\\AppData\\Roaming\\${rng.pick(['Microsoft', 'upd', 'Temp'])}\\${rng.pick(['svchost32.exe', 'update.ps1', 'ms-upd.dll'])}`;
  c.plant('user:path', winPath, [{ kind: 'word', value: userLogin }], 'process command_line / directory');

  c.plant('ip:victim-public', victimPublic, [{ kind: 'ip', value: victimPublic }], 'network-traffic src, log paste');
  c.plant('ip:victim-private', victimPrivate, [{ kind: 'ip', value: victimPrivate }], 'indicator pattern src_ref, log paste');
  c.plant('ip:victim-private', victimPrivate2, [{ kind: 'ip', value: victimPrivate2 }], 'kv config / JSON');
  let v6: string | undefined;
  if (v === 'carrier' || v === 'stb' || rng.chance(0.2)) {
    const eui = eui64Address(rng, devMac.octets, `2a02:${rng.hex(4).replace(/^0+/, '') || '1'}:${rng.hex(4).replace(/^0+/, '') || '1'}:${rng.hex(3)}`);
    v6 = eui.text;
    c.plant('ip:victim-ipv6-eui64', v6, eui.leak, 'text');
  }

  // --- carriers and module makers see fraud: IRSF destinations and smishing senders survive
  let irsf: string | undefined;
  let smisher: string | undefined;
  if (v === 'carrier' || v === 'modem' || (v === 'tcu' && rng.chance(0.4))) {
    const pre = rng.pick(IRSF_PREFIXES);
    const num = pre + rng.digits(Math.max(6, 12 - pre.length));
    irsf = rng.pick([`+${num}`, `00${num}`, `+${num.slice(0, 3)} ${num.slice(3, 6)} ${num.slice(6)}`]);
    c.threat('fraud:irsf-number', num, { kind: 'digits', value: num }, 'CDR paste');
    const foreignShape = PHONES[rng.pick(['GB', 'NL', 'PL', 'ES', 'FR'])];
    const sn = foreignShape.nsn(rng);
    smisher = rng.pick(foreignShape.international)(sn);
    c.threat('fraud:smishing-sender', foreignShape.cc + sn, { kind: 'digits', value: sn }, 'smishing note');
  }
  // --- OT and Windows hosts: mutex and registry persistence
  const mutexName = `Global\\${rng.pick(['MTX', 'qz', 'Xx', 'Lk'])}${rng.hex(10)}`;
  const regKey = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\${rng.pick(['UpdSvc', 'OneDriveSync', 'RtkAudioHelper'])}${rng.int(2, 99)}`;
  const pesc = (s: string) => s.replace(/\\/g, '\\\\');
  const withHost = v === 'plc' || rng.chance(0.3);
  if (withHost) {
    c.threat('mutex', mutexName, { kind: 'sco', type: 'mutex', property: 'name', value: mutexName }, 'mutex SCO');
    c.threat('registry-key', regKey, { kind: 'pattern', value: pesc(regKey) }, 'indicator pattern');
  }

  // --- people's names: placed in prose and structured fields
  const custFormal = nameSurface(c, customer, 'formal');
  const custPlain = nameSurface(c, customer, 'plain');
  const otherFormal = nameSurface(c, other, 'formal');
  const staffA = nameSurface(c, staff[0], 'signature');
  const staffB = nameSurface(c, staff[1], 'plain');
  const staffAEmail = staffEmail(staff[0]);
  const staffPhone = phoneOf(c, true);
  c.plant('staff:phone', staffPhone.text, [{ kind: 'digits', value: staffPhone.nsn }], 'submitter identity contact_information');
  c.plant('person:other-phone', otherPhone.text, [{ kind: 'digits', value: otherPhone.nsn }], 'email thread signature');
  c.facts.push({ label: ll.name, key: 'name', text: custPlain });

  // --- the text blocks
  const say = l.say;
  const defang = (d: string) => (rng.chance(0.4) ? d.replace(/\.(?=[^.]+$)/, '[.]') : d);
  const prose = [
    say.complaint(custFormal, l.code === 'ja' || l.code === 'zh' ? city : address.split(/,|、|،/).slice(-1)[0].trim(), custPhone.text),
    say.beacon(a1, defang(d1), String(port)),
    say.analyst(staffB),
    say.onsite(otherFormal),
    say.closing,
  ].join(l.code === 'ja' || l.code === 'zh' ? '' : ' ');

  const facts = rng.shuffle([...c.facts]);
  const kinds = rng.shuffle(['labelled', 'csv', 'markdown', 'json', 'kv', 'html', 'inline']).slice(0, rng.int(2, 4));
  const chunks: Fact[][] = kinds.map(() => []);
  facts.forEach((f, i) => {
    chunks[i % kinds.length].push(f);
    if (rng.chance(0.25)) chunks[rng.int(0, kinds.length - 1)].push(f);
  });
  const blocks = kinds.map((k, i) => renderBlock(c, k, chunks[i].filter((f, j, a) => a.indexOf(f) === j)));

  const hh = () => `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const logHost = host.split('.')[0];
  const logLines = [
    `Mar 14 ${hh()} ${logHost} sshd[${rng.int(300, 9999)}]: Accepted password for ${userLogin} from ${victimPrivate} port ${rng.int(40000, 65000)} ssh2`,
    `Mar 14 ${hh()} ${logHost} kernel: [UFW ALLOW] IN=eth0 OUT= MAC=${devMac.planted.text} SRC=${victimPublic} DST=${a1} PROTO=TCP DPT=${port}`,
    `Mar 14 ${hh()} ${logHost} httpd[${rng.int(300, 9999)}]: ${a2} - - "GET /${payloadPath} HTTP/1.1" 200 - "${ua}"`,
    ...(imeiText ? [`Mar 14 ${hh()} ${logHost} modemmanager[${rng.int(300, 9999)}]: modem IMEI ${imeiText} registered, APN internet`] : []),
    ...(v6 ? [`Mar 14 ${hh()} ${logHost} dhcp6c: assigned ${v6}/64`] : []),
  ].join('\n');

  const selfcare = `https://selfcare.${domain}/${rng.pick(['account', 'kunde', 'ticket'])}?${msisdn ? `msisdn=${msisdn.text}&` : ''}email=${encodeURIComponent(custEmail)}&cust=${encodeURIComponent(custNo)}`;

  const fraud = irsf
    ? `CDR ${msisdn?.text ?? custNo} -> ${irsf} ${rng.int(3, 59)}x ${rng.int(20, 58)}s; SMS from ${smisher}: "${rng.pick(['Your parcel is held', 'Ihr Paket wartet', 'Votre colis est en attente'])} ${url2}"`
    : '';

  // --- STIX objects
  const submitter = c.sdo('identity', {
    name: legalName,
    identity_class: 'organization',
    sectors: [v === 'carrier' ? 'telecommunications' : v === 'meter' || v === 'evse' ? 'energy' : v === 'tcu' ? 'automotive' : 'manufacturing'],
    contact_information: `${staffA}, ${staffAEmail}, ${staffPhone.text}`,
  }, ts);
  const by = { created_by_ref: submitter.id };

  c.sdo('identity', {
    ...by,
    name: custPlain,
    identity_class: 'individual',
    contact_information: `${custEmail}; ${custPhone.text}`,
    description: `${ll.address}: ${address}`,
  }, ts);
  const orgIdentity = c.sdo('identity', {
    ...by,
    name: businessCase ? victimOrg : custPlain,
    identity_class: businessCase ? 'organization' : 'individual',
    sectors: businessCase ? [rng.pick(['utilities', 'transportation', 'manufacturing'])] : undefined,
    contact_information: businessCase ? `${otherFormal}, ${otherPhone.text}` : undefined,
  }, ts);
  if (businessCase) c.plant('org:victim', victimOrg, [{ kind: 'word', value: victimOrg }], 'sighting where_sighted identity, prose');
  const location = c.sdo('location', {
    ...by,
    name: rng.chance(0.5) ? `${custPlain} – ${streetLine}` : streetLine,
    street_address: address,
    city: city.replace(/ \(.*\)$/, ''),
    postal_code: pc,
    country: l.country,
    latitude: lat,
    longitude: lon,
  }, ts);

  const scoVictimIp = c.sco('ipv4-addr', { value: victimPublic });
  const scoAttacker = c.sco('ipv4-addr', { value: a1 });
  c.threat('attacker-ip:sco', a1, { kind: 'sco', type: 'ipv4-addr', property: 'value', value: a1 }, 'observed network-traffic dst');
  const scoPriv = c.sco('ipv4-addr', { value: victimPrivate });
  const scoMac = c.sco('mac-addr', { value: devMac.octets.join(':') });
  const nt = c.sco('network-traffic', { src_ref: scoVictimIp.id, dst_ref: scoAttacker.id, dst_port: port, src_port: rng.int(32768, 60999), protocols: ['ipv4', 'tcp'], start: isoAt(base, -90) });
  const account = c.sco('user-account', { user_id: userLogin, account_login: userLogin, display_name: nameSurface(c, other, 'plain'), account_type: rng.pick(['windows-local', 'unix', 'ldap']) });
  const file = c.sco('file', { name: rng.pick(['svchost32.exe', 'upd.bin', 'libcfg.so', 'mips']), hashes: { 'SHA-256': sha256, MD5: md5 } });
  const dir = c.sco('directory', { path: winPath.slice(0, winPath.lastIndexOf('\\')) });
  const proc = c.sco('process', { pid: rng.int(400, 9000), command_line: `"${winPath}" --host ${host} --c2 ${d1}:${port}` });
  const fromAddr = c.sco('email-addr', { value: sender, display_name: rng.pick(['Kundenservice', 'Customer Care', 'Service Client', 'Atención al cliente']) });
  const toAddr = c.sco('email-addr', { value: custEmail, display_name: nameSurface(c, customer, 'plain') });
  const mail = c.sco('email-message', {
    is_multipart: false,
    from_ref: fromAddr.id,
    to_refs: [toAddr.id],
    subject: `${rng.pick(['Action required', 'Zahlung fehlgeschlagen', 'Votre facture', 'Aviso importante'])}: ${custNo}`,
    body: `${nameSurface(c, customer, 'formal')}, ${url2}?u=${encodeURIComponent(custEmail)}`,
  });
  const urlSco = c.sco('url', { value: url1 });
  const domSco = c.sco('domain-name', { value: d1 });
  const scos = [scoVictimIp, scoAttacker, scoPriv, scoMac, nt, account, file, dir, proc, fromAddr, toAddr, mail, urlSco, domSco];
  if (withHost) scos.push(c.sco('mutex', { name: mutexName }));
  const observed = c.sdo('observed-data', { ...by, first_observed: isoAt(base, -120), last_observed: isoAt(base, -5), number_observed: rng.int(1, 40), object_refs: scos.map((s) => s.id) }, ts);

  const patterns: [string, string][] = [
    [ipPattern, `${malware} C2 addresses`],
    [`[domain-name:value = '${d1}'] OR [domain-name:value = '${d2}']`, `${malware} domains`],
    [`[file:hashes.'SHA-256' = '${sha256}'] OR [file:hashes.MD5 = '${md5}']`, `${malware} sample`],
    [`[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '${a2}' AND network-traffic:dst_port = ${port}]`, 'C2 port'],
    [`[network-traffic:src_ref.value = '${victimPrivate}' AND network-traffic:dst_ref.value = '${a1}']`, 'beacon from customer device'],
    [`[email-message:from_ref.value = '${sender}']`, 'phishing sender'],
    [`[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = '${ua}']`, 'downloader UA'],
  ];
  if (withHost) patterns.push([`[mutex:name = '${pesc(mutexName)}'] OR [windows-registry-key:key = '${pesc(regKey)}']`, 'host artefacts']);
  const indicators = patterns.map(([pattern, name]) => c.sdo('indicator', { ...by, name, pattern, pattern_type: 'stix', valid_from: ts, indicator_types: ['malicious-activity'] }, ts));

  const mw = c.sdo('malware', { ...by, name: malware, is_family: true, malware_types: [rng.pick(['bot', 'trojan', 'backdoor'])], description: `${malware} variant compiled for ${rng.pick(['mips', 'arm7', 'x86_64', 'armv8'])}.` }, ts);
  const is = c.sdo('intrusion-set', { ...by, name: actor, description: `Activity overlaps with public reporting on ${actor}.` }, ts);
  const vuln = c.sdo('vulnerability', { ...by, name: cve, external_references: [{ source_name: 'cve', external_id: cve }] }, ts);
  const infra = c.sdo('infrastructure', { ...by, name: `${malware} C2 ${defang(d1)}`, infrastructure_types: ['command-and-control'] }, ts);
  const rels: [string, string, string][] = [
    ...indicators.map((i): [string, string, string] => [i.id, 'indicates', mw.id]),
    [is.id, 'uses', mw.id], [mw.id, 'exploits', vuln.id], [mw.id, 'beacons-to', infra.id], [infra.id, 'consists-of', domSco.id], [infra.id, 'consists-of', scoAttacker.id],
  ];
  for (const [s, t, d] of rels) c.sdo('relationship', { ...by, relationship_type: t, source_ref: s, target_ref: d }, ts);

  const sighting = c.sdo('sighting', {
    ...by,
    sighting_of_ref: indicators[0].id,
    where_sighted_refs: [orgIdentity.id, location.id],
    observed_data_refs: [observed.id],
    first_seen: isoAt(base, -120),
    last_seen: isoAt(base, -5),
    count: rng.int(1, 60),
    description: `${ll.host} ${host}, ${ll.serial} ${serial}`,
  }, ts);

  const incidentProps: Record<string, unknown> = {
    ...by,
    name: `${say.title(`${vert.device} ${model}`, malware)} (${ticket})`,
    description: [prose, blocks[0], logLines].join('\n\n'),
    external_references: [
      { source_name: 'cve', external_id: cve },
      ...(rng.chance(0.5) ? [{ source_name: `${stem} Jira`, url: `https://jira.${domain}/browse/SEC-${rng.int(100, 9999)}`, external_id: ticket }] : []),
    ],
  };
  if (rng.chance(0.35)) incidentProps[`x_${slug}_customer`] = { name: custPlain, id: custNo };
  const incident = c.sdo('incident', incidentProps, ts);

  const thread = [
    `From: ${staffA} <${staffAEmail}>`,
    `To: ${custPlain} <${custEmail}>`,
    `Subject: ${ll.ticket} ${ticket}`,
    '',
    blocks[1] ?? '',
    '',
    '--',
    `${otherFormal}`,
    `${ll.phone} ${otherPhone.text}`,
  ].join('\n');
  c.sdo('note', {
    ...by,
    abstract: `${ll.ticket} ${ticket} – ${custPlain}`,
    content: [thread, ...blocks.slice(2), selfcare, fraud].filter(Boolean).join('\n\n'),
    authors: [staffA, staffB],
    object_refs: [incident.id, observed.id],
  }, ts);
  const kvConfig = [
    `wan_ip=${victimPublic}`, ...(v6 ? [`wan_ipv6=${v6}`] : []), `lan_ip=${victimPrivate2}`, `mqtt_broker=${d1}`, `mqtt_port=${port}`, `mqtt_user=${userLogin}`, `owner="${custPlain}"`, `site_lat=${lat}`, `site_lon=${lon}`,
  ].join('\n');
  c.sdo('note', {
    ...by,
    content: rng.chance(0.5) ? `config dump (${model}):\n${kvConfig}` : JSON.stringify({ device: { model, serial, wan: victimPublic, wan6: v6, lan: victimPrivate2 }, gps: [lat, lon], broker: `${d1}:${port}`, owner: custPlain }),
    object_refs: [observed.id, sighting.id],
  }, ts);

  c.sdo('report', {
    ...by,
    name: `${say.title(vert.device, malware)} – ${legalName}`,
    description: [say.beacon(a1, d1, String(port)), `${ll.contact}: ${staffA} (${acronym} PSIRT), ${staffAEmail}`].join('\n\n'),
    published: ts,
    report_types: ['threat-report', 'indicator'],
    object_refs: c.objects.filter((o) => o.type !== 'report').map((o) => o.id),
  }, ts);

  // the persons, now that every surface is known
  for (const n of [customer, other]) c.plant(n.category, n.surfaces[0] ?? `${n.p.given} ${n.p.family}`, personLeak(n), 'prose, thread, STIX name fields');
  for (const n of staff) for (const f of personLeak(n)) c.identity.push(f);

  const profile: SubmitterProfile = {
    names: [legalName, stem],
    domains: [domain, domain2],
    country: l.country,
    sectors: submitter.sectors as string[],
    languages: [l.code.split('-')[0]],
    ...(rng.chance(0.5) ? { staff: staff.map((n) => `${n.p.given} ${n.p.family}`) } : {}),
    ...(businessCase && rng.chance(0.3) ? { customers: [victimOrg] } : {}),
  };

  // strip undefined properties (identity sectors/contact on individuals)
  for (const o of c.objects) for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];

  return {
    index,
    lang: l.code,
    device: v,
    bundle: { type: 'bundle', id: `bundle--${uuid4(rng)}`, objects: c.objects },
    profile,
    planted: c.planted,
    threats: c.threats,
    identity: c.identity,
  };
}
