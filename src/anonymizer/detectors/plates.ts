import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

/**
 * Number plates without a label, listed with the vehicle they belong to ("VIN …, KA 14 NT 8531,
 * IMEI …") or with an EV charger's record: the national formats of many countries, each taken
 * only where a vehicle or charging word stands near it (alone, "ABC 1234" or "1234 ABC" is any
 * code). Japanese plates, whose region, class, kana and number are distinctive, need no context.
 */

// One alternation of national shapes, longest first where they share a prefix.
const SHAPES = [
  '[A-Z]{2} ?\\d{1,2} ?[A-Z]{1,3} ?\\d{4}', // IN: KA 14 NT 8531, MH12AB1234
  '[A-Z]{3}\\d[A-Z]\\d{2}', // BR (Mercosur): ABC1D23
  '[A-Z]{3}[- ]\\d{4}', // BR (old), SA in Latin letters, many US states: ABC-1234, GSB 7938
  '\\d[A-Z]{3}\\d{3}', // US (California): 7ABC123
  '\\d[A-Z]{2}\\d[A-Z]{2}', // AU (Victoria): 1AB2CD
  '[A-Z]{2}\\d{2}[A-Z]{2}', // AU (NSW): AB12CD
  '[A-Z]{2}\\d{2} ?[A-Z]{3}', // UK: AB51 ABC
  '[A-Z]{2}-\\d{3}-[A-Z]{2}', // FR (any letters): AB-123-CD
  '[A-Z]{2} \\d{3} ?[A-Z]{2}', // IT: AB 123CD
  '\\d{4} ?[A-Z]{3}', // ES: 1234 BCD
  '[A-Z]{3}-\\d{3}-[A-Z]', // MX: ABC-123-D
  '[A-Z]{2,3} \\d{3,5}[A-Z]{0,2}', // PL, CZ and others: WX 8905F, KR 123AB
  '\\d{2}-[A-Z]{2,3}-\\d{1,2}|[A-Z]{2}-\\d{2,3}-[A-Z]{1,2}|\\d-[A-Z]{3}-\\d{2}|[A-Z]{3}-\\d{2}-[A-Z]', // NL side codes
].join('|');
// Not inside a path, host, address or key: a '=' or ':' after the letters makes them the next key ("SPT=5193 DPT=9000").
const PLATE_RE = new RegExp(`(?<![\\p{L}\\p{N}_./:@#-])(?:${SHAPES})(?![\\p{L}\\p{N}_/@=:-]|\\.\\w)`, 'gu');
// Japanese: region (kanji or kana), class number, kana, serial ("なにわ 533 ね 47-74", "品川 300 さ 12-34").
const JP_PLATE_RE = /(?<![\p{Script=Han}\p{Script=Hiragana}])[\p{Script=Han}\p{Script=Hiragana}]{1,4}\s?\d{2,3}\s?\p{Script=Hiragana}\s?(?:\d{1,2}-\d{2}|・{1,3}\d{1,3})/gu;

// Vehicle and charging words, in the exchange's languages. Words with a second sense in security or
// telecom text are left out ("license key", "SIP registration", "device drivers", "toll fraud").
const VEHICLE_CONTEXT =
  /\b(?:vin|vehicles?|cars?|trucks?|lorr(?:y|ies)|fleet|plates?|rego|telematics?|tcu|parking|evse|ocpp|wallbox(?:es)?|chargers?|charging|charge ?points?|ev|fahrzeug\w*|kennzeichen|pkw|lkw|ladesäule\w*|v[ée]hicules?|voitures?|immatriculation|borne de recharge|ve[íi]culos?|carro|placa|veh[íi]culo|coche|matr[íi]cula|veicolo|targa|pojazd\w*|samoch[óo]d\w*|rejestracyjn\w*|ara[çc]|plaka|kendaraan)\b|автомобил\w*|машин\w*|車両?|ナンバー|充電|汽车|车牌|車牌|차량|충전|سيارة|مركبة|اللوحة|רכב|गाड़ी|वाहन|รถ/i;
// Charger product names are written as one word ending in "Charge" ("EasyCharge", "WallCharge").
const CHARGER_NAME = /\p{Ll}Charge\b/u;
const vehicleContext = (s: string) => VEHICLE_CONTEXT.test(s) || CHARGER_NAME.test(s);
// The letters of a plate-shaped code that is something else: a currency or unit after an amount,
// a protocol, standard or algorithm with its number, a label before an id ("TFN 208", "1500 EUR").
const NOT_PLATE_LETTERS = new Set(
  ('EUR USD GBP AUD CAD NZD BRL MXN INR JPY CNY KRW SAR AED PLN TRY CHF SEK NOK DKK HUF CZK RON RUB UAH ZAR SGD HKD IDR THB VND ILS EGP ' +
    'RPM KWH MWH MHZ GHZ KHZ KBS MBS GBS KBPS MBPS SMS MMS CDR GSM LTE NR TCP UDP SIP RTP IP ISO IEC EN DIN SAE UL CVE CWE KB MS RFC AES RSA SHA MD ' +
    'TLS SSL DES ARM USB RAM ROM CPU GPU API SDK ASN AS VPN DNS NTP SSH FTP APN MCC MNC PIN PUK SSN TFN NIC BSB RMA INC REQ CHG PRB TKT REF ' +
    'ORD INV ACC SN PN NO NR ID PO TA DEV APT FIN UNC PID UID GID VLAN COM LPT TTY BUS').split(' '),
);
// A state and its postcode after a town ("Geelong VIC 3220", "Austin, TX 78701") have a plate's shape.
const STATE_POSTCODE =
  /^(?:(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4}|(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY) \d{5})$/;

const plates: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, raw: string, reason: string) => {
    const value = raw.toLowerCase();
    if (ctx.isProtected(value)) return;
    out.push({ start, end: start + raw.length, kind: 'PLATE', detector: 'plate-shape', priority: PRIORITY.unlabelled, value, side: 'victim', reason });
  };
  if (/\d/.test(text) && vehicleContext(text)) {
    for (const m of matchAll(PLATE_RE, text)) {
      const v = m[0];
      if (!/[A-Z]/.test(v) || NOT_PLATE_LETTERS.has(v.replace(/[^A-Z]/g, ''))) continue;
      if (STATE_POSTCODE.test(v) && /\p{L},?\s$/u.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
      // The vehicle word must be near: in the same record, not anywhere in a long text.
      const near = text.slice(Math.max(0, m.index! - 80), m.index! + v.length + 60);
      if (!vehicleContext(near)) continue;
      add(m.index!, v, 'number plate (national format, vehicle context)');
    }
  }
  if (/\p{Script=Hiragana}/u.test(text)) for (const m of matchAll(JP_PLATE_RE, text)) add(m.index!, m[0], 'number plate (JP format)');
  return out;
};

export const plateDetectors: [string, Detector][] = [['plates', plates]];
