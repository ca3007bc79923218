import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

/**
 * National identity numbers whose format and check digit say what they are without a label:
 * Mexican CURP, Belgian national number, Indian Aadhaar (Verhoeff), UK National Insurance number,
 * Taiwanese national id. Formats without such a check (an SSN, an 11-digit PESEL or Turkish
 * number is as likely a phone number) are left to their labels (labelled-ids.ts).
 */

// Verhoeff dihedral-group tables (Aadhaar's check digit).
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check over a digit string (the check digit last). */
export function verhoeff(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = VD[c][VP[i % 8][digits.charCodeAt(digits.length - 1 - i) - 48]];
  return c === 0;
}

/** Remainder of a long digit string modulo m. */
function mod(digits: string, m: number): number {
  let r = 0;
  for (const d of digits) r = (r * 10 + (d.charCodeAt(0) - 48)) % m;
  return r;
}

/** Belgian national number: 97 minus the first nine digits mod 97 (a '2' in front for births from 2000). */
export function belgianNnCheck(digits: string): boolean {
  const body = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  return 97 - mod(body, 97) === check || 97 - mod(`2${body}`, 97) === check;
}

const CURP_CHARS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** CURP check digit: weights 18 down to 2 over the first 17 characters. */
export function curpCheck(curp: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CHARS.indexOf(curp[i]) * (18 - i);
  return String((10 - (sum % 10)) % 10) === curp[17];
}

// Letter codes of the Taiwanese national id, A = 10 … Z = 33 (not in alphabetical order).
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/** Taiwanese national id: a letter's two digits, then the nine digits, weighted 1, 9, 8 … 1. */
export function taiwanIdCheck(id: string): boolean {
  const n = TW_LETTERS.indexOf(id[0]) + 10;
  if (n < 10) return false;
  const ds = [Math.floor(n / 10), n % 10, ...id.slice(1).split('').map(Number)];
  const w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];
  return ds.reduce((a, d, i) => a + d * w[i], 0) % 10 === 0;
}

/** Mexican CLABE: weights 3, 7, 1 over 17 digits, each product mod 10, then the check digit. */
export function clabeCheck(d: string): boolean {
  if (d.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ((d.charCodeAt(i) - 48) * [3, 7, 1][i % 3]) % 10;
  return (10 - (sum % 10)) % 10 === d.charCodeAt(17) - 48;
}

/** Whether a value after a national-id label is one: six digits or more (four with letters, an Indian PAN), not a date, not longer than any such number. */
export function nationalIdPlausible(v: string): boolean {
  const digits = v.replace(/\D/g, '').length;
  return (digits >= 6 || v.replace(/[^A-Z]/g, '').length >= 4) && digits <= 18 && !/^\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})$|^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/.test(v);
}

const CURP_RE =
  /(?<![A-Z0-9])[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX](?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d(?![A-Z0-9])/g;
const BE_NN_RE = /(?<![\d.])\d{2}\.(?:0\d|1[0-2])\.[0-3]\d-\d{3}\.\d{2}(?![\d.])/g;
// Grouped 4-4-4, not part of a longer grouped number (a card number) nor after a '+' (a phone number).
const AADHAAR_RE = /(?<!\d[ -]?|\+)[2-9]\d{3} \d{4} \d{4}(?! ?\d)/g;
// Spaced as HMRC writes it; prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued.
const NINO_RE = /(?<![A-Z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D](?![A-Za-z0-9])/g;
const TW_ID_RE = /(?<![A-Za-z0-9])[A-Z][12]\d{8}(?![A-Za-z0-9])/g;

const nationalIds: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, raw: string, reason: string) => {
    const value = raw.toLowerCase();
    if (ctx.isProtected(value)) return;
    out.push({ start, end: start + raw.length, kind: 'NATIONAL-ID', detector: 'national-id-format', priority: PRIORITY.dob, value, side: 'victim', reason });
  };
  if (/[A-Z]{4}\d{6}/.test(text)) for (const m of matchAll(CURP_RE, text)) if (curpCheck(m[0])) add(m.index!, m[0], 'Mexican CURP (check digit)');
  if (/\d\.\d{2}-\d{3}\./.test(text)) for (const m of matchAll(BE_NN_RE, text)) if (belgianNnCheck(m[0].replace(/\D/g, ''))) add(m.index!, m[0], 'Belgian national number (mod 97)');
  if (/\d{4} \d{4} \d{4}/.test(text)) for (const m of matchAll(AADHAAR_RE, text)) if (verhoeff(m[0].replace(/\D/g, ''))) add(m.index!, m[0], 'Aadhaar number (Verhoeff)');
  if (/[A-Z]{2} \d{2} \d{2} \d{2} [A-D]/.test(text)) for (const m of matchAll(NINO_RE, text)) add(m.index!, m[0], 'UK National Insurance number');
  if (/[A-Z][12]\d{8}/.test(text)) for (const m of matchAll(TW_ID_RE, text)) if (taiwanIdCheck(m[0])) add(m.index!, m[0], 'Taiwanese national id (check digit)');
  return out;
};

export const nationalIdDetectors: [string, Detector][] = [['national-ids', nationalIds]];
