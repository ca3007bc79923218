import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

/**
 * Postcodes that stand apart from the street line the address patterns read, and street lines in
 * address elements: a postcode after its label in prose or as a structured field ("CEP 01310-100",
 * "C.P. 64000", "PIN code 560001", `<postcode>…</postcode>`, `"zip": "…"`), or next to the city in
 * the layouts of countries that put it there (Australian state and four digits, Canadian province
 * and postcode, Indian "Pune - 411001", Korean "(06236) 서울특별시", Arabic "…، الرياض 12345", and
 * the continental "Via Nizza 92/B, 40141 Bologna"); the street of `<street>…</street>` and `"street": "…"`.
 */

// The postcode shapes of many countries: BR 01310-100, PT 1000-001, US ZIP+4, PL 00-950, SE/CZ/GR
// 114 55, IN 560 001, six digits (IN, CN, RU), five and four digits, NL 1017 GC, UK, CA, Eircode.
const POSTCODE_VALUE =
  '\\d{5}-\\d{3}|\\d{4}-\\d{3}|\\d{5}(?:-\\d{4})?|\\d{2}-\\d{3}|\\d{3}-\\d{4}|\\d{3} \\d{2}|\\d{3} ?\\d{3}|\\d{6}|\\d{4}(?: ?[A-Z]{2}(?![\\p{L}\\p{N}]))?|' +
  '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[AC-FHKNPRTV-Y]\\d{2} ?[0-9AC-FHKNPRTV-Y]{4}';
// Labels a postcode follows in prose ("CEP 01310-100", "PLZ 04229") or as a key. Short words that
// are also ordinary ones ("pin", "cap", "cp", "zip") need a colon, an '=' or a markup key.
const PROSE_LABELS = [
  'post ?code', 'postal ?code', 'zip ?code', 'postleitzahl', 'plz', 'code postal', 'c\\.p\\.', 'cep', 'código postal', 'codigo postal', 'c\\.a\\.p\\.', 'npa', 'pin ?code', 'postnummer', 'postnr\\.?',
  'kod pocztowy', 'posta kodu', 'irányítószám', 'psč', 'τ\\.κ\\.', 'почтовый индекс', 'поштовий індекс', '우편번호', '郵便番号', '郵遞區號', '邮编', '邮政编码', 'الرمز البريدي',
];
const KEY_LABELS = ['postcode', 'postal_code', 'postalcode', 'post_code', 'zip', 'zipcode', 'zip_code', 'pin', 'pincode', 'cap', 'cp', 'postnr', 'plz', 'cep'];
const LABELLED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:(?:${PROSE_LABELS.join('|')})["']?\\s?[:：=]?\\s?|(?:${KEY_LABELS.join('|')})(?:["']?\\s?[:=]\\s?|>\\s?))["']?(${POSTCODE_VALUE})(?![\\p{L}\\p{N}-])`,
  'giu',
);
// The labels that are also other words, or that one country uses for one shape, take only that shape
// ("PIN: 1234" is a SIM PIN, "Cep: 0532 …" a Turkish mobile number, "cap: 5000" a limit).
const LABEL_SHAPES: [RegExp, RegExp][] = [
  [/^pin/i, /^\d{3} ?\d{3}$/],
  [/^cep/i, /^\d{5}-?\d{3}$/],
  [/^(?:cap|c\.a\.p\.|cp|c\.p\.)/i, /^\d{5}$/],
  [/^npa/i, /^\d{4}$/],
  [/^plz/i, /^\d{4,5}$/],
];
const LABEL_GATE = /post|zip|plz|c\.p\.|\bcep\b|c[óo]digo|\bcap\b|c\.a\.p|\bnpa\b|\bpin|pocztowy|kodu|irányító|psč|τ\.κ\.|индекс|우편|郵|邮|البريدي|\bcp\b/i;

// "Geelong VIC 3226", "Townsville, QLD 4811": a state after the town, then its four digits (checked against the state's ranges).
const AU_RE = /(?<=\p{L}{2},?\s)(NSW|VIC|QLD|SA|WA|TAS|NT|ACT|Vic|Qld|Tas)\s{1,2}(\d{4})(?!\d)/gu;
const AU_RANGES: Record<string, RegExp> = { NSW: /^[12]/, ACT: /^(?:02|26|29)/, VIC: /^[38]/, QLD: /^[49]/, SA: /^5/, WA: /^6/, TAS: /^7/, NT: /^0[89]/ };
// "Toronto, ON M5V 2T6": a Canadian postcode after its province.
const CA_RE = /(?<=\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s{1,2})[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/gu;
// "…, Bengaluru - 560085", "…, Pune 411001": an Indian PIN code after the city that ends a comma-separated address.
const IN_RE = /(,\s?\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}+)?\s?(?:[-–]\s?)?)([1-8]\d{2}\s?\d{3})(?![\d-])/gu;
// Korean: "(48256) 부산광역시 해운대구", the five digits before the province or metropolitan city.
const KO_RE = /(?<!\d)(\(?)(\d{5})\)?\s?(?=\p{Script=Hangul}{1,6}[시도](?:\s|$))/gu;
// Arabic: "…، جدة 23863", a city of one to three words after the Arabic (or Latin) comma, then five digits.
// A phone number after its label ("، الجوال 00966 5…") runs on past the five digits.
const AR_RE = /([،,]\s?\p{Script=Arabic}{2,}(?:\s\p{Script=Arabic}{2,}){0,2}\s)(\d{5})(?!\s?\d)/gu;
// Continental Europe and Turkey: a house number (Dutch ones "176-1" too) (after a capitalised street word, "No: 108 D: 24"),
// a comma, the postcode and a capitalised city ("Weg 105a, 33622 Bielefeld", "92/B, 40141 Bologna").
const EU_RE = /(\p{Lu}[\p{L}\p{M}'’-]*[.:]?\s\d{1,4}[a-zA-Z]?(?:\s?[\/-]\s?[A-Za-z\d]{1,3})?,\s)(\d{5}|\d{4}(?: ?[A-Z]{2}(?=\s))?|\d{2}-\d{3}|\d{3}\s\d{2})(?=\s\p{Lu}[\p{Ll}\p{M}]{2,})/gu;
// Words before a number that is a count, a version or a page, never a house number.
const NOT_STREET = /^(?:Version|Ver|Build|Release|Rev|Port|Ports|Page|Line|Step|Table|Figure|Fig|Chapter|Section|Vol|Issue|Patch|Update|Windows|Android|iOS|Firmware|Kernel|Python|Java|Node|TLS|SSL|CVE|KB|RFC|Q[1-4]|Phase|Stage|Level|Tier|Slot|Bay|Rack|Room|Floor|Gen|Group|Team)\b/;
// Words after a number that count things: "Tier 2, 2500 Devices" is not a postcode and a city.
const NOT_CITY = /^(?:Devices?|Users?|Hosts?|Events?|Alerts?|Records?|Packets?|Requests?|Bytes|Units?|Files?|Accounts?|Sessions?|Messages?|Calls?|Subscribers?|Customers?|Meters?|Errors?|Attempts?|Times|Items?|Rows?|Lines?|Entries|Points?)\b/;

// Street lines in address elements and keys: `<street>Av. Boa Viagem, 2736</street>`, `"street": "…"`.
const STREET_KEYS = 'street|streetaddress|street_address|street-address|address_?line_?1|addressline1?|address1|addr1|line1|strasse|straße';
const STREET_ELEMENT_RE = new RegExp(`<(${STREET_KEYS})>([^<>\\n]{3,120})</\\1>|"(?:${STREET_KEYS})"\\s?:\\s?"([^"\\\\\\n]{3,120})"`, 'giu');

