// Fresh identifiers with valid checksums, in the notations incidents really use. Each victim
// identifier carries the forms the scorer searches for (leak forms): a leak is any of them
// surviving anywhere in the output after normalisation.
import type { Rng } from './rng';

/** How the scorer looks for a planted value in the normalised output. */
export type LeakForm =
  | { kind: 'text'; value: string } // case-, width-, diacritic-folded substring
  | { kind: 'word'; value: string } // same, but not inside a longer word
  | { kind: 'digits'; value: string } // in the digits-only form of one output string
  | { kind: 'alnum'; value: string } // in the [a-z0-9]-only form of one output string
  | { kind: 'ip'; value: string } // a whole IPv4/IPv6 address (IPv6 compared expanded)
  | { kind: 'iid'; value: string }; // an IPv6 interface id (16 hex) inside any output IPv6 address

export interface Planted {
  text: string;
  leak: LeakForm[];
}

export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function luhnValid(n: string): boolean {
  return luhnDigit(n.slice(0, -1)) === n.slice(-1);
}

function mod97(numeric: string): number {
  let r = 0;
  for (const c of numeric) r = (r * 10 + Number(c)) % 97;
  return r;
}

function ibanNumeric(s: string): string {
  return [...s.toUpperCase()].map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c)).join('');
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '');
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

function group(s: string, size: number, sep = ' '): string {
  return s.match(new RegExp(`.{1,${size}}`, 'g'))!.join(sep);
}

export function imei(rng: Rng): Planted {
  const tac = rng.pick(['35', '86', '35', '01', '99']) + rng.digits(6);
  const body = tac + rng.digits(6);
  const full = body + luhnDigit(body);
  const text = rng.pick([
    () => full,
    () => `${full.slice(0, 2)}-${full.slice(2, 8)}-${full.slice(8, 14)}-${full.slice(14)}`,
    () => `${full.slice(0, 8)} ${full.slice(8, 14)} ${full.slice(14)}`,
  ])();
  return { text, leak: [{ kind: 'digits', value: body }] };
}

const MCC_MNC: Record<string, string[]> = {
  DE: ['26201', '26202', '26203'], FR: ['20801', '20810', '20820'], ES: ['21401', '21403', '21407'], IT: ['22201', '22210', '22288'],
  NL: ['20404', '20408', '20416'], PL: ['26001', '26002', '26003'], JP: ['44010', '44020', '44050'], GB: ['23410', '23415', '23430'],
  RU: ['25001', '25002', '25099'], KR: ['45005', '45006', '45008'], GR: ['20201', '20205', '20210'],
};

export function imsi(rng: Rng, country: string): Planted {
  const full = rng.pick(MCC_MNC[country] ?? MCC_MNC.DE) + rng.digits(10);
  return { text: full, leak: [{ kind: 'digits', value: full.slice(-10) }] };
}

const CALLING: Record<string, string> = { DE: '49', FR: '33', ES: '34', IT: '39', NL: '31', PL: '48', JP: '81', GB: '44', RU: '7', KR: '82', GR: '30' };

export function iccid(rng: Rng, country: string): Planted {
  const cc = CALLING[country] ?? '49';
  const body = ('89' + cc + rng.digits(2) + rng.digits(18)).slice(0, 18);
  const full = body + luhnDigit(body);
  const text = rng.chance(0.5) ? full : group(full, 4);
  return { text, leak: [{ kind: 'digits', value: full.slice(-11, -1) }] };
}

export function eid(rng: Rng, country: string): Planted {
  const cc3 = (CALLING[country] ?? '49').padStart(3, '0');
  const body = '89' + cc3 + rng.digits(3) + '01' + rng.digits(20);
  const check = String(98 - mod97(body + '00')).padStart(2, '0');
  const full = body + check;
  return { text: full, leak: [{ kind: 'digits', value: full.slice(-18) }] };
}

// National significant numbers (no trunk prefix) and how each country writes them.
interface PhoneShape {
  nsn: (rng: Rng) => string;
  national: (nsn: string) => string;
  international: (nsn: string) => string;
}

