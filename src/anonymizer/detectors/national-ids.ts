import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

/**
 * National identity, tax and social-security numbers. A number whose format carries a strong
 * check (a Brazilian CPF in its dotted form, a Czech rodné číslo, an Italian codice fiscale, a
 * Spanish DNI letter, an Aadhaar number grouped 4-4-4 with its Verhoeff digit, a Taiwanese id) is
 * found wherever it stands; the others (SSN, PESEL, BSN, an ungrouped Aadhaar, T.C. kimlik no) are
 * digit runs that phone numbers and counters share, so only after a label.
 * Chinese and Korean numbers, checked by their own rules, are found in location.ts.
 */

// Labels in the exchange's languages; a space may be '_', '-' or '.' in keys ("national_id", "ni-number").
export const NATIONAL_ID_LABELS = [
  'national id', 'national id no', 'national id number', 'national identity number', 'national identification number', 'nationalid', 'id card', 'id card no', 'identity card', 'identity number',
  'ssn', 'social security', 'social security number', 'social security no', 'sin', 'social insurance number', 'ni number', 'ni no', 'nino', 'national insurance', 'national insurance number', 'national insurance no',
  'tax id', 'tax number', 'tin', 'tfn', 'pan', 'pan no', 'pan number', 'aadhaar', 'aadhaar no', 'aadhaar number', 'aadhar', 'uidai', 'आधार', 'आधार संख्या', 'पैन',
  'cpf', 'cnpj', 'rg', 'dni', 'nie', 'nif', 'nie/dni', 'documento de identidad', 'documento nacional de identidad', 'cédula', 'cedula', 'curp', 'cuil', 'cuit', 'rut',
  'personalausweis', 'personalausweisnummer', 'ausweisnummer', 'ausweis-nr', 'steuer-id', 'steueridentifikationsnummer', 'sozialversicherungsnummer', 'sv-nummer', 'ahv-nr', 'ahv-nummer',
  "carte d'identité", "n° de carte d'identité", 'numéro de sécurité sociale', 'n° de sécurité sociale', 'n° ss', 'nir', 'insee', 'numéro fiscal',
  'codice fiscale', 'cod. fisc', 'c.f', 'carta d\'identità', 'bsn', 'burgerservicenummer', 'sofinummer', 'pesel', 'nr pesel', 'numer pesel', 'nip', 'dowód osobisty',
  'rodné číslo', 'rodne cislo', 'r.č', 'rč', 'rodné č', 'personnummer', 'personnr', 'samordningsnummer', 'cpr', 'cpr-nr', 'cpr-nummer', 'fødselsnummer', 'henkilötunnus', 'hetu', 'henkilotunnus',
  'cnp', 'cod numeric personal', 'személyi szám', 'személyi igazolvány', 'adóazonosító', 'taj szám', 'egn', 'егн', 'amka', 'αμκα', 'αφμ', 'αδτ',
  't.c. kimlik no', 'tc kimlik no', 't.c. kimlik', 'tc kimlik', 'tckn', 'kimlik no', 'kimlik numarası', 'инн', 'снилс', 'паспорт', 'ідентифікаційний код', 'рнокпп',
  'nik', 'ktp', 'no. ktp', 'nomor ktp', 'cccd', 'cmnd', 'số cccd', 'số cmnd', 'căn cước', 'เลขประจำตัวประชาชน', 'บัตรประชาชน', 'תעודת זהות', 'ת.ז', 'מספר זהות',
  'رقم الهوية', 'الهوية الوطنية', 'رقم الهوية الوطنية', 'الرقم القومي', 'رقم الإقامة', 'マイナンバー', '個人番号',
  // Health-insurance cards carry a lifelong personal number ("tessera sanitaria", NHS number, Carte Vitale).
  'tessera sanitaria', 'n. tessera sanitaria', 'tarjeta sanitaria', 'cartão sus', 'cartão de saúde', 'carte vitale', 'krankenversichertennummer', 'versichertennummer',
  'nhs number', 'nhs no', 'medicare number', 'medicare no', 'health card number', 'health insurance number', 'полис омс', '保険証番号', '健康保険証',
  'passport', 'passport no', 'passport number', 'reisepass', 'reisepassnummer', 'pasaporte', 'passeport', 'passaporto', 'paszport',
];