const postcodes: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, value: string, kind: string, reason: string, priority: number = PRIORITY.address - 1) => {
    const v = value.toLowerCase();
    if (ctx.isProtected(v)) return;
    out.push({ start, end: start + value.length, kind, detector: 'postcode', priority, value: v, side: 'victim', reason });
  };
  if (LABEL_GATE.test(text)) {
    for (const m of matchAll(LABELLED_RE, text)) {
      const shape = LABEL_SHAPES.find(([label]) => label.test(m[0]));
      if (shape && !shape[1].test(m[1])) continue;
      add(m.index! + m[0].length - m[1].length, m[1], 'ADDRESS', 'postcode after its label');
    }
  }
  if (/[A-Z]{2,3}\s{1,2}\d{4}|(?:Vic|Qld|Tas)\s/.test(text)) {
    for (const m of matchAll(AU_RE, text)) {
      if (AU_RANGES[m[1].toUpperCase()].test(m[2])) add(m.index! + m[0].length - m[2].length, m[2], 'ADDRESS', 'Australian postcode after its state');
    }
  }
  if (/[A-Z]{2}\s{1,2}[A-Z]\d[A-Z] ?\d[A-Z]\d/.test(text)) for (const m of matchAll(CA_RE, text)) add(m.index!, m[0], 'ADDRESS', 'Canadian postcode after its province');
  if (/,.*\d{3}\s?\d{3}/.test(text)) {
    for (const m of matchAll(IN_RE, text)) {
      // Without the dash, "…, Order 412345" is as likely: the address needs its other parts before it.
      if (!/[-–]/.test(m[1]) && !/,[^,\n]*\d[^,\n]*,/.test(text.slice(Math.max(0, m.index! - 80), m.index! + 1))) continue;
      add(m.index! + m[1].length, m[2], 'ADDRESS', 'PIN code after the city');
    }
  }
  if (/\d{5}\)?\s?[가-힣]/.test(text)) for (const m of matchAll(KO_RE, text)) add(m.index! + m[1].length, m[2], 'ADDRESS', 'postcode before the province or city');
  if (/\p{Script=Arabic}\s\d{5}/u.test(text)) for (const m of matchAll(AR_RE, text)) add(m.index! + m[1].length, m[2], 'ADDRESS', 'postcode after the city');
  if (/,\s\d/.test(text)) {
    for (const m of matchAll(EU_RE, text)) {
      if (NOT_STREET.test(m[1]) || /^(?:19|20)\d{2}$/.test(m[2].slice(0, 4)) || NOT_CITY.test(text.slice(m.index! + m[0].length + 1, m.index! + m[0].length + 16))) continue;
      add(m.index! + m[1].length, m[2], 'ADDRESS', 'postcode before the city');
    }
  }
  if (/<(?:street|line|addr|stra)|"(?:street|address|addr|line|stra)/i.test(text)) {
    for (const m of matchAll(STREET_ELEMENT_RE, text)) {
      const raw = m[2] ?? m[3];
      const v = raw.trim();
      if (!/\p{L}{2}/u.test(v) || !/\d|\p{Script=Han}/u.test(v)) continue;
      const at = m[2] === undefined ? m.index! + m[0].length - 1 - raw.length : m.index! + m[0].indexOf('>') + 1;
      add(at + raw.length - raw.trimStart().length, v, 'ADDRESS', 'street line of an address element', PRIORITY.address + 1);
    }
  }
  return out;
};

export const postcodeDetectors: [string, Detector][] = [['postcodes', postcodes]];
