import { around, type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';
import { NOT_NAME_WORDS } from './person-leads';
import { plateDetectors } from './plates';

/** Luhn checksum over a digit string. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

// Mobile country codes in use (ITU E.212), enough to tell an IMSI from a random 15-digit id.
const MCC = new Set(
  ('202 204 206 208 212 213 214 216 218 219 220 222 226 228 230 231 232 234 235 238 240 242 244 246 247 248 250 255 257 259 260 262 ' +
    '266 268 270 272 274 276 278 280 282 283 284 286 288 290 292 293 294 295 297 302 308 310 311 312 313 314 315 316 330 334 338 ' +
    '340 342 344 346 348 350 352 354 356 358 360 362 363 364 365 366 368 370 372 374 376 400 401 402 404 405 406 410 412 413 414 ' +
    '415 416 417 418 419 420 421 422 424 425 426 427 428 429 430 431 432 434 436 437 438 440 441 450 452 454 455 456 457 460 461 ' +
    '466 467 470 472 502 505 510 514 515 520 525 528 530 536 537 539 540 541 542 544 545 546 547 548 549 550 551 552 553 554 555 ' +
    '602 603 604 605 606 607 608 609 610 611 612 613 614 615 616 617 618 619 620 621 622 623 624 625 626 627 628 629 630 631 632 ' +
    '633 634 635 636 637 638 639 640 641 642 643 645 646 647 648 649 650 651 652 653 654 655 657 659 702 704 706 708 710 712 714 ' +
    '716 722 724 730 732 734 736 738 740 742 744 746 748 750 901')
    .split(' '),
);

// VIN transliteration and weights (ISO 3779 / 49 CFR 565 check digit, position 9).
const VIN_VALUES: Record<string, number> = {};
'0123456789'.split('').forEach((c, i) => (VIN_VALUES[c] = i));
Object.entries({ A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 }).forEach(
  ([k, v]) => (VIN_VALUES[k] = v),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** North-American VIN check digit. */
export function vinCheck(vin: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += VIN_VALUES[vin[i]] * VIN_WEIGHTS[i];
  const r = sum % 11;
  return vin[8] === (r === 10 ? 'X' : String(r));
}

/** IBAN mod-97 check. */
export function ibanCheck(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of s) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

// An ICCID may carry the SIM's filler nibble F at its end.
const DIGIT_RUN_RE = /(?<![\w.])\d(?:[ -]?\d){12,31}[Ff]?(?![\w]|\.\d)/g;
// Dotted and slashed groups ("4033.7270.0797.8076", IMEI "35209900/176148/1"): one separator, used at least twice.
const SEP_RUN_RE = /(?<![\w./])\d{4,8}([./])\d{4,8}(?:\1\d{1,8}){1,2}(?![\w]|[./]\d)/g;
// IMSI written as MCC-MNC-MSIN.
const IMSI_SHAPE = /^\d{3}[ -]\d{2,3}[ -]\d{9,10}$/;
// GSMA reporting-body prefixes of TACs: a 16-digit IMEISV (no check digit) starts with one of them.
const TAC_RBI = /^(?:01|35|86|49|45|30|33|44|50|5[1-4]|98|99)/;
const HANDSET_WORDS = /imei|device|modem|handset|phone|unit|terminal|router|tracker|meter|sim\b|dongle/;
// Grouped by spaces or dashes, any case: mod-97 makes a false hit negligible.
const IBAN_RE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])/g;
const SLOT_RE =
  /(?<![\p{L}\p{N}_])(serial(?:[ _-]?(?:number|no\.?|nr\.?))?|s\/n|sn|meter(?:[ _-]?(?:id|number|no\.?|nr\.?))|z(?:ä|ae)hler(?:nummer|[ -]?nr\.?|[ -]?id)|seriennummer|num(?:é|e)ro de (?:s(?:é|e)rie|compteur)|device[ _-]?id|charger[ _-]?id|charge[ _-]?point[ _-]?id|evse[ _-]?id|plc[ _-]?id|asset[ _-]?(?:id|tag)|customer[ _-]?(?:id|number|no\.?|nr\.?)|cust\.?[ _-]?(?:id|no\.?)|acct\.?(?:[ _-]?(?:id|no\.?|number))?|account[ _-]?(?:id|number|no\.?|nr\.?)|kunden(?:nummer|[ -]?nr\.?)|kd\.?[ -]?nr\.?|vertrags(?:nummer|konto|[ -]?nr\.?)|contract[ _-]?(?:id|number|no\.?)|num(?:é|e)ro (?:client|de contrat|de compte|d'abonn(?:é|e)|pdl)|n(?:\.?º|°|o\.?)\s?(?:client|contrat|compte|abonn(?:é|e))|(?:ticket\s+)?(?:jira|servicenow|snow|otrs|remedy)|ticket|case[ _-]?(?:id|number|no\.?)|incident[ _-]?(?:id|number)|(?:(?:number|license|licence)[ _-]?)?plate|kennzeichen|immatriculation|plaque|host[ _-]?name|computer[ _-]?name|workstation|rechnername|nom d'hôte|ホスト名|製造番号|シリアル(?:番号)?|顧客番号|契約番号|お客様番号|codice cliente|n(?:\.?º|°|o\.?)\s?de (?:cliente|contrato|contrat|cuenta|conta)|n(?:ú|u)mero de (?:cliente|contrato|cuenta)|numero (?:cliente|contratto)|contractnummer|avtalsnummer|numer umowy|会員番号|口座番号|계약번호|계좌번호|合同编号|账号|帳號|klantnummer|kundnummer|nr klienta|numer klienta|m(?:ü|u)(?:ş|s)teri (?:no|numaras(?:ı|i))|account(?! (?:id|number|no|nr))|户号|客户编号|고객번호|رقم الحساب|رقم العميل)\s*[:#=：]?\s*([A-Z]{1,3}[ -][A-Z]{1,2}[ -]\d{1,4}[A-Z]?|\d{2,6}(?:(?: ?[-\/.] ?| )\d{2,8}){1,3}(?![\d.])|[A-Za-z0-9][A-Za-z0-9_/.:*-]{2,40}[A-Za-z0-9])/giu;

// ServiceNow record numbers (incident, security incident, request, change, problem, task, case): a
// fixed prefix and seven digits, the submitter's own tracking ids wherever they appear.
// Service requests ("SR" and eight digits, as Oracle, Siebel and many helpdesks number them) likewise.
const TICKET_RE = /(?<![\w-])(?:(?:INC|SIR|RITM|REQ|CHG|PRB|PTASK|SCTASK|TASK|CS)\d{7}|SR\d{8})(?!\w)/g;

function isAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A letter or digit of a VIN: any but I, O and Q, in either case (for letters and digits only). */
function isVinCode(c: number): boolean {
  const l = c | 0x20;
  return (c >= 0x30 && c <= 0x39) || (l !== 0x69 && l !== 0x6f && l !== 0x71);
}

/**
 * Where a VIN can stand: maximal runs of exactly 17 ASCII letters and digits without I, O or Q,
 * which is what /(?<![A-Za-z0-9])[A-HJ-NPR-Za-hj-npr-z0-9]{17}(?![A-Za-z0-9])/g matches. One
 * pass over the text; that regex tried every position of every hash and word.
 */
function vinStarts(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  let vin = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (isAlnumCode(c)) {
      if (!isVinCode(c)) vin = false;
      continue;
    }
    if (i - start === 17 && vin) out.push(start);
    start = i + 1;
    vin = true;
  }
  return out;
}

const ids: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const push = (start: number, end: number, kind: string, value: string, reason: string, suffix?: string) => {
    if (ctx.isProtected(value)) {
      out.push({ start, end, kind, detector: kind.toLowerCase(), priority: PRIORITY.device, value, keep: true, side: 'threat', reason: 'threat-side value' });
      return;
    }
    out.push({ start, end, kind, detector: kind.toLowerCase(), priority: PRIORITY.device + (kind === 'EID' || kind === 'ICCID' ? 2 : 0), value, side: 'victim', reason, suffix: ctx.deviceIds === 'model' ? suffix : undefined });
  };
  const separatedRun = /\d{4}[./]\d{4}/.test(text);
  if (separatedRun || /\d{6}/.test(text) || /\d[ -]\d{4}[ -]\d{4}/.test(text)) {
    const runs = [...matchAll(DIGIT_RUN_RE, text)];
    if (separatedRun) runs.push(...matchAll(SEP_RUN_RE, text));
    for (const m of runs) {
      const raw = m[0];
      const d = raw.replace(/\D/g, '');
      const s = m.index!;
      const e = s + raw.length;
      const win = around(text, s, e, 32, 8);
      if (/f$/i.test(raw)) {
        if ((d.length === 19 || d.length === 20) && d.startsWith('89')) push(s, e, 'ICCID', d, 'SIM ICCID (filler F)');
      } else if (IMSI_SHAPE.test(raw) && MCC.has(d.slice(0, 3))) push(s, e, 'IMSI', d, 'IMSI (MCC-MNC-MSIN)');
      else if (d.length === 32 && d.startsWith('89')) push(s, e, 'EID', d, 'eUICC EID');
      else if ((d.length === 19 || d.length === 20) && d.startsWith('89') && luhn(d)) push(s, e, 'ICCID', d, 'SIM ICCID');
      else if ((d.length === 19 || d.length === 20) && d.startsWith('89') && /iccid|sim/.test(win)) push(s, e, 'ICCID', d, 'SIM ICCID (context)');
      // An IMSI label in the window is the next field's when the IMEI label stands right before the run.
      else if (d.length === 15 && luhn(d) && (!/imsi/.test(win) || /imei\W{0,3}$/i.test(text.slice(Math.max(0, s - 8), s))) && !/card|visa|mastercard|amex|kredit|carte/.test(win)) {
        push(s, e, 'IMEI', d, 'IMEI (Luhn)', `TAC=${d.slice(0, 8)}`);
      } else if ((d.length === 15 || d.length === 14) && MCC.has(d.slice(0, 3)) && (/imsi/.test(win) || !/\s|-/.test(raw))) push(s, e, 'IMSI', d, 'IMSI (MCC)');
      else if (d.length === 16 && /imei\s?sv|imeisv/.test(win)) push(s, e, 'IMEI', d, 'IMEISV', `TAC=${d.slice(0, 8)}`);
      // Unlabelled IMEISV: a card number would pass Luhn; this needs a TAC prefix and a handset word.
      else if (d.length === 16 && !luhn(d) && TAC_RBI.test(d) && HANDSET_WORDS.test(win)) push(s, e, 'IMEI', d, 'IMEISV (device context)', `TAC=${d.slice(0, 8)}`);
      // A number after '+' is dialled, never a card's.
      else if (d.length >= 13 && d.length <= 19 && /^[2-6]/.test(d) && text[s - 1] !== '+' && luhn(d)) push(s, e, 'CARD', d, 'payment card number (Luhn)');
    }
  }
  for (const at of vinStarts(text)) {
    const raw = text.slice(at, at + 17);
    const lower = raw === raw.toLowerCase();
    if (!lower && raw !== raw.toUpperCase()) continue;
    const v = raw.toUpperCase();
    if (!/\d/.test(v) || !/[A-Z]/.test(v) || /^[0-9A-F]+$/.test(v)) continue;
    const win = around(text, at, at + 17, 32, 8);
    const vehicle = /vin|fahrgestell|fahrzeug|vehicle|véhicule|車台|car\b|trip|fleet|telematic/.test(win);
    // Check digit is mandatory in North America (WMI starting 1-5); elsewhere context or shape.
    // The shape: a letter-led manufacturer code and a six-digit serial (17 characters; it used to count 16 and never matched).
    // Lower case (copied from logs) is as common, but a lower-case 17-character token also needs a vehicle word or the check digit.
    const na = /^[1-5]/.test(v);
    const ok = lower
      ? (na ? vinCheck(v) : /^[A-Z][A-Z0-9]{10}\d{6}$/.test(v) || vehicle) && (vehicle || vinCheck(v))
      : na ? vinCheck(v) : vehicle || /^[A-Z][A-Z0-9]{10}\d{6}$/.test(v);
    if (ok) push(at, at + 17, 'VIN', v, 'vehicle identification number', `WMI=${v.slice(0, 3)}`);
  }
  if (/[A-Z]{2}\d{2}/i.test(text)) {
    for (const m of matchAll(IBAN_RE, text)) {
      // The match may run into the next short word ("… 6213 y la"): drop separated tail groups until mod-97 holds.
      let raw = m[0];
      for (let k = 0; k < 3 && raw; k++) {
        const v = raw.replace(/[ -]/g, '').toUpperCase();
        if (v.length >= 15 && v.length <= 34 && ibanCheck(v)) {
          push(m.index!, m.index! + raw.length, 'IBAN', v, 'IBAN (mod-97)');
          break;
        }
        const cut = Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('-'));
        raw = cut > 4 ? raw.slice(0, cut) : '';
      }
    }
  }
  if (/[A-Z]{2}\d{7}/.test(text)) {
    for (const m of matchAll(TICKET_RE, text)) {
      if (ctx.isProtected(m[0].toLowerCase())) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'CASE-ID', detector: 'ticket-number', priority: PRIORITY.slot, value: m[0].toLowerCase(), side: 'victim', reason: 'ticketing record number' });
    }
  }
  for (const m of matchAll(SLOT_RE, text)) {
    const label = m[1].toLowerCase();
    const val = m[2];
    if (!/\d/.test(val) && !/plate|kennzeichen|immatric|plaque|host|computer|workstation|rechner|hôte|ホスト/.test(label)) continue;
    const vs = m.index! + m[0].length - val.length;
    const kind = /host|computer|workstation|rechner|hôte|ホスト/.test(label)
      ? 'HOST'
      : /customer|cust|account|acct|kunde|kd|client|顧客|contract|vertrag|契約|お客様|klant|kund|klient|m(?:ü|u)(?:ş|s)teri|contrat|compte|cuenta|abonn|umowy|avtal|会員|口座|户号|客户|合同|账号|帳號|고객|계약|계좌|الحساب|العميل/.test(label)
      ? 'CUSTOMER-ID'
      : /ticket|case|incident|jira|servicenow|snow|otrs|remedy/.test(label)
        ? 'CASE-ID'
        : /plate|kennzeichen|immatric|plaque/.test(label)
          ? 'PLATE'
          : 'SERIAL';
    if (ctx.isProtected(val.toLowerCase())) continue;
    // "Owner of workstation: Anna Berg", "… BERG Anna", "… Sig.ra Anna Berg", "… Dagný Berg": letters
    // before a capitalised word (or cut inside a word) are a person's name, not a host.
    if (kind === 'HOST' && /^\p{L}[\p{L}.]*$/u.test(val)) {
      const next = /^\p{L}*\.?[ \t](\p{Lu}\p{Ll}+)/u.exec(text.slice(vs + val.length, vs + val.length + 40));
      if (next && !NOT_NAME_WORDS.has(next[1].toLowerCase())) continue;
    }
    out.push({ start: vs, end: vs + val.length, kind, detector: 'id-slot', priority: PRIORITY.slot, value: val.toLowerCase(), side: 'victim', reason: `identifier after "${label.replace(/[^a-z ]/g, '')}" label` });
  }
  return out;
};