// A label and its value: the label at a word edge (CJK and Devanagari labels may touch it), an
// optional "no."/"#"/':'/'=', quotes of a key, then one of the shapes such numbers are written in.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
const LABEL_ALT = [...NATIONAL_ID_LABELS].sort((a, b) => b.length - a.length).map((l) => escape(l).replace(/ /g, '[ _.-]?')).join('|');
const VALUE_ALT = [
  // UK NINO spaced or not ("SH 11 28 05 C"), US SSN, Brazilian CPF and CNPJ, digits in spaced,
  // dotted, slashed or dashed groups with an optional check letter ("681119/7404", "1 85 05 78 006 084 36").
  '[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]',
  '\\d{2,3}\\.\\d{3}\\.\\d{3}(?:\\/\\d{4})?-\\d{2}',
  '\\d{1,8}(?:[ .\\/-]\\d{1,8}){1,6}(?:-?[A-Z])?',
  // One token of letters and digits with a digit ("EMDPH3439B", "07254801A", "RSSMRA85T10A562S").
  '[A-Z]{0,6}\\d[A-Z0-9]{3,20}',
].join('|');
const LABELLED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${LABEL_ALT})(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])["']?[ \\t]{0,8}(?:no\\.?|nr\\.?|n[°º]|#|№)?[ \\t]{0,4}[:：=]?[ \\t]{0,8}["']?(${VALUE_ALT})(?![\\p{L}\\p{N}]|[-\\/][\\p{L}\\p{N}])`,
  'giu',
);
// Each label's longest word, lower case; a label of two-letter words ("ni no") whole, as its pattern
// reads it (its "ni" alone is in every "admin" and "running"). A label of two or three Latin letters
// ("rg", "nik") stands between word edges in the pattern, so in the gate too ("org", "Technik").
const gateStem = (l: string): string => {
  const words = l.toLowerCase().split(/[ .'/-]/);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length === 2 && words.length > 1 && /^[a-z ]+$/.test(l) ? escape(l).replace(/ /g, '[ _.-]?') : escape(longest);
};
const STEM_LABELS = new Map<string, string[]>();
for (const l of NATIONAL_ID_LABELS) STEM_LABELS.set(gateStem(l), [...(STEM_LABELS.get(gateStem(l)) ?? []), l]);
const edged = (stem: string) => /^[a-z]{2,3}$/.test(stem) && STEM_LABELS.get(stem)!.every((l) => l === stem);
const LABEL_GATE = new RegExp(
  `(?<![a-z0-9])(?:${[...STEM_LABELS.keys()].filter(edged).join('|')})(?![a-z])|` +
    [...STEM_LABELS.keys()].filter((s) => s.length >= 2 && !edged(s)).join('|'),
);

/**
 * Whether a label is one here: a short Latin one ("nie", "sin", "pan", "tin", "rg") is also a word of
 * prose (Polish "nie 12345678 razy"), so it counts in capitals ("NIE") or before a separator ("nie: …").
 */
function labelStands(label: string, between: string): boolean {
  if (label.length > 3 || !/^[a-z]+$/i.test(label) || label === label.toUpperCase()) return true;
  return /[:：=#№]|n[°º]|\b(?:no|nr)\b/i.test(between);
}

/** Whether a labelled value is an identity number, not a date, a version ("PAN-OS" is "PAN 10.2.3") or a short count. */
function idShaped(v: string): boolean {
  const digits = v.replace(/\D/g, '').length;
  if (digits < 4 || v.length > 24) return false;
  return !/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}[./-]\d{1,2}[./-]\d{1,2}$|^\d{1,4}(?:\.\d{1,4}){1,3}$/.test(v);
}

const digitsOf = (s: string) => s.replace(/\D/g, '');
const num = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Brazilian CPF: two mod-11 check digits over the first nine. */
export function cpfCheck(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += num(d, i) * (n + 1 - i);
    if (((sum * 10) % 11) % 10 !== num(d, n)) return false;
  }
  return true;
}

/** Brazilian CNPJ: two mod-11 check digits with the weights 5..2,9..2 and 6..2,9..2. */
export function cnpjCheck(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 14 || /^(\d)\1{13}$/.test(d)) return false;
  for (const n of [12, 13]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += num(d, i) * (((n - 1 - i) % 8) + 2);
    const r = sum % 11;
    if ((r < 2 ? 0 : 11 - r) !== num(d, n)) return false;
  }
  return true;
}

/** Spanish DNI and NIE: the letter is the number mod 23 (an NIE's X, Y, Z stand for 0, 1, 2). */
export function dniCheck(v: string): boolean {
  const m = /^([XYZ]|\d)(\d{7})-?([A-Z])$/i.exec(v);
  if (!m) return false;
  const lead = 'XYZ'.indexOf(m[1].toUpperCase());
  const n = Number(`${lead >= 0 ? lead : m[1]}${m[2]}`);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] === m[3].toUpperCase();
}

