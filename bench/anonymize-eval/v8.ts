// v8: a BLIND, HELD-OUT evaluation suite. Written without reading the anonymizer's code, its
// detectors, fixtures or specs; only the public interface, the threat model (shared/ANONYMIZER.md),
// the scorer, the ground-truth types and v7's generator shape were read. It stands in for the
// outside assessor: run it once for an honest estimate, never tune the anonymizer on it.
//
// Each case is one submission by a device maker or carrier (smart meters, cellular routers, PLCs,
// set-top boxes, telematics, EV chargers, medical devices, POS terminals, building controllers) in
// one of 22 locales (about 40% English). The victim data arrives the way support and forensics
// teams paste it: ticket exports with history, chat transcripts with @mentions, incident timelines,
// forensic evidence logs, RMA forms, field-service reports, JSON-lines logs, YAML configs,
// call-centre transcripts, SMS logs, TSV pasted from spreadsheets, PDF text with broken wraps, mail
// signatures and mixed-language summaries; plus STIX properties, custom x_ properties, external
// references, locations and indicator patterns, some values percent-, entity- or JSON-encoded,
// defanged or full-width. Threat values that must survive sit beside them.
import { deterministicObservableId } from '../../src/stix/index';
import type { StixObject, SubmitterProfile } from '../../src/anonymizer/index';
import { type LeakForm, luhnDigit as luhn, verhoeffDigit as verhoeff } from './identifiers';
import { Rng } from './rng';
import { OutputIndex } from './score';
import type { GeneratedCase, PlantedIdentifier, SurvivalCheck, ThreatValue } from './truth';
import {
  ACTORS, BRANDS, C2_NAMES, COMPANY_STEMS, CVES, IRSF_PREFIXES, LOCALES, MALWARE, TLDS, VERTICALS,
  person, pickLocale, type LabelKey, type Loc, type Person,
} from './v8-material';

// ---------------------------------------------------------------- small helpers

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z0-9 .'-]/g, '');
}
const slugOf = (s: string) => ascii(s).toLowerCase().replace(/[^a-z]/g, '');
const alnum = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const digitsOf = (s: string) => s.replace(/\D/g, '');
const p2 = (n: number) => String(n).padStart(2, '0');
const latinScript = (s: string) => /^[\x00-\u024f\u1e00-\u1eff\s]+$/.test(s);
const cyrArab = (s: string) => /[\u0400-\u04ff\u0600-\u06ff]/.test(s);

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


// ---------------------------------------------------------------- the case under construction

interface Fact {
  label: string;
  key: string;
  text: string;
}

class Case {
  readonly planted: PlantedIdentifier[] = [];
  readonly threats: ThreatValue[] = [];
  readonly identity: LeakForm[] = [];
  readonly objects: StixObject[] = [];
  readonly facts: Fact[] = [];

  constructor(readonly rng: Rng, readonly l: Loc) {}

  plant(category: string, value: string, leak: LeakForm[], where: string): void {
    this.planted.push({ category, value, leak, where });
  }

  threat(category: string, value: string, check: SurvivalCheck, where: string): void {
    this.threats.push({ category, value, check, where });
  }

