import { type Detector, type Finding, PRIORITY } from './finding';
import { isAscii, patternFor } from '../ascii-regex';
import { matchAll } from '../match-all';
import { DOTTED_LABEL_STEMS, FOLDED_GATE, foldKey, type IdKind, keyKind, LABEL_STEMS, labelAlternation } from './id-labels';

/**
 * The submitter's own reference numbers: tickets and cases, contracts, customer
 * accounts, meter numbers and employee ids. They link a published incident back to one customer
 * or one member of staff in the submitter's systems. Found by a self-describing shape (a ticket
 * prefix, a meter-point id) or after a label in one of the exchange's languages.
 */

// Ticket and case ids that say what they are: a tracker prefix ("CASE-127069", "SR-2024-351997",
// "TKT-88231", "RITM0012345", a NOC's trouble ticket "TT#3588742" or "NOC-81793"), or a number behind
// '#' in a subject tag or a title ("[#5330184]", "PSIRT #4001792", "(#3357706)"). Six digits or more
// after a bare '#': issue numbers of public trackers are shorter.
const TICKET_ID_RE =
  /(?<![\w-])(?:(?:CASE|Case|case|TICKET|Ticket|ticket|TKT|SR|INC|REQ|CS|SD|HD|ZD|SIR|RITM|CHG|PRB|TASK|NOC|TT)-(?:(?:19|20)\d{2}-\d{4,10}|\d{5,10})|(?:TT|TKT|INC|NOC)#\d{5,10}|(?<![&\w]|[:=]\s?)#\d{6,10})(?![\w-])/g;
const TICKET_GATE = /-\d{4}|#\d{5}/;

// "reference REF-778-2291", "our ref. 2291/44", "Aktenzeichen 4-C-118/24": a reference the submitter or its
// customer quotes. Not inside a URL ("?ref=…" of a threat URL) and not a catalogue's id ("reference CVE-2024-3400").
const REFERENCE_RE =
  /(?<![\p{L}\p{N}_?&\/=.-])(?:(?:our|your|case|customer|booking|service|support|order|claim)\s+)?(?:reference|ref\.|ref|aktenzeichen|az\.|vorgangsnummer|référence|réf\.|referencia|riferimento|rif\.|referentie|kenmerk)(?:\s?(?:no\.?|number|nr\.?|#|n[°º]))?[ \t]?[:：=]?[ \t]{0,4}((?=[A-Za-z0-9\/.-]*\d)[A-Za-z0-9]{1,20}(?:[-\/.][A-Za-z0-9]{1,20}){0,4})(?![\p{L}\p{N}]|[-\/][\p{L}\p{N}])/giu;
const REFERENCE_GATE = /ref|aktenz|az\.|vorgangs|réf|rif\.|kenmerk/i;
const CATALOGUE_ID = /^(?:CVE|CWE|CAPEC|GHSA|MS\d|KB\d|RFC|ISO|IEC|TA?\d{4}|[SGM]\d{4}|VU|ICSA|USN|RHSA|DSA|NIST|SP\d)/i;

// Labels, lower case, each naming the kind of number that follows. Inflected forms are listed
// where the language inflects the label in front of a number (Polish, Russian, Turkish, Arabic).
const LABELS: [string, string][] = [
  // contracts (not invoices: a lure's invoice number is the phishing subject, a threat value)
  ['contract|contracts|contract no\\.?|contract number|contract id|vertrag|vertragsnummer|vertragsnr\\.?|vertragskonto|contrat|n° de contrat|numéro de contrat|contrato|n\\.?º de contrato|número de contrato|contratto|numero di contratto|numero contratto|overeenkomst|contractnummer|umowa|umowy|umowie|numer umowy|avtal|avtalet|avtalsnummer|договор|договора|договору|номер договора|sözleşme|sözleşmesi|sözleşme no|契約|契約番号|合同|合同号|合同编号|계약|계약 번호|계약번호|العقد|رقم العقد|अनुबंध|अनुबंध संख्या', 'CONTRACT'],
  // customer and subscriber accounts
  ['customer no\\.?|customer number|customer id|account no\\.?|account number|subscriber no\\.?|kundennummer|kunden-nr\\.?|kd\\.-?nr\\.?|n° client|numéro client|numéro de client|nº cliente|n° cliente|número de cliente|número do cliente|cód\\. cliente|cod\\. cliente|código do cliente|codice cliente|klantnummer|kundnummer|nr klienta|numer klienta|лицевой счёт|лицевой счет|номер клиента|номер абонента|müşteri no|müşteri numarası|abone no|顧客番号|お客様番号|客户编号|客户号|户号|고객번호|고객 번호|رقم العميل|رقم الحساب|ग्राहक संख्या|ग्राहक आईडी|खाता संख्या', 'CUSTOMER-ID'],
  // meters and devices (the metering point and the meter identify one household)
  ['meter|meter no\\.?|meter number|meter id|zählernummer|zähler-nr\\.?|zählpunkt|numéro de compteur|n° de compteur|compteur|número de contador|contador|número do medidor|medidor|numero contatore|contatore|matricola|meternummer|nr licznika|numer licznika|licznik|mätarnummer|mätare|номер счётчика|номер счетчика|счётчик|счетчик|sayaç no|sayaç numarası|sayaç|メーター番号|電表編號|电表编号|电表号|계량기 번호|계량기번호|رقم العداد|العداد|मीटर संख्या|मीटर नंबर|serial no\\.?|serial number|seriennummer|numéro de série|número de serie|número de série|numero di serie|serienummer|numer seryjny|серийный номер|seri no|seri numarası|製造番号|シリアル番号|序列号|시리얼 번호|الرقم التسلسلي|सीरियल नंबर', 'SERIAL'],
  // staff
  ['employee id|employee no\\.?|employee number|emp\\.? id|emp\\.? no\\.?|staff id|staff no\\.?|personnel no\\.?|personnel number|badge|badge no\\.?|personalnummer|personal-nr\\.?|mitarbeiternummer|matricule|n° employé|numéro d\'employé|número de empleado|legajo|número de matrícula|matrícula funcional|numero di matricola|personeelsnummer|anställningsnummer|anst\\.nr|numer pracownika|nr pracownika|табельный номер|таб\\. ?№|sicil no|sicil numarası|personel no|社員番号|従業員番号|员工编号|工号|사번|직원번호|الرقم الوظيفي|رقم الموظف|कर्मचारी संख्या|कर्मचारी आईडी', 'EMPLOYEE-ID'],
];

// Label (one capture group per kind), an optional "no." / "#" / ':' and the id: letters and
// digits in groups joined by '-', '/' or '.', with a digit ("VN-456500262", "8654-637619-18",
// "CNT/2023/3199611", "P5692334"). Word edges only where words are spaced (CJK labels run into
// the id: "合同号VN-639806098").
const LABELLED_RE = new RegExp(
  `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}_-])(?:${LABELS.map(([alt]) => `(${alt})`).join('|')})(?!(?<=[\\p{Script=Latin}\\p{Script=Cyrillic}])[\\p{Script=Latin}\\p{Script=Cyrillic}])[ \\t]{0,16}(?:#|№|n[°º]|nr\\.?|no\\.?)?\\s?[:：=]?[ \\t]{0,16}` +
    `(?=[A-Za-z0-9/.-]*\\d)([A-Za-z0-9]{1,40}(?:[-/.][A-Za-z0-9]{1,20}){0,4})(?![\\p{L}\\p{N}]|[-/][\\p{L}\\p{N}])`,
  'giu',
);

// Cheap gate for the labels: their lower-case stems, one native scan.
const LABEL_GATE =
  /contra|vertrag|overeenkomst|umow|avtal|догово|sözleşme|契約|合同|계약|عقد|अनुबंध|custom|account|subscriber|kunde|kd\.|client|klant|kund|klient|абонент|лицев|müşteri|abone|顧客|お客様|客户|户号|고객|عميل|حساب|ग्राहक|खाता|meter|zähl|compteur|contador|medidor|contatore|matricol|licznik|mätar|сч[её]тчик|sayaç|メーター|電表|电表|계량기|عداد|मीटर|serial|serien|série|serie|seryjny|серийный|seri |製造番号|シリアル|序列号|시리얼|تسلسلي|सीरियल|employee|emp\.? |staff|personnel|badge|personal|mitarbeiter|matricule|employé|empleado|legajo|matrícula|personeel|anställ|anst\.|pracownik|табельн|таб\.|sicil|personel|社員|従業員|员工|工号|사번|직원|وظيف|موظف|कर्मचारी/;

// Self-describing staff ids ("EMP-944182", "EMPL 20417").
const EMPLOYEE_ID_RE = /(?<![\w-])EMPL?[- ]?\d{4,8}(?![\w-])/g;
// A staff id in brackets after a name ("Owner: H. Koch (P8865435)"): a short letter prefix and
// digits (ATT&CK's T1059 and S0154 have four digits and no dash, so they are not matched).
const BRACKETED_ID_RE = /[(（]([A-Z]{1,3}-\d{4,8}|[A-Z]{1,3}\d{5,8})[)）]/g;
// Words that make the line about a person of the submitter's staff or customers.
const STAFF_WORDS =
  /\b(?:owner|employee|staff|user|technician|engineer|operator|analyst|agent|assignee|assigned to|contact|mitarbeiter\w*|inhaber\w*|benutzer|techniker\w*|propriétaire|employé\w*|technicien\w*|utilisateur|propietari[oa]|emplead[oa]|técnic[oa]|usuari[oa]|proprietari[oa]|dipendente|tecnico|utente|eigenaar|medewerker|gebruiker|właściciel\w*|pracownik\w*|użytkownik\w*|ägare|anställd|användare|владел\w*|сотрудник\w*|пользовател\w*|sahibi|çalışan|kullanıcı)\b|担当|社員|所有者|员工|用户|负责人|직원|사용자|담당|موظف|مالك|مستخدم|कर्मचारी|मालिक|उपयोगकर्ता/i;

// Metering point ids (DE/AT Zählpunktbezeichnung: country, operator number, 25 more characters)
// and meter server ids (DIN 43863-5: medium digit, FLAG manufacturer code, serial digits).
const METER_ID_RE = /(?<![\w-])(?:[A-Z]{2}\d{6}[A-Z0-9]{25}|\d[A-Z]{3}\d{8,10})(?![\w-])/g;

// E-mobility contract ids (ISO 15118 eMAID: country, provider, 'C' and the eight-character
// instance, a check character; "DE-8EO-CAB12C34D-5"), written with their dashes.
const EMAID_RE = /(?<![\w-])[A-Za-z]{2}-[A-Za-z0-9]{3}-[Cc][A-Za-z0-9]{8}(?:-[A-Za-z0-9])?(?![\w-]|\.\w)/g;
// UK electricity meter points: the 13-digit MPAN core in its printed groups ("15 3797 4029 760").
const MPAN_RE = /(?<![\d+])(?<!\d )\d{2} \d{4} \d{4} \d{3}(?![\d]| \d)/g;
const MPAN_PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43];
// Spanish supply points (CUPS): ES, sixteen digits, two check letters, an optional border-point suffix.
const CUPS_RE = /(?<![\w-])ES\d{16}[A-Z]{2}(?:\d[FPCRXYZ])?(?![\w-])/gi;
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** MPAN core check digit: the prime-weighted sum mod 11, mod 10. */
export function mpanCheck(v: string): boolean {
  const d = v.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * MPAN_PRIMES[i];
  return (sum % 11) % 10 === d.charCodeAt(12) - 48;
}

/** CUPS check letters: the sixteen digits mod 529, as two letters of the DNI alphabet. */
export function cupsCheck(v: string): boolean {
  const r = Number(BigInt(v.slice(2, 18)) % 529n);
  return v.slice(18, 20).toUpperCase() === DNI_LETTERS[Math.floor(r / 23)] + DNI_LETTERS[r % 23];
}

// Keys of JSON, INI and key=value records that hold a device, meter, customer, contract or staff
// id (OCPP "chargePointSerialNumber", "ChargeBoxId=", "meterId", an e-mobility "contractId").
const KEYED_RE =
  /["']?\b(\w*(?:serial(?:number|no)?|chargeboxid|chargepointid|meterid|deviceid|evseid|customerid|customerno|contractid|accountid|subscriberid|employeeid|staffid|emaid))["']?\s*[:=]\s*["']?([A-Za-z0-9][A-Za-z0-9_.\/-]{2,60})(?=["',;}\s]|$)/gi;
const KEYED_GATE = /serial|chargebox|chargepoint|meterid|deviceid|evseid|customer|contractid|accountid|subscriberid|employeeid|staffid|emaid/i;

// The label families of id-labels.ts (more languages, number words before or after a noun),
// then the id (padded columns put spaces after the label): a '*'-joined EVSE id too, one with a
// spaced letter in front ("S C-JZT095684"), or digits in three or more spaced groups (a smart card,
// "73 9172 10776 8": a short first group and a lone check digit).
const FAMILY_KINDS: IdKind[] = ['CONTRACT', 'CUSTOMER-ID', 'EMPLOYEE-ID', 'SERIAL'];
const FAMILY_RE = new RegExp(
  `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_-])(?:${FAMILY_KINDS.map((k) => `(${labelAlternation(k)})`).join('|')})` +
    `(?!(?<=[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}])["']?[ \\t]{0,16}(?:#|№|n[°º]|nr\\.?|no\\.?)?\\s?[:：=]?[ \\t]{0,16}["']?\\s?` +
    `(\\d{2,6}(?: \\d{1,6}){2,4}(?![\\p{L}\\p{N}]| \\d)|(?:[A-Z] (?=[A-Z0-9]{1,4}-))?(?=[A-Za-z0-9/.*-]*\\d)[A-Za-z0-9]{1,40}(?:[-/.*][A-Za-z0-9]{1,20}){0,4})(?![\\p{L}\\p{N}]|[-/*][\\p{L}\\p{N}])`,
  'giu',
);
// Cheap gate: the stems in ASCII, and the others only on text that is not pure ASCII (most threat prose is).
const stemGate = (stems: string[], ascii: boolean) => new RegExp(stems.filter((s) => /^[\x20-\x7e]+$/.test(s) === ascii).map((s) => s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&')).join('|'));
// The family expression runs after the stems it needs (a short one with its '.'); whether a label is
// near at all, which also lets the key=value scan run, still reads the bare stems.
const FAMILY_GATE_ASCII = stemGate(DOTTED_LABEL_STEMS, true);
const FAMILY_GATE_OTHER = stemGate(DOTTED_LABEL_STEMS, false);
// The older labels' gate and the families' ASCII stems in one scan.
const ANY_LABEL_GATE = new RegExp(`${LABEL_GATE.source}|${stemGate(LABEL_STEMS, true).source}`);
// JSON and key=value keys ('i' only for the ASCII twin of patternFor), folded ("müşteri_no", "ndeserie", "cfg.employee_no"): the last dotted part decides.
const KV_RE = /(?<![\p{L}\p{N}_])([\p{L}][\p{L}\p{M}\p{N}_.-]{1,40})(?:["']\s?:|\s?=)\s?["']?(\d{2,6}(?: \d{1,6}){2,4}(?=["',;}\s)<]|$)|[A-Za-z0-9][A-Za-z0-9_\/.*-]{2,60}(?=["',;}\s)<]|$))/giu;

/** Whether a labelled value is an id and not a year, an amount, a version or a threat value. */
function idShaped(v: string): boolean {
  if (!/\d/.test(v) || v.length < 4) return false;
  // A year, a date, a time or a decimal number after the label is not its id.
  if (/^(?:19|20)\d{2}$|^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?$|^\d+[.,]\d{1,2}$|^v?\d+(?:\.\d+){1,3}$/i.test(v)) return false;
  // Nor is a period: an ISO date, a quarter, a half or a fiscal year ("contract 2024-Q3", "FY2025").
  if (/^(?:19|20)\d{2}-\d{2}(?:-\d{2})?$|^(?:(?:19|20)\d{2}[-/]?(?:Q[1-4]|H[12])|(?:Q[1-4]|H[12])[-/]?(?:19|20)\d{2}|FY-?(?:19|20)?\d{2})$/i.test(v)) return false;
  // A smart-contract address or a hash is the threat.
  if (/^0x[0-9a-f]+$/i.test(v) || /^[0-9a-f]{32,}$/i.test(v)) return false;
  return true;
}

const references: Detector = (text, ctx) => {
  const out: Finding[] = [];
  // Just below the labelled slots of the other detectors, which keep their findings on a tie.
  const add = (start: number, end: number, kind: string, reason: string, priority: number = PRIORITY.slot - 1) => {
    const value = text.slice(start, end).toLowerCase();
    if (ctx.isProtected(value)) return;
    out.push({ start, end, kind, detector: 'reference-number', priority, value, side: 'victim', reason });
  };
  if (TICKET_GATE.test(text)) {
    for (const m of matchAll(TICKET_ID_RE, text)) {
      // "#123456" in a style sheet is a colour.
      if (m[0][0] === '#' && /colou?r|background|fill|stroke/i.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
      add(m.index!, m.index! + m[0].length, 'CASE-ID', 'ticket or case id');
    }
  }
  if (REFERENCE_GATE.test(text)) {
    for (const m of matchAll(REFERENCE_RE, text)) {
      const v = m[1];
      if (!idShaped(v) || CATALOGUE_ID.test(v)) continue;
      const s = m.index! + m[0].length - v.length;
      // Below the labelled kinds: "plan ref 4471" is a contract first.
      add(s, s + v.length, 'CASE-ID', 'reference number after its label', PRIORITY.slot - 2);
    }
  }
  if (/EMP/.test(text)) for (const m of matchAll(EMPLOYEE_ID_RE, text)) add(m.index!, m.index! + m[0].length, 'EMPLOYEE-ID', 'employee id');
  if (text.includes('(') || text.includes('（')) {
    for (const m of matchAll(BRACKETED_ID_RE, text)) {
      const lineStart = text.lastIndexOf('\n', m.index!) + 1;
      if (!STAFF_WORDS.test(text.slice(Math.max(lineStart, m.index! - 80), m.index!))) continue;
      add(m.index! + 1, m.index! + 1 + m[1].length, 'EMPLOYEE-ID', 'staff id in brackets after a person');
    }
  }
  if (/\d[A-Z]{3}\d{8}|[A-Z]{2}\d{6}/.test(text)) for (const m of matchAll(METER_ID_RE, text)) add(m.index!, m.index! + m[0].length, 'SERIAL', 'metering point or meter id');
  if (/-[Cc][A-Za-z0-9]{8}/.test(text)) for (const m of matchAll(EMAID_RE, text)) add(m.index!, m.index! + m[0].length, 'CONTRACT', 'e-mobility contract id (eMAID)');
  if (/\d{4} \d{3}/.test(text)) for (const m of matchAll(MPAN_RE, text)) if (mpanCheck(m[0])) add(m.index!, m.index! + m[0].length, 'SERIAL', 'electricity meter point (MPAN)', PRIORITY.slot + 1);
  if (/ES\d{16}/i.test(text)) for (const m of matchAll(CUPS_RE, text)) if (cupsCheck(m[0])) add(m.index!, m.index! + m[0].length, 'SERIAL', 'supply point (CUPS)', PRIORITY.slot + 1);
  if (KEYED_GATE.test(text)) {
    for (const m of matchAll(KEYED_RE, text)) {
      const v = m[2];
      if (!idShaped(v)) continue;
      const key = m[1].toLowerCase();
      const kind = /customer|account|subscriber/.test(key) ? 'CUSTOMER-ID' : /contract|emaid/.test(key) ? 'CONTRACT' : /employee|staff/.test(key) ? 'EMPLOYEE-ID' : 'SERIAL';
      const s = m.index! + m[0].length - v.length;
      add(s, s + v.length, kind, `${kind.toLowerCase()} under its key`);
    }
  }
  const lower = text.toLowerCase();
  // One scan for both label sets' gates on ASCII text (most threat prose passes neither); then
  // each set's own gate, so the large family pattern runs only where one of its stems occurs.
  const anyLabel = ANY_LABEL_GATE.test(lower);
  const family = (anyLabel && FAMILY_GATE_ASCII.test(lower)) || (!isAscii(text) && FAMILY_GATE_OTHER.test(lower));
  const labelled = anyLabel || family;
  if (family) {
    for (const m of matchAll(patternFor(FAMILY_RE, text), text)) {
      const v = m[FAMILY_KINDS.length + 1];
      if (!idShaped(v)) continue;
      const kind = FAMILY_KINDS[FAMILY_KINDS.findIndex((_, i) => m[i + 1] !== undefined)];
      const s = m.index! + m[0].length - v.length;
      add(s, s + v.length, kind, `${kind.toLowerCase()} after its label`);
    }
  }
  // Keys are ASCII-folded ("musterino") or not ("müşteri_no"): either gate lets a record through.
  if ((text.includes('=') || /["']\s?:/.test(text)) && (labelled || FOLDED_GATE.test(lower))) {
    for (const m of matchAll(patternFor(KV_RE, text), text)) {
      const key = foldKey(m[1].slice(m[1].lastIndexOf('.') + 1));
      const v = m[2];
      const kind = keyKind(key, v.replace(/\D/g, '').length >= 6);
      if (!kind || !idShaped(v)) continue;
      const s = m.index! + m[0].length - v.length;
      add(s, s + v.length, kind, `${kind.toLowerCase()} under its key`);
    }
  }
  if (anyLabel && LABEL_GATE.test(lower)) {
    for (const m of matchAll(LABELLED_RE, text)) {
      const v = m[LABELS.length + 1];
      if (!idShaped(v)) continue;
      const kind = LABELS[LABELS.findIndex((_, i) => m[i + 1] !== undefined)][1];
      const s = m.index! + m[0].length - v.length;
      add(s, s + v.length, kind, `${kind.toLowerCase()} after its label`);
    }
  }
  return out;
};

export const referenceDetectors: [string, Detector][] = [['references', references]];
