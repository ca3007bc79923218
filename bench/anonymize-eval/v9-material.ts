// Locale material for the blind, held-out ninth suite (v9.ts): names in local script with their
// romanisation, addresses, phone shapes, national ids and bank numbers with their real check
// digits, and the few phrases support staff and analysts write in each language.
import type { Rng } from './rng';
import type { LeakForm } from './identifiers';
import { luhnDigit, verhoeffDigit as verhoeff } from './identifiers';

/** A value as written, with the forms under which it still identifies someone. */
export interface Shown {
  text: string;
  leak: LeakForm[];
}

export interface Person {
  given: string;
  family: string;
  /** As written locally: "Jan Kowalski", "佐藤健一", "김민준", "محمد العتيبي". */
  full: string;
  /** Latin spelling, for e-mail local parts, logins and English prose. */
  latinGiven: string;
  latinFamily: string;
  female: boolean;
}

export interface Phrases {
  hello: (name: string) => string;
  regards: string;
  wrote: (date: string, name: string) => string;
  called: (name: string) => string;
  complaint: string;
  action: string;
  escalate: string;
  thanks: string;
  summary: string;
  labels: {
    customer: string; phone: string; email: string; address: string; dob: string; customerNo: string; contract: string;
    ticket: string; serial: string; device: string; technician: string; bank: string; card: string; site: string; login: string; note: string;
  };
}

export interface Locale {
  tag: string;
  lang: string;
  country: string;
  weight: number;
  /** Family name first, no space (CJK). */
  eastern: boolean;
  given: { m: [string, string][]; f: [string, string][] };
  family: [string, string][];
  cities: { name: string; lat: number; lon: number; postcode: (r: Rng) => string }[];
  street: (r: Rng) => string;
  /** A full postal address line in local order. */
  address: (street: string, postcode: string, city: string) => string;
  calling: string;
  nsn: (r: Rng) => string;
  national: (nsn: string) => string;
  international: (nsn: string) => string;
  mccMnc: string[];
  /** Some ids encode the holder's sex and birth date. */
  nationalId: (r: Rng, p: Person, b: [number, number, number]) => Shown & { label: string; kind: string };
  bank: (r: Rng) => Shown & { label: string; kind: string };
  dob: (y: number, m: number, d: number) => string;
  plate: (r: Rng) => string;
  tld: string;
  mailHosts: string[];
  orgStems: string[];
  orgSuffix: string[];
  phrases: Phrases;
}

const p2 = (n: number) => String(n).padStart(2, '0');
const grp = (s: string, sizes: number[], sep = ' ') => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out.filter(Boolean).join(sep);
};
const digitsOf = (s: string): LeakForm => ({ kind: 'digits', value: s.replace(/\D/g, '') });
const alnumOf = (s: string): LeakForm => ({ kind: 'alnum', value: s.toLowerCase().replace(/[^a-z0-9]/g, '') });
const L26 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

// ---- check digits -------------------------------------------------------------------------

function mod97(numeric: string): number {
  let r = 0;
  for (const c of numeric) r = (r * 10 + Number(c)) % 97;
  return r;
}

/** IBAN with its ISO 13616 check digits. */
function iban(cc: string, bban: string): string {
  const numeric = [...(bban + cc + '00')].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return cc + p2(98 - mod97(numeric)) + bban;
}

function ibanShown(r: Rng, cc: string, bban: string, label: string): Shown & { label: string; kind: string } {
  const full = iban(cc, bban);
  return { label, kind: 'iban', text: r.chance(0.6) ? full.match(/.{1,4}/g)!.join(' ') : full, leak: [alnumOf(bban)] };
}


function weighted(body: string, weights: number[]): number {
  let s = 0;
  for (let i = 0; i < body.length; i++) s += Number(body[i]) * weights[i];
  return s;
}