// Words that make a nearby serial-shaped token a device identifier, and a plate-shaped one a plate.
const DEVICE_WORDS =
  /\b(?:smart ?meters?|meters?|chargers?|charge ?points?|wallbox(?:es)?|evse|modems?|routers?|gateways?|plcs?|controllers?|rtus?|hmis?|inverters?|sensors?|cameras?|devices?|units?|set-?top ?box(?:es)?|stbs?|tcus?|ecus?|dongles?|terminals?|trackers?|hubs?|thermostats?|serials?|z(?:ä|ae)hler\w*|ger(?:ä|ae)t\w*|steuerung\w*|lades(?:ä|ae)ule\w*|wechselrichter\w*|compteurs?|bornes?|automates?|bo(?:î|i)tiers?|capteurs?|onduleurs?|cam(?:é|e)ras?|(?:é|e)quipements?|appareils?|equipos?|dispositivos?|aparatos?|apparat[oi]|dispositiv[oi]|contatori|equipamentos?|aparelhos?|apparaten|apparaat|urz(?:ą|a)dze(?:nie|nia|ń)|licznik\w*|enhet(?:en|er)?|m(?:ä|a)tare\w*|cihaz\w*|saya(?:ç|c)\w*)\b|機器|端末|メーター|ルーター|充電器|センサー|製造番号|设备|終端|终端|电表|장비|단말|계량기|الجهاز|جهاز|العداد/i;
