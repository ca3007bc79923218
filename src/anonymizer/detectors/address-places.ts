import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

/**
 * Street addresses where forms and logs name a place rather than an "address": where a unit ships
 * from, where it was seized or installed, the premises or site of a visit ("Ship-from:",
 * "seized at", "Premises", "Standort:", "Sitio:", "地點:", "裝機地址", "設置場所"), in any country's
 * shape; and Taiwanese and Chinese addresses by their own structure (postcode, city, district,
 * road, number 號, floor 樓) and Irish Eircodes after a town, which need no label.
 */

const PLACE_LABELS = [
  'ship-from', 'ship from', 'ship-to', 'ship to', 'seized at', 'collected from', 'collected at', 'premises', 'site', 'site address', 'install address', 'installation address', 'service address', 'supply address',
  'anlagenadresse', 'standort', 'installationsort', 'lieferadresse', 'adresse d\'installation', 'lieu d\'installation', 'sitio', 'domicilio de instalación', 'dirección de instalación', 'local de instalação', 'morada de instalação',
  'sede', 'indirizzo di installazione', 'locatie', 'installatieadres', 'leveringsadres', 'adres instalacji', 'miejsce instalacji', 'tesis', 'kurulum adresi', 'об’єкт', "об'єкт", 'адреса встановлення', 'адрес установки',
  '地點', '裝機地址', '安裝地址', '安装地址', '設置場所', '設置先住所', '設置先', '설치 주소', '설치주소', 'สถานที่', 'ที่อยู่ติดตั้ง', 'địa điểm', 'địa chỉ lắp đặt', 'lokasi', 'alamat pemasangan', 'الموقع', 'عنوان التركيب', 'स्थान', 'परिसर',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
const PLACE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${[...PLACE_LABELS].sort((a, b) => b.length - a.length).map((l) => escape(l).replace(/ /g, '[ _-]?')).join('|')})` +
    `(?![\\p{Script=Latin}\\p{Script=Cyrillic}])["']?[ \\t]{0,16}(?:[:：=][ \\t]{0,16}|\\.{3,}[ \\t]*|[?？][ \\t]*\\r?\\n[^\\n:：]{1,24}[:：][ \\t]*)?["']?`,
  'giu',
);
const GATE = new RegExp(PLACE_LABELS.map((l) => escape(l.split(/[ -]/)[0])).join('|'), 'i');

// Where a value ends: the end of a field, a cell or a sentence followed by a new one.
const VALUE_END = /["\t<>|;}\r\n]| - | – | {2}|(?<=\p{Ll}{4})\.\s+\p{Lu}\p{Ll}/u;
// Not an address: a network value, a time, a URL, an e-mail, a token of ours.
const NOT_ADDRESS = /@|:\/\/|\b\d{1,3}(?:\.\d{1,3}){3}\b|\b\d{1,2}:\d{2}\b|\[[A-Z-]+-\d+/;

const UK_POSTCODE = /(?<![A-Za-z\d])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![A-Za-z\d])/;

/** The address that starts at `start`: up to the end of the field, or just past its postcode. */
function placeAt(text: string, start: number): number | undefined {
  let line = text.slice(start, start + 140);
  const stop = VALUE_END.exec(line);
  if (stop) line = line.slice(0, stop.index);
  // A postcode after a comma ends the address, with a city of one or two words right after it.
  const post = /,\s?(?:C\.P\.\s?)?[\p{L}\s.]*?\d{4,7}(?:\s\p{Lu}\p{Ll}[\p{L}\p{M}-]*){0,2}/u.exec(line);
  if (post) line = line.slice(0, post.index + post[0].length);
  // So does a UK postcode ("…, Wakefield WF2 7AW. Charging card …").
  const ukPost = UK_POSTCODE.exec(line);
  if (ukPost) line = line.slice(0, ukPost.index + ukPost[0].length);
  const value = line.replace(/[\s,.;:،、]+$/u, '');
  if (value.length < 6 || NOT_ADDRESS.test(value)) return undefined;
  // A house number and a street or city: a number and a word, and an address shape (comma-separated
  // parts, a postcode, or a CJK address's number unit).
  if (!/\d/.test(value) || !/\p{L}[\p{L}\p{M}]{2}|\p{Script=Han}{2}/u.test(value)) return undefined;
  if (!/,/.test(value) && !/\b\d{4,7}\b/.test(value) && !/[號号番丁]/.test(value)) return undefined;
  // It starts as an address does: a number, a capitalised word or a CJK character.
  if (!/^[\d\p{Lu}\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Cyrillic}]/u.test(value)) return undefined;
  return start + value.length;
}

// Taiwanese and Chinese addresses: optional postcode, city or county, district, road or street
// (with its section), lane and alley, number 號, floor 樓 (层, F) and room 室.
const CJK_ADDRESS_RE =
  /(?<![\p{Script=Han}\d])(?:\d{3,6})?\p{Script=Han}{1,4}[市縣县]\p{Script=Han}{1,4}[區区鄉乡鎮镇市]\p{Script=Han}{1,8}?[路街道](?:[一二三四五六七八九十\d]+段)?(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?[號号](?:\d+(?:[樓楼层層]|F)(?:之\d+)?)?(?:\d+室)?/gu;

// An Irish Eircode closing an address line ("…, Navan, C15 HT28"): routing key and unique identifier.
const EIRCODE_RE = /(?<=,\s?\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?,?\s)(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}(?![\p{L}\p{N}])/gu;
// Its own shape and the comma before it, checked first: the lookbehind is tried at every position.
const EIRCODE_SHAPE = /[AC-FHKNPRTV-Y]\d{2}\s?[0-9AC-FHKNPRTV-Y]{4}|D6W/;

const places: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, reason: string) => {
    const value = text.slice(start, end).toLowerCase();
    if (ctx.isProtected(value)) return;
    out.push({ start, end, kind: 'ADDRESS', detector: 'address-place', priority: PRIORITY.address + 1, value, side: 'victim', reason });
  };
  if (GATE.test(text)) {
    for (const m of matchAll(PLACE_RE, text)) {
      const start = m.index! + m[0].length;
      const end = placeAt(text, start);
      if (end !== undefined) add(start, end, 'street address after a place label');
    }
  }
  if (/\d{2} ?[0-9AC-FHKNPRTV-Y]{4}/.test(text) && text.includes(',') && EIRCODE_SHAPE.test(text)) {
    for (const m of matchAll(EIRCODE_RE, text)) add(m.index!, m.index! + m[0].length, 'Eircode after a town');
  }
  if (/[號号]/.test(text)) for (const m of matchAll(CJK_ADDRESS_RE, text)) add(m.index!, m.index! + m[0].length, 'street address (CJK structure)');
  return out;
};

export const addressPlaceDetectors: [string, Detector][] = [['address-places', places]];