/** German Steuer-ID: ten digits (one repeated), ISO 7064 MOD 11,10. */
function steuerId(r: Rng): string {
  const pool = r.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  let ds = pool.slice(0, 9);
  if (ds[0] === 0) ds = [ds[1], ds[0], ...ds.slice(2)];
  ds.splice(r.int(1, 9), 0, ds[r.int(0, 8)]);
  const body = ds.join('');
  let product = 10;
  for (const c of body) {
    let sum = (Number(c) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return body + String(check === 10 ? 0 : check);
}

function cpf(r: Rng): string {
  const b = r.digits(9);
  const d1 = ((weighted(b, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  const d2 = ((weighted(b + d1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  return `${b}${d1}${d2}`;
}

function pesel(r: Rng, y: number, m: number, d: number): string {
  const mm = m + (y >= 2000 ? 20 : 0);
  const body = `${p2(y % 100)}${p2(mm)}${p2(d)}${r.digits(4)}`;
  return body + String((10 - (weighted(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}

function tcKimlik(r: Rng): string {
  const ds = [r.int(1, 9), ...Array.from({ length: 8 }, () => r.int(0, 9))];
  const odd = ds[0] + ds[2] + ds[4] + ds[6] + ds[8];
  const even = ds[1] + ds[3] + ds[5] + ds[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (ds.reduce((a, b) => a + b, 0) + d10) % 10;
  return ds.join('') + d10 + d11;
}

function myNumber(r: Rng): string {
  const body = r.digits(11);
  let s = 0;
  for (let n = 1; n <= 11; n++) s += Number(body[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const rem = s % 11;
  return body + String(rem <= 1 ? 0 : 11 - rem);
}

function rrn(r: Rng, y: number, m: number, d: number, female: boolean): string {
  const s = y >= 2000 ? (female ? 4 : 3) : female ? 2 : 1;
  const body = `${p2(y % 100)}${p2(m)}${p2(d)}${s}${r.digits(5)}`;
  return body + String((11 - (weighted(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10);
}

const TW_LETTER: Record<string, number> = { A: 10, B: 11, E: 14, F: 15, H: 17, K: 19 };

function twId(r: Rng, female: boolean): string {
  const letter = r.pick(Object.keys(TW_LETTER));
  const n = TW_LETTER[letter];
  const body = (female ? '2' : '1') + r.digits(7);
  const s = Math.floor(n / 10) + (n % 10) * 9 + weighted(body, [8, 7, 6, 5, 4, 3, 2, 1]);
  return letter + body + String((10 - (s % 10)) % 10);
}

function tfn(r: Rng): string {
  for (;;) {
    const body = r.digits(8);
    const d = weighted(body, [1, 4, 3, 7, 5, 8, 6, 9]) % 11;
    if (d < 10) return body + String(d);
  }
}

function nir(r: Rng, y: number, m: number, female: boolean): string {
  const body = `${female ? 2 : 1}${p2(y % 100)}${p2(m)}${p2(r.int(1, 95))}${r.digits(3)}${r.digits(3)}`;
  return body + p2(97 - Number(BigInt(body) % 97n));
}

const CF_ODD: Record<string, number> = Object.fromEntries(
  [...'0123456789'].map((c, i) => [c, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21][i]]).concat(
    [...L26].map((c, i) => [c, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23][i]]),
  ),
);

function codiceFiscale(r: Rng, p: Person, y: number, m: number, d: number): string {
  const cons = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '') + s.toUpperCase().replace(/[^AEIOU]/g, '') + 'XXX';
  const body =
    cons(p.latinFamily).slice(0, 3) + cons(p.latinGiven).slice(0, 3) + p2(y % 100) + 'ABCDEHLMPRST'[m - 1] + p2(d + (p.female ? 40 : 0)) + r.pick(['H501', 'F205', 'L219', 'G273', 'A944', 'F839']);
  let s = 0;
  for (let i = 0; i < 15; i++) s += i % 2 === 0 ? CF_ODD[body[i]] : /\d/.test(body[i]) ? Number(body[i]) : body.charCodeAt(i) - 65;
  return body + L26[s % 26];
}

const CURP_CHARS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

function curp(r: Rng, p: Person, y: number, m: number, d: number): string {
  const fam = p.latinFamily.toUpperCase();
  const vowel = fam.slice(1).match(/[AEIOU]/)?.[0] ?? 'X';
  const cons = (s: string) => s.toUpperCase().slice(1).match(/[B-DF-HJ-NP-TV-Z]/)?.[0] ?? 'X';
  const body =
    fam[0] + vowel + r.pick([...'GHLMRS']) + p.latinGiven[0].toUpperCase() + p2(y % 100) + p2(m) + p2(d) + (p.female ? 'M' : 'H') + r.pick(['DF', 'JC', 'NL', 'PL', 'MC']) +
    cons(p.latinFamily) + r.pick([...'BCDFGLMNRST']) + cons(p.latinGiven) + (y >= 2000 ? 'A' : '0');
  let s = 0;
  for (let i = 0; i < 17; i++) s += CURP_CHARS.indexOf(body[i]) * (18 - i);
  return body + String((10 - (s % 10)) % 10);
}

function aba(r: Rng): string {
  const body = r.pick(['0210', '0260', '1210', '0110', '0710']) + r.digits(4);
  const s = weighted(body, [3, 7, 1, 3, 7, 1, 3, 7]);
  return body + String((10 - (s % 10)) % 10);
}

function clabe(r: Rng): string {
  const body = r.pick(['002', '012', '014', '021', '072']) + r.pick(['180', '320', '580']) + r.digits(11);
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 17; i++) s += (Number(body[i]) * w[i]) % 10;
  return body + String((10 - (s % 10)) % 10);
}

/** Saudi national / iqama number: 1 or 2 first, Luhn. */
function saudiId(r: Rng): string {
  const body = r.pick(['1', '1', '2']) + r.digits(8);
  return body + luhnDigit(body);
}

/** Birth date drawn once per record; national ids that encode it use it. */
export function birth(r: Rng): [number, number, number] {
  return [r.int(1952, 2004), r.int(1, 12), r.int(1, 28)];
}

// ---- shared shapes --------------------------------------------------------------------------

const EN = (labelsOver: Partial<Phrases['labels']> = {}): Phrases => ({
  hello: (n) => `Hi ${n},`,
  regards: 'Kind regards,',
  wrote: (d, n) => `On ${d}, ${n} wrote:`,
  called: (n) => `Customer ${n} called the hotline`,
  complaint: 'says the device rebooted several times overnight and their contacts received text messages they never sent',
  action: 'Remote factory reset done; unit swapped and the old one shipped to the lab for imaging',
  escalate: 'Escalating to security, this matches the campaign from last week.',
  thanks: 'Thanks for the quick turnaround.',
  summary: 'Summary (translated)',
  labels: {
    customer: 'Customer', phone: 'Phone', email: 'Email', address: 'Address', dob: 'DOB', customerNo: 'Customer no.', contract: 'Contract',
    ticket: 'Ticket', serial: 'Serial', device: 'Device', technician: 'Technician', bank: 'Bank account', card: 'Card', site: 'Site', login: 'Login', note: 'Note',
    ...labelsOver,
  },
});

// ---- the fifteen locales ----------------------------------------------------------------------

export const LOCALES: Locale[] = [
  {
    tag: 'en-US', lang: 'en', country: 'US', weight: 2.4, eastern: false,
    given: { m: [['Tyler', 'Tyler'], ['Marcus', 'Marcus'], ['Brandon', 'Brandon'], ['Dwayne', 'Dwayne'], ['Cody', 'Cody']], f: [['Brittany', 'Brittany'], ['Shanice', 'Shanice'], ['Kayla', 'Kayla'], ['Danielle', 'Danielle'], ['Meredith', 'Meredith']] },
    family: [['Hendricks', 'Hendricks'], ['Okafor', 'Okafor'], ['Castellanos', 'Castellanos'], ['Whitfield', 'Whitfield'], ['Brannigan', 'Brannigan'], ['Nakamura-Boyd', 'Nakamura-Boyd'], ['Pruitt', 'Pruitt'], ['Delacroix', 'Delacroix']],
    cities: [
      { name: 'Columbus, OH', lat: 39.9612, lon: -82.9988, postcode: (r) => `432${r.digits(2)}` },
      { name: 'Tucson, AZ', lat: 32.2226, lon: -110.9747, postcode: (r) => `857${r.digits(2)}` },
      { name: 'Raleigh, NC', lat: 35.7796, lon: -78.6382, postcode: (r) => `276${r.digits(2)}` },
    ],
    street: (r) => `${r.int(100, 9899)} ${r.pick(['Sycamore', 'Linden', 'Hawthorne', 'Pinecrest', 'Maple Ridge'])} ${r.pick(['Ave', 'St', 'Dr', 'Ct'])}${r.chance(0.4) ? ` Apt ${r.int(2, 40)}` : ''}`,
    address: (s, pc, c) => `${s}, ${c} ${pc}`,
    calling: '1', nsn: (r) => `${r.pick(['614', '520', '919', '737'])}${r.int(200, 989)}${r.digits(4)}`,
    national: (n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, international: (n) => `+1 ${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
    mccMnc: ['310260', '311480', '310410'],
    nationalId: (r) => {
      const s = `${r.int(1, 665)}`.padStart(3, '0') + p2(r.int(1, 99)) + String(r.int(1, 9999)).padStart(4, '0');
      return { label: 'SSN', kind: 'ssn', text: grp(s, [3, 2, 4], '-'), leak: [digitsOf(s)] };
    },
    bank: (r) => {
      const rt = aba(r);
      const acct = r.digits(r.int(9, 11));
      return { label: 'Routing/Account', kind: 'aba-account', text: `${rt} / ${acct}`, leak: [digitsOf(acct)] };
    },
    dob: (y, m, d) => `${p2(m)}/${p2(d)}/${y}`,
    plate: (r) => `${r.digits(1)}${r.chars(3, L26)}${r.digits(3)}`,
    tld: 'com', mailHosts: ['gmail.com', 'yahoo.com', 'att.net', 'outlook.com'],
    orgStems: ['Lakeshore', 'Brightwater', 'Ironwood', 'Summitline', 'Cobaltwave'], orgSuffix: ['Wireless', 'Networks Inc.', 'Devices LLC', 'Communications'],
    phrases: EN({ address: 'Service address', customerNo: 'Acct #' }),
  },
  {
    tag: 'en-GB', lang: 'en', country: 'GB', weight: 2.2, eastern: false,
    given: { m: [['Callum', 'Callum'], ['Rhys', 'Rhys'], ['Alistair', 'Alistair'], ['Gareth', 'Gareth']], f: [['Siobhan', 'Siobhan'], ['Imogen', 'Imogen'], ['Niamh', 'Niamh'], ['Harriet', 'Harriet']] },
    family: [['Featherstone', 'Featherstone'], ['Pemberton', 'Pemberton'], ['Oyelaran', 'Oyelaran'], ['Blackwood', 'Blackwood'], ['McAllister', 'McAllister'], ['Thistlewood', 'Thistlewood']],
    cities: [
      { name: 'Leeds', lat: 53.8008, lon: -1.5491, postcode: (r) => `LS${r.int(1, 29)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}` },
      { name: 'Bristol', lat: 51.4545, lon: -2.5879, postcode: (r) => `BS${r.int(1, 16)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}` },
      { name: 'Cardiff', lat: 51.4816, lon: -3.1791, postcode: (r) => `CF${r.int(10, 24)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}` },
    ],
    street: (r) => `${r.int(1, 180)} ${r.pick(['Holloway', 'Kingsmead', 'Ashgrove', 'Bramble', 'Cavendish'])} ${r.pick(['Road', 'Lane', 'Close', 'Crescent'])}`,
    address: (s, pc, c) => `${s}, ${c} ${pc}`,
    calling: '44', nsn: (r) => `7${r.pick(['4', '5', '7', '9'])}${r.digits(8)}`,
    national: (n) => `0${n.slice(0, 4)} ${n.slice(4)}`, international: (n) => `+44 ${n.slice(0, 4)} ${n.slice(4)}`,
    mccMnc: ['23410', '23415', '23420', '23430'],
    nationalId: (r) => {
      // Prefixes never issued (BG, GB, NK, KN, TN, NT, ZZ) are skipped, and so is "AT": the scorer reads " AT " as a defanged "@".
      let prefix = 'GB';
      while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ', 'AT'].includes(prefix)) prefix = r.chars(1, 'ABCEGHJKLMNOPRSTWXYZ') + r.chars(1, 'ABCEGHJKLMNPRSTWXYZ');
      const s = `${prefix}${r.digits(6)}${r.pick([...'ABCD'])}`;
      return { label: 'NI number', kind: 'nino', text: `${s.slice(0, 2)} ${grp(s.slice(2, 8), [2, 2, 2])} ${s[8]}`, leak: [alnumOf(s)] };
    },
    bank: (r) => ibanShown(r, 'GB', r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + r.digits(14), 'IBAN'),
    dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
    plate: (r) => `${r.chars(2, L26)}${r.int(51, 74)} ${r.chars(3, L26)}`,
    tld: 'co.uk', mailHosts: ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com'],
    orgStems: ['Pennine', 'Severnlink', 'Harbourline', 'Quayside', 'Northgate'], orgSuffix: ['Telecom Ltd', 'Mobile plc', 'Devices Ltd', 'Broadband'],
    phrases: EN({ phone: 'Tel', customerNo: 'Account no.', dob: 'D.O.B.' }),
  },
  {
    tag: 'en-IN', lang: 'en', country: 'IN', weight: 2, eastern: false,
    given: { m: [['Rohit', 'Rohit'], ['Venkatesh', 'Venkatesh'], ['Arjun', 'Arjun'], ['Sandeep', 'Sandeep']], f: [['Priyanka', 'Priyanka'], ['Lakshmi', 'Lakshmi'], ['Sneha', 'Sneha'], ['Kavitha', 'Kavitha']] },
    family: [['Raghunathan', 'Raghunathan'], ['Deshpande', 'Deshpande'], ['Chatterjee', 'Chatterjee'], ['Kulkarni', 'Kulkarni'], ['Subramaniam', 'Subramaniam'], ['Bhattacharya', 'Bhattacharya']],
    cities: [
      { name: 'Pune', lat: 18.5204, lon: 73.8567, postcode: (r) => `4110${r.digits(2)}` },
      { name: 'Chennai', lat: 13.0827, lon: 80.2707, postcode: (r) => `6000${r.digits(2)}` },
      { name: 'Bengaluru', lat: 12.9716, lon: 77.5946, postcode: (r) => `5600${r.digits(2)}` },
    ],
    street: (r) => `Flat ${r.int(101, 1204)}, ${r.pick(['Sai Krupa Apartments', 'Green Meadows', 'Lotus Residency'])}, ${r.pick(['MG Road', 'Baner Road', 'Anna Salai', '2nd Cross'])}`,
    address: (s, pc, c) => `${s}, ${c} - ${pc}`,
    calling: '91', nsn: (r) => `${r.pick(['98', '97', '90', '88', '70'])}${r.digits(8)}`,
    national: (n) => `${n.slice(0, 5)} ${n.slice(5)}`, international: (n) => `+91 ${n.slice(0, 5)} ${n.slice(5)}`,
    mccMnc: ['40445', '40410', '405854'],
    nationalId: (r) => {
      const body = String(r.int(2, 9)) + r.digits(10);
      const s = body + verhoeff(body);
      return { label: 'Aadhaar', kind: 'aadhaar', text: grp(s, [4, 4, 4]), leak: [digitsOf(s)] };
    },
    bank: (r) => {
      const acct = r.digits(r.int(11, 14));
      return { label: 'A/c no. / IFSC', kind: 'in-account', text: `${acct} / ${r.pick(['SBIN', 'HDFC', 'ICIC'])}0${r.digits(6)}`, leak: [digitsOf(acct)] };
    },
    dob: (y, m, d) => `${p2(d)}-${p2(m)}-${y}`,
    plate: (r) => `${r.pick(['MH', 'TN', 'KA'])} ${p2(r.int(1, 50))} ${r.chars(2, L26)} ${r.digits(4)}`,
    tld: 'in', mailHosts: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
    orgStems: ['Sahyadri', 'Kaveri', 'Vistaar', 'Trinetra'], orgSuffix: ['Telecom Pvt Ltd', 'Digital Networks', 'Devices Pvt Ltd'],
    phrases: EN({ phone: 'Mobile', customerNo: 'CAF no.', address: 'Installation address' }),
  },
  {
    tag: 'en-AU', lang: 'en', country: 'AU', weight: 1.4, eastern: false,
    given: { m: [['Lachlan', 'Lachlan'], ['Hamish', 'Hamish'], ['Brodie', 'Brodie']], f: [['Tahlia', 'Tahlia'], ['Kirra', 'Kirra'], ['Matilda', 'Matilda']] },
    family: [['Kowalczyk-Reid', 'Kowalczyk-Reid'], ['Fitzgerald', 'Fitzgerald'], ['Papadakis', 'Papadakis'], ['Trengove', 'Trengove'], ['Nguyen-Hale', 'Nguyen-Hale'], ['Ashcombe', 'Ashcombe'], ['Mulqueen', 'Mulqueen']],
    cities: [
      { name: 'Geelong VIC', lat: -38.1499, lon: 144.3617, postcode: (r) => `32${r.int(11, 30)}` },
      { name: 'Townsville QLD', lat: -19.259, lon: 146.8169, postcode: (r) => `48${r.int(10, 18)}` },
    ],
    street: (r) => `${r.int(1, 240)} ${r.pick(['Banksia', 'Wattle', 'Jacaranda', 'Ironbark'])} ${r.pick(['Street', 'Parade', 'Avenue'])}`,
    address: (s, pc, c) => `${s}, ${c} ${pc}`,
    calling: '61', nsn: (r) => `4${r.digits(8)}`,
    national: (n) => `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, international: (n) => `+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    mccMnc: ['50501', '50502', '50503'],
    nationalId: (r) => {
      const s = tfn(r);
      return { label: 'TFN', kind: 'tfn', text: grp(s, [3, 3, 3]), leak: [digitsOf(s)] };
    },
    bank: (r) => {
      const acct = r.digits(r.int(8, 9));
      return { label: 'BSB/Acc', kind: 'bsb-account', text: `${r.digits(3)}-${r.digits(3)} ${acct}`, leak: [digitsOf(acct)] };
    },
    dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
    plate: (r) => `${r.digits(1)}${r.chars(2, L26)}${r.digits(1)}${r.chars(2, L26)}`,
    tld: 'com.au', mailHosts: ['bigpond.com', 'gmail.com', 'optusnet.com.au'],
    orgStems: ['Southern Cross', 'Coralbay', 'Outback'], orgSuffix: ['Telco Pty Ltd', 'Connect', 'Devices Pty Ltd'],
    phrases: EN({ phone: 'Mob', customerNo: 'Cust ID' }),
  },
  {
    tag: 'de-DE', lang: 'de', country: 'DE', weight: 1.4, eastern: false,
    given: { m: [['Jürgen', 'Juergen'], ['Maximilian', 'Maximilian'], ['Torsten', 'Torsten'], ['Lukas', 'Lukas']], f: [['Anneliese', 'Anneliese'], ['Sabine', 'Sabine'], ['Jana', 'Jana'], ['Friederike', 'Friederike']] },
    family: [['Brückner', 'Brueckner'], ['Hoffmeister', 'Hoffmeister'], ['Weißenborn', 'Weissenborn'], ['Kretschmer', 'Kretschmer'], ['Özdemir', 'Oezdemir'], ['Lindqvist', 'Lindqvist']],
    cities: [
      { name: 'Leipzig', lat: 51.3397, lon: 12.3731, postcode: (r) => `04${r.int(103, 357)}` },
      { name: 'Bielefeld', lat: 52.0302, lon: 8.5325, postcode: (r) => `336${p2(r.int(2, 99))}` },
      { name: 'Kassel', lat: 51.3127, lon: 9.4797, postcode: (r) => `341${r.int(10, 34)}` },
    ],
    street: (r) => `${r.pick(['Lindenauer', 'Am Kirschberg', 'Goethe', 'Hainbuchen', 'Mühlweg'])}${r.pick(['straße', ' Weg', 'allee', 'ring'])} ${r.int(1, 140)}${r.chance(0.3) ? r.pick(['a', 'b']) : ''}`,
    address: (s, pc, c) => `${s}, ${pc} ${c}`,
    calling: '49', nsn: (r) => `${r.pick(['151', '160', '171', '176', '157'])}${r.digits(8)}`,
    national: (n) => `0${n.slice(0, 3)} ${n.slice(3)}`, international: (n) => `+49 ${n.slice(0, 3)} ${n.slice(3)}`,
    mccMnc: ['26201', '26202', '26203'],
    nationalId: (r) => {
      const s = steuerId(r);
      return { label: 'Steuer-ID', kind: 'steuer-id', text: r.chance(0.5) ? s : grp(s, [2, 3, 3, 3]), leak: [digitsOf(s)] };
    },
    bank: (r) => ibanShown(r, 'DE', r.digits(18), 'IBAN'),
    dob: (y, m, d) => `${p2(d)}.${p2(m)}.${y}`,
    plate: (r) => `${r.pick(['L', 'BI', 'KS', 'LL'])}-${r.chars(2, L26)} ${r.int(10, 9999)}`,
    tld: 'de', mailHosts: ['web.de', 'gmx.de', 't-online.de', 'posteo.de'],
    orgStems: ['Elbtal', 'Nordwind', 'Saalekom', 'Weserfunk', 'Harzer'], orgSuffix: ['Telekommunikation GmbH', 'Mobilfunk AG', 'Gerätebau GmbH', 'Netze GmbH'],
    phrases: {
      hello: (n) => `Hallo ${n},`, regards: 'Viele Grüße', wrote: (d, n) => `Am ${d} schrieb ${n}:`, called: (n) => `Kunde ${n} hat bei der Hotline angerufen`,
      complaint: 'das Gerät startet nachts mehrmals neu und Kontakte haben SMS bekommen, die er nie verschickt hat',
      action: 'Werksreset per Fernwartung, Gerät getauscht, Altgerät ans Labor zur Sicherung geschickt',
      escalate: 'Weiter an Security, passt zur Kampagne von letzter Woche.', thanks: 'Danke für die schnelle Rückmeldung.', summary: 'Zusammenfassung (übersetzt)',
      labels: { customer: 'Kunde', phone: 'Telefon', email: 'E-Mail', address: 'Anschrift', dob: 'Geb.-Datum', customerNo: 'Kundennr.', contract: 'Vertragsnr.', ticket: 'Ticket', serial: 'Seriennr.', device: 'Gerät', technician: 'Techniker', bank: 'Bankverbindung', card: 'Karte', site: 'Standort', login: 'Benutzer', note: 'Notiz' },
    },
  },
  {
    tag: 'fr-FR', lang: 'fr', country: 'FR', weight: 1.2, eastern: false,
    given: { m: [['Timothée', 'Timothee'], ['Gaëtan', 'Gaetan'], ['Bastien', 'Bastien']], f: [['Ségolène', 'Segolene'], ['Maëlle', 'Maelle'], ['Clémence', 'Clemence']] },
    family: [['Lefèbvre', 'Lefebvre'], ['Dumoulin', 'Dumoulin'], ['Benhamou', 'Benhamou'], ['Vasseur', 'Vasseur'], ['Guillemot', 'Guillemot'], ['Chevalier-Roux', 'Chevalier-Roux'], ['Marchetti', 'Marchetti']],
    cities: [
      { name: 'Rennes', lat: 48.1173, lon: -1.6778, postcode: (r) => `350${r.pick(['00', '20', '70'])}` },
      { name: 'Grenoble', lat: 45.1885, lon: 5.7245, postcode: (r) => `380${r.pick(['00', '10', '31'])}` },
    ],
    street: (r) => `${r.int(1, 90)}${r.chance(0.2) ? ' bis' : ''} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse des Lilas', 'boulevard de la Liberté'])}`,
    address: (s, pc, c) => `${s}, ${pc} ${c}`,
    calling: '33', nsn: (r) => `${r.pick(['6', '7'])}${r.digits(8)}`,
    national: (n) => `0${n[0]} ${grp(n.slice(1), [2, 2, 2, 2])}`, international: (n) => `+33 ${n[0]} ${grp(n.slice(1), [2, 2, 2, 2])}`,
    mccMnc: ['20801', '20810', '20820'],
    nationalId: (r, p, b) => {
      const s = nir(r, b[0], b[1], p.female);
      return { label: 'N° sécu', kind: 'nir', text: grp(s, [1, 2, 2, 2, 3, 3, 2]), leak: [digitsOf(s.slice(0, 13))] };
    },
    bank: (r) => ibanShown(r, 'FR', r.digits(23), 'IBAN'),
    dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
    plate: (r) => `${r.chars(2, L26)}-${r.digits(3)}-${r.chars(2, L26)}`,
    tld: 'fr', mailHosts: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
    orgStems: ['Armorique', 'Ligérienne', 'Azurel', 'Vercors'], orgSuffix: ['Télécom SAS', 'Mobile SA', 'Objets Connectés SAS'],
    phrases: {
      hello: (n) => `Bonjour ${n},`, regards: 'Cordialement,', wrote: (d, n) => `Le ${d}, ${n} a écrit :`, called: (n) => `Le client ${n} a appelé le service client`,
      complaint: "indique que l'appareil redémarre plusieurs fois la nuit et que ses contacts reçoivent des SMS qu'il n'a jamais envoyés",
      action: "Réinitialisation à distance, appareil remplacé, l'ancien envoyé au labo pour copie", escalate: "Transmis à l'équipe sécurité, même campagne que la semaine dernière.",
      thanks: 'Merci pour le retour rapide.', summary: 'Résumé (traduit)',
      labels: { customer: 'Client', phone: 'Tél.', email: 'Courriel', address: 'Adresse', dob: 'Né(e) le', customerNo: 'N° client', contract: 'N° contrat', ticket: 'Ticket', serial: 'N° de série', device: 'Appareil', technician: 'Technicien', bank: 'RIB', card: 'Carte', site: 'Site', login: 'Identifiant', note: 'Note' },
    },
  },
  {
    tag: 'es-MX', lang: 'es', country: 'MX', weight: 1.2, eastern: false,
    given: { m: [['Joaquín', 'Joaquin'], ['Rodrigo', 'Rodrigo'], ['Emiliano', 'Emiliano']], f: [['Ximena', 'Ximena'], ['Guadalupe', 'Guadalupe'], ['Valeria', 'Valeria']] },
    family: [['Zamudio', 'Zamudio'], ['Villaseñor', 'Villasenor'], ['Olvera', 'Olvera'], ['Barragán', 'Barragan'], ['Cienfuegos', 'Cienfuegos'], ['Arreola', 'Arreola'], ['Quintanilla', 'Quintanilla']],
    cities: [
      { name: 'Guadalajara, Jal.', lat: 20.6597, lon: -103.3496, postcode: (r) => `44${r.int(100, 990)}` },
      { name: 'Monterrey, N.L.', lat: 25.6866, lon: -100.3161, postcode: (r) => `64${r.int(100, 990)}` },
    ],
    street: (r) => `${r.pick(['Av. Chapultepec', 'Calle Hidalgo', 'Calz. del Federalismo', 'Privada Los Pinos'])} ${r.int(10, 2400)}${r.chance(0.4) ? ` Int. ${r.int(1, 30)}` : ''}, Col. ${r.pick(['Americana', 'Del Valle', 'Mitras Centro'])}`,
    address: (s, pc, c) => `${s}, C.P. ${pc}, ${c}`,
    calling: '52', nsn: (r) => `${r.pick(['33', '81', '55'])}${r.digits(8)}`,
    national: (n) => `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`, international: (n) => `+52 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`,
    mccMnc: ['334020', '334030', '334050'],
    nationalId: (r, p, b) => {
      const s = curp(r, p, b[0], b[1], b[2]);
      return { label: 'CURP', kind: 'curp', text: s, leak: [alnumOf(s)] };
    },
    bank: (r) => {
      const s = clabe(r);
      return { label: 'CLABE', kind: 'clabe', text: s, leak: [digitsOf(s)] };
    },
    dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
    plate: (r) => `${r.chars(3, L26)}-${r.digits(3)}-${r.chars(1, L26)}`,
    tld: 'com.mx', mailHosts: ['hotmail.com', 'gmail.com', 'prodigy.net.mx'],
    orgStems: ['Altiplano', 'Sierra Madre', 'Conectia'], orgSuffix: ['Telecomunicaciones S.A. de C.V.', 'Móvil S.A.', 'Dispositivos S.A. de C.V.'],
    phrases: {
      hello: (n) => `Hola ${n},`, regards: 'Saludos cordiales,', wrote: (d, n) => `El ${d}, ${n} escribió:`, called: (n) => `El cliente ${n} llamó a soporte`,
      complaint: 'comenta que el equipo se reinicia varias veces en la noche y que sus contactos recibieron SMS que nunca envió',
      action: 'Restablecimiento remoto, equipo reemplazado, el anterior se envió al laboratorio', escalate: 'Se escala a seguridad, coincide con la campaña de la semana pasada.',
      thanks: 'Gracias por la pronta respuesta.', summary: 'Resumen (traducido)',
      labels: { customer: 'Cliente', phone: 'Tel.', email: 'Correo', address: 'Domicilio', dob: 'Fecha de nac.', customerNo: 'No. de cliente', contract: 'No. de contrato', ticket: 'Folio', serial: 'No. de serie', device: 'Equipo', technician: 'Técnico', bank: 'Cuenta', card: 'Tarjeta', site: 'Sitio', login: 'Usuario', note: 'Nota' },
    },
  },
  {
    tag: 'pt-BR', lang: 'pt', country: 'BR', weight: 1.2, eastern: false,
    given: { m: [['Thiago', 'Thiago'], ['Gustavo', 'Gustavo'], ['Leandro', 'Leandro']], f: [['Fernanda', 'Fernanda'], ['Luana', 'Luana'], ['Gabriela', 'Gabriela']] },
    family: [['Figueiredo', 'Figueiredo'], ['Conceição', 'Conceicao'], ['Albuquerque', 'Albuquerque'], ['Magalhães', 'Magalhaes'], ['Bittencourt', 'Bittencourt'], ['Nascimento', 'Nascimento'], ['Cavalcanti', 'Cavalcanti']],
    cities: [
      { name: 'Curitiba - PR', lat: -25.4284, lon: -49.2733, postcode: (r) => `80${r.digits(3)}-${r.digits(3)}` },
      { name: 'Recife - PE', lat: -8.0476, lon: -34.877, postcode: (r) => `50${r.digits(3)}-${r.digits(3)}` },
    ],
    street: (r) => `${r.pick(['Rua XV de Novembro', 'Av. Boa Viagem', 'Rua das Palmeiras', 'Travessa Santa Luzia'])}, ${r.int(10, 3000)}${r.chance(0.4) ? `, apto ${r.int(11, 1402)}` : ''}`,
    address: (s, pc, c) => `${s}, ${c}, CEP ${pc}`,
    calling: '55', nsn: (r) => `${r.pick(['41', '81', '11'])}9${r.digits(8)}`,
    national: (n) => `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`, international: (n) => `+55 ${n.slice(0, 2)} ${n.slice(2, 7)}-${n.slice(7)}`,
    mccMnc: ['72405', '72406', '72431'],
    nationalId: (r) => {
      const s = cpf(r);
      return { label: 'CPF', kind: 'cpf', text: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`, leak: [digitsOf(s)] };
    },
    bank: (r) => {
      const acct = r.digits(r.int(7, 9));
      return { label: 'Agência/Conta', kind: 'br-account', text: `${r.digits(4)} / ${acct}-${r.int(0, 9)}`, leak: [digitsOf(acct)] };
    },
    dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
    plate: (r) => `${r.chars(3, L26)}${r.digits(1)}${r.chars(1, L26)}${r.digits(2)}`,
    tld: 'com.br', mailHosts: ['uol.com.br', 'bol.com.br', 'gmail.com'],
    orgStems: ['Araucária', 'Capibaribe', 'Serra Verde'], orgSuffix: ['Telecom S.A.', 'Conectividade Ltda.', 'Dispositivos Ltda.'],
    phrases: {
      hello: (n) => `Olá ${n},`, regards: 'Atenciosamente,', wrote: (d, n) => `Em ${d}, ${n} escreveu:`, called: (n) => `O cliente ${n} ligou para o suporte`,
      complaint: 'relata que o aparelho reinicia várias vezes de madrugada e que os contatos receberam SMS que ele nunca enviou',
      action: 'Reset remoto feito, aparelho trocado e o antigo enviado ao laboratório', escalate: 'Encaminhado para segurança, mesma campanha da semana passada.',
      thanks: 'Obrigado pelo retorno rápido.', summary: 'Resumo (traduzido)',
      labels: { customer: 'Cliente', phone: 'Celular', email: 'E-mail', address: 'Endereço', dob: 'Data de nasc.', customerNo: 'Cód. cliente', contract: 'Contrato', ticket: 'Protocolo', serial: 'Nº de série', device: 'Aparelho', technician: 'Técnico', bank: 'Conta', card: 'Cartão', site: 'Local', login: 'Usuário', note: 'Obs.' },
    },
  },
  {
    tag: 'it-IT', lang: 'it', country: 'IT', weight: 1, eastern: false,
    given: { m: [['Gianluca', 'Gianluca'], ['Piergiorgio', 'Piergiorgio'], ['Ettore', 'Ettore']], f: [['Ludovica', 'Ludovica'], ['Benedetta', 'Benedetta'], ['Graziella', 'Graziella']] },
    family: [['Castelnuovo', 'Castelnuovo'], ['Bellandi', 'Bellandi'], ['Sciacca', 'Sciacca'], ['Tagliaferri', 'Tagliaferri'], ['Zanardelli', 'Zanardelli'], ['Moretti', 'Moretti'], ['Pellegrini', 'Pellegrini']],
    cities: [
      { name: 'Bologna (BO)', lat: 44.4949, lon: 11.3426, postcode: (r) => `401${r.int(21, 41)}` },
      { name: 'Torino (TO)', lat: 45.0703, lon: 7.6869, postcode: (r) => `101${r.int(21, 56)}` },
    ],
    street: (r) => `${r.pick(['Via Saragozza', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Via Nizza'])} ${r.int(1, 220)}${r.chance(0.2) ? '/B' : ''}`,
    address: (s, pc, c) => `${s}, ${pc} ${c}`,
    calling: '39', nsn: (r) => `3${r.pick(['20', '33', '40', '47', '88'])}${r.digits(7)}`,
    national: (n) => `${n.slice(0, 3)} ${n.slice(3)}`, international: (n) => `+39 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    mccMnc: ['22201', '22210', '22288'],
    nationalId: (r, p, b) => {
      const s = codiceFiscale(r, p, b[0], b[1], b[2]);
      return { label: 'Codice fiscale', kind: 'codice-fiscale', text: s, leak: [alnumOf(s)] };
    },
    bank: (r) => ibanShown(r, 'IT', r.chars(1, L26) + r.digits(10) + r.digits(12), 'IBAN'),
    dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
    plate: (r) => `${r.chars(2, L26)} ${r.digits(3)}${r.chars(2, L26)}`,
    tld: 'it', mailHosts: ['libero.it', 'virgilio.it', 'tiscali.it', 'gmail.com'],
    orgStems: ['Appennino', 'Lagunare', 'Dolomiti'], orgSuffix: ['Telecomunicazioni S.p.A.', 'Mobile S.r.l.', 'Dispositivi S.r.l.'],
    phrases: {
      hello: (n) => `Buongiorno ${n},`, regards: 'Cordiali saluti,', wrote: (d, n) => `Il ${d}, ${n} ha scritto:`, called: (n) => `Il cliente ${n} ha chiamato l'assistenza`,
      complaint: 'riferisce che il dispositivo si riavvia più volte di notte e che i contatti hanno ricevuto SMS mai inviati',
      action: 'Reset da remoto, dispositivo sostituito, il vecchio spedito al laboratorio', escalate: 'Inoltrato alla sicurezza, stessa campagna della settimana scorsa.',
      thanks: 'Grazie per la risposta rapida.', summary: 'Sintesi (tradotta)',
      labels: { customer: 'Cliente', phone: 'Cell.', email: 'E-mail', address: 'Indirizzo', dob: 'Nato/a il', customerNo: 'Cod. cliente', contract: 'N. contratto', ticket: 'Ticket', serial: 'Matricola', device: 'Dispositivo', technician: 'Tecnico', bank: 'IBAN', card: 'Carta', site: 'Sede', login: 'Utente', note: 'Nota' },
    },
  },
  {
    tag: 'pl-PL', lang: 'pl', country: 'PL', weight: 1, eastern: false,
    given: { m: [['Grzegorz', 'Grzegorz'], ['Przemysław', 'Przemyslaw'], ['Bartłomiej', 'Bartlomiej']], f: [['Małgorzata', 'Malgorzata'], ['Agnieszka', 'Agnieszka'], ['Żaneta', 'Zaneta']] },
    family: [['Wiśniewski', 'Wisniewski'], ['Szczepańczyk', 'Szczepanczyk'], ['Grabowiecki', 'Grabowiecki'], ['Łukasiewicz', 'Lukasiewicz'], ['Dąbrowski', 'Dabrowski'], ['Zawadzka-Nowak', 'Zawadzka-Nowak'], ['Kaczmarek', 'Kaczmarek']],
    cities: [
      { name: 'Wrocław', lat: 51.1079, lon: 17.0385, postcode: (r) => `5${r.int(0, 4)}-${r.digits(3)}` },
      { name: 'Gdańsk', lat: 54.352, lon: 18.6466, postcode: (r) => `80-${r.digits(3)}` },
    ],
    street: (r) => `ul. ${r.pick(['Kościuszki', 'Grunwaldzka', 'Legnicka', 'Piastowska'])} ${r.int(1, 180)}${r.chance(0.5) ? `/${r.int(1, 60)}` : ''}`,
    address: (s, pc, c) => `${s}, ${pc} ${c}`,
    calling: '48', nsn: (r) => `${r.pick(['5', '6', '7', '8'])}${r.digits(8)}`,
    national: (n) => grp(n, [3, 3, 3], '-'), international: (n) => `+48 ${grp(n, [3, 3, 3])}`,
    mccMnc: ['26001', '26002', '26003'],
    nationalId: (r, p, b) => {
      const s = pesel(r, b[0], b[1], b[2]);
      return { label: 'PESEL', kind: 'pesel', text: s, leak: [digitsOf(s)] };
    },
    bank: (r) => ibanShown(r, 'PL', r.digits(24), 'Nr rachunku'),
    dob: (y, m, d) => `${p2(d)}.${p2(m)}.${y} r.`,
    plate: (r) => `${r.pick(['DW', 'GD', 'WX'])} ${r.digits(4)}${r.chars(1, L26)}`,
    tld: 'pl', mailHosts: ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
    orgStems: ['Odrzańska', 'Bałtycka', 'Tatrzańska'], orgSuffix: ['Telekomunikacja S.A.', 'Sieci Sp. z o.o.', 'Urządzenia Sp. z o.o.'],
    phrases: {
      hello: (n) => `Dzień dobry ${n},`, regards: 'Pozdrawiam,', wrote: (d, n) => `${d} ${n} napisał(a):`, called: (n) => `Klient ${n} zadzwonił na infolinię`,
      complaint: 'zgłasza, że urządzenie w nocy kilka razy się restartuje, a znajomi dostali SMS-y, których nie wysyłał',
      action: 'Zdalny reset, urządzenie wymienione, stare wysłane do laboratorium', escalate: 'Przekazane do bezpieczeństwa, ta sama kampania co w zeszłym tygodniu.',
      thanks: 'Dzięki za szybką odpowiedź.', summary: 'Podsumowanie (tłumaczenie)',
      labels: { customer: 'Klient', phone: 'Tel.', email: 'E-mail', address: 'Adres', dob: 'Data ur.', customerNo: 'Nr klienta', contract: 'Nr umowy', ticket: 'Zgłoszenie', serial: 'Nr seryjny', device: 'Urządzenie', technician: 'Serwisant', bank: 'Konto', card: 'Karta', site: 'Lokalizacja', login: 'Login', note: 'Uwagi' },
    },
  },
  {
    tag: 'tr-TR', lang: 'tr', country: 'TR', weight: 1, eastern: false,
    given: { m: [['Mehmet Emin', 'Mehmet Emin'], ['Oğuzhan', 'Oguzhan'], ['Çağlar', 'Caglar']], f: [['Şeyma', 'Seyma'], ['Gülşen', 'Gulsen'], ['İrem', 'Irem']] },
    family: [['Yıldırım', 'Yildirim'], ['Karaağaç', 'Karaagac'], ['Öztürkmen', 'Ozturkmen'], ['Çelikkaya', 'Celikkaya'], ['Erdoğdu', 'Erdogdu'], ['Kocabaş', 'Kocabas'], ['Aydınlı', 'Aydinli']],
    cities: [
      { name: 'Kadıköy/İstanbul', lat: 40.9906, lon: 29.0299, postcode: (r) => `347${r.int(10, 99)}` },
      { name: 'Çankaya/Ankara', lat: 39.9179, lon: 32.8627, postcode: (r) => `066${r.int(10, 99)}` },
    ],
    street: (r) => `${r.pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'Gül Sok.', 'Menekşe Sok.'])} No: ${r.int(1, 200)} D: ${r.int(1, 24)}`,
    address: (s, pc, c) => `${s}, ${pc} ${c}`,
    calling: '90', nsn: (r) => `5${r.pick(['32', '42', '05', '55'])}${r.digits(7)}`,
    national: (n) => `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, international: (n) => `+90 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`,
    mccMnc: ['28601', '28602', '28603'],
    nationalId: (r) => {
      const s = tcKimlik(r);
      return { label: 'TC Kimlik No', kind: 'tc-kimlik', text: s, leak: [digitsOf(s)] };
    },
    bank: (r) => ibanShown(r, 'TR', r.digits(5) + '0' + r.digits(16), 'IBAN'),
    dob: (y, m, d) => `${p2(d)}.${p2(m)}.${y}`,
    plate: (r) => `${r.pick(['34', '06', '35'])} ${r.chars(r.int(1, 3), 'ABCDEFGHJKLMNPRSTUVYZ')} ${r.digits(3)}`,
    tld: 'com.tr', mailHosts: ['hotmail.com', 'gmail.com', 'yandex.com.tr'],
    orgStems: ['Boğaziçi', 'Anadolu Hat', 'Marmaray'], orgSuffix: ['İletişim A.Ş.', 'Telekom A.Ş.', 'Elektronik A.Ş.'],
    phrases: {
      hello: (n) => `Merhaba ${n},`, regards: 'Saygılarımla,', wrote: (d, n) => `${d} tarihinde ${n} şunu yazdı:`, called: (n) => `Müşteri ${n} çağrı merkezini aradı`,
      complaint: 'cihazın gece birkaç kez yeniden başladığını ve rehberindeki kişilere göndermediği SMS’ler gittiğini söylüyor',
      action: 'Uzaktan sıfırlama yapıldı, cihaz değiştirildi, eskisi laboratuvara gönderildi', escalate: 'Güvenlik ekibine iletildi, geçen haftaki kampanyayla aynı.',
      thanks: 'Hızlı dönüşünüz için teşekkürler.', summary: 'Özet (çeviri)',
      labels: { customer: 'Müşteri', phone: 'Tel', email: 'E-posta', address: 'Adres', dob: 'Doğum tarihi', customerNo: 'Müşteri no', contract: 'Sözleşme no', ticket: 'Kayıt', serial: 'Seri no', device: 'Cihaz', technician: 'Teknisyen', bank: 'Hesap', card: 'Kart', site: 'Lokasyon', login: 'Kullanıcı', note: 'Not' },
    },
  },
  {
    tag: 'ja-JP', lang: 'ja', country: 'JP', weight: 1.2, eastern: true,
    given: { m: [['健一', 'Kenichi'], ['翔太', 'Shota'], ['大輔', 'Daisuke']], f: [['美咲', 'Misaki'], ['由美子', 'Yumiko'], ['彩花', 'Ayaka']] },
    family: [['佐々木', 'Sasaki'], ['長谷川', 'Hasegawa'], ['小野寺', 'Onodera'], ['久保田', 'Kubota'], ['宮本', 'Miyamoto'], ['中島', 'Nakajima'], ['松田', 'Matsuda']],
    cities: [
      { name: '大阪府吹田市', lat: 34.7594, lon: 135.5169, postcode: (r) => `〒564-${r.digits(4)}` },
      { name: '福岡県福岡市中央区', lat: 33.5902, lon: 130.4017, postcode: (r) => `〒810-${r.digits(4)}` },
    ],
    street: (r) => `${r.pick(['千里山西', '天神', '大濠'])}${r.int(1, 6)}丁目${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.4) ? ` ${r.pick(['ハイツ', 'メゾン'])}${r.int(101, 805)}号室` : ''}`,
    address: (s, pc, c) => `${pc} ${c}${s}`,
    calling: '81', nsn: (r) => `${r.pick(['90', '80', '70'])}${r.digits(8)}`,
    national: (n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, international: (n) => `+81 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`,
    mccMnc: ['44010', '44020', '44051'],
    nationalId: (r) => {
      const s = myNumber(r);
      return { label: 'マイナンバー', kind: 'my-number', text: grp(s, [4, 4, 4]), leak: [digitsOf(s)] };
    },
    bank: (r) => {
      const acct = r.digits(7);
      return { label: '口座', kind: 'jp-account', text: `${r.pick(['三菱UFJ銀行', 'ゆうちょ銀行', 'みずほ銀行'])} ${r.digits(3)}支店 普通 ${acct}`, leak: [{ kind: 'word', value: acct }] };
    },
    dob: (y, m, d) => `${y}年${m}月${d}日`,
    plate: (r) => `${r.pick(['なにわ', '福岡', '品川'])} ${r.int(300, 599)} ${r.pick(['さ', 'す', 'ち', 'ね'])} ${r.digits(2)}-${r.digits(2)}`,
    tld: 'co.jp', mailHosts: ['docomo.ne.jp', 'ezweb.ne.jp', 'yahoo.co.jp', 'gmail.com'],
    orgStems: ['Kansai Denpa', 'Hikari Mirai', 'Sakuraline'], orgSuffix: ['Telecom K.K.', 'Devices Co., Ltd.', 'Networks K.K.'],
    phrases: {
      hello: (n) => `${n}様`, regards: 'よろしくお願いいたします。', wrote: (d, n) => `${d} ${n}:`, called: (n) => `${n}様よりお問い合わせ窓口に入電`,
      complaint: '夜間に端末が何度も再起動し、送信していないSMSが連絡先に届いているとのこと',
      action: 'リモートで初期化、端末交換済み、旧端末はラボへ送付', escalate: 'セキュリティ担当へエスカレーション、先週のキャンペーンと同一。',
      thanks: '迅速なご対応ありがとうございます。', summary: '要約（翻訳）',
      labels: { customer: 'お客様', phone: '電話', email: 'メール', address: '住所', dob: '生年月日', customerNo: 'お客様番号', contract: '契約番号', ticket: '受付番号', serial: '製造番号', device: '端末', technician: '担当技術者', bank: '口座', card: 'カード', site: '設置場所', login: 'ユーザー', note: '備考' },
    },
  },
  {
    tag: 'ko-KR', lang: 'ko', country: 'KR', weight: 1, eastern: true,
    given: { m: [['민준', 'Minjun'], ['도윤', 'Doyun'], ['지훈', 'Jihoon']], f: [['서연', 'Seoyeon'], ['하은', 'Haeun'], ['지우', 'Jiwoo']] },
    family: [['김', 'Kim'], ['황보', 'Hwangbo'], ['남궁', 'Namgung'], ['정', 'Jeong'], ['서', 'Seo'], ['윤', 'Yoon'], ['백', 'Baek']],
    cities: [
      { name: '경기도 성남시 분당구', lat: 37.3827, lon: 127.1189, postcode: (r) => `13${r.int(400, 699)}` },
      { name: '부산광역시 해운대구', lat: 35.1631, lon: 129.1636, postcode: (r) => `48${String(r.int(0, 299)).padStart(3, '0')}` },
    ],
    street: (r) => `${r.pick(['판교역로', '정자일로', '해운대로'])} ${r.int(10, 300)}, ${r.int(101, 115)}동 ${r.int(101, 2004)}호`,
    address: (s, pc, c) => `(${pc}) ${c} ${s}`,
    calling: '82', nsn: (r) => `10${r.digits(8)}`,
    national: (n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, international: (n) => `+82 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`,
    mccMnc: ['45005', '45006', '45008'],
    nationalId: (r, p, b) => {
      const s = rrn(r, b[0], b[1], b[2], p.female);
      return { label: '주민등록번호', kind: 'rrn', text: `${s.slice(0, 6)}-${s.slice(6)}`, leak: [digitsOf(s)] };
    },
    bank: (r) => {
      const acct = r.digits(12);
      return { label: '계좌', kind: 'kr-account', text: `${r.pick(['국민은행', '신한은행', '우리은행'])} ${acct.slice(0, 3)}-${acct.slice(3, 6)}-${acct.slice(6)}`, leak: [digitsOf(acct)] };
    },
    dob: (y, m, d) => `${y}년 ${m}월 ${d}일`,
    plate: (r) => `${r.int(10, 399)}${r.pick(['가', '나', '다', '라', '마'])} ${r.digits(4)}`,
    tld: 'co.kr', mailHosts: ['naver.com', 'daum.net', 'gmail.com'],
    orgStems: ['Hanbit', 'Mirae Link', 'Sejong Wave'], orgSuffix: ['Telecom Co., Ltd.', 'Electronics Co., Ltd.', 'Networks'],
    phrases: {
      hello: (n) => `${n}님 안녕하세요,`, regards: '감사합니다.', wrote: (d, n) => `${d}, ${n} 작성:`, called: (n) => `고객 ${n}님 고객센터 전화 문의`,
      complaint: '밤중에 단말이 여러 번 재부팅되고 보내지 않은 문자가 지인들에게 발송되었다고 함',
      action: '원격 초기화 후 단말 교체, 기존 단말은 분석실로 발송', escalate: '보안팀으로 이관, 지난주 캠페인과 동일.',
      thanks: '빠른 회신 감사합니다.', summary: '요약 (번역)',
      labels: { customer: '고객', phone: '연락처', email: '이메일', address: '주소', dob: '생년월일', customerNo: '고객번호', contract: '계약번호', ticket: '접수번호', serial: '시리얼', device: '단말', technician: '기사', bank: '계좌', card: '카드', site: '설치장소', login: '사용자', note: '비고' },
    },
  },
  {
    tag: 'zh-TW', lang: 'zh', country: 'TW', weight: 1, eastern: true,
    given: { m: [['志明', 'Chih-Ming'], ['冠宇', 'Kuan-Yu'], ['承翰', 'Cheng-Han']], f: [['怡君', 'Yi-Chun'], ['淑芬', 'Shu-Fen'], ['雅婷', 'Ya-Ting']] },
    family: [['陳', 'Chen'], ['歐陽', 'Ouyang'], ['賴', 'Lai'], ['蔡', 'Tsai'], ['謝', 'Hsieh'], ['林', 'Lin'], ['黃', 'Huang']],
    cities: [
      { name: '台中市西屯區', lat: 24.1635, lon: 120.6467, postcode: (r) => `407${r.digits(2)}` },
      { name: '高雄市苓雅區', lat: 22.6215, lon: 120.3122, postcode: (r) => `802${r.digits(2)}` },
    ],
    street: (r) => `${r.pick(['台灣大道三段', '四維三路', '中港路二段'])}${r.int(1, 300)}號${r.int(2, 18)}樓`,
    address: (s, pc, c) => `${pc}${c}${s}`,
    calling: '886', nsn: (r) => `9${r.digits(8)}`,
    national: (n) => `0${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, international: (n) => `+886 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    mccMnc: ['46692', '46697', '46689'],
    nationalId: (r, p) => {
      const s = twId(r, p.female);
      return { label: '身分證字號', kind: 'tw-id', text: s, leak: [alnumOf(s)] };
    },
    bank: (r) => {
      const acct = r.digits(14);
      return { label: '帳號', kind: 'tw-account', text: `(${r.pick(['822', '808', '013'])}) ${acct}`, leak: [digitsOf(acct)] };
    },
    dob: (y, m, d) => `民國${y - 1911}年${m}月${d}日`,
    plate: (r) => `${r.chars(3, L26)}-${r.digits(4)}`,
    tld: 'com.tw', mailHosts: ['gmail.com', 'yahoo.com.tw', 'hinet.net'],
    orgStems: ['Formosa Link', 'Yushan', 'Taroko'], orgSuffix: ['Telecom Corp.', 'Technology Co., Ltd.', 'Devices Inc.'],
    phrases: {
      hello: (n) => `${n} 您好，`, regards: '敬祝 順心', wrote: (d, n) => `${d}，${n} 寫道：`, called: (n) => `客戶${n}來電客服`,
      complaint: '表示設備半夜重開機好幾次，聯絡人收到他沒有發送的簡訊',
      action: '已遠端重置並更換設備，舊機送實驗室分析', escalate: '轉資安團隊，與上週的攻擊活動相同。',
      thanks: '感謝您的迅速回覆。', summary: '摘要（翻譯）',
      labels: { customer: '客戶', phone: '電話', email: '電子郵件', address: '地址', dob: '出生日期', customerNo: '客戶編號', contract: '合約編號', ticket: '工單', serial: '序號', device: '設備', technician: '工程師', bank: '帳戶', card: '信用卡', site: '裝機地點', login: '帳號', note: '備註' },
    },
  },
  {
    tag: 'ar-SA', lang: 'ar', country: 'SA', weight: 1, eastern: false,
    given: { m: [['عبدالرحمن', 'Abdulrahman'], ['فيصل', 'Faisal'], ['تركي', 'Turki']], f: [['نوف', 'Nouf'], ['ريم', 'Reem'], ['هيفاء', 'Haifa']] },
    family: [['العتيبي', 'Al-Otaibi'], ['الشهري', 'Al-Shehri'], ['القحطاني', 'Al-Qahtani'], ['الزهراني', 'Al-Zahrani'], ['الدوسري', 'Al-Dosari'], ['الغامدي', 'Al-Ghamdi'], ['المطيري', 'Al-Mutairi']],
    cities: [
      { name: 'الرياض', lat: 24.7136, lon: 46.6753, postcode: (r) => `12${r.int(211, 999)}` },
      { name: 'جدة', lat: 21.4858, lon: 39.1925, postcode: (r) => `23${r.int(311, 999)}` },
    ],
    street: (r) => `${r.pick(['شارع الأمير سلطان', 'طريق الملك عبدالعزيز', 'حي النرجس'])}، مبنى ${r.int(1000, 9999)}`,
    address: (s, pc, c) => `${s}، ${c} ${pc}`,
    calling: '966', nsn: (r) => `5${r.pick(['0', '3', '5', '4'])}${r.digits(7)}`,
    national: (n) => `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, international: (n) => `+966 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    mccMnc: ['42001', '42003', '42004'],
    nationalId: (r) => {
      const s = saudiId(r);
      return { label: 'رقم الهوية', kind: 'sa-id', text: s, leak: [digitsOf(s)] };
    },
    bank: (r) => ibanShown(r, 'SA', r.digits(2) + r.digits(18), 'الآيبان'),
    dob: (y, m, d) => `${y}/${p2(m)}/${p2(d)}`,
    plate: (r) => `${r.chars(3, 'ABDEGHJKLNRSTUVXZ')} ${r.digits(4)}`,
    tld: 'sa', mailHosts: ['gmail.com', 'hotmail.com', 'outlook.sa'],
    orgStems: ['Najd Link', 'Hijaz Wave', 'Tuwaiq'], orgSuffix: ['Telecom Co.', 'Communications', 'Devices Co.'],
    phrases: {
      hello: (n) => `مرحباً ${n}،`, regards: 'مع خالص التحية،', wrote: (d, n) => `في ${d}، كتب ${n}:`, called: (n) => `اتصل العميل ${n} بمركز خدمة العملاء`,
      complaint: 'يفيد بأن الجهاز يعيد التشغيل عدة مرات ليلاً وأن جهات الاتصال استلمت رسائل لم يرسلها',
      action: 'تمت إعادة الضبط عن بعد واستبدال الجهاز، وأرسل الجهاز القديم إلى المختبر', escalate: 'تم التصعيد لفريق الأمن، نفس حملة الأسبوع الماضي.',
      thanks: 'شكراً على سرعة الرد.', summary: 'ملخص (مترجم)',
      labels: { customer: 'العميل', phone: 'الجوال', email: 'البريد', address: 'العنوان', dob: 'تاريخ الميلاد', customerNo: 'رقم العميل', contract: 'رقم العقد', ticket: 'رقم البلاغ', serial: 'الرقم التسلسلي', device: 'الجهاز', technician: 'الفني', bank: 'الحساب', card: 'البطاقة', site: 'الموقع', login: 'المستخدم', note: 'ملاحظة' },
    },
  },
];

export function pickLocale(r: Rng): Locale {
  const total = LOCALES.reduce((s, l) => s + l.weight, 0);
  let x = r.next() * total;
  for (const l of LOCALES) {
    x -= l.weight;
    if (x < 0) return l;
  }
  return LOCALES[0];
}

export function makePerson(r: Rng, loc: Locale, avoid: Set<string>): Person {
  for (let tries = 0; ; tries++) {
    if (tries > 1000) throw new Error(`v9: ran out of distinct names for ${loc.tag}`);
    const female = r.chance(0.5);
    const [given, latinGiven] = r.pick(female ? loc.given.f : loc.given.m);
    const [family, latinFamily] = r.pick(loc.family);
    // Families never repeat within a case (a surname alone is a leak form); given names may, late.
    if (avoid.has(family) || (avoid.has(given) && tries < 50)) continue;
    avoid.add(family);
    avoid.add(given);
    const full = loc.eastern ? family + given : `${given} ${family}`;
    return { given, family, full, latinGiven, latinFamily, female };
  }
}

// ---- threat material --------------------------------------------------------------------------

export const MALWARE = ['Mozi', 'Moobot', 'FluBot', 'TeaBot', 'BadBox 2.0', 'Anatsa', 'Hook', 'Prilex', 'Gafgyt', 'Kaiji', 'Raptor Train', 'SharkBot', 'Hydra', 'Triada', 'Chameleon'];
/** Actor names, some of which read as a person's name (fake-recruiter personas and the like). */
export const ACTORS: { name: string; alias: string }[] = [
  { name: 'LightBasin', alias: 'UNC1945' },
  { name: 'Scattered Spider', alias: 'Octo Tempest' },
  { name: 'Flax Typhoon', alias: 'Ethereal Panda' },
  { name: 'Roaming Mantis', alias: 'Shaoye' },
  { name: 'Smishing Triad', alias: 'Darcula' },
  { name: 'Viktor Lanski', alias: 'vlanski' },
  { name: 'Sophie Marchand', alias: 'S. Marchand' },
  { name: 'Daniel Okoro', alias: 'dokoro_ops' },
];
/** Given and family names used to build person-looking attacker domains (never a victim's). */
export const LURE_NAMES: [string, string][] = [['jessica', 'whitmore'], ['martin', 'kessler'], ['elena', 'voronina'], ['kevin', 'liang'], ['laura', 'benedetti'], ['omar', 'haddad'], ['nina', 'falk']];
export const BAD_TLDS = ['top', 'xyz', 'icu', 'shop', 'live', 'click', 'cyou', 'sbs', 'online'];
export const ATTACK_IDS = ['T1566.002', 'T1190', 'T1078', 'T1110.003', 'T1071.001', 'T1059.004', 'T1496', 'T1621', 'T1451', 'T1582'];
export const SENDER_IDS = ['PAKET-INFO', 'DHL-Notice', 'BankAlert', 'GovRefund', 'E-ZPass', 'Royal-Mail', 'TollNotify', 'SecureBank'];