/** Czech and Slovak rodné číslo: a birth date (women's months + 50) and, for ten digits, divisible by 11. */
export function rodneCisloCheck(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 10 && d.length !== 9) return false;
  const month = Number(d.slice(2, 4)) % 50;
  const day = Number(d.slice(4, 6));
  if (!((month >= 1 && month <= 12) || (month >= 21 && month <= 32)) || day < 1 || day > 31) return false;
  if (d.length === 9) return Number(d.slice(0, 2)) < 54;
  const r = Number(d.slice(0, 9)) % 11;
  return (r === 10 ? 0 : r) === num(d, 9);
}

// Values of the odd positions (first, third, …) of a codice fiscale, by digit or letter.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italian codice fiscale: the sixteenth character is a check letter over the other fifteen. */
export function codiceFiscaleCheck(v: string): boolean {
  const s = v.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const k = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[k] : k;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** Finnish henkilötunnus: the check character is the date and serial mod 31. */
export function hetuCheck(v: string): boolean {
  const s = v.toUpperCase();
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(s.slice(0, 6) + s.slice(7, 10)) % 31] === s[10];
}

/** French NIR: the key is 97 minus the first thirteen digits mod 97 (Corsica's 2A/2B count as 19/18). */
export function nirCheck(v: string): boolean {
  const s = v.replace(/\s/g, '').toUpperCase().replace(/^(\d{5})2A/, '$119').replace(/^(\d{5})2B/, '$118');
  if (!/^[12]\d{14}$/.test(s)) return false;
  return 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13));
}

/** Swedish personnummer: a birth date (day + 60 for a coordination number) and a Luhn digit over ten digits. */
export function personnummerCheck(v: string): boolean {
  const d = digitsOf(v).slice(-10);
  if (!validDate(Number(d.slice(2, 4)), Number(d.slice(4, 6)) % 60)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const x = num(d, i) * (i % 2 === 0 ? 2 : 1);
    sum += x > 9 ? x - 9 : x;
  }
  return sum % 10 === 0;
}

/** Danish CPR: the birth date DDMMYY before the dash (the mod-11 check was given up in 2007). */
export function cprCheck(v: string): boolean {
  return validDate(Number(v.slice(2, 4)), Number(v.slice(0, 2)));
}

/** Belgian national number: 97 minus the first nine digits mod 97 (with a 2 in front for births from 2000). */
export function belgianCheck(v: string): boolean {
  const d = digitsOf(v);
  const key = Number(d.slice(9));
  return 97 - (Number(d.slice(0, 9)) % 97) === key || 97 - (Number(`2${d.slice(0, 9)}`) % 97) === key;
}

const CURP_CHARS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Mexican CURP: the last digit checks the seventeen characters before it. */
export function curpCheck(v: string): boolean {
  const s = v.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CHARS.indexOf(s[i]) * (18 - i);
  return (10 - (sum % 10)) % 10 === num(s, 17);
}

