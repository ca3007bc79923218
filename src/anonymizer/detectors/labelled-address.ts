import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

/**
 * A street address after its label ("adresse:", "osoite", "cím", "alamat", "địa chỉ", "ที่อยู่",
 * "כתובת", "вул." after "адреса"), in any country's shape: the value runs word by word until
 * something that is not part of an address (the next label, a capitalised code such as GPS or
 * IP, an ordinary lower-case word, a network value), or a few words past its postcode.
 */

const ADDRESS_LABEL_RE =
  /(?<![\p{L}\p{N}_-])(?<!(?:e-?mail|ip|mac|wallet|web|server|memory|return|base|load|bitcoin|btc|eth|sender|reply-to|ip-|mac-|e-mail-|e-post-|mail)[ _-]?)(?:address|addr|adresse|adressen|adres|adress|adres[aă]|adressa|adresi|bydliště|trvalé bydliště|domiciliu|domiciliul|osoite|cím|címe|lakcím|alamat|địa chỉ|dia chi|ที่อยู่|адреса|адрес|адресу|כתובת|पता|العنوان|عنوان|indirizzo|domicilio|dirección|direccion|endereço|endereco|morada|anschrift|wohnadresse|postadresse|postadress|bostadsadress|gatuadress|διεύθυνση|διευθυνση|住所|地址|주소)(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])["']?[ \t]{0,16}[:：=]?[ \t]{0,16}["']?/giu;
const ADDRESS_LABEL_GATE =
  /addr|adres|bydliště|domiciliu|osoite|cím|alamat|địa chỉ|dia chi|ที่อยู่|адрес|כתובת|पता|عنوان|indirizzo|domicilio|direcci|endere|morada|anschrift|bostadsadress|gatuadress|διεύθυνση|διευθυνση|住所|地址|주소/i;

// Lower-case words inside addresses (street types, unit and district words, particles).
const ADDRESS_WORDS = new Set(
  ('gate gata gaten gade vej veien vegen vei gatan vägen väg plads torv utca út útja tér körút sor köz katu tie kuja polku tori ulice třída náměstí nábřeží ulica aleja strada calea ' +
    'bulevardul splaiul intrarea aleea jalan đường phố quận phường huyện tỉnh thành số ngõ ngách hẻm вул вулиця просп проспект кв м буд д ул улица пер г пров площа ' +
    'οδός λεωφόρος rue de la du des le avenue via viale del della di dei corso piazza calle paseo rua do da dos das straße strasse weg platz am an der dem auf unter vom im zum zur van den het ' +
    'og och i y e ter bis sur sul near kat daire sokak cadde caddesi mah mahallesi apt flat floor house road street lane').split(' '),
);
const POSTCODE = /^\d{4,7}$/;
// Tokens that end an address: a network value, a time, a key, a hash or a wallet.
const NOT_ADDRESS = /[:=@]|^\+|^0x|^\d{1,3}(?:\.\d{1,3}){3}|^(?=[\p{L}\d]{9,})(?=.*\d)(?=.*\p{L})/u;
const US_STATE_ZIP = /^[A-Z]{2} \d{5}(?:-\d{4})?$/;
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;
const VALUE_END = /["\t<>|;}\r\n]| - | – /;

/** The address that starts at `start`, cut where its words end (or nothing). */
function addressAt(text: string, start: number): [number, number] | undefined {
  let line = text.slice(start, start + 140);
  const stop = VALUE_END.exec(line);
  if (stop) line = line.slice(0, stop.index);
  const tokens = [...line.matchAll(/\S+/g)];
  let end = 0;
  let afterPostcode = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i][0];
    const word = t.replace(/[,.،、]+$/u, '');
    if (!word || NOT_ADDRESS.test(t)) break;
    // A US state and ZIP code ("Raleigh, NC 27601") or a UK postcode ("Swindon SN1 5RE") ends the address.
    const next = tokens[i + 1]?.[0].replace(/[,.;]+$/, '');
    if (i > 0 && next !== undefined && (US_STATE_ZIP.test(`${word} ${next}`) || UK_POSTCODE.test(`${word} ${next}`))) {
      end = tokens[i + 1].index! + next.length;
      break;
    }
    // "GPS", "MAC", "IBAN": a code in capitals starts the next field (not the letters of a Dutch postcode).
    if (/^\p{Lu}{2,}$/u.test(word) && /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(word) && !(i > 0 && /^\d{4}$/.test(tokens[i - 1][0]))) break;
    // An ordinary lower-case word is prose ("calls to …", "дата народження …").
    if (/^[\p{Ll}]{3,}$/u.test(word) && /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+$/u.test(word) && !ADDRESS_WORDS.has(word) && !t.endsWith('.')) break;
    if (afterPostcode >= 0) {
      // The city after the postcode: two words at most, capitalised or in a script without case.
      if (i - afterPostcode > 2 || /\d/.test(word) || /^\p{Ll}/u.test(word)) break;
    } else if (i > 0 && POSTCODE.test(word)) {
      end = tokens[i].index! + t.length;
      // After a city ("Jakarta Selatan 12168", "Hà Nội 100000") the postcode ends the address.
      if (!/[\d,،]$/u.test(tokens[i - 1][0])) break;
      afterPostcode = i;
    }
    end = tokens[i].index! + t.length;
  }
  const value = line.slice(0, end).replace(/[\s,.;:،]+$/u, '');
  // A number and a word of letters: a house number or postcode, and a street or a city.
  if (value.length < 6 || !/\d/.test(value) || !/\p{L}[\p{L}\p{M}]{2}/u.test(value)) return undefined;
  return [start, start + value.length];
}

const labelledAddresses: Detector = (text) => {
  const out: Finding[] = [];
  if (!ADDRESS_LABEL_GATE.test(text)) return out;
  for (const m of matchAll(ADDRESS_LABEL_RE, text)) {
    const span = addressAt(text, m.index! + m[0].length);
    if (!span) continue;
    const value = text.slice(span[0], span[1]);
    out.push({ start: span[0], end: span[1], kind: 'ADDRESS', detector: 'address-label', priority: PRIORITY.address, value: value.toLowerCase(), side: 'victim', reason: 'street address after its label' });
  }
  return out;
};

export const labelledAddressDetectors: [string, Detector][] = [['address-label', labelledAddresses]];
