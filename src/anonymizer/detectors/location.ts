import { type Detector, type Finding, PRIORITY } from './finding';
import { isAscii } from '../ascii-regex';
import { matchAll } from '../match-all';
import { labelledAddressDetectors } from './labelled-address';
import { nationalIdDetectors } from './national-ids';
import { postcodeDetectors } from './postcodes';

// A sentence may end right after the pair: "… last fix 52.68517, 1.48736."
const DEC_COORD_RE = /(?<![\d.])(-?\d{1,2}\.\d{3,8})\s*[,;/ ]\s*(-?\d{1,3}\.\d{3,8})(?!\d|\.\d)/g;
// Decimal degrees with their hemisphere letters, before or after the value (GPS receivers, marine
// and aviation logs): "N 52.52001 E 13.40495", "52.52001° N, 13.40495° E".
const HEMI_COORD_RE = /(?<![\w.])(?:[NS] ?\d{1,2}\.\d{3,8}°?[,;/ ]{1,3}[EWO] ?\d{1,3}\.\d{3,8}°?|\d{1,2}\.\d{3,8} ?°? ?[NS][,;/ ]{1,3}\d{1,3}\.\d{3,8} ?°? ?[EWO])(?!\w)/g;
// Labelled pairs from trackers and URLs: "lat=52.685179 lon=1.487364", "latitude: 48.1, longitude: 11.5".
// JSON and YAML quote the keys: `"lat": 52.68, "lon": 1.48`; configs prefix them: `site_lat=…`, `gps.lon=…`.
const LABELLED_COORD_RE = /(?<![A-Za-z])(?:lat|latitude)["']?\s*[=:]\s*(-?\d{1,2}\.\d{2,8})\s*[,;&]?\s*["']?(?:[A-Za-z]{1,16}[_.-])?(?:lon|lng|long|longitude)["']?\s*[=:]\s*(-?\d{1,3}\.\d{2,8})(?!\d)/gi;
// One labelled axis alone (the other may sit on another line, come first or be cut off): a
// latitude or longitude key, in English or another language, and a value with its decimals.
const AXIS_COORD_RE =
  /(?<![\p{L}])(?:lat|latitude|lon|lng|long|longitude|breite|länge|breitengrad|längengrad|latitud|longitud|latitudine|longitudine|szerokość|długość|enlem|boylam|широта|долгота|緯度|経度|纬度|经度|위도|경도|خط العرض|خط الطول)["']?\s*[=:：]\s*["']?(-?\d{1,3}\.\d{3,8})(?![\d.])/giu;
const AXIS_GATE = /lat|lon|lng|breite|länge|enlem|boylam|широт|долгот|緯度|経度|纬度|经度|위도|경도|خط/i;
// Degrees, minutes (possibly decimal: GPS receivers print "48° 51.493'"), optional seconds; the
// hemisphere letter after the value or, as marine and aviation notation has it, before it.
const DMS_PART = `\\d{1,3}\\s?°\\s?\\d{1,2}(?:[.,]\\d{1,4})?\\s?['′]\\s?(?:\\d{1,2}(?:[.,]\\d{1,4})?\\s?(?:"|″|''))?`;
const DMS_RE = new RegExp(
  `\\b${DMS_PART}\\s?[NSEWO]\\b[,;\\s]{0,3}(?:${DMS_PART}\\s?[NSEWO]\\b)?|\\b[NS]\\s?${DMS_PART}[,;\\s]{0,3}(?:[EWO]\\s?${DMS_PART})?`,
  'g',
);

// The DE and FR postcode gate, tested once per string (a Unicode-mode scan of the whole text).
const POSTCODE_GATE = /\d{5}\s\p{Lu}/u;
const FIVE_DIGITS_SPACE = /\d{5}\s/;

// Street addresses, per language. Each pattern has bounded quantifiers only.
// The pattern, its detector name, its gate, and whether the gate needs a character outside ASCII
// (a street word in another script), which most text does not hold.
const ADDRESS_RES: [RegExp, string, RegExp, boolean?][] = [
  // DE: "Musterstraße 12", "Am Hang 3a, 04229 Leipzig"
  [/\b[A-ZÄÖÜ][a-zäöüß-]{1,40}(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)\s{1,3}\d{1,4}\s?[a-zA-Z]?(?:\s?,\s?\d{5}(?:\s[A-ZÄÖÜ][a-zäöüß-]{1,30})?)?/g, 'address-de', /(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)\s{1,3}\d/i],
  [/\b(?:[A-ZÄÖÜ][a-zäöüß-]{1,30}\s){1,2}(?:Straße|Strasse|Weg|Allee|Platz|Gasse|Ring|Damm)\s{1,3}\d{1,4}[a-z]?(?:\s?,\s?\d{5}(?:\s[A-ZÄÖÜ][a-zäöüß-]{1,30})?)?/g, 'address-de', /(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)\s{1,3}\d/i],
  // "Am Mühlbach 12, 04229 Leipzig": a preposition street needs its postcode ("Im Jahr 2024" is not one).
  [/\b(?:Am|An der|Auf dem|Auf der|Im|In der|Zum|Zur|Unter den)\s[A-ZÄÖÜ][a-zäöüß-]{2,30}\s\d{1,4}[a-z]?,\s?\d{5}(?:\s[A-ZÄÖÜ][a-zäöüß-]{1,30})?/g, 'address-de', /\d,\s?\d{5}/],
  [/\b\d{5}\s(?:Berlin|Hamburg|München|Köln|Frankfurt(?: am Main)?|Stuttgart|Düsseldorf|Leipzig|Dortmund|Essen|Bremen|Dresden|Hannover|Nürnberg)\b/g, 'postcode-de', POSTCODE_GATE],
  // UK postcode
  [/\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})\b/g, 'postcode-uk', /[A-Z]\d/],
  // A postcode after its label, in any case: "postcode: sw1a 2aa", "PLZ 04229", "postnummer 753 20".
  [/(?<=\b(?:post ?code|postal code|zip ?code|zip\s?:|plz|postleitzahl|code postal|postnummer|código postal)\s?[:：]?\s?)(?:[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}|\d{3} ?\d{2}|\d{4,5}(?:-\d{3,4})?)(?![\w-])/gi, 'postcode-label', /post|zip|plz|code postal|postnummer|código postal/i],
  // US / UK street lines: "1600 Pennsylvania Avenue", "221B Baker Street"
  [/\b(?:(?:Flat|Apartment|Apt\.?|Unit|Suite)\s\d{1,4}[A-Za-z]?,?\s)?\d{1,5}[A-Z]?\s(?:[NSEW]\.?\s)?(?:[A-Z][a-z]{1,20}\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Court|Ct\.?|Close|Place|Pl\.?|Terrace|Crescent|Parkway|Highway|Hwy|Gardens|Grove|Mews|Square|Sq\.|Row|Walk|Rise|Parade|Vale|Hill|Wharf|Quay|Circus|Esplanade)(?![a-z])(?:,\s(?:[A-Z][a-z]{1,20}\s?){1,3},\s[A-Z]{2}\s\d{5}(?:-\d{4})?)?/g, 'address-en', /\d\s\p{Lu}/u],
  [/\b[A-Z][a-z]{2,20},\s(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s\d{5}(?:-\d{4})?\b/g, 'address-us', /,\s[A-Z]{2}\s\d{5}/],
  // FR: "12 rue de la Paix, 75002 Paris", "3 bis avenue Foch"
  [/\b\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\s[^,\n.;]{2,50}(?:,\s?\d{5}\s[A-ZÉ][\p{L}-]{1,30})?/giu, 'address-fr', /\b(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\s/i],
  [/\b\d{5}\s(?:Paris|Lyon|Marseille|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes)(?:\sCedex)?\b/g, 'postcode-fr', POSTCODE_GATE],
  // ES: "Calle Mayor 5, 28013 Madrid", "Avenida de la Constitución 12"
  // Mexico adds its street words ("Av.", "Privada", "Calzada"), an inner number ("Int. 4") and the colonia ("Col. Roma Norte").
  [/(?<![\p{L}])(?:Calle|C\/|Avenida|Avda\.|Av\.|Paseo|Plaza|Camino|Carretera|Ronda|Travesía|Rúa|Carrer|Passeig|Privada|Calzada|Cerrada|Prolongación|Blvd\.|Bulevar)\s(?:(?:de|del|de la|de los|de las|d')\s?)?[\p{Lu}\d][\p{L}'-]{1,30}(?:\s(?:de\s|del\s)?[\p{Lu}][\p{L}'-]{1,30}){0,3},?\s(?:n\.?º\s?)?\d{1,4}(?:\s(?:Int\.|Interior|Depto\.|Dpto\.)\s?\d{1,4}[A-Z]?)?(?:,\s(?:Col\.|Colonia)\s[\p{Lu}][\p{L}'-]{1,30}(?:\s[\p{Lu}][\p{L}'-]{1,30}){0,3})?(?:,\s?\d{5}(?:\s[\p{Lu}][\p{L}-]{1,30})?)?/gu, 'address-es', /(?:calle|c\/|avenida|avda\.|av\.|paseo|plaza|camino|carretera|ronda|travesía|rúa|carrer|passeig|privada|calzada|cerrada|prolongación|blvd\.|bulevar)\s/i],
  // IT: "Via Roma 10, 00184 Roma", "Corso Vittorio Emanuele 12"
  [/(?<![\p{L}])(?:Via|Viale|Corso|Piazza|Piazzale|Largo|Vicolo|Strada|Lungomare|Borgo)\s(?:(?:dei|degli|delle|della|del|di)\s)?[\p{Lu}\d][\p{L}'-]{1,30}(?:\s[\p{Lu}][\p{L}'-]{1,30}){0,3},?\s\d{1,4}(?:\/?[a-z])?(?:,\s?\d{5}(?:\s[\p{Lu}][\p{L}-]{1,30})?)?/gu, 'address-it', /(?:via|viale|corso|piazza|piazzale|largo|vicolo|strada|lungomare|borgo)\s/i],
  // NL: "Kerkstraat 12, 1017 GC Amsterdam"
  [/(?<![\p{L}])[\p{Lu}][\p{Ll}]{1,30}(?:straat|weg|laan|plein|gracht|kade|dijk|singel|steeg|hof|pad|dreef)\s\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?(?:,\s?\d{4}\s?[A-Z]{2}(?:\s[\p{Lu}][\p{L}-]{1,30})?)?/gu, 'address-nl', /(?:straat|weg|laan|plein|gracht|kade|dijk|singel|steeg|hof|pad|dreef)\s\d/i],
  // PL: "ul. Długa 5/3, 00-238 Warszawa", RU: "ул. Ленина, д. 9"
  [/(?<![\p{L}])(?:ul\.|al\.|pl\.|os\.)\s[\p{Lu}][\p{L}.-]{1,30}(?:\s[\p{Lu}][\p{L}-]{1,30}){0,2}\s\d{1,4}[a-z]?(?:\/\d{1,4})?(?:,\s?\d{2}-\d{3}(?:\s[\p{Lu}][\p{L}-]{1,30})?)?/gu, 'address-pl', /(?:ul|al|pl|os)\.\s\p{Lu}/u],
  [/(?<![\p{L}])(?:ул\.|улица|пр\.|пр-т|проспект|пер\.|переулок|ш\.|шоссе|наб\.)\s?[\p{Lu}\d][\p{L}.-]{1,30}(?:\s[\p{L}-]{1,30}){0,2},?\s(?:д\.|дом)\s?\d{1,4}(?:[\p{L}]|\/\d{1,3})?(?:,\s?(?:кв\.|корп\.)\s?\d{1,4})?/gu, 'address-ru', /(?:ул\.|улица|пр\.|пр-т|проспект|пер\.|переулок|ш\.|шоссе|наб\.)/, true],
  // TR: "Atatürk Cad. No: 97 D: 18, 34053 Kadıköy/İstanbul"
  [/(?<![\p{L}])[\p{Lu}][\p{L}]{1,30}(?:\s[\p{Lu}][\p{L}]{1,30}){0,2}\s(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.|Mah\.|Mahallesi)(?:\s?,?\s?No\s?:?\s?\d{1,4}[A-Z]?)?(?:\s?\/?\s?(?:D|Daire|Kat)\s?:?\s?\d{1,4})?(?:,\s?\d{5}(?:\s[\p{Lu}][\p{L}]{1,30}(?:\s?\/\s?[\p{Lu}][\p{L}]{1,30})?)?)?/gu, 'address-tr', /(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sk\.|Bulvar|Mah\.|Mahalle)/],
  // PT/BR: "Rua das Flores, 762 - Pinheiros, São Paulo - SP, 01000-000"
  [/(?<![\p{L}])(?:Rua|R\.|Avenida|Travessa|Tv\.|Alameda|Praça|Largo|Estrada|Rodovia)\s(?:(?:da|das|do|dos|de)\s)?[\p{Lu}\d][\p{L}'-]{1,30}(?:\s(?:(?:da|das|do|dos|de)\s)?[\p{Lu}][\p{L}'-]{1,30}){0,3},?\s(?:n[º°.]?\s?)?\d{1,5}(?:\s?-\s?[\p{Lu}][\p{L}]{1,30}(?:\s[\p{Lu}][\p{L}]{1,30}){0,2})?(?:,\s?[\p{Lu}][\p{L}]{1,30}(?:\s[\p{Lu}][\p{L}]{1,30}){0,2}(?:\s?-\s?[A-Z]{2})?)?(?:,\s?\d{4,5}-\d{3})?/gu, 'address-pt', /(?:Rua|R\.|Avenida|Travessa|Tv\.|Alameda|Praça|Largo|Estrada|Rodovia)\s/],
  // SE/NO/DK: "Storgatan 26, 888 46 Uppsala", "Karl Johans gate 5", "Østergade 12", "Åboulevarden 16, 1. tv., 5000 Odense"
  [/(?<![\p{L}])(?:[\p{Lu}][\p{L}]{1,20}\s)?[\p{Lu}][\p{Ll}]{0,30}(?:gatan|vägen|gränd|torget|stigen|backen|allén|leden|gata|gate|gade|vej|veien|vegen|boulevarden|alléen|plads|torv|stræde)\s\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?(?![\p{L}])(?:,?\s(?:lgh|lägenhet)\s?\d{4}|,?\s\d\s?tr\b|,\s\d{1,2}\.(?:\s(?:tv|th|mf)\.)?)?(?:,\s?(?:\d{3}\s?\d{2}|\d{4})(?:\s[\p{Lu}][\p{L}]{1,30}(?:\s[A-Z](?![\p{L}]))?)?)?/gu, 'address-nordic', /(?:gatan|vägen|gränd|torget|stigen|backen|allén|leden|gata|gate|gade|vej|veien|vegen|boulevarden|alléen|plads|torv|stræde)\s\d/],
  // RO: "Strada Memorandumului nr. 14, ap. 29, Iași 700143", "Calea Dorobanților nr. 16, bl. A2, sc. 1"
  [/(?<![\p{L}])(?:Strada|Str\.|Calea|Bulevardul|Bd\.|B-dul|Șoseaua|Soseaua|Aleea|Splaiul|Intrarea|Piața)\s[\p{Lu}\d][\p{L}'-]{1,30}(?:\s[\p{Lu}][\p{L}'-]{1,30}){0,3},?\snr\.\s?\d{1,4}[A-Z]?(?:,\s(?:bl|sc|et|ap)\.\s?[\p{L}\d]{1,4}){0,4}(?:,\s[\p{Lu}][\p{L}-]{1,30}(?:\s[\p{Lu}][\p{L}-]{1,30})?)?(?:,?\s\d{6})?/gu, 'address-ro', /(?:Strada|Str\.|Calea|Bulevardul|Bd\.|B-dul|oseaua|Aleea|Splaiul|Intrarea|Piața)\s/i],
  // HU: "4026 Debrecen, Piac utca 25.", "Király u. 69."
  [/(?<![\p{L}\d])(?:\d{4}\s[\p{Lu}][\p{L}-]{1,30},\s)?[\p{Lu}][\p{L}.-]{1,30}(?:\s[\p{Lu}][\p{L}.-]{1,30}){0,2}\s(?:utca|út|útja|tér|körút|krt\.|u\.|sor|köz|fasor|sétány|rakpart)\s\d{1,4}(?:\/[A-Za-z\d]{1,3})?\.?/gu, 'address-hu', /(?:utca|út|tér|körút|krt\.|u\.|sor|köz|fasor|sétány|rakpart)\s\d/i],
  // FI: "Satakunnankatu 57 B 29, 33400 Tampere", "Isokatu 26 C"
  [/(?<![\p{L}])[\p{Lu}][\p{Ll}]{1,30}(?:katu|tie|kuja|polku|tori|väylä|raitti|kaari|rinne|ranta|puistikko)\s\d{1,4}(?:\s[A-Z](?:\s\d{1,3})?)?(?:,\s?\d{5}(?:\s[\p{Lu}][\p{L}-]{1,30})?)?/gu, 'address-fi', /(?:katu|tie|kuja|polku|tori|väylä|raitti|kaari|rinne|ranta|puistikko)\s\d/i],
  // CZ/SK/SE/GR postcodes in two groups after a house number: "Kounicova 56, 779 00 Olomouc", "Dlouhá 12/3, 110 00 Praha 1"
  [/(?<![\p{L}])[\p{Lu}][\p{L}.-]{1,30}(?:\s[\p{L}.-]{1,30}){0,2}\s\d{1,4}(?:\/\d{1,4})?[a-z]?,\s\d{3}\s\d{2}\s[\p{Lu}][\p{L}-]{1,30}(?:\s(?:\d{1,2}(?![\d.:-])|[\p{Lu}][\p{L}-]{1,30}))?/gu, 'address-cz', /\d,\s\d{3}\s\d{2}\s/i],
  // NO/DK with the street word apart (an English word too, so with its postcode): "Kong Oscars gate 63, 5033 Tromsø"
  [/(?<![\p{L}])(?:[\p{Lu}][\p{L}]{1,20}\s){1,3}(?:gate|gata|gaten|vei|veien|vej|vegen|plass|plads|allé|torg|torv)\s\d{1,4}[A-Za-z]?,\s?\d{4}(?:\s[\p{Lu}][\p{L}]{1,30})?/gu, 'address-nordic', /\s(?:gate|gata|gaten|vei|veien|vej|vegen|plass|plads|allé|torg|torv)\s\d/i],
  // ID: "Jl. Kemang Raya No. 82, Jakarta Selatan 12168"
  [/(?<![\p{L}])(?:Jl\.|Jln\.|Jalan|Gg\.|Gang)\s[\p{Lu}\d][\p{L}.'-]{0,30}(?:\s(?!No\b)[\p{Lu}][\p{L}.'-]{0,30}){0,4}(?:,?\sNo\.?\s?|\s)\d{1,4}[A-Z]?(?![\p{L}\d])(?:,\s(?:RT|RW)\.?\s?\d{1,3}(?:\/\d{1,3})?)?(?:,\s[\p{Lu}][\p{L}-]{1,30}(?:\s[\p{Lu}][\p{L}-]{1,30}){0,2})?(?:\s\d{5})?/gu, 'address-id', /\b(?:Jl\.|Jln\.|Jalan|Gg\.|Gang)\s/i],
  // VI: "Số 16 Đường Nam Kỳ Khởi Nghĩa, Quận Hoàn Kiếm, Hà Nội 100000"
  [/(?<![\p{L}])(?:Số\s\d{1,4}[A-Z]?(?:\/\d{1,4})?,?\s)?(?:Đường|Phố|Ngõ|Hẻm)\s[\p{Lu}\d][\p{L}]{0,12}(?:\s[\p{Lu}][\p{L}]{0,12}){0,5}(?:,\s(?:Phường|Quận|Huyện|P\.|Q\.)\s[\p{Lu}\d][\p{L}\d]{0,12}(?:\s[\p{Lu}][\p{L}]{0,12}){0,3}){0,2}(?:,\s[\p{Lu}][\p{L}]{0,12}(?:\s[\p{Lu}][\p{L}]{0,12}){0,3})?(?:\s\d{5,6})?/gu, 'address-vi', /Đường|Phố|Ngõ|Hẻm/, true],
  // UK: "вул. Городоцька, 117, кв. 78, м. Львів, 72037"
  [/(?<![\p{L}])(?:вул\.|вулиця|просп\.|проспект|пров\.|провулок|бульв\.|пл\.)\s?[\p{Lu}][\p{L}'’-]{1,30}(?:\s[\p{Lu}][\p{L}'’-]{1,30}){0,2},?\s(?:буд\.\s?)?\d{1,4}[\p{L}]?(?:\/\d{1,3})?(?:,\s?(?:кв|оф)\.\s?\d{1,4})?(?:,\s?м\.\s?[\p{Lu}][\p{L}'’-]{1,30})?(?:,\s?\d{5})?/gu, 'address-uk', /вул\.|вулиця|просп\.|проспект|пров\.|провулок|бульв\.|пл\./, true],
  // TH: "72/41 ซอยสุขุมวิท 21 เขตวัฒนา กรุงเทพฯ 10110", up to its postcode
  [/(?<![\d\/])\d{1,4}(?:\/\d{1,4})?\s(?:ซอย|ซ\.|ถนน|ถ\.|หมู่)[\p{Script=Thai}\d\s]{1,80}?\d{5}(?!\d)/gu, 'address-th', /ซอย|ซ\.|ถนน|ถ\.|หมู่/, true],
  // IN (Devanagari): "फ्लैट 832, कोथरूड, लखनऊ 226010", up to its PIN code
  // The parts between may hold numbers of their own ("सेक्टर 15", "गली 4").
  [/(?:फ्लैट|मकान|प्लॉट|हाउस)(?:\s(?:नं\.?|संख्या))?\s\d{1,5}[A-Za-z]?,\s[\p{Script=Devanagari}\p{M}\s,\d]{2,80}?(?<!\d)\d{6}(?!\d)/gu, 'address-in', /फ्लैट|मकान|प्लॉट|हाउस/, true],
  // CN: "北京市朝阳区建国路114号11层"
  [/(?:[\p{Script=Han}]{1,8}(?:省|市|区|县))*[\p{Script=Han}]{1,10}(?:路|街|大道|巷|胡同)[\p{Script=Han}]{0,4}?\d{1,5}号(?:院)?(?:\d{1,4}(?:层|楼|室|单元|栋|幢))*/gu, 'address-zh', /\d{1,5}号/, true],
  // AR: "9155 طريق الملك فهد، حي العليا، الرياض 91197", "طريق الملك فهد 5002، جدة 23732" (a number that ends a
  // phone number before it is not the house number: the overlap would cost the whole address)
  [/(?:(?<!\d[\s-]?)\d{1,5}\s)?(?:طريق|شارع)\s[\p{Script=Arabic}]{2,20}(?:\s[\p{Script=Arabic}]{2,20}){0,3}(?:\s\d{1,5})?(?:،\s?[\p{Script=Arabic}]{2,20}(?:\s[\p{Script=Arabic}]{2,20}){0,2}){0,2}(?:\s\d{5})?/gu, 'address-ar', /طريق|شارع/, true],
  // HE: "רחוב הרצל 148, תל אביב 6100000"
  [/(?:רחוב|רח'|שדרות|שד'|דרך)\s[\p{Script=Hebrew}"'-]{2,20}(?:\s[\p{Script=Hebrew}"'-]{2,20}){0,2}\s\d{1,4}(?:,\s?[\p{Script=Hebrew}]{2,20}(?:\s[\p{Script=Hebrew}]{2,20}){0,2})?(?:\s\d{5,7})?/gu, 'address-he', /(?:רחוב|רח'|שדרות|שד'|דרך)\s/, true],
  // IN: "Flat 32C, 74 MG Road, Indiranagar, Bengaluru 560019"
  [/(?<![A-Za-z])(?:(?:Flat|House|Plot|H\.\s?No\.|Door No\.)\s?[\w\/-]{1,8},\s?)?\d{1,5}[A-Z]?,?\s(?:[A-Z][A-Za-z.]{0,20}\s){1,3}(?:Road|Rd\.|Marg|Nagar|Street|Lane|Cross|Main)(?:,\s?[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?){0,3}(?:[\s,-]{1,3}\d{3}\s?\d{3})?(?!\d)/g, 'address-in', /\b(?:Road|Rd\.|Marg|Nagar|Cross|Main)\b/],
  // KR road-name addresses: "세종대로 110", "테헤란로 152-1"
  [/(?<![\p{Script=Hangul}\d])[\p{Script=Hangul}\d]{1,12}(?:대로|로|길)\s?\d{1,4}(?:-\d{1,4})?(?!\d)/gu, 'address-kr', /(?:로|길)\s?\d/, true],
  // GR: "Οδός Ερμού 12", "Λεωφόρος Κηφισίας 44"
  [/(?<![\p{L}])(?:Οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Πλατεία|Πλ\.)\s[\p{Lu}][\p{L}]{1,30}(?:\s[\p{L}]{2,30}){0,2}\s\d{1,4}(?:,\s?\d{3}\s?\d{2}(?:\s[\p{Lu}][\p{L}]{1,30})?)?/gu, 'address-gr', /(?:Οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Πλατεία|Πλ\.)\s/, true],
  // JP: 〒100-0001, 東京都千代田区千代田1丁目1番1号
  [/〒\s?\d{3}-?\d{4}/g, 'postcode-jp', /〒/, true],
  [/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,16}?(?:都|道|府|県|市|区|町|村)[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{0,16}?[0-9０-９一二三四五六七八九十]{1,4}丁目(?:\s?[0-9０-９]{1,4}(?:番地?|-|－))?(?:\s?[0-9０-９]{1,4}号?)?/gu, 'address-jp', /丁目/, true],
];

// The case-insensitive street-word gates as one alternation: one scan rules them all out in
// most prose, where they cost as much as the rest of this detector (so a new gate takes 'i').
const CASELESS_GATES = new RegExp(
  ADDRESS_RES.filter(([, , gate]) => gate.flags === 'i').map(([, , gate]) => gate.source).join('|'),
  'i',
);

// The date forms after a label: Swedish personnummer, ISO-like (any separator, CJK and Korean
// units), compact YYYYMMDD with an optional time ("19850302", "198503020930"), day-month-year
// with any separator or spaced after its dots (Czech "3. 9. 2002"), Hungarian "2000. június 18.",
// Vietnamese "12 tháng 8 năm 1965", and month names in either order (with English ordinals).
const DOB_DATE =
  /(?:19|20)\d{6}[-+]\d{4}|\d{4}[-\/._ 年년]\s?\d{1,2}[-\/._ 月월]\s?\d{1,2}[日일]?|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{2}){0,3}(?!\d)|\d{1,2}[-\/._]\d{1,2}[-\/._]\d{2,4}|\d{1,2}\.\s\d{1,2}\.\s\d{4}|\d{1,2}(?:st|nd|rd|th)?\.?\s[\p{L}\p{M}]{3,12}\.?,?\s\d{4}|\d{4}\.\s[\p{L}]{3,12}\s\d{1,2}\.?|\d{1,2}\stháng\s\d{1,2},?\snăm\s\d{4}|\d{1,2} de [\p{L}]{3,10} de \d{4}|[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}/u
    .source;
// Word edges only where words are spaced: CJK labels follow a particle ("用户的出生日期").
const DOB_LABEL =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])(?:dob|d\.o\.b\.?|date[ _]?of[ _]?birth|birth[ _-]?date|born(?: on)?|birthday|geburtstag|fødselsdato|födelsedatum|geb\.|geb(?=["'])|geboren(?: am| op)?|geburtsdatum|geboortedatum|n(?:ée?|[ée]\(e\)) le|date de naissance|fecha[ _]?(?:de[ _]?)?nacimiento|data[ _]?(?:de[ _]?)?nascimento|date[ _]?(?:de[ _]?)?naissance|data[ _]?(?:di[ _]?)?nascita|geburts[ _]?datum|f(?:echa|ec)?\.? (?:de )?nac\.|data de nasc\.|dt\.? (?:de )?nasc\.|nacid[oa](?: el)?|nat[oa](?:\/[ao])? il|data di nascita|data de nascimento|nascid[oa] em|dat[aęyą] urodzenia|ur\.|urodzon[ya]|дат[аыуе] рождения|д\.р\.|родил(?:ся|ась)|ημ\. γέννησης|ημερομηνία γέννησης|γεννήθηκε|생년월일|生年月日|誕生日|出生日期|出生年月日?|生日|doğum tarih(?:i(?:ni|ne|nde)?)?|d\.t\.|född|personnummer|תאריך לידה|تاريخ (?:ال)?ميلاد|जन्म ?तिथि|जन्म की तारीख|जन्म दिनांक|dogum ?tarihi|t(?:an)?gg?l\.? lahir|tanggal lahir|ngày sinh|วันเกิด|nar\.|narozen[aá]?|datum narození|dátum narodenia|szül\.|született|születési (?:dátum|idő)|data na[șsş]terii|n[ăa]scut[ăa]?|дата народження|народи(?:вся|лася)|syntymäaika|synt\.|syntynyt|født(?: den)?|fødd|fødselsdag)(?![\p{Script=Latin}\p{Script=Cyrillic}])/u.source;
// Prose puts words or a bracket between the label and the date ("the subscriber's date of birth
// (26 Dec 1952)", "data di nascita dell'utente (24/01/1998)"): a short gap inside the sentence
// (no digit, no sentence end) is allowed. JSON or YAML keys may be quoted: `"birthDate": "1985-03-02"`.
const DOB_GAP = /["']?\s*[:：=]?[^\d\n.;!?。！？]{0,40}?[(（\[「"']?/.source;
const DOB_RE = new RegExp(`${DOB_LABEL}${DOB_GAP}(${DOB_DATE})`, 'giu');
// Korean writes the birth date with a suffix: "1980.04.19생", "1980년 4월 19일생".
const KO_DOB_RE = /(?<!\d)(\d{4}[.\-/년]\s?\d{1,2}[.\-/월]\s?\d{1,2}일?)\s?생(?![\p{Script=Hangul}])/gu;

// Korean resident registration number: birth date YYMMDD, a sex/century digit, six digits (or
// their mask: the visible part is the birth date and the sex).
const KR_RRN_RE = /(?<![\d-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8](?:\d{6}|[*xX●○]{6})(?![\d*xX●○])/g;
// Chinese resident identity number: region, birth date YYYYMMDD, sequence, ISO 7064 check character.
const CN_ID_RE = /(?<![\dA-Za-z])[1-6]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;
const CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** ISO 7064 MOD 11-2 check character of a Chinese identity number. */
export function cnIdCheck(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * CN_ID_WEIGHTS[i];
  return '10X98765432'[sum % 11] === id[17].toUpperCase();
}

/** National identity numbers that embed the holder's date of birth. */
function nationalIds(text: string, out: Finding[]): void {
  const add = (start: number, raw: string, reason: string) =>
    out.push({ start, end: start + raw.length, kind: 'NATIONAL-ID', detector: 'national-id', priority: PRIORITY.dob, value: raw.toLowerCase(), side: 'victim', reason });
  if (/\d{6}-[1-8]/.test(text)) for (const m of matchAll(KR_RRN_RE, text)) add(m.index!, m[0], 'Korean resident registration number');
  if (/\d{17}/.test(text)) for (const m of matchAll(CN_ID_RE, text)) if (cnIdCheck(m[0])) add(m.index!, m[0], 'Chinese resident identity number');
}

// DOB_RE's labels as plain lower-case text. Under /iu only 'ſ' (U+017F) folds onto one of their
// letters without being its case variant, so it is mapped before the (native) substring search.
const DOB_LABELS = [
  'dob', 'd.o.b', 'date of birth', 'date_of_birth', 'dateofbirth', 'birthdate', 'birth date', 'birth_date', 'birth-date', 'born', 'birthday', 'geburtstag', 'fødselsdato', 'födelsedatum', 'geb.', 'geb"', "geb'", 'geboren', 'geburtsdatum', 'geboortedatum', 'né le', 'née le', 'né(e) le', 'ne(e) le', 'date de naissance',
  'fecha de nacimiento', 'f. nac.', ' nac.', ' nasc.', 'nacimiento', 'nascimento', 'naissance', 'nascita', 'geburts', 'nacido', 'nacida', 'nato il', 'nata il', 'nato/a il', 'nata/o il', 'data di nascita', 'data de nascimento', 'nascido', 'nascida',
  'urodzenia', 'ur.', 'urodzon', 'рождения', 'д.р.', 'родил', 'ημ. γέννησης', 'ημερομηνία γέννησης', 'γεννήθηκε', '생년월일', '生年月日', '出生日期',
  '生日', '誕生日', '出生年月', 'doğum tarih', 'd.t.', 'född', 'personnummer', 'תאריך לידה', 'تاريخ الميلاد', 'تاريخ ميلاد', 'जन्म तिथि', 'जन्मतिथि', 'जन्म की तारीख', 'जन्म दिनांक',
  'dogumtarihi', 'dogum tarihi', 'lahir', 'ngày sinh', 'วันเกิด', 'nar.', 'narozen', 'narození', 'narodenia', 'szül.', 'született', 'születési', 'nașterii', 'nasterii', 'naşterii', 'născut', 'nascut',
  'народження', 'народи', 'syntymäaika', 'synt.', 'syntynyt', 'født', 'fødd', 'fødselsdag',
];

// The labels as one alternation: 34 substring searches per string cost three times one regex scan.
const DOB_LABEL_RE = new RegExp(DOB_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

function mayHaveDobLabel(text: string): boolean {
  let lower = text.toLowerCase();
  if (lower.includes('ſ')) lower = lower.replace(/ſ/g, 's');
  return DOB_LABEL_RE.test(lower);
}

// The space before a zone belongs to the zone: a time without one keeps the space after it.
const TIME_RE = /\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s?(Z|[+-]\d{2}:?\d{2}|UTC))?/g;

const locations: Detector = (text) => {
  const out: Finding[] = [];
  if (/\d\.\d{3}/.test(text)) {
    for (const m of matchAll(DEC_COORD_RE, text)) {
      const lat = Number(m[1]);
      const lon = Number(m[2]);
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
      // Version strings like "1.2.345" have fewer decimals on one side; require both.
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'COORDINATES', detector: 'coordinates', priority: PRIORITY.coordinates, value: `${lat},${lon}`, side: 'victim', reason: 'decimal coordinates' });
    }
  }
  if (/\d\.\d{3}/.test(text)) {
    for (const m of matchAll(HEMI_COORD_RE, text)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'COORDINATES', detector: 'coordinates', priority: PRIORITY.coordinates, value: m[0].toUpperCase(), side: 'victim', reason: 'decimal coordinates with hemispheres' });
    }
  }
  if (/lat/i.test(text)) {
    for (const m of matchAll(LABELLED_COORD_RE, text)) {
      const lat = Number(m[1]);
      const lon = Number(m[2]);
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'COORDINATES', detector: 'coordinates', priority: PRIORITY.coordinates, value: `${lat},${lon}`, side: 'victim', reason: 'labelled coordinates' });
    }
  }
  if (AXIS_GATE.test(text)) {
    for (const m of matchAll(AXIS_COORD_RE, text)) {
      const v = Number(m[1]);
      if (Math.abs(v) > 180) continue;
      const s = m.index! + m[0].length - m[1].length;
      out.push({ start: s, end: s + m[1].length, kind: 'COORDINATES', detector: 'coordinates', priority: PRIORITY.coordinates, value: String(v), side: 'victim', reason: 'labelled latitude or longitude' });
    }
  }
  if (text.includes('°')) {
    for (const m of matchAll(DMS_RE, text)) {
      out.push({ start: m.index!, end: m.index! + m[0].trimEnd().length, kind: 'COORDINATES', detector: 'coordinates', priority: PRIORITY.coordinates, value: m[0], side: 'victim', reason: 'DMS coordinates' });
    }
  }
  const anyCaseless = CASELESS_GATES.test(text);
  const ascii = isAscii(text);
  let postcode: boolean | undefined;
  for (const [re, name, gate, nonAscii] of ADDRESS_RES) {
    // Cheap gate first: the full patterns are only run where their anchor word occurs.
    if (nonAscii && ascii) continue;
    if (gate === POSTCODE_GATE) {
      if (!(postcode ??= FIVE_DIGITS_SPACE.test(text) && POSTCODE_GATE.test(text))) continue;
    } else if ((gate.flags === 'i' && !anyCaseless) || !gate.test(text)) continue;
    for (const m of matchAll(re, text)) {
      const raw = m[0].trimEnd();
      out.push({ start: m.index!, end: m.index! + raw.length, kind: 'ADDRESS', detector: name, priority: PRIORITY.address, value: raw.toLowerCase(), side: 'victim', reason: 'street address or postcode' });
    }
  }
  if (text.includes('생')) for (const m of matchAll(KO_DOB_RE, text)) {
    out.push({ start: m.index!, end: m.index! + m[1].length, kind: 'DOB', detector: 'date-of-birth', priority: PRIORITY.dob, value: m[1], side: 'victim', reason: 'date of birth' });
  }
  nationalIds(text, out);
  if (mayHaveDobLabel(text)) for (const m of matchAll(DOB_RE, text)) {
    const s = m.index! + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, kind: 'DOB', detector: 'date-of-birth', priority: PRIORITY.dob, value: m[1], side: 'victim', reason: 'date of birth' });
  }
  return out;
};

/**
 * Times in text, floored to the hour in UTC (ANONYMIZER.md §3.5), or to the day (a bare date)
 * in the text of a single-event sighting; offsets are a linkage channel.
 */
const times: Detector = (text, ctx) => {
  const day = ctx.timeUnit === 'day';
  const out: Finding[] = [];
  if (!/\d{4}-\d{2}-\d{2}/.test(text)) return out;
  for (const m of matchAll(TIME_RE, text)) {
    const [, y, mo, d, h, mi, , , tz] = m;
    let iso = `${y}-${mo}-${d}T${h}:${mi}:00`;
    if (tz && tz !== 'UTC') iso += tz.length === 5 && tz !== 'Z' ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz;
    else iso += 'Z';
    const t = new Date(iso);
    if (Number.isNaN(t.getTime())) continue;
    t.setUTCMinutes(0, 0, 0);
    const replacement = day ? t.toISOString().slice(0, 10) : `${t.toISOString().slice(0, 13)}:00Z`;
    if (replacement === m[0]) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'TIME', detector: 'timestamp', priority: PRIORITY.time, value: m[0], replacement, reason: day ? 'single-event time floored to the day (UTC)' : 'time floored to the hour (UTC)' });
  }
  return out;
};

/** Coordinates, street addresses (DE/UK/US/FR/ES/IT/NL/PL/RU/UA/RO/HU/FI/CZ/NO/ID/VI/TH/IN/KR/GR/JP, and any after a label), dates of birth, times in text. */
export const locationDetectors: [string, Detector][] = [
  ['location', locations],
  ...labelledAddressDetectors,
  ...postcodeDetectors,
  ...nationalIdDetectors,
  ['time', times],
];