  /** A victim value that goes into the pasted blocks under a localised label. */
  fact(category: string, label: LabelKey | string, key: string, text: string, leak: LeakForm[]): string {
    this.plant(category, text, leak, 'pasted block');
    this.facts.push({ label: (this.l.L as Record<string, string>)[label] ?? label, key, text });
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

// ---------------------------------------------------------------- people and how they are written

interface Named {
  p: Person;
  surfaces: string[];
  category: string;
}

const NATIVE_CJK = (l: Loc) => l.script === 'kana' || l.script === 'hangul' || l.script === 'han';

function nameSurface(c: Case, n: Named, register: 'formal' | 'plain' | 'list' | 'short'): string {
  const { p } = n;
  const { rng, l } = c;
  const hon = l.hon(p);
  let forms: (() => string)[];
  if (NATIVE_CJK(l)) {
    const sp = l.script === 'kana' ? rng.pick([' ', '', '\u3000']) : '';
    forms = {
      formal: [() => `${p.family}${sp}${p.given}${l.script === 'hangul' ? ' ' : ''}${hon}`, () => `${p.family}${p.given} ${l.script === 'hangul' ? '고객' : ''}${hon}`.replace('  ', ' ')],
      plain: [() => `${p.family}${sp}${p.given}`],
      list: [() => `${p.latFamily.toUpperCase()} ${p.latGiven}`, () => `${p.latGiven} ${p.latFamily}`],
      short: l.script === 'kana' ? [() => `${p.family}${hon}`, () => `${p.family}さん`] : [() => `${p.family}${p.given}`],
    }[register];
  } else if (l.code === 'vi') {
    const last = p.given.split(' ').slice(-1)[0];
    forms = {
      formal: [() => `${hon} ${p.family} ${p.given}`, () => `Ông/Bà ${p.family} ${p.given}`],
      plain: [() => `${p.family} ${p.given}`],
      list: [() => `${p.family} ${p.given}`.toUpperCase(), () => `${ascii(last)} ${ascii(p.family)}`],
      short: [() => `${hon} ${last}`],
    }[register];
  } else if (l.script === 'cyrillic') {
    // one patronymic per person, however often they are written
    const pat = (p.female ? ['Петрівна', 'Іванівна', 'Миколаївна'] : ['Петрович', 'Іванович', 'Миколайович'])[(p.family.length + p.given.length) % 3];
    forms = {
      formal: [() => `${hon} ${p.given} ${p.family}`, () => `${p.family} ${p.given} ${pat}`, () => `${p.given} ${pat} ${p.family}`],
      plain: [() => `${p.given} ${p.family}`],
      list: [() => `${p.family} ${p.given[0]}. ${pat[0]}.`, () => `${p.family} ${p.given}`],
      short: [() => `${p.family} ${p.given[0]}.`],
    }[register];
  } else if (l.script !== 'latin') {
    forms = {
      formal: [() => `${hon}${l.script === 'thai' ? '' : ' '}${p.given} ${p.family}`],
      plain: [() => `${p.given} ${p.family}`, ...(l.script === 'deva' ? [() => `${p.given} ${p.family} जी`] : [])],
      list: [() => `${p.latGiven} ${p.latFamily}`, () => `${p.latFamily.toUpperCase()}, ${p.latGiven}`],
      short: [() => `${l.script === 'thai' ? 'คุณ' : ''}${p.given} ${p.family}`],
    }[register];
  } else {
    const first = l.code === 'es-MX' ? p.family.split(' ')[0] : p.family;
    const nick = l.nick?.[p.given];
    forms = {
      formal: l.honAfter
        ? [() => `${p.given} ${hon}`, () => `${p.given} ${p.family}`, () => `${p.given} ${p.family} ${hon}`]
        : [() => `${hon} ${first}`, () => `${hon} ${p.given} ${p.family}`, () => `${p.given} ${p.family}`],
      plain: [() => `${p.given} ${p.family}`, ...(nick ? [() => `${nick} ${p.family}`] : [])],
      list: [() => `${p.family.toUpperCase()}, ${p.given}`, () => `${p.family}, ${p.given}`, () => `${p.given[0]}. ${p.family}`],
      short: [() => `${p.given} ${p.family[0].toUpperCase()}.`],
    }[register];
  }
  const s = rng.pick(forms)().trim();
  n.surfaces.push(s);
  return s;
}

function personLeak(l: Loc, n: Named): LeakForm[] {
  const { p } = n;
  const forms: LeakForm[] = [];
  const add = (kind: 'word' | 'text', value: string) => {
    if (value.trim() && !forms.some((x) => x.kind === kind && x.value === value)) forms.push({ kind, value });
  };
  const nativeKind: 'word' | 'text' = latinScript(p.family) || cyrArab(p.family) ? 'word' : 'text';
  add(nativeKind, `${p.given} ${p.family}`);
  add(nativeKind, `${p.family} ${p.given}`);
  if (nativeKind === 'word') add('word', `${p.family}, ${p.given}`);
  if (nativeKind === 'text') add('text', `${p.family}${p.given}`);
  if (l.familyAlone) {
    const fam = l.code === 'es-MX' ? p.family.split(' ')[0] : p.family;
    if (nativeKind === 'text' ? fam.length >= 2 : ascii(fam).length >= 4) add(nativeKind, fam);
  }
  if (NATIVE_CJK(l) && p.given.length >= 2) add('text', p.given);
  if (p.latFamily !== p.family) {
    add('word', `${p.latGiven} ${p.latFamily}`);
    add('word', `${p.latFamily} ${p.latGiven}`);
    if (l.familyAlone && p.latFamily.length >= 4) add('word', p.latFamily);
  }
  if (l.code === 'vi') add('word', `${p.given.split(' ').slice(-1)[0]} ${p.family}`);
  for (const s of n.surfaces) add(latinScript(s) || cyrArab(s) ? 'word' : 'text', s);
  return forms;
}

function emailOf(rng: Rng, p: Person, host: string): string {
  const g = slugOf(p.latGiven.split(' ')[0]);
  const f = slugOf(p.latFamily);
  return rng.pick([() => `${g}.${f}`, () => `${g[0]}.${f}`, () => `${f}${g[0]}${rng.int(10, 99)}`, () => `${g}-${f}`, () => `${f}.${g}`])() + '@' + host;
}

// ---------------------------------------------------------------- national numbers, banks, plates

function nationalId(c: Case, y: number, m: number, d: number, female: boolean, p: Person): { text: string; leak: LeakForm[] } | undefined {
  const r = c.rng;
  const yy = p2(y % 100), mm = p2(m), dd = p2(d);
  const digitsLeak = (full: string) => [{ kind: 'digits', value: full } as LeakForm];
  switch (c.l.country) {
    case 'GB': {
      const full = r.pick(['AA', 'JG', 'NE', 'PW', 'TN', 'YK']) + r.digits(6) + r.pick(['A', 'B', 'C', 'D']);
      return { text: `${full.slice(0, 2)} ${full.slice(2, 4)} ${full.slice(4, 6)} ${full.slice(6, 8)} ${full[8]}`, leak: [{ kind: 'alnum', value: full.toLowerCase() }] };
    }
    case 'US': {
      const area = String(r.int(1, 665)).padStart(3, '0');
      const full = area + p2(r.int(1, 99)) + String(r.int(1, 9999)).padStart(4, '0');
      return { text: `${full.slice(0, 3)}-${full.slice(3, 5)}-${full.slice(5)}`, leak: digitsLeak(full) };
    }
    case 'IN': {
      const body = String(r.int(2, 9)) + r.digits(10);
      const full = body + verhoeff(body);
      return { text: `${full.slice(0, 4)} ${full.slice(4, 8)} ${full.slice(8)}`, leak: digitsLeak(full) };
    }
    case 'ZA': {
      const seq = String(female ? r.int(0, 4999) : r.int(5000, 9999)).padStart(4, '0');
      const body = yy + mm + dd + seq + '08';
      const full = body + luhn(body);
      return { text: full, leak: digitsLeak(full) };
    }
    case 'IE': {
      const ds = r.digits(7);
      const sum = [...ds].reduce((a, ch, i) => a + Number(ch) * (8 - i), 0);
      const full = ds + 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23];
      return { text: full, leak: [{ kind: 'alnum', value: full.toLowerCase() }] };
    }
    case 'AT': {
      for (;;) {
        const serial = String(r.int(1, 9)) + r.digits(2);
        const dob = dd + mm + yy;
        const w = [3, 7, 9, 5, 8, 4, 2, 1, 6];
        const ds = serial + dob;
        const check = [...ds].reduce((a, ch, i) => a + Number(ch) * w[i], 0) % 11;
        if (check === 10) continue;
        const full = serial + check + dob;
        return { text: `${full.slice(0, 4)} ${full.slice(4)}`, leak: digitsLeak(full) };
      }
    }
    case 'BE': {
      const seq = String(female ? r.int(1, 499) * 2 : r.int(0, 498) * 2 + 1).padStart(3, '0');
      const body = yy + mm + dd + seq;
      const check = p2(97 - mod97((y >= 2000 ? '2' : '') + body));
      const full = body + check;
      return { text: `${yy}.${mm}.${dd}-${seq}.${check}`, leak: digitsLeak(full) };
    }
    case 'MX': {
      const vowel = (s: string) => (s.slice(1).match(/[AEIOU]/) ?? ['X'])[0];
      const f1 = ascii(p.latFamily.split(' ')[0]).toUpperCase();
      const f2 = ascii(p.latFamily.split(' ')[1] ?? 'X').toUpperCase();
      const g = ascii(p.latGiven.split(' ')[0]).toUpperCase();
      const body = `${f1[0]}${vowel(f1)}${f2[0]}${g[0]}${yy}${mm}${dd}${female ? 'M' : 'H'}${r.pick(['QT', 'JC', 'NL', 'YN'])}${r.chars(3, 'BCDFGHJKLMNPRSTVZ')}${y >= 2000 ? r.chars(1, 'ABCDEFGH') : r.digits(1)}`;
      const dict = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
      const sum = [...body].reduce((a, ch, i) => a + dict.indexOf(ch) * (18 - i), 0);
      const full = body + ((10 - (sum % 10)) % 10);
      return { text: full, leak: [{ kind: 'alnum', value: full.toLowerCase() }] };
    }
    case 'NL': {
      for (;;) {
        const ds = [r.int(1, 9), ...Array.from({ length: 7 }, () => r.int(0, 9))];
        const last = ds.reduce((a, v, i) => a + v * (9 - i), 0) % 11;
        if (last > 9) continue;
        const full = ds.join('') + last;
        return { text: full, leak: digitsLeak(full) };
      }
    }
    case 'PL': {
      const pm = y >= 2000 ? m + 20 : m;
      const body = yy + p2(pm) + dd + r.digits(3) + String(female ? r.int(0, 4) * 2 : r.int(0, 4) * 2 + 1);
      const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      const full = body + ((10 - ([...body].reduce((a, ch, i) => a + Number(ch) * w[i], 0) % 10)) % 10);
      return { text: full, leak: digitsLeak(full) };
    }
    case 'PT': {
      const body = String(r.int(1, 2)) + r.digits(7);
      const rem = [...body].reduce((a, ch, i) => a + Number(ch) * (9 - i), 0) % 11;
      const full = body + (rem < 2 ? 0 : 11 - rem);
      return { text: `${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`, leak: digitsLeak(full) };
    }
    case 'TR': {
      const ds = [r.int(1, 9), ...Array.from({ length: 8 }, () => r.int(0, 9))];
      const d10 = ((((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10) + 10) % 10;
      const d11 = (ds.reduce((a, b) => a + b, 0) + d10) % 10;
      const full = ds.join('') + d10 + d11;
      return { text: full, leak: digitsLeak(full) };
    }
    case 'EG': {
      const full = (y >= 2000 ? '3' : '2') + yy + mm + dd + r.pick(['01', '02', '12', '21']) + r.digits(3) + String(female ? r.int(0, 4) * 2 : r.int(0, 4) * 2 + 1) + r.digits(1);
      return { text: full, leak: digitsLeak(full) };
    }
    case 'UA': {
      const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / 86_400_000);
      const body = String(days).padStart(5, '0') + r.digits(3) + String(female ? r.int(0, 4) * 2 : r.int(0, 4) * 2 + 1);
      const w = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
      const sum = [...body].reduce((a, ch, i) => a + Number(ch) * w[i], 0);
      const full = body + ((((sum % 11) + 11) % 11) % 10);
      return { text: full, leak: digitsLeak(full) };
    }
    case 'JP': {
      const body = r.digits(11);
      const sum = [...body].reverse().reduce((a, ch, i) => a + Number(ch) * (i + 1 <= 6 ? i + 2 : i - 4), 0);
      const rem = sum % 11;
      const full = body + (rem <= 1 ? 0 : 11 - rem);
      return { text: `${full.slice(0, 4)} ${full.slice(4, 8)} ${full.slice(8)}`, leak: digitsLeak(full) };
    }
    case 'KR': {
      const body = yy + mm + dd + String(y >= 2000 ? (female ? 4 : 3) : female ? 2 : 1) + r.digits(5);
      const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
      const full = body + ((11 - ([...body].reduce((a, ch, i) => a + Number(ch) * w[i], 0) % 11)) % 10);
      return { text: `${full.slice(0, 6)}-${full.slice(6)}`, leak: digitsLeak(full) };
    }
    case 'TW': {
      const letter = r.pick([['A', 10], ['B', 11], ['E', 14], ['O', 35]] as [string, number][]);
      const ds = String(female ? 2 : 1) + r.digits(7);
      const sum = Math.floor(letter[1] / 10) + (letter[1] % 10) * 9 + [...ds].reduce((a, ch, i) => a + Number(ch) * (8 - i), 0);
      const full = letter[0] + ds + ((10 - (sum % 10)) % 10);
      return { text: full, leak: [{ kind: 'alnum', value: full.toLowerCase() }] };
    }
    case 'VN': {
      const full = r.pick(['079', '001', '048']) + String((y >= 2000 ? 2 : 0) + (female ? 1 : 0)) + yy + r.digits(6);
      return { text: full, leak: digitsLeak(full) };
    }
    case 'ID': {
      const full = r.pick(['327301', '357801', '127101', '337401']) + p2(female ? d + 40 : d) + mm + yy + String(r.int(1, 999)).padStart(4, '0');
      return { text: full, leak: digitsLeak(full) };
    }
    case 'TH': {
      const body = String(r.int(1, 8)) + r.digits(11);
      const sum = [...body].reduce((a, ch, i) => a + Number(ch) * (13 - i), 0);
      const full = body + ((11 - (sum % 11)) % 10);
      return { text: `${full[0]}-${full.slice(1, 5)}-${full.slice(5, 10)}-${full.slice(10, 12)}-${full[12]}`, leak: digitsLeak(full) };
    }
    default:
      return undefined;
  }
}

const BBAN: Record<string, (r: Rng) => string> = {
  GB: (r) => r.pick(['HBUK', 'NAIA', 'SCBL', 'CPBK']) + r.digits(14),
  IE: (r) => r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14),
  AT: (r) => r.digits(16),
  BE: (r) => {
    const head = r.digits(10);
    const ck = mod97(head) || 97;
    return head + p2(ck);
  },
  IT: (r) => r.chars(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(22),
  NL: (r) => r.pick(['KNAB', 'TRIO', 'ASNB', 'BUNQ']) + r.digits(10),
  PL: (r) => r.digits(24),
  PT: (r) => r.digits(21),
  TR: (r) => r.digits(5) + '0' + r.digits(16),
  EG: (r) => r.digits(25),
  UA: (r) => r.digits(25),
};

function ibanOf(c: Case): { text: string; leak: LeakForm[] } | undefined {
  const make = BBAN[c.l.country];
  if (!make) return undefined;
  const bban = make(c.rng);
  const numeric = [...(bban + c.l.country + '00')].map((ch) => (ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch)).join('');
  const full = c.l.country + p2(98 - mod97(numeric)) + bban;
  return { text: c.rng.chance(0.7) ? full.match(/.{1,4}/g)!.join(' ') : full, leak: [{ kind: 'alnum', value: bban.toLowerCase() }] };
}

function clabe(r: Rng): string {
  const body = r.pick(['002', '012', '014', '072']) + r.pick(['180', '320', '580']) + r.digits(11);
  const w = [3, 7, 1];
  const sum = [...body].reduce((a, ch, i) => a + ((Number(ch) * w[i % 3]) % 10), 0);
  return body + ((10 - (sum % 10)) % 10);
}

function cardOf(c: Case): { text: string; leak: LeakForm[] } {
  const r = c.rng;
  const prefix = { JP: '3566', TW: '4311', KR: '9410', TR: '9792', IN: '6522' }[c.l.country] ?? r.pick(['4929', '5412', '2223', '4571']);
  const body = prefix + r.digits(11);
  const full = body + luhn(body);
  return { text: r.chance(0.6) ? full.match(/.{4}/g)!.join(r.pick([' ', '-'])) : full, leak: [{ kind: 'digits', value: full }] };
}

function plateOf(c: Case): string {
  const r = c.rng;
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  switch (c.l.country) {
    case 'GB': return `${r.chars(2, L)}${r.pick(['19', '22', '71', '73'])} ${r.chars(3, L)}`;
    case 'IE': return `${r.pick(['191', '222', '231'])}-${r.pick(['CE', 'KY', 'MH', 'DL'])}-${r.int(100, 9999)}`;
    case 'US': return `${r.chars(3, L)}-${r.digits(4)}`;
    case 'IN': return `${r.pick(['UP32', 'RJ14', 'MP04', 'KA05'])} ${r.chars(2, L)} ${r.digits(4)}`;
    case 'ZA': return `${r.chars(2, L)} ${r.digits(2)} ${r.chars(2, L)} GP`;
    case 'AT': return `${r.pick(['WL', 'LE', 'DO', 'WN', 'VI'])}-${r.int(100, 9999)}${r.chars(2, L)}`;
    case 'BE': return `1-${r.chars(3, L)}-${r.digits(3)}`;
    case 'MX': return `${r.chars(3, L)}-${r.digits(3)}-${r.chars(1, L)}`;
    case 'IT': return `${r.chars(2, L)}${r.digits(3)}${r.chars(2, L)}`;
    case 'NL': return `${r.digits(2)}-${r.chars(3, 'BDFGHJKLNPRSTVXZ')}-${r.digits(1)}`;
    case 'PL': return `${r.pick(['RZ', 'NO', 'TK', 'SG'])} ${r.digits(3)}${r.chars(2, L)}`;
    case 'PT': return `${r.chars(2, L)}-${r.digits(2)}-${r.chars(2, L)}`;
    case 'TR': return `${r.pick(['34', '06', '35', '16'])} ${r.chars(2, 'ABCDEFGHJKLMNPRSTUVYZ')} ${r.digits(4)}`;
    case 'EG': return `${r.pick(['ق ص ر', 'م ن ع', 'ب ط ل'])} ${r.int(100, 9999)}`;
    case 'UA': return `${r.pick(['ВС', 'АВ', 'ВІ', 'ТЕ'])}${r.digits(4)}${r.chars(2, 'АВСЕНІКМОРТХ')}`;
    case 'JP': return `${r.pick(['札幌', '宮城', '福岡', '名古屋'])}${r.int(300, 599)}${r.pick(['あ', 'い', 'う', 'え'])}${r.digits(2)}-${r.digits(2)}`;
    case 'KR': return `${r.int(10, 399)}${r.pick(['하', '허', '호', '고', '노'])}${r.digits(4)}`;
    case 'TW': return `${r.chars(3, L)}-${r.digits(4)}`;
    case 'VN': return `${r.pick(['51', '30', '43'])}${r.chars(1, 'ABCDEFGHK')}-${r.digits(3)}.${r.digits(2)}`;
    case 'ID': return `${r.pick(['D', 'L', 'BK', 'H'])} ${r.int(1000, 9999)} ${r.chars(2, L)}`;
    case 'TH': return `${r.int(1, 9)}${r.pick(['กข', 'ขค', 'ฆง', 'ชฎ'])} ${r.int(1000, 9999)} ${r.pick(['กรุงเทพมหานคร', 'เชียงใหม่', 'ขอนแก่น'])}`;
    default: return `${r.chars(3, L)} ${r.digits(3)}`;
  }
}

function plateLeak(text: string): LeakForm[] {
  const compact = text.replace(/[\s·.-]/g, '');
  return /[^\x00-\x7f]/.test(text) ? [{ kind: 'text', value: text }, { kind: 'text', value: compact }] : [{ kind: 'alnum', value: alnum(text) }];
}

function vinOf(r: Rng): string {
  const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const vals: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const v = (r.pick(['WVW', 'VF1', 'ZFA', 'TMB', 'JTD', 'KNA', '1FT', 'LSV', 'SAL', 'YV1']) + r.chars(5, chars) + '0' + r.chars(1, 'LMNPRS') + r.chars(1, chars) + r.digits(6)).split('');
  const sum = v.reduce((a, ch, i) => a + (/\d/.test(ch) ? Number(ch) : vals[ch]) * w[i], 0);
  v[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return v.join('');
}

function macOf(r: Rng): { octets: string[]; text: string } {
  const octets = [r.pick(['00', '3c', 'a4', 'd8', 'f0', '70', 'b8']), ...Array.from({ length: 5 }, () => r.hex(2))];
  const bare = octets.join('');
  const text = r.pick([
    () => octets.join(':').toUpperCase(),
    () => octets.join('-').toUpperCase(),
    () => `${bare.slice(0, 4)}.${bare.slice(4, 8)}.${bare.slice(8)}`,
    () => bare.toUpperCase(),
    () => octets.join(':'),
  ])();
  return { octets, text };
}

function imeiOf(r: Rng): { text: string; core: string } {
  const body = r.pick(['35', '86', '01', '35']) + r.digits(12);
  const full = body + luhn(body);
  const text = r.pick([
    () => full,
    () => `${full.slice(0, 2)}-${full.slice(2, 8)}-${full.slice(8, 14)}-${full[14]}`,
    () => `${full.slice(0, 8)} ${full.slice(8, 14)} ${full[14]}`,
    () => `${body}${r.digits(2)} (IMEISV)`,
  ])();
  return { text, core: body };
}

const VICTIM_OCTETS = [37, 62, 78, 81, 86, 90, 151, 188, 213];
const ATTACKER_OCTETS = [5, 23, 45, 64, 103, 139, 154, 167, 185, 194];

function publicIp(r: Rng, first: number[]): string {
  return `${r.pick(first)}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(2, 250)}`;
}

function privateIp(r: Rng): string {
  return r.pick([
    () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`,
    () => `192.168.${r.int(0, 255)}.${r.int(2, 254)}`,
    () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`,
    () => `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(2, 254)}`,
  ])();
}

function isoAt(base: number, offsetMin: number): string {
  return new Date(base + offsetMin * 60_000).toISOString();
}

/** JSON with every non-ASCII character escaped, as some exporters write it. */
function jsonAscii(v: unknown): string {
  return JSON.stringify(v).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const entities = (s: string) => [...s].map((ch) => (ch.charCodeAt(0) > 127 ? `&#x${ch.codePointAt(0)!.toString(16)};` : ch === '@' ? '&#64;' : ch === '&' ? '&amp;' : ch === '.' ? '&#46;' : ch)).join('');
const fullwidth = (s: string) => [...s].map((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
const defangMail = (s: string, r: Rng) => s.replace('@', r.pick(['[at]', '(at)', ' AT ', '[@]'])).replace(/\.(?=[a-z]+$)/i, r.pick(['[.]', '[dot]', '(.)']));

// ---------------------------------------------------------------- genres

interface Ctx {
  c: Case;
  l: Loc;
  rng: Rng;
  company: string;
  domain: string;
  device: string;
  model: string;
  ticket: string;
  cust: Named;
  tech: Named;
  emp?: Named;
  /** Other affected customers, listed only in spreadsheet pastes. */
  others: { n: Named; phone: string; no: string }[];
  staffA: Named;
  staffB: Named;
  handleA: string;
  handleB: string;
  staffAEmail: string;
  staffPhone: string;
  custEmail: string;
  custPhone: string;
  techPhone: string;
  address: string;
  lat: number;
  lon: number;
  dms: string;
  host: string;
  login: string;
  userPath: string;
  victimPublic: string;
  victimPrivate: string;
  a1: string;
  a2: string;
  d1: string;
  url2: string;
  sha256: string;
  port: number;
  malware: string;
  msisdn?: string;
  irsf?: string;
  smisher?: string;
  base: number;
}

type Genre = (g: Ctx, facts: Fact[]) => string;

const clock = (g: Ctx, min: number) => new Date(g.base + min * 60_000).toISOString().slice(11, 16);
const stamp = (g: Ctx, min: number) => new Date(g.base + min * 60_000).toISOString().replace('T', ' ').slice(0, 16);

const GENRES: Record<string, Genre> = {
  ticket: (g, facts) => {
    const { l, rng } = g;
    const head = [`${l.L.ticket}: ${g.ticket}    ${l.L.status}: ${rng.pick(['Open', 'In Progress', 'Pending Vendor', 'Resolved'])}    Priority: P${rng.int(1, 3)}`, `${l.L.device}: ${g.device} ${g.model}`];
    const fields = facts.map((f) => `  ${f.label.padEnd(22)} ${f.text}`);
    const hist = [
      `${stamp(g, -300)}  ${nameSurface(g.c, g.staffB, 'plain')}  (phone)  ${l.S.report(nameSurface(g.c, g.cust, 'formal'), g.custPhone)}`,
      `${stamp(g, -210)}  ${nameSurface(g.c, g.tech, 'short')}  (field)  ${l.S.visit(nameSurface(g.c, g.tech, 'plain'))}`,
      `${stamp(g, -90)}  ${nameSurface(g.c, g.staffA, 'short')}  (assign)  ${l.S.escalate(nameSurface(g.c, g.staffA, 'plain'))}`,
    ];
    return [...head, '', 'Custom fields:', ...fields, '', 'History:', ...hist].join('\n');
  },
  chat: (g, facts) => {
    const { rng } = g;
    const custRef = rng.chance(0.3) ? defangMail(g.custEmail, rng) : g.custEmail;
    if (rng.chance(0.45)) {
      // Teams: display name and time on one line, the message below, mentions by display name
      const a = nameSurface(g.c, g.staffA, 'plain');
      const b = nameSurface(g.c, g.staffB, 'plain');
      const t = (m: number) => {
        const d = new Date(g.base + m * 60_000);
        return `${((d.getUTCHours() + 11) % 12) + 1}:${p2(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
      };
      return [
        `${b}  ${t(-60)}`, `@${a} customer ${nameSurface(g.c, g.cust, 'formal')} (${custRef}) says the ${g.device} is rebooting, can you check ${g.victimPublic}?`,
        `${a}  ${t(-52)}`, `Yes - it talks to ${g.d1}. Please collect: ${facts.map((f) => `${f.label} ${f.text}`).join(', ')}`,
        `${b}  ${t(-47)}`, `Done. ${nameSurface(g.c, g.tech, 'plain')} will pick it up.`,
      ].join('\n');
    }
    const lines = [
      `[${clock(g, -60)}] ${nameSurface(g.c, g.staffB, 'plain')}: @${g.handleA} new one from the hotline, ${nameSurface(g.c, g.cust, 'plain')} (${custRef}), ${g.device} beaconing`,
      `[${clock(g, -58)}] ${nameSurface(g.c, g.staffA, 'plain')}: on it. WAN ${g.victimPublic}, LAN ${g.victimPrivate}? :eyes:`,
      ...facts.map((f, i) => `[${clock(g, -57 + i)}] ${g.handleB}: ${f.label} ${f.text}`),
      `[${clock(g, -40)}] ${g.handleA}: confirmed C2 ${g.d1}, hash ${g.sha256.slice(0, 12)}… @${g.handleB} pls ask ${nameSurface(g.c, g.tech, 'plain')} to bag the unit`,
      `[${clock(g, -38)}] ${g.handleB}: :thumbsup: ${g.tech.p.latGiven.split(' ')[0]} is on site at ${clock(g, 30)}`,
    ];
    return lines.join('\n');
  },
  timeline: (g, facts) => {
    const rows = [
      [stamp(g, -1440), `first beacon ${g.victimPrivate} → ${g.a1}:${g.port}`],
      [stamp(g, -300), `${nameSurface(g.c, g.cust, 'formal')} calls support (${g.custPhone})`],
      [stamp(g, -200), `${g.host} isolated; ${g.login} disabled`],
      ...facts.map((f, i): [string, string] => [stamp(g, -190 + i * 7), `${f.label}: ${f.text}`]),
      [stamp(g, -30), `${nameSurface(g.c, g.tech, 'plain')} collects the unit`],
    ];
    return ['| Time (UTC) | Event |', '|---|---|', ...rows.map(([t, e]) => `| ${t} | ${e.replace(/\|/g, '/')} |`)].join('\n');
  },
  forensic: (g, facts) => {
    const lines = [
      'EVIDENCE LOG',
      `Item 01  ${g.device} ${g.model}; seized at ${g.address}`,
      `Item 02  E01 image of ${g.host}, profile ${g.userPath}`,
      `Chain of custody: ${nameSurface(g.c, g.tech, 'list')} -> ${nameSurface(g.c, g.staffA, 'list')} (${stamp(g, -20)})`,
      `Observations: persistence under ${g.userPath}; outbound to ${g.a2} and ${g.d1}`,
      ...facts.map((f) => `  - ${f.label}: ${f.text}`),
    ];
    return lines.join('\n');
  },
  rma: (g, facts) => {
    const { l, rng } = g;
    return [
      `RMA ${rng.int(2023, 2024)}-${rng.digits(6)}`,
      `${l.L.name}: ${nameSurface(g.c, g.cust, 'list')}`,
      ...facts.map((f) => `${f.label}: ${f.text}`),
      `${l.L.reason}: ${l.S.rma}`,
      `Ship-from: ${g.address}`,
    ].join('\n');
  },
  fieldService: (g, facts) => {
    const { l } = g;
    return [
      `FIELD SERVICE REPORT – ${g.device}`,
      `${l.L.tech}: ${nameSurface(g.c, g.tech, 'formal')}  ${g.techPhone}`,
      `${l.L.site}: ${g.address}`,
      `GPS: ${g.rng.chance(0.5) ? `${g.lat}, ${g.lon}` : g.dms}`,
      `Arrival ${clock(g, 20)} / departure ${clock(g, 95)}`,
      ...facts.map((f) => `${f.label} ........ ${f.text}`),
      l.S.visit(nameSurface(g.c, g.tech, 'plain')),
      `Customer signature: ${nameSurface(g.c, g.cust, 'plain')}`,
    ].join('\n');
  },
  syslog: (g, facts) => {
    const h = g.host.split('.')[0];
    const q = (s: string) => (/\s/.test(s) ? `"${s}"` : s);
    return [
      `<38>1 ${isoAt(g.base, -1500)} ${h} sshd ${g.rng.int(300, 9999)} - - Accepted password for ${g.login} from ${g.victimPrivate} port ${g.rng.int(40000, 65000)} ssh2`,
      `<134>1 ${isoAt(g.base, -1440)} ${h} kernel - - - OUT=wwan0 SRC=${g.victimPublic} DST=${g.a2} PROTO=TCP DPT=${g.port} ACTION=ALLOW`,
      ...facts.map((f, i) => `<14>1 ${isoAt(g.base, -1400 + i)} ${h} crm-sync - - - ${f.key}=${q(f.text)}`),
    ].join('\n');
  },
  jsonl: (g, facts) => {
    const base = { host: g.host, app: 'edge-agent' };
    const lines = [
      { ts: isoAt(g.base, -1440), ...base, event: 'conn', src: g.victimPrivate, dst: g.a1, dport: g.port, user: g.login },
      { ts: isoAt(g.base, -1439), ...base, event: 'dns', qname: g.d1, client: g.victimPrivate },
      { ts: isoAt(g.base, -1200), ...base, event: 'login', user: g.login, from: g.victimPublic, ...Object.fromEntries(facts.map((f) => [f.key, f.text])) },
    ];
    return lines.map((x) => JSON.stringify(x)).join('\n');
  },
  yaml: (g, facts) => [
    '# exported device config',
    'device:',
    `  model: "${g.model}"`,
    ...facts.map((f) => `  ${f.key}: "${f.text.replace(/"/g, "'")}"`),
    'network:',
    `  wan_ip: ${g.victimPublic}`,
    `  lan_ip: ${g.victimPrivate}`,
    `  hostname: ${g.host}`,
    'mqtt:',
    `  broker: ${g.d1}`,
    `  port: ${g.port}`,
    'site:',
    `  owner: "${nameSurface(g.c, g.cust, 'plain')}"`,
    `  lat: ${g.lat}`,
    `  lon: ${g.lon}`,
  ].join('\n'),
  call: (g, facts) => {
    const { l, rng } = g;
    const agent = nameSurface(g.c, g.staffB, 'plain');
    const phone = NATIVE_CJK(l) && rng.chance(0.4) ? fullwidth(g.custPhone) : g.custPhone;
    return [
      `[call ${stamp(g, -300)}, ${rng.int(4, 19)} min]`,
      `Agent: ${l.S.greet(agent, g.company)}`,
      `Caller: ${l.S.caller(nameSurface(g.c, g.cust, 'plain'))}`,
      ...facts.flatMap((f) => [`Agent: ${f.label}?`, `Caller: ${f.text}`]),
      `Caller: ${l.S.callback(phone)}`,
    ].join('\n');
  },
  sms: (g, facts) => {
    const { l } = g;
    const to = g.msisdn ?? g.custPhone;
    const rows = [
      `${stamp(g, -2000)}\t${g.smisher ?? 'INFO'}\t${to}\t${l.S.lure(g.url2)}`,
      `${stamp(g, -310)}\t${to}\t${g.company}\t${l.S.caller(nameSurface(g.c, g.cust, 'plain'))}`,
      ...facts.map((f, i) => `${stamp(g, -305 + i)}\t${g.company}\t${to}\t${f.label}: ${f.text}`),
    ];
    return ['time\tfrom\tto\ttext', ...rows].join('\n');
  },
  tsv: (g, facts) => [
    [g.l.L.name, ...facts.map((f) => f.label)].join('\t'),
    [nameSurface(g.c, g.cust, 'list'), ...facts.map((f) => f.text)].join('\t'),
    '',
    [g.l.L.name, g.l.L.phone, g.l.L.customer, g.l.L.status].join('\t'),
    ...g.others.map((o) => [nameSurface(g.c, o.n, 'list'), o.phone, o.no, g.rng.pick(['affected', 'patched', 'RMA'])].join('\t')),
  ].join('\n'),
  pdf: (g, facts) => {
    const { l } = g;
    const words = [
      ...`${l.S.title(g.device, g.malware)}.`.split(' '),
      ...l.S.report(nameSurface(g.c, g.cust, 'formal'), g.custPhone).split(' '),
      ...facts.flatMap((f) => `${f.label}: ${f.text};`.split(' ')),
      ...l.S.close.split(' '),
    ];
    const lines: string[] = [];
    let line = '';
    let page = 0;
    let lastBreak = 0;
    for (const w of words) {
      if (line && (line + ' ' + w).length > 52) {
        lines.push(line);
        // a page break only after a sentence or a field, never inside a value
        if (lines.length - lastBreak >= 9 && /[.;]$/.test(line)) {
          page++;
          lines.push('', `— ${page} —`, '\f');
          lastBreak = lines.length;
        }
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    lines.push(line);
    return lines.join('\n');
  },
  signature: (g, facts) => {
    const { l, rng } = g;
    const custName = nameSurface(g.c, g.cust, 'plain');
    const staffSig = [nameSurface(g.c, g.staffA, 'plain'), l.S.role, g.company, `T ${g.staffPhone}`, g.staffAEmail];
    const custSig = [custName, ...facts.map((f) => `${f.label}: ${f.text}`), g.custPhone];
    const html = rng.chance(0.35);
    const render = (ls: string[]) => (html ? `<div class="sig">${ls.map((x) => `<p>${entities(x)}</p>`).join('')}</div>` : ls.join('\n'));
    return [`From: ${custName} <${g.custEmail}>`, `To: support@${g.domain}`, '', `${l.S.caller(custName)} ${l.S.callback(g.custPhone)}`, '', '--', render(custSig), '', '> ' + l.S.close, '> --', render(staffSig).split('\n').map((x) => `> ${x}`).join('\n')].join('\n');
  },
  mixed: (g, facts) => {
    const { l } = g;
    // English submitters quote a customer of a language community of their country
    const quoted = { 'en-US': 'es-MX', 'en-IN': 'hi', 'en-GB': 'pl', 'en-IE': 'pl', 'en-ZA': 'pt-PT' }[l.code];
    const local = LOCALES.find((x) => x.code === quoted) ?? l;
    return [
      `Summary (EN): ${nameSurface(g.c, g.cust, 'plain')} reported reboots; unit ${g.model} beaconed to ${g.a1}. Owner: ${g.staffA.p.latGiven} (${g.handleA}).`,
      `Original statement: «${local.S.report(nameSurface(g.c, g.cust, 'formal'), g.custPhone)}»`,
      ...facts.map((f) => `${f.label} / ${f.key}: ${f.text}`),
    ].join('\n');
  },
};

// ---------------------------------------------------------------- the case

export function generateCaseV8(seed: number, index: number): GeneratedCase {
  const rng = new Rng((Math.imul(seed ^ 0x5bd1e995, 0x2c1b3c6d) ^ Math.imul(index + 7, 0x297a2d39)) >>> 0);
  const l = pickLocale(rng);
  const vk = rng.pick(Object.keys(VERTICALS));
  const V = VERTICALS[vk];
  const c = new Case(rng, l);
  const base = Date.UTC(2024, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59), rng.int(0, 59)) + rng.int(0, 999);
  const ts = isoAt(base, 0);
  const model = rng.pick(V.models);

  // --- the submitter
  const stem = rng.pick(COMPANY_STEMS);
  const brand = rng.pick(BRANDS);
  const nativeCo = l.companies ? rng.pick(l.companies) : undefined;
  const company = nativeCo
    ? { kana: `${nativeCo}株式会社`, hangul: `(주)${nativeCo}`, han: `${nativeCo}股份有限公司`, thai: `บริษัท ${nativeCo} จำกัด`, arabic: `${nativeCo} ش.م.م`, deva: `${nativeCo} प्रा. लि.` }[l.script as string] ?? nativeCo
    : ['id', 'vi'].includes(l.code) ? `${l.legal} ${stem} ${V.en}` : l.code === 'uk' ? `${l.legal} «${stem} ${V.en}»` : `${stem} ${V.en} ${l.legal}`;
  const shortName = nativeCo ?? `${stem} ${V.en}`;
  const slug = stem.toLowerCase();
  const tld = { GB: 'co.uk', US: 'com', IN: 'co.in', ZA: 'co.za', JP: 'co.jp', KR: 'co.kr', TW: 'com.tw', MX: 'com.mx', TR: 'com.tr', EG: 'com.eg', UA: 'com.ua', ID: 'co.id', TH: 'co.th', VN: 'com.vn' }[l.country] ?? l.country.toLowerCase();
  const domain = `${slug}${rng.pick(['-iot', '-grid', '', '-tech'])}.${tld}`;
  const domain2 = `${slug}-${rng.pick(['support', 'cloud', 'psirt'])}.${rng.pick(['com', 'net', 'io'])}`;
  const acronym = (stem.slice(0, 3) + V.en.split(' ').map((w) => w[0]).join('') + rng.pick(['S', 'T', 'X'])).toUpperCase();
  const modelName = `${brand} ${model}`;
  c.identity.push(
    { kind: 'word', value: stem }, { kind: 'text', value: domain }, { kind: 'text', value: domain2 },
    { kind: latinScript(company) || cyrArab(company) ? 'word' : 'text', value: company },
    { kind: 'word', value: acronym }, { kind: 'word', value: brand },
  );
  if (nativeCo) c.identity.push({ kind: 'text', value: nativeCo });

  // --- the people: two staff, a customer, a technician, an employee of a business customer;
  // distinct names, none of them found in the locale's fixed text, places or organisations
  const victimOrg = rng.pick(l.orgs);
  const background = new OutputIndex({ L: l.L, S: Object.values(l.S).map((f) => (typeof f === 'function' ? (f as (...a: string[]) => string)('·', '·', '·') : f)), streets: l.streets, cities: l.cities, orgs: l.orgs, companies: l.companies ?? [], other: [company, victimOrg, model, ...MALWARE, ...ACTORS] }, []);
  const people: Named[] = [];
  const roles = ['staff', 'staff', 'person:customer', 'person:technician', 'person:employee', 'person:customer-listed', 'person:customer-listed'];
  while (people.length < roles.length) {
    const p = person(rng, l);
    const n: Named = { p, surfaces: [], category: roles[people.length] };
    if (people.some((q) => q.p.family === p.family || q.p.given === p.given || q.p.latFamily === p.latFamily)) continue;
    if (background.find(personLeak(l, n))) continue;
    people.push(n);
  }
  const [staffA, staffB, cust, tech, emp0, ...listed] = people;
  const business = ['plc', 'medical', 'pos', 'bms'].includes(vk) || rng.chance(0.25);
  if (vk === 'medical') cust.category = 'person:patient';
  const emp = business ? emp0 : undefined;
  if (emp) emp.category = { plc: 'person:operator', medical: 'person:clinician', pos: 'person:cashier', bms: 'person:facility-manager' }[vk] ?? 'person:employee';
  const handle = (n: Named) => `${slugOf(n.p.latGiven.split(' ')[0])}.${slugOf(n.p.latFamily)}`;
  const handleA = handle(staffA);
  const handleB = handle(staffB);
  c.identity.push({ kind: 'word', value: handleA }, { kind: 'word', value: handleB });
  const staffAEmail = emailOf(rng, staffA.p, rng.chance(0.7) ? domain : domain2);
  c.identity.push({ kind: 'text', value: staffAEmail });
  const phone = (intl = rng.chance(0.5)) => {
    const nsn = l.tel.nsn(rng);
    return { text: rng.pick(intl ? l.tel.international : l.tel.national)(nsn), nsn };
  };
  const staffPhone = phone(true);
  c.plant('staff:phone', staffPhone.text, [{ kind: 'digits', value: staffPhone.nsn }], 'submitter contact_information, mail signature');

  // --- threats
  const victimPublic = publicIp(rng, VICTIM_OCTETS);
  const victimPrivate = privateIp(rng);
  const victimPrivate2 = privateIp(rng);
  const a1 = publicIp(rng, ATTACKER_OCTETS);
  let a2 = publicIp(rng, ATTACKER_OCTETS);
  while (a2.startsWith(a1) || a1.startsWith(a2)) a2 = publicIp(rng, ATTACKER_OCTETS);
  let neighbour: string | undefined;
  if (rng.chance(0.35)) {
    // a compromised neighbour in the victim's /24; its text is never a prefix of the victim's,
    // which the scorer's cutting of threat values would split
    const host = victimPublic.split('.')[3];
    let other = String(rng.int(2, 250));
    while (host.startsWith(other) || other.startsWith(host)) other = String(rng.int(2, 250));
    neighbour = `${victimPublic.split('.').slice(0, 3).join('.')}.${other}`;
  }
  const c2n = rng.pick(C2_NAMES);
  const d1 = rng.chance(0.45)
    ? rng.pick([`${c2n[0]}${c2n[1]}.${rng.pick(TLDS)}`, `${c2n[0]}-${c2n[1]}.${rng.pick(TLDS)}`, `${c2n[0][0]}${c2n[1]}-photo.${rng.pick(TLDS)}`])
    : `${rng.pick(['ntp', 'fw', 'cfg', 'telem', 'push'])}${rng.pick(['-sync', '-gw', '-hub', ''])}${rng.int(1, 89)}.${rng.pick(TLDS)}`;
  const typo = rng.chance(0.15);
  const d2 = typo ? `${slug}-${rng.pick(['account', 'billing', 'help'])}.${rng.pick(TLDS)}` : `${rng.pick(['my', 'e', 'web'])}${rng.pick(['-invoice', '-parcel', '-verify', 'kyc'])}-${rng.pick(['center', 'desk', 'now'])}.${rng.pick(TLDS)}`;
  const port = rng.pick([23, 2323, 5555, 6667, 7547, 8081, 9527, 48101, 60001, 1883]);
  const sha256 = rng.hex(64);
  const md5 = rng.hex(32);
  const sha1 = rng.hex(40);
  const malware = rng.pick(MALWARE);
  const actor = rng.pick(ACTORS);
  const cve = rng.chance(0.75) ? rng.pick(CVES) : `CVE-${rng.int(2022, 2025)}-${rng.int(10000, 49999)}`;
  const url1 = `http://${a1}:${rng.pick([80, 8088, 3000])}/${rng.pick(['a/arm7', 'dl/x86', 'u.sh', 'bins/mpsl', 'ota/fw.img'])}`;
  const url2 = `https://${d2}/${rng.pick(['verify', 'pay/index.php', 'kyc/update', 'track'])}`;
  const sender = `${rng.pick(['alerts', 'noreply', 'care', 'accounts'])}@${d2}`;

  c.threat('attacker-ip', a1, { kind: 'pattern', value: a1 }, 'indicator pattern');
  c.threat('attacker-ip', a2, { kind: 'pattern', value: a2 }, 'indicator pattern');
  if (neighbour) c.threat('attacker-ip:victim-/24', neighbour, { kind: 'pattern', value: neighbour }, 'indicator pattern, the victim /24');
  c.threat(d1.includes(c2n[1]) ? 'c2-domain:person-like' : 'c2-domain', d1, { kind: 'pattern', value: d1 }, 'indicator pattern');
  c.threat('c2-domain:prose', d1, { kind: 'text', value: d1 }, 'incident prose');
  c.threat(typo ? 'phishing-domain:typosquat' : 'phishing-domain', d2, { kind: 'pattern', value: d2 }, 'indicator pattern');
  c.threat('url', url1, { kind: 'sco', type: 'url', property: 'value', value: url1 }, 'url SCO');
  c.threat('url:pattern', url2, { kind: 'pattern', value: url2 }, 'indicator pattern');
  c.threat('hash:sha256', sha256, { kind: 'hash', value: sha256 }, 'file SCO');
  c.threat('hash:md5', md5, { kind: 'pattern', value: md5 }, 'indicator pattern');
  c.threat('hash:sha1', sha1, { kind: 'pattern', value: sha1 }, 'indicator pattern');
  c.threat('malware', malware, { kind: 'name', type: 'malware', value: malware }, 'malware name');
  c.threat('threat-actor', actor, { kind: 'name', type: 'intrusion-set', value: actor }, 'intrusion-set name');
  c.threat('cve', cve, { kind: 'name', type: 'vulnerability', value: cve }, 'vulnerability name');
  c.threat('port', `dst_port = ${port}`, { kind: 'pattern', value: `dst_port = ${port}` }, 'indicator pattern');
  c.threat('phishing-sender', sender, { kind: 'sco', type: 'email-addr', property: 'value', value: sender }, 'email-message from_ref');

  // --- victim identifiers
  const custNo = rng.pick([() => `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`, () => `CU-${rng.digits(7)}`, () => `${rng.chars(1, 'ABKMR')}${rng.digits(9)}`, () => rng.digits(11)])();
  c.fact('account:customer-number', 'customer', 'customer_no', custNo, [{ kind: 'alnum', value: alnum(custNo) }]);
  if (rng.chance(0.5)) {
    const contract = rng.pick([() => `${rng.int(2019, 2024)}/${rng.digits(5)}/${rng.chars(2, 'ABCDEFGHKLMNPRST')}`, () => `AGR-${rng.digits(8)}`, () => `${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)}`])();
    c.fact('account:contract', 'contract', 'contract_no', contract, [{ kind: 'alnum', value: alnum(contract) }]);
  }
  const ticket = rng.pick([() => `CAS-${rng.digits(5)}-${rng.chars(6, 'BCDFGHJKLMNPQRSTVWXZ')}`, () => `HD#${rng.digits(6)}`, () => `WO-${rng.int(2023, 2024)}${rng.digits(6)}`, () => `RITM${rng.digits(7)}`, () => `${rng.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${rng.digits(5)}`])();
  c.plant('ticket', ticket, [{ kind: 'alnum', value: alnum(ticket) }], 'incident name, ticket export, external reference');
  const custEmail = emailOf(rng, cust.p, rng.pick(l.mail));
  c.fact('email', 'email', 'email', custEmail, [{ kind: 'text', value: custEmail }]);
  const custPhone = phone();
  const arabicDigits = l.code === 'ar-EG' && rng.chance(0.3);
  const custPhoneText = arabicDigits ? custPhone.text.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]) : custPhone.text;
  c.fact('phone:customer', 'phone', 'phone', custPhoneText, arabicDigits ? [{ kind: 'digits', value: custPhone.nsn }, { kind: 'text', value: custPhoneText }, { kind: 'text', value: custPhoneText.replace(/\s/g, '') }] : [{ kind: 'digits', value: custPhone.nsn }]);
  const techPhone = phone();
  c.plant('phone:technician', techPhone.text, [{ kind: 'digits', value: techPhone.nsn }], 'field-service report, note');

  const [city, pc] = rng.pick(l.cities);
  const street = rng.pick(l.streets);
  const houseNo = String(rng.int(3, 187));
  const address = l.address(street, houseNo, city, pc);
  c.fact('address', 'address', 'address', address, [{ kind: 'text', value: l.addressKey(street, houseNo) }]);
  if (l.postcodeIdentifies) c.plant('address:postcode', pc, [{ kind: 'alnum', value: alnum(pc) }], 'address, location postal_code');

  if (vk === 'medical' || rng.chance(0.4)) {
    const y = rng.int(1941, 2004), m = rng.int(1, 12), d = rng.int(1, 28);
    const dob = l.dob(y, m, d);
    c.fact('dob', 'dob', 'date_of_birth', dob, [{ kind: 'text', value: dob }]);
    const nid = rng.chance(0.75) ? nationalId(c, y, m, d, cust.p.female, cust.p) : undefined;
    if (nid) c.fact('national-id', 'nid', 'national_id', nid.text, nid.leak);
  }
  if (vk === 'pos' || rng.chance(0.35)) {
    const ib = vk === 'pos' ? undefined : ibanOf(c);
    if (ib) c.fact('bank:iban', 'bank', 'iban', ib.text, ib.leak);
    else if (l.country === 'MX' && vk !== 'pos') {
      const cl = clabe(rng);
      c.fact('bank:clabe', 'bank', 'clabe', cl, [{ kind: 'digits', value: cl }]);
    } else {
      const cd = cardOf(c);
      c.fact('bank:card', vk === 'pos' ? 'PAN' : 'bank', 'pan', cd.text, cd.leak);
    }
  }

  const serial = `${brand.slice(0, 2).toUpperCase()}${model.replace(/[^A-Z0-9]/gi, '').slice(0, 3).toUpperCase()}-${rng.int(21, 24)}${rng.chars(1, 'ABCDEFGHJK')}${rng.digits(6)}`;
  c.fact('device:serial', 'serial', 'serial', serial, [{ kind: 'alnum', value: alnum(serial) }]);
  const devMac = macOf(rng);
  c.fact('device:mac', 'MAC', 'mac', devMac.text, [{ kind: 'alnum', value: devMac.octets.join('') }]);

  let msisdn: string | undefined;
  if (['router', 'telematics', 'evse'].includes(vk) || (vk === 'meter' && rng.chance(0.5))) {
    const im = imeiOf(rng);
    c.fact('device:imei', 'IMEI', 'imei', im.text, [{ kind: 'digits', value: im.core }]);
    const plmn = rng.pick(l.plmn);
    const imsi = plmn + rng.digits(15 - plmn.length);
    c.fact('subscriber:imsi', 'IMSI', 'imsi', imsi, [{ kind: 'digits', value: imsi.slice(-10) }]);
    const icBody = ('89' + l.tel.cc + rng.digits(2) + rng.digits(16)).slice(0, 19);
    const ic = icBody + luhn(icBody);
    c.fact('subscriber:iccid', 'ICCID', 'iccid', rng.chance(0.3) ? `${ic.slice(0, 4)} ${ic.slice(4, 8)} ${ic.slice(8, 12)} ${ic.slice(12, 16)} ${ic.slice(16)}` : ic, [{ kind: 'digits', value: ic.slice(-12, -1) }]);
    const ms = l.tel.nsn(rng);
    msisdn = rng.pick([`${l.tel.cc}${ms}`, `+${l.tel.cc}${ms}`]);
    c.fact('subscriber:msisdn', 'MSISDN', 'msisdn', msisdn, [{ kind: 'digits', value: ms }]);
  }
  if (vk === 'meter') {
    let mp: string;
    if (l.country === 'GB') {
      const body = r12(rng);
      const primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43];
      mp = body + ([...body].reduce((a, ch, i) => a + Number(ch) * primes[i], 0) % 11 % 10);
    } else if (l.country === 'AT') mp = `AT00${rng.digits(4)}00000000000${rng.digits(14)}`;
    else mp = `${l.country}${rng.digits(4)}${rng.chars(2, 'EGMPSZ')}${rng.digits(10)}`;
    c.fact('device:metering-point', 'Metering point', 'mpan', mp, [{ kind: 'alnum', value: alnum(mp) }]);
  }
  if (vk === 'telematics' || (vk === 'evse' && rng.chance(0.5))) {
    const pl = plateOf(c);
    c.fact('vehicle:plate', 'plate', 'plate', pl, plateLeak(pl));
    if (vk === 'telematics') {
      const vin = vinOf(rng);
      c.fact('vehicle:vin', 'VIN', 'vin', vin, [{ kind: 'alnum', value: vin.toLowerCase() }]);
    }
  }
  if (vk === 'evse') {
    const op = rng.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ');
    const evse = `${l.country}*${op}*E${rng.digits(6)}${rng.chars(2, 'ABCDEF')}*${rng.int(1, 4)}`;
    c.fact('device:evse-id', 'EVSE ID', 'evse_id', evse, [{ kind: 'alnum', value: alnum(evse.split('*')[2]) }]);
    const rfid = rng.hex(8).toUpperCase();
    c.fact('account:rfid-card', 'RFID', 'rfid_uid', rfid.match(/.{2}/g)!.join(rng.pick([':', ' ', ''])), [{ kind: 'alnum', value: rfid.toLowerCase() }]);
  }
  if (vk === 'stb') {
    const sc = rng.digits(11);
    c.fact('device:smartcard', 'Smartcard', 'smartcard', `${sc.slice(0, 2)} ${sc.slice(2, 6)} ${sc.slice(6)} ${luhn(sc)}`, [{ kind: 'digits', value: sc }]);
  }
  if (vk === 'medical') {
    const mrn = rng.pick([() => `MRN ${rng.digits(8)}`, () => `PID-${rng.digits(3)}-${rng.digits(4)}`, () => `${rng.digits(2)}/${rng.digits(6)}`])();
    c.fact('health:mrn', 'MRN', 'mrn', mrn, [{ kind: 'alnum', value: alnum(mrn.replace(/^MRN /, '')) }]);
    const bed = `${rng.pick(['ICU', 'Ward', 'Stn'])} ${rng.int(2, 9)}${rng.chars(1, 'ABC')}-${rng.int(1, 24)}`;
    c.facts.push({ label: 'Bed', key: 'bed', text: bed });
  }
  if (vk === 'pos') {
    const mid = rng.digits(15);
    c.fact('account:merchant-id', 'MID', 'mid', mid, [{ kind: 'digits', value: mid }]);
    const tid = `${rng.chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${rng.digits(6)}`;
    c.fact('device:terminal-id', 'TID', 'tid', tid, [{ kind: 'alnum', value: alnum(tid) }]);
  }
  if (vk === 'bms') {
    const badge = `${rng.digits(3)}-${rng.digits(5)}`;
    c.fact('account:badge', 'Badge', 'badge', badge, [{ kind: 'digits', value: digitsOf(badge) }]);
  }

  // coordinates: five decimals ending in a non-zero digit, so they print as written
  const coord = (whole: number) => Number(`${whole}.${rng.digits(4)}${rng.int(1, 9)}`);
  const [la0, lo0] = l.coord;
  const lat = coord(la0 + rng.int(0, 1) * Math.sign(la0 || 1));
  const lon = coord(lo0 + rng.int(0, 1) * Math.sign(lo0 || 1));
  const dmsOf = (v: number, pos: string, neg: string) => {
    const a = Math.abs(v);
    const deg = Math.floor(a);
    const minF = (a - deg) * 60;
    const min = Math.floor(minF);
    const sec = ((minF - min) * 60).toFixed(1);
    return `${deg}°${p2(min)}'${sec.padStart(4, '0')}"${v >= 0 ? pos : neg}`;
  };
  const dms = `${dmsOf(lat, 'N', 'S')} ${dmsOf(lon, 'E', 'W')}`;
  const cut3 = (v: number) => String(v).slice(0, String(v).indexOf('.') + 4);
  c.plant('location:coordinates', `${lat}, ${lon}`, [{ kind: 'text', value: cut3(lat) }, { kind: 'text', value: cut3(lon) }, { kind: 'text', value: dms.split(' ')[0].slice(0, -3) }], 'location object, YAML, field report');

  // internal names
  const who = emp ?? cust;
  const lg = slugOf(who.p.latGiven.split(' ')[0]);
  const lf = slugOf(who.p.latFamily);
  const login = rng.pick([`${lg[0]}${lf}`, `${lg}.${lf}`, `${lf}${lg.slice(0, 2)}`, `${lg}_${lf[0]}`].filter((x) => x.length >= 5));
  const orgSlug = slugOf(ascii(victimOrg).split(' ').find((w) => w.length > 4) ?? '') || 'site';
  const host = rng.pick(business
    ? [`${rng.pick(({ plc: ['ENG', 'HMI', 'SCADA'], medical: ['NURSE', 'PACS', 'ICU'], pos: ['TILL', 'POS', 'BACKOFFICE'], bms: ['BMS', 'FM', 'ACCESS'] } as Record<string, string[]>)[vk] ?? ['OPS', 'FLEET', 'ADMIN'])}-${rng.pick(['WS', 'PC', 'SRV'])}${rng.digits(2)}.${orgSlug}.${rng.pick(['intra', 'corp', 'local', 'ad'])}`, `${lg}-${rng.pick(['thinkpad', 'pc', 'nb'])}.${orgSlug}.${rng.pick(['intra', 'lan'])}`]
    : [`${lg}-${rng.pick(['macbook', 'pc', 'laptop'])}.${rng.pick(['home', 'lan', 'fritz.box'])}`, `${rng.pick(['DESKTOP', 'LAPTOP'])}-${lg.toUpperCase().slice(0, 4)}${lf.toUpperCase().slice(0, 3)}${rng.int(1, 9)}`]);
  c.plant('host:internal', host, [{ kind: 'text', value: host.toLowerCase() }], 'logs, forensic notes, process SCO');
  c.plant('user:login', login, [{ kind: 'word', value: login }], 'user-account SCO, logs');
  const userPath = rng.pick([`C:\\Users\\${login}\\AppData\\Local\\Temp\\${rng.pick(['upd.exe', 'svc.ps1', 'tmp7.dll'])}`, `/home/${login}/.cache/${rng.pick(['.x', 'kworker', 'dbus-sync'])}`, `/Users/${login}/Library/LaunchAgents/com.${rng.pick(['sync', 'update'])}.plist`]);
  c.plant('user:path', userPath, [{ kind: 'word', value: login }], 'directory / process SCO, forensic notes');
  c.plant('ip:victim-public', victimPublic, [{ kind: 'ip', value: victimPublic }], 'network-traffic src, chat, YAML');
  c.plant('ip:victim-private', victimPrivate, [{ kind: 'ip', value: victimPrivate }], 'indicator pattern, logs');
  c.plant('ip:victim-private', victimPrivate2, [{ kind: 'ip', value: victimPrivate2 }], 'observed-data, x_ property');
  let v6: string | undefined;
  if (['router', 'stb'].includes(vk) && rng.chance(0.5)) {
    const o = devMac.octets;
    const iid = `${(parseInt(o[0], 16) ^ 2).toString(16).padStart(2, '0')}${o[1]}:${o[2]}ff:fe${o[3]}:${o[4]}${o[5]}`;
    v6 = `2a0${rng.int(1, 9)}:${rng.hex(3)}:${rng.hex(4)}:${rng.hex(2)}00:${iid}`;
    c.plant('ip:victim-ipv6-eui64', v6, [{ kind: 'iid', value: iid.replace(/:/g, '') }], 'observed-data ipv6-addr, YAML');
  }
  if (business) c.plant('org:victim', victimOrg, [{ kind: latinScript(victimOrg) || cyrArab(victimOrg) ? 'word' : 'text', value: victimOrg }], 'victim identity, prose');

  // fraud seen by carriers and module makers: the premium destination and smishing sender survive
  let irsf: string | undefined;
  let smisher: string | undefined;
  if (msisdn && rng.chance(0.6)) {
    const pre = rng.pick(IRSF_PREFIXES);
    const num = pre + rng.digits(11 - pre.length);
    irsf = rng.pick([`+${num}`, `00${num}`, `+${num.slice(0, pre.length)} ${num.slice(pre.length)}`]);
    c.threat('fraud:irsf-number', num, { kind: 'digits', value: num }, 'CDR excerpt');
  }
  if (rng.chance(0.5)) {
    const foreign = rng.pick(LOCALES.filter((x) => x.country !== l.country));
    const sn = foreign.tel.nsn(rng);
    smisher = rng.pick(foreign.tel.international)(sn);
    c.threat('fraud:smishing-sender', sn, { kind: 'digits', value: sn }, 'SMS log / note');
  }

  // --- the genres: every fact lands in at least one
  const others = listed.slice(0, rng.int(1, 2)).map((n) => {
    const ph = phone(false);
    return { n, phone: ph.text, nsn: ph.nsn, no: `${rng.chars(1, 'ABKMR')}${rng.digits(9)}` };
  });
  const names = Object.keys(GENRES);
  const chosen = rng.shuffle([...names]).slice(0, rng.int(4, 6));
  const g: Ctx = {
    c, l, rng, company, domain, device: `${V.device}`, model: modelName, ticket, cust, tech, emp, others, staffA, staffB, handleA, handleB, staffAEmail, staffPhone: staffPhone.text,
    custEmail, custPhone: custPhoneText, techPhone: techPhone.text, address, lat, lon, dms, host, login, userPath, victimPublic, victimPrivate, a1, a2, d1, url2, sha256, port, malware, msisdn, irsf, smisher, base,
  };
  const facts = rng.shuffle([...c.facts]);
  const chunks: Fact[][] = chosen.map(() => []);
  facts.forEach((f, i) => {
    chunks[i % chosen.length].push(f);
    if (rng.chance(0.2)) chunks[rng.int(0, chosen.length - 1)].push(f);
  });
  const texts = chosen.map((k, i) => ({ kind: k, text: GENRES[k](g, chunks[i].filter((f, j, a) => a.indexOf(f) === j)) }));
  if (chosen.includes('syslog')) c.threat('attacker-ip:syslog', a2, { kind: 'text', value: a2 }, 'syslog paste');
  if (chosen.includes('jsonl')) c.threat('attacker-ip:log', a1, { kind: 'text', value: a1 }, 'JSON-lines log');
  if (chosen.includes('yaml')) c.threat('c2-domain:config', d1, { kind: 'text', value: d1 }, 'YAML config');
  if (smisher && chosen.includes('sms')) c.threat('url:sms', url2, { kind: 'text', value: url2 }, 'SMS log');

  // --- STIX objects
  const submitter = c.sdo('identity', {
    name: company,
    identity_class: 'organization',
    sectors: [V.sector],
    contact_information: `${nameSurface(c, staffA, 'plain')} <${staffAEmail}>, ${staffPhone.text}`,
  }, ts);
  const by = { created_by_ref: submitter.id };

  const custName = nameSurface(c, cust, 'plain');
  const victimIdentity = c.sdo('identity', business
    ? { ...by, name: victimOrg, identity_class: 'organization', sectors: [V.sector], contact_information: `${nameSurface(c, emp!, 'formal')}, ${techPhone.text}` }
    : { ...by, name: custName, identity_class: 'individual', contact_information: `${custEmail} / ${custPhoneText}` }, ts);
  if (business) c.sdo('identity', { ...by, name: nameSurface(c, cust, 'list'), identity_class: 'individual', description: `${l.L.customer} ${custNo}` }, ts);
  const location = c.sdo('location', {
    ...by,
    name: rng.chance(0.4) ? `${l.L.site}: ${business ? victimOrg : custName}` : l.addressKey(street, houseNo),
    street_address: address,
    city: city.split(/,|、|،/)[0],
    postal_code: pc.replace('〒', ''),
    country: l.country,
    latitude: lat,
    longitude: lon,
  }, ts);

  const sVictim = c.sco('ipv4-addr', { value: victimPublic });
  const sA1 = c.sco('ipv4-addr', { value: a1 });
  c.threat('attacker-ip:sco', a1, { kind: 'sco', type: 'ipv4-addr', property: 'value', value: a1 }, 'observed network-traffic dst');
  const sPriv = c.sco('ipv4-addr', { value: victimPrivate2 });
  const sMac = c.sco('mac-addr', { value: devMac.octets.join(':') });
  const nt = c.sco('network-traffic', { src_ref: sVictim.id, dst_ref: sA1.id, dst_port: port, src_port: rng.int(32768, 60999), protocols: ['ipv4', 'tcp'], start: isoAt(base, -1440) });
  const account = c.sco('user-account', { user_id: login, account_login: login, display_name: nameSurface(c, who, 'plain') });
  const file = c.sco('file', { name: rng.pick(['kworkerd', 'upd.exe', 'libnss_x.so', 'sysupdate']), hashes: { 'SHA-256': sha256, 'SHA-1': sha1 } });
  const sepAt = Math.max(userPath.lastIndexOf('\\'), userPath.lastIndexOf('/'));
  const dir = c.sco('directory', { path: userPath.slice(0, sepAt) });
  const proc = c.sco('process', { pid: rng.int(300, 32000), command_line: `${userPath} -c ${d1}:${port} --id ${host}` });
  const fromAddr = c.sco('email-addr', { value: sender, display_name: rng.pick(['Billing', 'Security Team', 'Kundenservice', 'Servicio al cliente']) });
  const toAddr = c.sco('email-addr', { value: custEmail, display_name: nameSurface(c, cust, 'list') });
  const mail = c.sco('email-message', {
    is_multipart: false, from_ref: fromAddr.id, to_refs: [toAddr.id],
    subject: `${rng.pick(['Account notice', 'Ihre Rechnung', 'Aviso de pago', 'Fattura'])} ${custNo}`,
    body: `${nameSurface(c, cust, 'formal')}, ${l.S.lure(`${url2}?ref=${encodeURIComponent(custEmail)}`)}`,
  });
  const urlSco = c.sco('url', { value: url1 });
  const domSco = c.sco('domain-name', { value: d1 });
  const scos = [sVictim, sA1, sPriv, sMac, nt, account, file, dir, proc, fromAddr, toAddr, mail, urlSco, domSco];
  if (v6) scos.push(c.sco('ipv6-addr', { value: v6 }));
  const observed = c.sdo('observed-data', { ...by, first_observed: isoAt(base, -1440), last_observed: isoAt(base, -30), number_observed: rng.int(1, 25), object_refs: scos.map((s) => s.id) }, ts);

  const patterns: [string, string][] = [
    [`[ipv4-addr:value = '${a1}'] OR [ipv4-addr:value = '${a2}']${neighbour ? ` OR [ipv4-addr:value = '${neighbour}']` : ''}`, `${malware} infrastructure`],
    [`[domain-name:value = '${d1}'] OR [domain-name:value = '${d2}']`, `${malware} domains`],
    [`[file:hashes.'SHA-256' = '${sha256}'] OR [file:hashes.MD5 = '${md5}'] OR [file:hashes.'SHA-1' = '${sha1}']`, `${malware} samples`],
    [`[network-traffic:src_ref.value = '${victimPrivate}' AND network-traffic:dst_ref.value = '${a2}' AND network-traffic:dst_port = ${port}]`, 'beacon from the customer device'],
    [`[email-message:from_ref.value = '${sender}' AND email-message:to_refs[*].value = '${custEmail}']`, 'lure mail'],
    [`[url:value = '${url2}']`, 'lure URL'],
  ];
  const indicators = patterns.map(([pattern, name]) => c.sdo('indicator', { ...by, name, pattern, pattern_type: 'stix', valid_from: ts, indicator_types: ['malicious-activity'] }, ts));

  const mw = c.sdo('malware', { ...by, name: malware, is_family: true, malware_types: [rng.pick(['bot', 'backdoor', 'trojan'])], description: `${malware} build for ${rng.pick(['armv7', 'mipsel', 'aarch64', 'x86_64'])}, seen on ${modelName}.` }, ts);
  const is = c.sdo('intrusion-set', { ...by, name: actor, description: `Tradecraft consistent with ${actor}.` }, ts);
  const vuln = c.sdo('vulnerability', { ...by, name: cve, external_references: [{ source_name: 'cve', external_id: cve }] }, ts);
  const infra = c.sdo('infrastructure', { ...by, name: `${malware} C2 (${d1})`, infrastructure_types: ['command-and-control'] }, ts);
  const rels: [string, string, string][] = [
    ...indicators.map((i): [string, string, string] => [i.id, 'indicates', mw.id]),
    [is.id, 'uses', mw.id], [mw.id, 'exploits', vuln.id], [mw.id, 'beacons-to', infra.id], [infra.id, 'consists-of', domSco.id], [infra.id, 'consists-of', sA1.id],
  ];
  for (const [s, t, d] of rels) c.sdo('relationship', { ...by, relationship_type: t, source_ref: s, target_ref: d }, ts);

  const sighting = c.sdo('sighting', {
    ...by, sighting_of_ref: indicators[0].id, where_sighted_refs: [victimIdentity.id, location.id], observed_data_refs: [observed.id],
    first_seen: isoAt(base, -1440), last_seen: isoAt(base, -30), count: rng.int(1, 40),
    description: `${l.L.device} ${serial} @ ${host}`,
  }, ts);

  const fraud = irsf ? `CDR: ${msisdn} → ${irsf}, ${rng.int(12, 240)} calls / ${rng.int(2, 30)} h${smisher ? `; SMS lure from ${smisher}` : ''}` : smisher ? `SMS lure from ${smisher}: ${url2}` : '';
  const prose = [l.S.report(nameSurface(c, cust, 'formal'), custPhoneText), l.S.beacon(a1, rng.chance(0.35) ? d1.replace(/\.(?=[^.]+$)/, '[.]') : d1, String(port)), emp ? `${l.L.site}: ${victimOrg}, ${nameSurface(c, emp, 'formal')}.` : '', l.S.close].filter(Boolean).join(NATIVE_CJK(l) ? '' : ' ');
  const portal = `https://portal.${domain}/cases/${encodeURIComponent(ticket)}?customer=${encodeURIComponent(custEmail)}${msisdn ? `&msisdn=${encodeURIComponent(msisdn)}` : ''}`;
  const incidentProps: Record<string, unknown> = {
    ...by,
    name: `${l.S.title(`${V.device} ${modelName}`, malware)} [${ticket}]`,
    description: [prose, fraud, texts[0].text].filter(Boolean).join('\n\n'),
    external_references: [
      { source_name: 'cve', external_id: cve },
      { source_name: rng.pick(['servicenow', 'dynamics-crm', 'zendesk', 'jira-sd']), url: portal, external_id: ticket, description: `opened by ${nameSurface(c, staffB, 'plain')}` },
    ],
  };
  if (rng.chance(0.5)) incidentProps[`x_${slug}_case`] = { customer: nameSurface(c, cust, 'plain'), phone: custPhoneText, lan: victimPrivate2 };
  else incidentProps.x_crm_payload = jsonAscii({ contact: nameSurface(c, cust, 'formal'), email: custEmail, lan: victimPrivate2, site: address });
  const incident = c.sdo('incident', incidentProps, ts);
  c.sdo('grouping', { ...by, name: `${ticket} – ${nameSurface(c, cust, 'list')}`, context: 'suspicious-activity', object_refs: [incident.id, observed.id] }, ts);

  for (const t of texts.slice(1)) {
    c.sdo('note', {
      ...by,
      abstract: rng.chance(0.4) ? `${t.kind} – ${nameSurface(c, cust, 'plain')}` : `${t.kind} ${ticket}`,
      content: t.text,
      authors: [nameSurface(c, staffA, 'plain'), handleB],
      object_refs: [incident.id, observed.id],
    }, ts);
  }
  c.sdo('note', {
    ...by,
    content: `${nameSurface(c, tech, 'formal')} – ${techPhone.text}. ${l.S.visit(nameSurface(c, tech, 'plain'))}${v6 ? `\nWAN6 ${v6}` : ''}`,
    object_refs: [sighting.id],
  }, ts);
  c.sdo('opinion', {
    ...by,
    opinion: 'strongly-agree',
    explanation: `${l.S.escalate(nameSurface(c, staffA, 'plain'))} ${nameSurface(c, cust, 'short')} / ${custPhoneText}`,
    authors: [nameSurface(c, staffB, 'plain')],
    object_refs: [incident.id],
  }, ts);
  c.sdo('report', {
    ...by,
    name: `${l.S.title(V.device, malware)} – ${shortName}`,
    description: `${l.S.beacon(a1, d1, String(port))}\nPSIRT: ${nameSurface(c, staffA, 'plain')}, ${staffAEmail}, ${acronym}`,
    published: ts,
    report_types: ['threat-report'],
    object_refs: c.objects.filter((o) => o.type !== 'report').map((o) => o.id),
  }, ts);

  // persons, now that every surface is known
  if (chosen.includes('tsv')) {
    for (const o of others) {
      c.plant('phone:customer-listed', o.phone, [{ kind: 'digits', value: o.nsn }], 'spreadsheet paste');
      c.plant('account:customer-number-listed', o.no, [{ kind: 'alnum', value: alnum(o.no) }], 'spreadsheet paste');
      c.plant(o.n.category, o.n.surfaces[0], personLeak(l, o.n), 'spreadsheet paste');
    }
  }
  for (const n of [cust, tech, ...(emp ? [emp] : [])]) c.plant(n.category, n.surfaces[0] ?? `${n.p.given} ${n.p.family}`, personLeak(l, n), 'prose, genres, STIX name fields');
  for (const n of [staffA, staffB]) for (const f of personLeak(l, n)) c.identity.push(f);

  const profile: SubmitterProfile = {
    names: [company, shortName, ...(nativeCo ? [stem] : [])],
    domains: [domain, domain2],
    country: l.country,
    sectors: [V.sector],
    languages: [l.code.split('-')[0]],
    ...(rng.chance(0.6) ? { brands: [brand] } : {}),
    ...(rng.chance(0.4) ? { staff: [staffA, staffB].map((n) => `${n.p.given} ${n.p.family}`) } : {}),
    ...(business && rng.chance(0.3) ? { customers: [victimOrg] } : {}),
  };
  for (const o of c.objects) for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];

  return {
    index,
    lang: l.code,
    device: vk,
    bundle: { type: 'bundle', id: `bundle--${uuid4(rng)}`, objects: c.objects },
    profile,
    planted: c.planted,
    threats: c.threats,
    identity: c.identity,
  };
}

function r12(rng: Rng): string {
  return String(rng.int(10, 23)) + rng.digits(10);
}