const VEHICLE_WORDS = /\b(?:cars?|vehicles?|trucks?|vans?|fleet|drivers?|plates?|licen[cs]e|registration|vin|tcu|ecu|fahrzeug\w*|auto|pkw|lkw|kennzeichen|v(?:é|e)hicules?|voitures?|immatriculation|camions?)\b|車両?|ナンバー/i;
// A product's model designation right before a token makes it that unit's serial: "HelixCharge Pro
// 535 HK2209957937D", "OrbisaMeter M445 PJ2551982611L". An inner-capital make, then one to three
// model parts (an edition word, a letter, a code or a number).
const MODEL_BEFORE = /(?<![\p{L}\d])\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+(?: (?:Pro|Max|Mini|Plus|Lite|Ultra|Air|[A-Z]{1,3}-?\d{1,5}|\d{1,5}|[A-Z])){1,3} $/u;
const MODEL_GATE = /\p{Ll}\p{Lu}\p{Ll}+ (?:Pro|Max|Mini|Plus|Lite|Ultra|Air|[A-Z]{1,3}-?\d|\d|[A-Z] )/u;
// Upper-case alphanumeric runs with optional dashes, not part of a path, host, address, URL or time.
// A full stop that ends the sentence ("swapped unit GRI56LN194400.") is not part of the token.
const SERIAL_RE = /(?<![\w.\/@:#*〒-])[A-Z0-9]+(?:[-_][A-Z0-9]+)*(?![\w\/@*-]|\.[\w\/-]|:\d)/g;
// Threat and standard identifiers that look like serials: CVE/CWE/ATT&CK/group ids, bulletins, ASNs, algorithms.
const NOT_SERIAL = /^(?:CVE|CWE|CAPEC|MS|KB|RFC|ISO|IEC|EN|AS|ASN|TA|T|S|G|M|C|APT|UNC|FIN|DEV|STORM|SHA|MD|AES|RSA|ECC|UTF|CVSS|ICSA|VU|GHSA|BDU|JVN|CNVD|CNNVD|EDB|OSVDB|BID|RHSA|DSA|USN)[-_]?\d/;
const FR_PLATE_RE = /(?<![\w-])[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}(?![\w-])/g;
const UK_PLATE_RE = /(?<![\w-])[A-HJ-PR-Y]{2}\d{2} ?[A-HJ-PR-Z]{3}(?![\w-])/g;
const DE_PLATE_RE = /(?<![\w-])[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?\d{1,4}[EH]?(?![\w-])/g;
const JP_PLATE_RE = /\p{Script=Han}{1,4}\s?\d{2,3}\s?\p{Script=Hiragana}\s?\d{1,2}-\d{2}/gu;
// A plate after its label, in the formats of many countries ("matrícula 4311 WNG", "targa TV 148PA",
// "kenteken WX-635-E", "госномер А123ВС 77", plate="BEN 1004", Thai "ทะเบียนรถ 9งฉ 5946"): upper-case groups with at least one
// digit, right after the label or a few lower-case words on ("plate of the van was PW-584-UT").
// Plate labels of more languages; a field label is often capitalised ("Rendszám:", "Skilt:").
const PLATE_LABELS = [
  'skilt', 'nummerplade', 'registreringsnr\\.?', 'registreringsnummer', 'reg\\.? ?nr\\.?', 'rekisterinumero', 'rek\\.? ?nro', 'rekisteritunnus', 'rendsz[áa]m', 'registrační značka', 'rz', 'RZ', 'SPZ', 'ecv', 'ečv', 'EČV', 'plaka(?: no)?',
  'nr\\.? [îi]nmatriculare', 'num[ăa]r(?:ul)? de [îi]nmatriculare', 'biển số(?: xe)?', 'ป้ายทะเบียน', 'ทะเบียนรถ', 'plat nomor', 'nomor polisi', 'nopol', 'номерний знак', 'держномер', 'מספר רכב', "מס' רכב", 'לוחית רישוי',
  // "placa" alone is also a board ("placa base ASUS B450"): only as a field label or before a Brazilian plate.
  'placa(?= ?[:=]| [A-Z]{3}-?\\d[A-Z\\d]\\d{2}(?![\\w-]))', 'matrícula do veículo', '차량 ?번호', 'رقم اللوحة', 'लाइसेंस प्लेट', 'वाहन (?:संख्या|नंबर)', 'गाड़ी नंबर', '车牌号?', '車牌',
];
// The labels English and the larger languages use; "rego" is Australian, "vehicle no." Indian English.
const BASE_PLATE_LABELS = [
  '(?:[Nn]umber[ _]?|[Ll]icen[cs]e[ _]?|[Rr]egistration[ _]?)?[Pp]late', 'reg(?:istration)?\\.? (?:[Nn]o\\.?|[Nn]umber)', 'rego', 'vehicle (?:[Nn]o\\.?|[Nn]umber|[Rr]eg\\.?)', 'kennzeichen', 'nummernschild', 'immatricul(?:é|e)e?', 'immatriculation', 'plaque', 'matr(?:í|i)cula',
  'targa', 'kenteken', 'numer rejestracyjny', 'nr rej\\.', 'tablica rejestracyjna', 'spz', 'госномер', 'гос\\. ?номер', 'номерной знак', '번호판', 'πινακίδα', 'αρ\\. κυκλοφορίας', 'ナンバー(?:プレート)?', '車両番号',
];
const capitalisable = (label: string) => label.replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`);
const PLATE_SLOT_RE = new RegExp(
  `(?<![\\p{L}])(?:${[...BASE_PLATE_LABELS, ...PLATE_LABELS].map(capitalisable).join('|')})((?:[ \\t]+\\p{Ll}[\\p{Ll}'’]*){0,5}?)["']?\\s*[:：#=]?\\s*["'„«]?(\\d?[ก-ฮ]{1,3} ?\\d{1,4}(?!\\d)|[\\p{Lu}\\d]{1,4}(?:[ .-]?[\\p{Lu}\\d]{1,4}){1,3})(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\d])`,
  'gu',
);
// ATT&CK technique, group and software ids, CVE and CWE numbers: public, never a plate.
const PUBLIC_ID = /^(?:[TSGM]\d{4}|TA\d{4}|CVE\d+|CWE\d+)$/;
const PLATE_LABEL_GATE = /plate|reg|vehicle|kennzeichen|nummernschild|immatric|plaque|matr|targa|kenteken|rejestr|spz|номер|번호판|πινακίδα|κυκλοφορίας|ナンバー|車両番号|skilt|plade|rek|rendsz|značk|rz|ecv|plaka|[îi]nmatric|biển số|ทะเบียน|plat nomor|polisi|nopol|знак|держ|רכב|רישוי|placa|차량|اللوحة|प्लेट|वाहन|गाड़ी|车牌|車牌/i;

/**
 * Device serials and number plates without a label (the labelled ones are `id-slot`): a
 * serial-shaped token next to a device word, a plate-shaped token next to a vehicle word, and
 * the French and Japanese plate formats, which are distinctive on their own.
 */
const unlabelled: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, kind: string, reason: string) => {
    const value = text.slice(start, end).toLowerCase();
    if (ctx.isProtected(value)) return;
    out.push({ start, end, kind, detector: 'unlabelled-id', priority: PRIORITY.unlabelled, value, side: 'victim', reason });
  };
  const deviceWords = DEVICE_WORDS.test(text);
  if (deviceWords || MODEL_GATE.test(text)) {
    for (const m of matchAll(SERIAL_RE, text)) {
      const v = m[0];
      const compact = v.replace(/[-_]/g, '');
      const digits = compact.replace(/\D/g, '').length;
      if (compact.length < 6 || compact.length > 24 || NOT_SERIAL.test(v) || /^\d{4}-\d{2}-\d{2}/.test(v)) continue;
      // Digits only: one unbroken run (dates and phone numbers have separators); otherwise letters and enough digits.
      if (digits === compact.length ? v !== compact || digits < 8 || digits > 20 : digits < 6 && !(digits >= 4 && compact.length >= 10)) continue;
      // Long hexadecimal strings are hashes: threat data.
      if (compact.length >= 16 && /^[0-9A-F]+$/.test(compact)) continue;
      if (!(deviceWords && DEVICE_WORDS.test(around(text, m.index!, m.index! + v.length, 48, 32))) && !MODEL_BEFORE.test(text.slice(Math.max(0, m.index! - 48), m.index!))) continue;
      // Build and firmware numbers describe the product, not the one device.
      if (/(?:\bv|version|firmware|fw|build|ver\.?|release|rev\.?|バージョン)\s*[:=]?\s*$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
      add(m.index!, m.index! + v.length, 'SERIAL', 'device serial number (device context)');
    }
  }
  if (PLATE_LABEL_GATE.test(text)) {
    for (const m of matchAll(PLATE_SLOT_RE, text)) {
      const [, gap, plate] = m;
      const compact = plate.replace(/[ -]/g, '');
      // Digits alone are a plate only in a dashed form right after its label (Israel: "63-751-49").
      const digitsOnly = /^\d+$/.test(compact) && (gap || !/^\d{2,3}-\d{2,3}-\d{2,3}$/.test(plate));
      if (!/\d/.test(compact) || compact.length < 4 || compact.length > 10 || digitsOnly || PUBLIC_ID.test(compact)) continue;
      // Words away from its label, a plate has the letters of one ("2024 Q3" is a date).
      if (gap && !/\p{Lu}.*\p{Lu}/u.test(compact)) continue;
      const s = m.index! + m[0].length - plate.length;
      const value = plate.toLowerCase();
      if (ctx.isProtected(value)) continue;
      // Above unlabelled shapes and the generic id slot, so the whole plate goes, not its first group.
      out.push({ start: s, end: s + plate.length, kind: 'PLATE', detector: 'plate-slot', priority: PRIORITY.slot + 1, value, side: 'victim', reason: 'number plate after its label' });
    }
  }
  for (const m of matchAll(FR_PLATE_RE, text)) add(m.index!, m.index! + m[0].length, 'PLATE', 'number plate (FR format)');
  for (const m of matchAll(JP_PLATE_RE, text)) add(m.index!, m.index! + m[0].length, 'PLATE', 'number plate (JP format)');
  if (VEHICLE_WORDS.test(text)) {
    for (const re of [UK_PLATE_RE, DE_PLATE_RE]) {
      for (const m of matchAll(re, text)) {
        if (!/\d/.test(m[0]) || !VEHICLE_WORDS.test(around(text, m.index!, m.index! + m[0].length, 48, 32))) continue;
        add(m.index!, m.index! + m[0].length, 'PLATE', 'number plate (vehicle context)');
      }
    }
  }
  return out;
};

/** Device, subscriber and financial identifiers with checksums; serials and plates by shape and context. */
export const deviceIdDetectors: [string, Detector][] = [
  ['device-ids', ids],
  ['device-context', unlabelled],
  ...plateDetectors,
];