const PHONES: Record<string, PhoneShape> = {
  DE: { nsn: (r) => r.pick(['151', '160', '170', '176', '152']) + r.digits(8), national: (n) => `0${n.slice(0, 3)} ${n.slice(3)}`, international: (n) => `+49 ${n.slice(0, 3)} ${n.slice(3)}` },
  FR: { nsn: (r) => r.pick(['6', '7']) + r.digits(8), national: (n) => `0${n[0]} ${group(n.slice(1), 2)}`, international: (n) => `+33 ${n[0]} ${group(n.slice(1), 2)}` },
  ES: { nsn: (r) => '6' + r.digits(8), national: (n) => `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, international: (n) => `+34 ${group(n, 3)}` },
  IT: { nsn: (r) => '3' + r.pick(['20', '33', '47', '49', '88']) + r.digits(7), national: (n) => `${n.slice(0, 3)} ${n.slice(3)}`, international: (n) => `+39 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` },
  NL: { nsn: (r) => '6' + r.digits(8), national: (n) => `06-${n.slice(1)}`, international: (n) => `+31 6 ${n.slice(1)}` },
  PL: { nsn: (r) => r.pick(['5', '6', '7', '8']) + r.digits(8), national: (n) => group(n, 3, '-'), international: (n) => `+48 ${group(n, 3)}` },
  JP: { nsn: (r) => r.pick(['90', '80', '70']) + r.digits(8), national: (n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, international: (n) => `+81 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}` },
  GB: { nsn: (r) => '7' + r.pick(['4', '5', '8', '9']) + r.digits(8), national: (n) => `0${n.slice(0, 4)} ${n.slice(4)}`, international: (n) => `+44 ${n.slice(0, 4)} ${n.slice(4)}` },
  RU: { nsn: (r) => '9' + r.digits(9), national: (n) => `8 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`, international: (n) => `+7 ${n.slice(0, 3)} ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}` },
  KR: { nsn: (r) => '10' + r.digits(8), national: (n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, international: (n) => `+82 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}` },
  GR: { nsn: (r) => '69' + r.digits(8), national: (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, international: (n) => `+30 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` },
};

export function phone(rng: Rng, country: string, format: 'national' | 'international'): Planted {
  const shape = PHONES[country] ?? PHONES.GB;
  const nsn = shape.nsn(rng);
  return { text: shape[format](nsn), leak: [{ kind: 'digits', value: nsn }] };
}

/** An MSISDN as carriers log it: country code and subscriber number, no plus, no spaces. */
export function msisdn(rng: Rng, country: string): Planted {
  const shape = PHONES[country] ?? PHONES.GB;
  const nsn = shape.nsn(rng);
  return { text: (CALLING[country] ?? '44') + nsn, leak: [{ kind: 'digits', value: nsn }] };
}

/** Premium-rate and IRSF destinations: the fraud target, a threat value that must survive. */
export function premiumNumber(rng: Rng): string {
  return rng.pick([
    () => `+882 16 ${rng.digits(4)} ${rng.digits(4)}`,
    () => `+881 6 ${rng.digits(4)} ${rng.digits(4)}`,
    () => `+252 61 ${rng.digits(3)} ${rng.digits(4)}`,
    () => `+53 5 ${rng.digits(3)} ${rng.digits(4)}`,
    () => `+371 81 ${rng.digits(3)} ${rng.digits(3)}`,
    () => `+44 909 ${rng.digits(3)} ${rng.digits(4)}`,
    () => `0900 ${rng.int(1, 5)} ${rng.digits(6)}`,
  ])();
}

const VIN_VALUES: Record<string, number> = Object.fromEntries(
  [...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]['ABCDEFGHJKLMNPRSTUVWXYZ'.indexOf(c)]]),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

export function vin(rng: Rng): Planted {
  const wmi = rng.pick(['WVW', 'WBA', 'VF1', 'ZFA', 'SAL', 'JTD', '1HG', '5YJ', 'YV1', 'TMB', 'KMH', 'WP0']);
  const raw = wmi + rng.chars(5, VIN_CHARS) + '0' + rng.pick([...'LMNPRS']) + rng.chars(1, VIN_CHARS) + rng.digits(6);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = raw[i];
    sum += (c >= '0' && c <= '9' ? Number(c) : VIN_VALUES[c]) * VIN_WEIGHTS[i];
  }
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  const full = raw.slice(0, 8) + check + raw.slice(9);
  return { text: full, leak: [{ kind: 'alnum', value: full.slice(9).toLowerCase() }] };
}

export function plate(rng: Rng, country: string): Planted {
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const text =
    country === 'DE' ? `${rng.pick(['B', 'M', 'HH', 'K', 'S', 'F'])}-${rng.chars(2, L)} ${rng.int(100, 9999)}`
    : country === 'FR' ? `${rng.chars(2, L)}-${rng.digits(3)}-${rng.chars(2, L)}`
    : country === 'ES' ? `${rng.digits(4)} ${rng.chars(3, 'BCDFGHJKLMNPRSTVWXYZ')}`
    : country === 'IT' ? `${rng.chars(2, L)} ${rng.digits(3)}${rng.chars(2, L)}`
    : country === 'NL' ? `${rng.chars(2, L)}-${rng.digits(3)}-${rng.chars(1, L)}`
    : `${rng.chars(2, L)}${rng.int(10, 99)} ${rng.chars(3, L)}`;
  return { text, leak: [{ kind: 'alnum', value: text.toLowerCase().replace(/[^a-z0-9]/g, '') }] };
}

const IBAN_SHAPES: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(23),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(22),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10),
  PL: (r) => r.digits(24),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK']) + r.digits(14),
  GR: (r) => r.digits(23),
};

export function iban(rng: Rng, country: string): Planted {
  const cc = IBAN_SHAPES[country] ? country : 'DE';
  const bban = IBAN_SHAPES[cc](rng);
  const check = String(98 - mod97(ibanNumeric(bban + cc + '00'))).padStart(2, '0');
  const full = cc + check + bban;
  const text = rng.chance(0.6) ? group(full, 4) : full;
  return { text, leak: [{ kind: 'alnum', value: bban.toLowerCase() }] };
}

export function card(rng: Rng): Planted {
  const prefix = rng.pick(['4', '51', '52', '53', '54', '55', '2221']);
  const body = prefix + rng.digits(15 - prefix.length);
  const full = body + luhnDigit(body);
  const text = rng.chance(0.6) ? group(full, 4) : rng.chance(0.5) ? full : group(full, 4, '-');
  return { text, leak: [{ kind: 'digits', value: full }] };
}

export function mac(rng: Rng): { octets: string[]; planted: Planted } {
  const first = (rng.int(0, 255) & 0xfc).toString(16).padStart(2, '0');
  const octets = [first, ...Array.from({ length: 5 }, () => rng.hex(2))];
  const hex = octets.join('');
  const upper = rng.chance(0.5);
  const text = rng.pick([
    () => octets.join(':'),
    () => octets.join('-'),
    () => `${hex.slice(0, 4)}.${hex.slice(4, 8)}.${hex.slice(8)}`,
    () => hex,
  ])();
  return { octets, planted: { text: upper ? text.toUpperCase() : text, leak: [{ kind: 'alnum', value: hex }] } };
}

/** A SLAAC address whose interface id is the EUI-64 of a victim MAC (the MAC leaks through it). */
export function eui64Address(rng: Rng, octets: string[], prefix: string): Planted {
  const flipped = (parseInt(octets[0], 16) ^ 0x02).toString(16).padStart(2, '0');
  const groups = [flipped + octets[1], octets[2] + 'ff', 'fe' + octets[3], octets[4] + octets[5]];
  const iid = groups.join('');
  const text = `${prefix}:${groups.map((g) => g.replace(/^0+(?=.)/, '')).join(':')}`;
  return { text, leak: [{ kind: 'iid', value: iid }, { kind: 'alnum', value: octets.join('') }] };
}

const HOSTING_FIRST_OCTETS = [5, 31, 37, 45, 62, 77, 80, 89, 91, 94, 103, 141, 146, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217];

export function publicIpv4(rng: Rng): string {
  return `${rng.pick(HOSTING_FIRST_OCTETS)}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export function privateIpv4(rng: Rng): string {
  return rng.pick([
    () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    () => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
  ])();
}