function validDate(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

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

// UK National Insurance number: letter pairs never issued are excluded.
const NINO_RE = /(?<![\w.-])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-]|\.\w)/g;
// Indian PAN of a person: five letters (the fourth, P, says a person holds it), four digits, a letter.
const PAN_RE = /(?<![\w.-])[A-Z]{3}P[A-Z]\d{4}[A-Z](?![\w-]|\.\w)/g;
// The shapes with a check found anywhere, in either case; not inside a file or host name ("AB123456C.exe").
const CPF_RE = /(?<![\w.\/-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w-]|\.\w)/g;
const CNPJ_RE = /(?<![\w.\/-])\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}(?![\w-]|\.\w)/g;
const DNI_RE = /(?<![\w.\/-])(?:\d{8}|[XYZxyz]\d{7})-?[A-Za-z](?![\w-]|\.\w)/g;
const RODNE_RE = /(?<![\w.\/-])\d{2}[0-9]{2}[0-3]\d\/\d{3,4}(?![\w\/-]|\.\w)/g;
const CF_RE = /(?<![\w.-])[A-Za-z]{6}\d{2}[A-EHLMPRSTa-ehlmprst]\d{2}[A-Za-z]\d{3}[A-Za-z](?![\w-]|\.\w)/g;
const HETU_RE = /(?<![\w.-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A]\d{3}[0-9A-Ya-y](?![\w-]|\.\w)/g;
const NIR_RE = /(?<![\w.-])[12] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}(?![\w-]|\.\w)/g;
// A century before the birth date is 19 or 20 with a year before 2020 ("20240315-1200" is a time).
const SE_PNR_RE = /(?<![\w.\/-])(?:19|20(?=[01]))?\d{6}[-+]\d{4}(?![\w\/-]|\.\w)/g;
const DK_CPR_RE = /(?<![\w.\/-])\d{6}-\d{4}(?![\w\/-]|\.\w)/g;
const BE_RE = /(?<![\w.\/-])\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?![\w-]|\.\w)/g;
const CURP_RE = /(?<![\w.-])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d(?![\w-]|\.\w)/g;
// Grouped 4-4-4, not part of a longer grouped number (a card number) nor after a '+' (a phone number).
const AADHAAR_RE = /(?<!\d[ -]?|\+)[2-9]\d{3} \d{4} \d{4}(?! ?\d)/g;
// A letter, 1 or 2 (the sex), eight digits; the letter's code takes part in the check.
const TW_ID_RE = /(?<![A-Za-z0-9])[A-Z][12]\d{8}(?![A-Za-z0-9])/g;
// Each shape with a cheap gate (a native scan for its rarest part), its check and its name; the
// shapes of a birth date and a serial (six digits, a separator, three or four) share one pre-check.
const DATE_SERIAL = /[-+\/A](?<=\d{6}.)\d{3}/;
const UNLABELLED: [RegExp, RegExp, (v: string) => boolean, string, dateSerial?: boolean][] = [
  [SE_PNR_RE, /\d{6}[-+]\d{4}/, personnummerCheck, 'Swedish personnummer', true],
  [DK_CPR_RE, /\d{6}-\d{4}/, cprCheck, 'Danish CPR number', true],
  [BE_RE, /\.\d{2}-\d{3}\./, belgianCheck, 'Belgian national number'],
  [CURP_RE, /\d[HMX][A-Z]{5}/, curpCheck, 'Mexican CURP'],
  [NINO_RE, /[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]/, () => true, 'UK National Insurance number'],
  [PAN_RE, /P[A-Z]\d{4}[A-Z]/, () => true, 'Indian PAN (person)'],
  [CPF_RE, /\d{3}\.\d{3}\.\d{3}-/, cpfCheck, 'Brazilian CPF'],
  [CNPJ_RE, /\d\/\d{4}-\d{2}/, cnpjCheck, 'Brazilian CNPJ'],
  [DNI_RE, /\d{7}-?[A-Za-z]/, dniCheck, 'Spanish DNI/NIE'],
  [RODNE_RE, /\d{6}\/\d{3}/, rodneCisloCheck, 'Czech/Slovak rodné číslo', true],
  [CF_RE, /\d{2}[A-Za-z]\d{3}[A-Za-z]/, codiceFiscaleCheck, 'Italian codice fiscale'],
  [HETU_RE, /\d{6}[-+A]\d{3}/, hetuCheck, 'Finnish henkilötunnus', true],
  [NIR_RE, /\d{3} \d{3} \d{2}/, nirCheck, 'French NIR'],
  [AADHAAR_RE, /\d{4} \d{4} \d{4}/, (v) => verhoeff(digitsOf(v)), 'Aadhaar number (Verhoeff)'],
  [TW_ID_RE, /[A-Z][12]\d{8}/, taiwanIdCheck, 'Taiwanese national id'],
];

const nationalIds: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, raw: string, reason: string) => {
    const value = raw.toLowerCase();
    if (ctx.isProtected(value)) return;
    out.push({ start, end: start + raw.length, kind: 'NATIONAL-ID', detector: 'national-id', priority: PRIORITY.dob, value, side: 'victim', reason });
  };
  if (!/\d\d/.test(text)) return out;
  const dateSerial = DATE_SERIAL.test(text);
  for (const [re, gate, check, reason, needsDateSerial] of UNLABELLED) {
    if ((dateSerial || !needsDateSerial) && gate.test(text)) for (const m of matchAll(re, text)) if (check(m[0])) add(m.index!, m[0], reason);
  }
  if (LABEL_GATE.test(text.toLowerCase())) {
    for (const m of matchAll(LABELLED_RE, text)) {
      const v = m[2].trimEnd();
      if (!idShaped(v) || !labelStands(m[1], m[0].slice(m[1].length, m[0].length - m[2].length))) continue;
      add(m.index! + m[0].length - m[2].length, v, 'identity number after its label');
    }
  }
  return out;
};

/** National identity, tax and social-security numbers (by checked shape, or after a label). */
export const nationalIdDetectors: [string, Detector][] = [['national-id', nationalIds]];