export function hash(rng: Rng, algorithm: 'MD5' | 'SHA-1' | 'SHA-256'): string {
  return rng.hex(algorithm === 'MD5' ? 32 : algorithm === 'SHA-1' ? 40 : 64);
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function b64url(rng: Rng, n: number): string {
  return rng.chars(n, ALNUM + '-_');
}

export function secret(rng: Rng): { label: string; planted: Planted } {
  const [label, value] = rng.pick<() => [string, string]>([
    () => ['AWS access key', 'AKIA' + rng.chars(16, B32)],
    () => ['GitHub token', 'ghp_' + rng.chars(36, ALNUM)],
    () => ['Slack bot token', `xoxb-${rng.digits(12)}-${rng.digits(13)}-${rng.chars(24, ALNUM)}`],
    () => ['Google API key', 'AIza' + rng.chars(35, ALNUM + '-_')],
    () => ['Stripe key', 'sk_live_' + rng.chars(24, ALNUM)],
    () => ['JWT', `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${b64url(rng, 40)}.${b64url(rng, 43)}`],
    () => ['API key', `${rng.pick(['sk-', 'key-', 'api_'])}${rng.chars(32, ALNUM)}`],
    () => ['password', rng.chars(6, ALNUM) + rng.pick(['!', '#', '$', '%']) + rng.chars(5, ALNUM)],
  ])();
  return { label, planted: { text: value, leak: [{ kind: 'text', value }] } };
}

export function token(rng: Rng): string {
  return rng.chars(24, ALNUM);
}

// The suites' own Verhoeff (src/anonymizer/detectors/national-ids.ts has one too): ground truth that does not
// lean on the code under test, so a wrong check there cannot make generated Aadhaar numbers agree with it.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Verhoeff check digit (Aadhaar). */
export function verhoeffDigit(body: string): string {
  let c = 0;
  const ds = [...body].reverse().map(Number);
  for (let i = 0; i < ds.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][ds[i]]];
  return String(VERHOEFF_INV[c]);
}

export function verhoeffValid(n: string): boolean {
  let c = 0;
  const ds = [...n].reverse().map(Number);
  for (let i = 0; i < ds.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[i % 8][ds[i]]];
  return c === 0;
}
