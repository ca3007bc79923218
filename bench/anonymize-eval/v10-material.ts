// Locale material for the v10 suite: names in their own scripts, streets, postcodes, phone and
// account conventions, national ids with their real check digits, submitter organisations and the
// labels a local analyst writes. Written from general knowledge, independent of the other suites.
import { luhnDigit, verhoeffDigit } from './identifiers';
import type { Rng } from './rng';

/** How names in a script are bounded in text: `word` where words are space-separated, `text` where they are not. */
export type NameBoundary = 'word' | 'text';

export interface Org {
  name: string;
  short: string;
  domain: string;
  brand: string;
  /** The verticals this organisation submits about. */
  v: string[];
}

export interface V10Locale {
  tag: string;
  lang: string;
  country: string;
  cc: string;
  given: string[];
  family: string[];
  /** Full name in the locale's order. */
  full: (given: string, family: string) => string;
  boundary: NameBoundary;
  honorific: (full: string) => string;
  streets: string[];
  cities: [string, (r: Rng) => string][];
  /** House-number line; `{s}` street, `{n}` number. */
  addressLine: string;
  nsn: (r: Rng) => string;
  national: (n: string) => string;
  intl: (n: string) => string;
  mccmnc: string[];
  /** National id: rendered text and its digits/alnum core. */
  nationalId: (r: Rng) => { text: string; core: string; label: string };
  /** Bank account as the locale writes it (IBAN or national format). */
  account: (r: Rng) => { text: string; core: string; label: string };
  orgs: Org[];
  words: { customer: string; address: string; phone: string; dob: string; technician: string; account: string; note: string; police: string; victim: string };
  /** One sentence about the incident, in the locale's language; `{d}` device, `{c}` customer. */
  sentence: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const space = (g: string, f: string) => `${g} ${f}`;
const tight = (g: string, f: string) => `${f}${g}`;
const grp = (s: string, n: number, sep = ' ') => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join(sep);

function mod97(numeric: string): number {
  let r = 0;
  for (const c of numeric) r = (r * 10 + Number(c)) % 97;
  return r;
}
const numeric = (s: string) => [...s.toUpperCase()].map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c)).join('');

/** An IBAN for any country from its BBAN (mod-97 check digits). */
export function makeIban(cc: string, bban: string, grouped: boolean): { text: string; core: string; label: string } {
  const check = String(98 - mod97(numeric(bban + cc + '00'))).padStart(2, '0');
  const full = cc + check + bban;
  return { text: grouped ? grp(full, 4) : full, core: bban.toLowerCase(), label: 'IBAN' };
}

const iban = (cc: string, bban: (r: Rng) => string) => (r: Rng) => makeIban(cc, bban(r), r.chance(0.6));

function dob(r: Rng): [number, number, number] {
  return [r.int(1948, 2003), r.int(1, 12), r.int(1, 28)];
}

// ---- national ids with their published check algorithms ----
function cpf(r: Rng) {
  const d = r.digits(9).split('').map(Number);
  const dig = (ds: number[], w: number) => {
    const s = ds.reduce((a, x, i) => a + x * (w - i), 0);
    const v = (s * 10) % 11;
    return v === 10 ? 0 : v;
  };
  d.push(dig(d, 10));
  d.push(dig(d, 11));
  const s = d.join('');
  return { text: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`, core: s, label: 'CPF' };
}
function chinaRic(r: Rng) {
  const [y, m, dd] = dob(r);
  const body = r.pick(['110105', '310115', '440305', '510107', '320102']) + `${y}${pad(m)}${pad(dd)}` + r.digits(3);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = [...body].reduce((a, c, i) => a + Number(c) * w[i], 0);
  const full = body + '10X98765432'[s % 11];
  return { text: full, core: full.toLowerCase(), label: '身份证号' };
}
function koreaRrn(r: Rng) {
  const [y, m, dd] = dob(r);
  const body = `${String(y).slice(2)}${pad(m)}${pad(dd)}${y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2'])}${r.digits(5)}`;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const s = [...body].reduce((a, c, i) => a + Number(c) * w[i], 0);
  const full = body + String((11 - (s % 11)) % 10);
  return { text: `${full.slice(0, 6)}-${full.slice(6)}`, core: full, label: '주민등록번호' };
}
function dni(r: Rng) {
  const n = r.digits(8);
  const full = n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
  return { text: full, core: full.toLowerCase(), label: 'DNI' };
}
function personnummer(r: Rng) {
  const [y, m, dd] = dob(r);
  const body = `${String(y).slice(2)}${pad(m)}${pad(dd)}${r.digits(3)}`;
  const full = body + luhnDigit(body);
  return { text: `${full.slice(0, 6)}-${full.slice(6)}`, core: full, label: 'personnummer' };
}
function tckn(r: Rng) {
  const d = [r.int(1, 9), ...r.digits(8).split('').map(Number)];
  const d10 = (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 + 10) % 10;
  d.push(d10);
  d.push(d.reduce((a, x) => a + x, 0) % 10);
  const s = d.join('');
  return { text: s, core: s, label: 'T.C. Kimlik No' };
}
function pesel(r: Rng) {
  const [y, m, dd] = dob(r);
  const body = `${String(y).slice(2)}${pad(y >= 2000 ? m + 20 : m)}${pad(dd)}${r.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = [...body].reduce((a, c, i) => a + Number(c) * w[i], 0);
  const full = body + String((10 - (s % 10)) % 10);
  return { text: full, core: full, label: 'PESEL' };
}
function aadhaar(r: Rng) {
  const body = String(r.int(2, 9)) + r.digits(10);
  const full = body + verhoeffDigit(body);
  return { text: grp(full, 4), core: full, label: 'Aadhaar' };
}
function thaiId(r: Rng) {
  const body = String(r.int(1, 8)) + r.digits(11);
  const s = [...body].reduce((a, c, i) => a + Number(c) * (13 - i), 0);
  const full = body + String((11 - (s % 11)) % 10);
  return { text: `${full[0]}-${full.slice(1, 5)}-${full.slice(5, 10)}-${full.slice(10, 12)}-${full[12]}`, core: full, label: 'เลขประจำตัวประชาชน' };
}
function myNumber(r: Rng) {
  const body = r.digits(11);
  let s = 0;
  for (let n = 1; n <= 11; n++) s += Number(body[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const rem = s % 11;
  const full = body + String(rem <= 1 ? 0 : 11 - rem);
  return { text: `${full.slice(0, 4)} ${full.slice(4, 8)} ${full.slice(8)}`, core: full, label: 'マイナンバー' };
}
function rnokpp(r: Rng) {
  const body = r.digits(9);
  const w = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const s = [...body].reduce((a, c, i) => a + Number(c) * w[i], 0);
  const full = body + String(((s % 11) + 11) % 11 % 10);
  return { text: full, core: full, label: 'РНОКПП' };
}
function snils(r: Rng) {
  const body = String(r.int(1, 9)) + r.digits(8);
  const s = [...body].reduce((a, c, i) => a + Number(c) * (9 - i), 0);
  const c = s < 100 ? s : s % 101 === 100 ? 0 : s % 101;
  const full = body + pad(c);
  return { text: `${full.slice(0, 3)}-${full.slice(3, 6)}-${full.slice(6, 9)} ${full.slice(9)}`, core: full, label: 'СНИЛС' };
}
function saudiId(r: Rng) {
  const body = r.pick(['1', '2']) + r.digits(8);
  const full = body + luhnDigit(body);
  return { text: full, core: full, label: 'رقم الهوية' };
}
function nir(r: Rng) {
  const [y, m] = dob(r);
  const body = `${r.pick(['1', '2'])}${String(y).slice(2)}${pad(m)}${r.pick(['75', '69', '13', '33', '59'])}${r.digits(3)}${r.digits(3)}`;
  const key = pad(97 - Number(BigInt(body) % 97n));
  return { text: `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`, core: body + key, label: 'n° de sécurité sociale' };
}
function curp(r: Rng) {
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const [y, m, dd] = dob(r);
  const body = r.chars(1, L) + r.chars(1, 'AEIOU') + r.chars(2, L) + `${String(y).slice(2)}${pad(m)}${pad(dd)}` + r.pick(['H', 'M']) + r.pick(['DF', 'JC', 'NL', 'PL', 'MC']) + r.chars(3, 'BCDFGHJKLMNPRSTVZ') + (y >= 2000 ? r.chars(1, L) : String(r.int(0, 9)));
  const dict = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  const s = [...body].reduce((a, c, i) => a + dict.indexOf(c) * (18 - i), 0);
  const full = body + String((10 - (s % 10)) % 10);
  return { text: full, core: full.toLowerCase(), label: 'CURP' };
}
function ukNino(r: Rng) {
  const full = r.chars(2, 'ABCEGHJKLMNPRSTWXYZ') + r.digits(6) + r.pick(['A', 'B', 'C', 'D']);
  return { text: `${full.slice(0, 2)} ${full.slice(2, 4)} ${full.slice(4, 6)} ${full.slice(6, 8)} ${full[8]}`, core: full.toLowerCase(), label: 'NI number' };
}
function steuerId(r: Rng) {
  // ISO 7064 MOD 11,10 over ten digits (first non-zero).
  const body = String(r.int(1, 9)) + r.digits(9);
  let p = 10;
  for (const c of body) {
    let s = (Number(c) + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  const full = body + String((11 - p) % 10);
  return { text: `${full.slice(0, 2)} ${full.slice(2, 5)} ${full.slice(5, 8)} ${full.slice(8)}`, core: full, label: 'Steuer-ID' };
}
function codiceFiscaleLike(r: Rng) {
  // Italian tessera sanitaria card number (20 digits, Luhn), printed on the back of the card.
  const body = '8038000' + r.digits(12);
  const full = body + luhnDigit(body);
  return { text: full, core: full.slice(7), label: 'tessera sanitaria' };
}
function bsn(r: Rng) {
  for (;;) {
    const d = [r.int(1, 9), ...r.digits(7).split('').map(Number)];
    const s = d.reduce((a, x, i) => a + x * (9 - i), 0);
    const last = s % 11;
    if (last <= 9) {
      const full = d.join('') + String(last);
      return { text: full, core: full, label: 'BSN' };
    }
  }
}

// ---- bank accounts in national notations ----
function clabe(r: Rng) {
  const body = r.pick(['002', '012', '014', '021', '072']) + r.pick(['180', '320', '650']) + r.digits(11);
  const w = [3, 7, 1];
  const s = [...body].reduce((a, c, i) => a + ((Number(c) * w[i % 3]) % 10), 0);
  const full = body + String((10 - (s % 10)) % 10);
  return { text: full, core: full, label: 'CLABE' };
}
const unionPay = (r: Rng) => {
  const body = '62' + r.pick(['2202', '2848', '1700', '2588']) + r.digits(12);
  const full = body + luhnDigit(body);
  return { text: grp(full, 4), core: full, label: '银行卡号' };
};

/** Dutch postcode letters; never "AT", which tools write as a defanged "@". */
function nlLetters(r: Rng): string {
  for (;;) {
    const l = r.chars(2, 'ABCEGHJKLMNPRTVWXZ');
    if (l !== 'AT') return l;
  }
}

export const V10_LOCALES: V10Locale[] = [
  {
    tag: 'de-DE', lang: 'de', country: 'DE', cc: '49',
    given: ['Lukas', 'Annika', 'Jörg', 'Friederike', 'Matthias', 'Henrike', 'Sönke', 'Wiebke', 'Torben', 'Gesine'],
    family: ['Brüggemann', 'Ostermeier', 'Kühnel', 'Wendtland', 'Hoffstätter', 'Lindqvist-Bauer', 'Rademacher', 'Pfannkuch', 'Trautwein', 'Vossberg'],
    full: space, boundary: 'word', honorific: (n) => `Herr/Frau ${n}`,
    streets: ['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Gneisenaustraße', 'Auf dem Kamp'],
    cities: [['Bielefeld', (r) => `336${r.digits(2)}`], ['Leipzig', (r) => `041${r.digits(2)}`], ['Kassel', (r) => `341${r.digits(2)}`], ['Rostock', (r) => `180${r.digits(2)}`]],
    addressLine: '{s} {n}',
    nsn: (r) => r.pick(['151', '160', '170', '176']) + r.digits(8), national: (n) => `0${n.slice(0, 3)} ${n.slice(3)}`, intl: (n) => `+49 ${n.slice(0, 3)} ${n.slice(3)}`,
    mccmnc: ['26201', '26202', '26203'], nationalId: steuerId, account: iban('DE', (r) => r.digits(18)),
    orgs: [{ name: 'Weserland Netze GmbH', short: 'WLN', domain: 'weserland-netze.de', brand: 'WeserZähler', v: ['utility', 'building'] }, { name: 'Brandtel Mobilfunk AG', short: 'BTM', domain: 'brandtel.de', brand: 'BrandtelBox', v: ['carrier', 'isp'] }, { name: 'Ostholm Ladesysteme GmbH', short: 'OLS', domain: 'ostholm-laden.de', brand: 'Ostholm Wallbox', v: ['automotive', 'building'] }],
    words: { customer: 'Kunde', address: 'Anschrift', phone: 'Tel.', dob: 'geb.', technician: 'Techniker', account: 'Kundennummer', note: 'Vermerk', police: 'KHK', victim: 'Geschädigte(r)' },
    sentence: 'Das Gerät {d} von {c} hat nachts Verbindungen zu einer unbekannten Gegenstelle aufgebaut.',
  },
  {
    tag: 'fr-FR', lang: 'fr', country: 'FR', cc: '33',
    given: ['Élodie', 'Grégoire', 'Maëlle', 'Thibault', 'Solène', 'Anatole', 'Capucine', 'Baptiste'],
    family: ['Lefèvre-Duclos', 'Marchetti', 'Besnard', 'Carpentier', 'Dufresne', 'Rouquette', 'Vasseur', 'Guillemot'],
    full: space, boundary: 'word', honorific: (n) => `M./Mme ${n}`,
    streets: ['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse des Lilas', 'boulevard Carnot', 'chemin de la Croix'],
    cities: [['Rennes', (r) => `350${r.digits(2)}`], ['Grenoble', (r) => `380${r.digits(2)}`], ['Amiens', (r) => `800${r.digits(2)}`], ['Nîmes', (r) => `300${r.digits(2)}`]],
    addressLine: '{n} {s}',
    nsn: (r) => r.pick(['6', '7']) + r.digits(8), national: (n) => `0${n[0]} ${grp(n.slice(1), 2)}`, intl: (n) => `+33 ${n[0]} ${grp(n.slice(1), 2)}`,
    mccmnc: ['20801', '20810', '20820'], nationalId: nir, account: iban('FR', (r) => r.digits(23)),
    orgs: [{ name: 'Armor Fibre SAS', short: 'ARF', domain: 'armorfibre.fr', brand: 'ArmorBox', v: ['isp', 'carrier'] }, { name: 'Télévigie Santé SA', short: 'TVS', domain: 'televigie-sante.fr', brand: 'Vigicœur', v: ['medical'] }],
    words: { customer: 'abonné', address: 'adresse', phone: 'tél.', dob: 'né(e) le', technician: 'technicien', account: 'n° client', note: 'remarque', police: 'brigadier', victim: 'victime' },
    sentence: "Le boîtier {d} de {c} a contacté un serveur inconnu pendant la nuit.",
  },
  {
    tag: 'es-ES', lang: 'es', country: 'ES', cc: '34',
    given: ['Itziar', 'Íñigo', 'Montserrat', 'Joaquín', 'Nerea', 'Fermín', 'Begoña', 'Ginés'],
    family: ['Etxeberria', 'Villalobos', 'Carrasquilla', 'Mendizábal', 'Olazábal', 'Quintanilla', 'Barrenechea', 'Zubizarreta'],
    full: (g, f) => `${g} ${f}`, boundary: 'word', honorific: (n) => `Sr./Sra. ${n}`,
    streets: ['Calle de Alcalá', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Zorrilla', 'Calle San Vicente Mártir'],
    cities: [['Zaragoza', (r) => `500${r.digits(2)}`], ['Valladolid', (r) => `470${r.digits(2)}`], ['Murcia', (r) => `300${r.digits(2)}`], ['Bilbao', (r) => `480${r.digits(2)}`]],
    addressLine: '{s}, {n}',
    nsn: (r) => '6' + r.digits(8), national: (n) => `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, intl: (n) => `+34 ${grp(n, 3)}`,
    mccmnc: ['21401', '21403', '21407'], nationalId: dni, account: iban('ES', (r) => r.digits(20)),
    orgs: [{ name: 'Ebro Telemetría S.L.', short: 'EBT', domain: 'ebrotelemetria.es', brand: 'EbroMeter', v: ['utility', 'device-maker'] }, { name: 'Cantábrica de Redes S.A.', short: 'CDR', domain: 'cantabricaredes.es', brand: 'CantaFibra', v: ['isp', 'carrier'] }],
    words: { customer: 'cliente', address: 'domicilio', phone: 'tlf.', dob: 'fecha de nacimiento', technician: 'técnico', account: 'nº de contrato', note: 'nota', police: 'agente', victim: 'perjudicado' },
    sentence: 'El equipo {d} de {c} abrió conexiones salientes hacia un servidor desconocido.',
  },
  {
    tag: 'pt-BR', lang: 'pt', country: 'BR', cc: '55',
    given: ['Thiago', 'Luana', 'Anderson', 'Jéssica', 'Wellington', 'Priscila', 'Cleiton', 'Raíssa'],
    family: ['Albuquerque', 'Quaresma', 'Figueiredo', 'Cavalcanti', 'Magalhães', 'Brandão', 'Damasceno', 'Vasconcelos'],
    full: space, boundary: 'word', honorific: (n) => `Sr(a). ${n}`,
    streets: ['Rua Voluntários da Pátria', 'Avenida Sete de Setembro', 'Rua Marechal Deodoro', 'Travessa das Acácias', 'Rua Padre Anchieta'],
    cities: [['Curitiba', (r) => `80${r.digits(3)}-${r.digits(3)}`], ['Recife', (r) => `50${r.digits(3)}-${r.digits(3)}`], ['Campinas', (r) => `130${r.digits(2)}-${r.digits(3)}`], ['Goiânia', (r) => `74${r.digits(3)}-${r.digits(3)}`]],
    addressLine: '{s}, {n}',
    nsn: (r) => r.pick(['11', '21', '41', '81']) + '9' + r.digits(8), national: (n) => `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`, intl: (n) => `+55 ${n.slice(0, 2)} ${n.slice(2, 7)}-${n.slice(7)}`,
    mccmnc: ['72410', '72405', '72406'], nationalId: cpf, account: iban('BR', (r) => r.digits(8) + r.digits(5) + r.digits(10) + 'C' + '1'),
    orgs: [{ name: 'Paraná Conecta Telecomunicações Ltda.', short: 'PCT', domain: 'paranaconecta.com.br', brand: 'ConectaFibra', v: ['isp', 'carrier'] }, { name: 'Maquininhas Pagare S.A.', short: 'PGR', domain: 'pagare.com.br', brand: 'Pagare POS', v: ['payment'] }],
    words: { customer: 'cliente', address: 'endereço', phone: 'cel.', dob: 'data de nascimento', technician: 'técnico', account: 'nº do contrato', note: 'observação', police: 'escrivão', victim: 'vítima' },
    sentence: 'O equipamento {d} do cliente {c} fez conexões de saída para um servidor desconhecido.',
  },
  {
    tag: 'es-MX', lang: 'es', country: 'MX', cc: '52',
    given: ['Xóchitl', 'Guadalupe', 'Cuauhtémoc', 'Yareli', 'Heriberto', 'Citlali', 'Eréndira', 'Nezahualcóyotl'],
    family: ['Tlapanco', 'Huerta-Salcedo', 'Quiñones', 'Zamarripa', 'Villaseñor', 'Covarrubias', 'Arredondo', 'Ocampo'],
    full: space, boundary: 'word', honorific: (n) => `C. ${n}`,
    streets: ['Calle Morelos', 'Av. Insurgentes Sur', 'Calle Hidalgo', 'Privada de los Fresnos', 'Calzada de Tlalpan'],
    cities: [['Guadalajara', (r) => `44${r.digits(3)}`], ['Monterrey', (r) => `64${r.digits(3)}`], ['Puebla', (r) => `72${r.digits(3)}`], ['Mérida', (r) => `97${r.digits(3)}`]],
    addressLine: '{s} {n}, Col. Centro',
    nsn: (r) => r.pick(['55', '33', '81']) + r.digits(8), national: (n) => `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`, intl: (n) => `+52 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`,
    mccmnc: ['33402', '33403', '33420'], nationalId: curp, account: clabe,
    orgs: [{ name: 'Medición Anáhuac S.A. de C.V.', short: 'MASA', domain: 'medicionanahuac.mx', brand: 'AnáhuacMeter', v: ['utility'] }, { name: 'Redes del Bajío S.A.P.I.', short: 'RDB', domain: 'redesbajio.mx', brand: 'BajíoNet', v: ['isp', 'carrier'] }],
    words: { customer: 'cliente', address: 'domicilio', phone: 'cel.', dob: 'fecha de nacimiento', technician: 'técnico', account: 'no. de cuenta', note: 'nota', police: 'agente del MP', victim: 'afectado' },
    sentence: 'El medidor {d} del cliente {c} se conectó a un servidor externo sin autorización.',
  },
  {
    tag: 'it-IT', lang: 'it', country: 'IT', cc: '39',
    given: ['Gianluca', 'Ludovica', 'Pierpaolo', 'Benedetta', 'Ottavio', 'Mariagrazia', 'Rocco', 'Annunziata'],
    family: ['Santangelo', 'Bellomo', 'Scognamiglio', 'Pellegatti', 'Iannaccone', 'Bortolazzi', 'Maffezzoli', 'Cusumano'],
    full: space, boundary: 'word', honorific: (n) => `Sig./Sig.ra ${n}`,
    streets: ['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Vicolo del Pozzo', 'Via San Rocco'],
    cities: [['Bergamo', (r) => `241${r.digits(2)}`], ['Bari', (r) => `701${r.digits(2)}`], ['Padova', (r) => `351${r.digits(2)}`], ['Catania', (r) => `951${r.digits(2)}`]],
    addressLine: '{s} {n}',
    nsn: (r) => '3' + r.pick(['20', '33', '47', '49']) + r.digits(7), national: (n) => `${n.slice(0, 3)} ${n.slice(3)}`, intl: (n) => `+39 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    mccmnc: ['22201', '22210', '22288'], nationalId: codiceFiscaleLike, account: iban('IT', (r) => r.chars(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(22)),
    orgs: [{ name: 'Orobica Domotica S.r.l.', short: 'ORD', domain: 'orobicadomotica.it', brand: 'OroClima', v: ['building', 'device-maker'] }, { name: 'Telefonia Adriatica S.p.A.', short: 'TLA', domain: 'teleadriatica.it', brand: 'AdriaLink', v: ['carrier', 'isp'] }],
    words: { customer: 'cliente', address: 'indirizzo', phone: 'cell.', dob: 'nato/a il', technician: 'tecnico', account: 'codice cliente', note: 'nota', police: 'ispettore', victim: 'parte lesa' },
    sentence: 'Il dispositivo {d} del cliente {c} ha aperto connessioni verso un server sconosciuto.',
  },
  {
    tag: 'pl-PL', lang: 'pl', country: 'PL', cc: '48',
    given: ['Grzegorz', 'Małgorzata', 'Przemysław', 'Jadwiga', 'Wojciech', 'Bożena', 'Szczepan', 'Agnieszka'],
    family: ['Wróblewski', 'Szczepańska', 'Grabowski', 'Kaczmarczyk', 'Zielińska', 'Jankowiak', 'Pietrzykowski', 'Sobczak'],
    full: space, boundary: 'word', honorific: (n) => `Pan/Pani ${n}`,
    streets: ['ul. Słowackiego', 'ul. Kościuszki', 'al. Niepodległości', 'ul. Ogrodowa', 'os. Piastowskie'],
    cities: [['Poznań', (r) => `6${r.digits(1)}-${r.digits(3)}`], ['Lublin', (r) => `20-${r.digits(3)}`], ['Gdańsk', (r) => `80-${r.digits(3)}`], ['Rzeszów', (r) => `35-${r.digits(3)}`]],
    addressLine: '{s} {n}',
    nsn: (r) => r.pick(['5', '6', '7', '8']) + r.digits(8), national: (n) => grp(n, 3, '-'), intl: (n) => `+48 ${grp(n, 3)}`,
    mccmnc: ['26001', '26002', '26003'], nationalId: pesel, account: iban('PL', (r) => r.digits(24)),
    orgs: [{ name: 'Wielkopolskie Sieci Ciepłownicze Sp. z o.o.', short: 'WSC', domain: 'wsc-cieplo.pl', brand: 'CiepłoLicznik', v: ['utility', 'building'] }, { name: 'Bałtyk Telekom S.A.', short: 'BTK', domain: 'baltyktelekom.pl', brand: 'BałtykBox', v: ['carrier', 'isp'] }],
    words: { customer: 'klient', address: 'adres', phone: 'tel.', dob: 'data urodzenia', technician: 'serwisant', account: 'nr umowy', note: 'uwaga', police: 'asp. szt.', victim: 'pokrzywdzony' },
    sentence: 'Urządzenie {d} klienta {c} nawiązywało w nocy połączenia z nieznanym serwerem.',
  },
  {
    tag: 'sv-SE', lang: 'sv', country: 'SE', cc: '46',
    given: ['Linnéa', 'Björn', 'Ingrid', 'Sixten', 'Märta', 'Halvar', 'Ebba', 'Torvald'],
    family: ['Sjöberg', 'Lindqvist', 'Åkesson', 'Östlund', 'Bergström', 'Hägglund', 'Nyqvist', 'Fjällström'],
    full: space, boundary: 'word', honorific: (n) => n,
    streets: ['Storgatan', 'Björkvägen', 'Kungsgatan', 'Skolgränd', 'Södra Långgatan'],
    cities: [['Umeå', (r) => `90${r.digits(1)} ${r.digits(2)}`], ['Västerås', (r) => `72${r.digits(1)} ${r.digits(2)}`], ['Luleå', (r) => `97${r.digits(1)} ${r.digits(2)}`], ['Örebro', (r) => `70${r.digits(1)} ${r.digits(2)}`]],
    addressLine: '{s} {n}',
    nsn: (r) => '7' + r.pick(['0', '2', '3', '6']) + r.digits(7), national: (n) => `0${n.slice(0, 2)}-${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, intl: (n) => `+46 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
    mccmnc: ['24001', '24007', '24008'], nationalId: personnummer, account: iban('SE', (r) => r.pick(['500', '800', '600']) + r.digits(17)),
    orgs: [{ name: 'Norrsken Fastighetsautomation AB', short: 'NFA', domain: 'norrsken-automation.se', brand: 'NorrStyr', v: ['building'] }, { name: 'Älvdalens Energi AB', short: 'ÄEAB', domain: 'alvdalensenergi.se', brand: 'ÄlvMätare', v: ['utility'] }],
    words: { customer: 'kund', address: 'adress', phone: 'tfn', dob: 'född', technician: 'tekniker', account: 'kundnummer', note: 'anteckning', police: 'polisinspektör', victim: 'målsägande' },
    sentence: 'Enheten {d} hos {c} kontaktade en okänd server under natten.',
  },
  {
    tag: 'tr-TR', lang: 'tr', country: 'TR', cc: '90',
    given: ['Gökhan', 'Şebnem', 'Oğuzhan', 'Gülşen', 'Tuğrul', 'Çiğdem', 'Barış', 'Nurgül'],
    family: ['Yıldırım', 'Karaağaç', 'Çetinkaya', 'Öztürkmen', 'Şahinoğlu', 'Kocabıyık', 'Erdoğdu', 'Altıparmak'],
    full: space, boundary: 'word', honorific: (n) => `${n} Bey/Hanım`,
    streets: ['Atatürk Bulvarı', 'Cumhuriyet Caddesi', 'Gül Sokak', 'İstiklal Caddesi', 'Menekşe Sokağı'],
    cities: [['Bursa', (r) => `16${r.digits(3)}`], ['Eskişehir', (r) => `26${r.digits(3)}`], ['İzmir', (r) => `35${r.digits(3)}`], ['Konya', (r) => `42${r.digits(3)}`]],
    addressLine: '{s} No: {n}',
    nsn: (r) => '5' + r.pick(['32', '33', '42', '05', '54']) + r.digits(7), national: (n) => `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, intl: (n) => `+90 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`,
    mccmnc: ['28601', '28602', '28603'], nationalId: tckn, account: iban('TR', (r) => r.digits(5) + '0' + r.digits(16)),
    orgs: [{ name: 'Marmara Akıllı Sayaç A.Ş.', short: 'MAS', domain: 'marmarasayac.com.tr', brand: 'MarmaraSayaç', v: ['utility', 'device-maker'] }, { name: 'Anadolu Şarj Teknolojileri A.Ş.', short: 'AŞT', domain: 'anadolusarj.com.tr', brand: 'AnadoluŞarj', v: ['automotive'] }],
    words: { customer: 'müşteri', address: 'adres', phone: 'tel', dob: 'doğum tarihi', technician: 'teknisyen', account: 'abone no', note: 'not', police: 'komiser', victim: 'mağdur' },
    sentence: '{c} adlı müşterinin {d} cihazı gece boyunca bilinmeyen bir sunucuya bağlandı.',
  },
  {
    tag: 'ja-JP', lang: 'ja', country: 'JP', cc: '81',
    given: ['翔太', '美咲', '健一', '陽菜', '大輔', '千尋', '拓海', '彩乃'],
    family: ['佐々木', '高橋', '渡邊', '小野寺', '長谷川', '五十嵐', '久保田', '東海林'],
    full: tight, boundary: 'text', honorific: (n) => `${n}様`,
    streets: ['本町二丁目', '中央三丁目', '桜木町一丁目', '緑が丘四丁目', '旭町五丁目'],
    cities: [['札幌市中央区', (r) => `〒060-${r.digits(4)}`], ['仙台市青葉区', (r) => `〒980-${r.digits(4)}`], ['福岡市博多区', (r) => `〒812-${r.digits(4)}`], ['静岡市葵区', (r) => `〒420-${r.digits(4)}`]],
    addressLine: '{s}{n}番',
    nsn: (r) => r.pick(['90', '80', '70']) + r.digits(8), national: (n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, intl: (n) => `+81 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`,
    mccmnc: ['44010', '44020', '44050'], nationalId: myNumber, account: (r) => { const a = r.digits(7); return { text: `普通 ${a}（支店番号 ${r.digits(3)}）`, core: a, label: '口座番号' }; },
    orgs: [{ name: '北斗スマートメーター株式会社', short: 'HSM', domain: 'hokuto-sm.co.jp', brand: 'ホクトメーター', v: ['utility', 'device-maker'] }, { name: 'みなと医療機器株式会社', short: 'MMD', domain: 'minato-medical.jp', brand: 'ミナトポンプ', v: ['medical'] }],
    words: { customer: 'お客様', address: '住所', phone: '電話', dob: '生年月日', technician: '担当技術者', account: 'お客様番号', note: '備考', police: '警部補', victim: '被害者' },
    sentence: '{c}宅の{d}が夜間に不審なサーバーへ接続していました。',
  },
  {
    tag: 'zh-CN', lang: 'zh', country: 'CN', cc: '86',
    given: ['志强', '秀英', '建华', '晓燕', '海涛', '丽娟', '国栋', '雨桐'],
    family: ['欧阳', '诸葛', '上官', '司马', '慕容', '皇甫', '令狐', '东方'],
    full: tight, boundary: 'text', honorific: (n) => `${n}先生/女士`,
    streets: ['人民路', '中山北路', '解放大道', '建设街', '长江西路'],
    cities: [['成都市武侯区', (r) => `610${r.digits(3)}`], ['杭州市西湖区', (r) => `310${r.digits(3)}`], ['武汉市江汉区', (r) => `430${r.digits(3)}`], ['西安市雁塔区', (r) => `710${r.digits(3)}`]],
    addressLine: '{s}{n}号',
    nsn: (r) => '1' + r.pick(['38', '39', '58', '86', '77']) + r.digits(8), national: (n) => `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, intl: (n) => `+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
    mccmnc: ['46000', '46001', '46011'], nationalId: chinaRic, account: unionPay,
    orgs: [{ name: '蓉城智能电表有限公司', short: 'RCSM', domain: 'rongcheng-meter.cn', brand: '蓉表', v: ['utility'] }, { name: '江城车联网科技有限公司', short: 'JCIV', domain: 'jiangcheng-iov.com.cn', brand: '江城车联', v: ['automotive'] }],
    words: { customer: '客户', address: '地址', phone: '电话', dob: '出生日期', technician: '维修工程师', account: '客户编号', note: '备注', police: '民警', victim: '受害人' },
    sentence: '客户{c}的{d}在夜间连接了可疑服务器。',
  },
  {
    tag: 'ko-KR', lang: 'ko', country: 'KR', cc: '82',
    given: ['민준', '서연', '도윤', '하은', '지호', '수빈', '예준', '채원'],
    family: ['남궁', '선우', '황보', '제갈', '독고', '서문', '사공', '동방'],
    full: tight, boundary: 'text', honorific: (n) => `${n} 고객님`,
    streets: ['테헤란로', '세종대로', '해운대로', '중앙로', '동성로'],
    cities: [['서울특별시 강남구', (r) => `06${r.digits(3)}`], ['부산광역시 해운대구', (r) => `48${r.digits(3)}`], ['대구광역시 중구', (r) => `41${r.digits(3)}`], ['대전광역시 유성구', (r) => `34${r.digits(3)}`]],
    addressLine: '{s} {n}',
    nsn: (r) => '10' + r.digits(8), national: (n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, intl: (n) => `+82 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`,
    mccmnc: ['45005', '45006', '45008'], nationalId: koreaRrn, account: (r) => { const a = `${r.digits(3)}-${r.digits(6)}-${r.digits(5)}`; return { text: a, core: a.replace(/-/g, ''), label: '계좌번호' }; },
    orgs: [{ name: '한빛원격검침 주식회사', short: 'HBRM', domain: 'hanbit-amr.co.kr', brand: '한빛미터', v: ['utility', 'device-maker'] }, { name: '새누리카드결제 주식회사', short: 'SNCP', domain: 'saenuri-pay.kr', brand: '새누리단말기', v: ['payment'] }],
    words: { customer: '고객', address: '주소', phone: '연락처', dob: '생년월일', technician: '담당 기사', account: '고객번호', note: '비고', police: '경위', victim: '피해자' },
    sentence: '{c} 고객의 {d} 장비가 야간에 알 수 없는 서버로 접속했습니다.',
  },
  {
    tag: 'ar-SA', lang: 'ar', country: 'SA', cc: '966',
    given: ['عبدالرحمن', 'نورة', 'فيصل', 'هيفاء', 'تركي', 'ريم', 'بندر', 'لطيفة'],
    family: ['القحطاني', 'الدوسري', 'العتيبي', 'الشهراني', 'الزهراني', 'المطيري', 'الغامدي', 'السبيعي'],
    full: space, boundary: 'word', honorific: (n) => `السيد/ة ${n}`,
    streets: ['طريق الملك فهد', 'شارع التحلية', 'شارع الأمير سلطان', 'طريق الملك عبدالعزيز', 'شارع العليا'],
    cities: [['الرياض', (r) => `1${r.digits(4)}`], ['جدة', (r) => `2${r.digits(4)}`], ['الدمام', (r) => `3${r.digits(4)}`], ['المدينة المنورة', (r) => `4${r.digits(4)}`]],
    addressLine: '{n} {s}',
    nsn: (r) => '5' + r.pick(['0', '3', '4', '5', '6']) + r.digits(7), national: (n) => `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, intl: (n) => `+966 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    mccmnc: ['42001', '42003', '42004'], nationalId: saudiId, account: iban('SA', (r) => r.digits(2) + r.digits(18)),
    orgs: [{ name: 'شركة الواحة للعدادات الذكية', short: 'WSM', domain: 'alwaha-meters.sa', brand: 'واحة ميتر', v: ['utility'] }, { name: 'نجد للاتصالات المتنقلة', short: 'NMC', domain: 'najdmobile.com.sa', brand: 'نجد موبايل', v: ['carrier'] }],
    words: { customer: 'العميل', address: 'العنوان', phone: 'الجوال', dob: 'تاريخ الميلاد', technician: 'الفني', account: 'رقم الحساب', note: 'ملاحظة', police: 'الملازم', victim: 'المتضرر' },
    sentence: 'جهاز {d} الخاص بالعميل {c} اتصل بخادم مجهول خلال الليل.',
  },
  {
    tag: 'ru-RU', lang: 'ru', country: 'RU', cc: '7',
    given: ['Святослав', 'Ольга', 'Ярослав', 'Евдокия', 'Всеволод', 'Снежана', 'Тимофей', 'Василиса'],
    family: ['Кузнецова', 'Завьялов', 'Широкова', 'Белозёров', 'Мирошниченко', 'Черкасова', 'Погодин', 'Ладыгина'],
    full: space, boundary: 'word', honorific: (n) => `г-н/г-жа ${n}`,
    streets: ['ул. Ленина', 'пр-т Мира', 'ул. Садовая', 'пер. Кузнечный', 'ул. Гагарина'],
    cities: [['Новосибирск', (r) => `630${r.digits(3)}`], ['Казань', (r) => `420${r.digits(3)}`], ['Екатеринбург', (r) => `620${r.digits(3)}`], ['Самара', (r) => `443${r.digits(3)}`]],
    addressLine: '{s}, д. {n}',
    nsn: (r) => '9' + r.digits(9), national: (n) => `8 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`, intl: (n) => `+7 ${n.slice(0, 3)} ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
    mccmnc: ['25001', '25002', '25099'], nationalId: snils, account: (r) => { const a = '40817810' + r.digits(12); return { text: a, core: a, label: 'р/с' }; },
    orgs: [{ name: 'ООО «Сибирские Умные Сети»', short: 'СУС', domain: 'sibsmartgrid.ru', brand: 'СибСчётчик', v: ['utility', 'building'] }, { name: 'АО «Волга Телематика»', short: 'ВТМ', domain: 'volgatelematika.ru', brand: 'ВолгаТрекер', v: ['automotive', 'carrier'] }],
    words: { customer: 'абонент', address: 'адрес', phone: 'тел.', dob: 'дата рождения', technician: 'монтажник', account: 'лицевой счёт', note: 'примечание', police: 'ст. лейтенант', victim: 'потерпевший' },
    sentence: 'Устройство {d} абонента {c} ночью устанавливало соединения с неизвестным сервером.',
  },
  {
    tag: 'uk-UA', lang: 'uk', country: 'UA', cc: '380',
    given: ['Богдан', 'Соломія', 'Остап', 'Ганна', 'Тарас', 'Оксана', 'Любомир', 'Зореслава'],
    family: ['Шевчук', 'Коваленко', 'Бондаренко', 'Ткачук', 'Гнатюк', 'Марченко', 'Остапчук', 'Кравчишин'],
    full: space, boundary: 'word', honorific: (n) => `пан/пані ${n}`,
    streets: ['вул. Хрещатик', 'вул. Шевченка', 'просп. Свободи', 'вул. Франка', 'вул. Личаківська'],
    cities: [['Львів', (r) => `790${r.digits(2)}`], ['Харків', (r) => `610${r.digits(2)}`], ['Дніпро', (r) => `490${r.digits(2)}`], ['Вінниця', (r) => `210${r.digits(2)}`]],
    addressLine: '{s}, {n}',
    nsn: (r) => r.pick(['50', '63', '67', '73', '93']) + r.digits(7), national: (n) => `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, intl: (n) => `+380 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
    mccmnc: ['25501', '25503', '25506'], nationalId: rnokpp, account: iban('UA', (r) => r.digits(6) + r.digits(19)),
    orgs: [{ name: 'ТОВ «Карпатські Лічильники»', short: 'КЛ', domain: 'karpaty-meters.com.ua', brand: 'КарпатЛічильник', v: ['utility'] }, { name: 'ПрАТ «Дніпро Мобайл»', short: 'ДМ', domain: 'dnipromobile.ua', brand: 'ДніпроSIM', v: ['carrier', 'isp'] }],
    words: { customer: 'абонент', address: 'адреса', phone: 'тел.', dob: 'дата народження', technician: 'технік', account: 'особовий рахунок', note: 'примітка', police: 'капітан поліції', victim: 'потерпілий' },
    sentence: 'Пристрій {d} абонента {c} вночі з’єднувався з невідомим сервером.',
  },
  {
    tag: 'hi-IN', lang: 'hi', country: 'IN', cc: '91',
    given: ['अनिरुद्ध', 'प्रियंका', 'सिद्धार्थ', 'मेघना', 'राजेंद्र', 'सुनीता', 'विक्रमादित्य', 'अपर्णा'],
    family: ['चतुर्वेदी', 'बंद्योपाध्याय', 'कुलकर्णी', 'श्रीवास्तव', 'भट्टाचार्य', 'देशपांडे', 'त्रिपाठी', 'रघुवंशी'],
    full: space, boundary: 'word', honorific: (n) => `श्री/श्रीमती ${n}`,
    streets: ['एम.जी. रोड', 'स्टेशन रोड', 'गांधी नगर', 'नेहरू मार्ग', 'शिवाजी चौक'],
    cities: [['पुणे', (r) => `411${r.digits(3)}`], ['जयपुर', (r) => `302${r.digits(3)}`], ['लखनऊ', (r) => `226${r.digits(3)}`], ['इंदौर', (r) => `452${r.digits(3)}`]],
    addressLine: 'मकान नं. {n}, {s}',
    nsn: (r) => r.pick(['98', '97', '88', '70', '63']) + r.digits(8), national: (n) => `0${n.slice(0, 5)} ${n.slice(5)}`, intl: (n) => `+91 ${n.slice(0, 5)} ${n.slice(5)}`,
    mccmnc: ['40410', '40445', '40586'], nationalId: aadhaar, account: (r) => { const a = r.digits(r.pick([11, 12, 14])); return { text: `${a} (IFSC ${r.pick(['SBIN', 'HDFC', 'ICIC', 'PUNB'])}0${r.digits(6)})`, core: a, label: 'खाता संख्या' }; },
    orgs: [{ name: 'सह्याद्रि स्मार्ट मीटरिंग प्रा. लि.', short: 'SSMPL', domain: 'sahyadri-metering.in', brand: 'SahyadriMeter', v: ['utility'] }, { name: 'Ganga Mobility Telematics Pvt Ltd', short: 'GMT', domain: 'gangamobility.co.in', brand: 'GangaTrack', v: ['automotive'] }],
    words: { customer: 'ग्राहक', address: 'पता', phone: 'मोबाइल', dob: 'जन्म तिथि', technician: 'तकनीशियन', account: 'उपभोक्ता संख्या', note: 'टिप्पणी', police: 'उप-निरीक्षक', victim: 'पीड़ित' },
    sentence: 'ग्राहक {c} का उपकरण {d} रात में एक अज्ञात सर्वर से जुड़ा।',
  },
  {
    tag: 'th-TH', lang: 'th', country: 'TH', cc: '66',
    given: ['สมชาย', 'วนิดา', 'ธนากร', 'พรทิพย์', 'ณัฐพล', 'กาญจนา', 'อภิสิทธิ์', 'สุภาวดี'],
    family: ['วงศ์สวัสดิ์', 'ศรีสุข', 'ธนประเสริฐ', 'บุญมาก', 'แก้วมณี', 'รัตนพันธ์', 'จันทร์เพ็ญ', 'ทองคำดี'],
    full: space, boundary: 'text', honorific: (n) => `คุณ${n}`,
    streets: ['ถนนสุขุมวิท', 'ถนนพหลโยธิน', 'ถนนนิมมานเหมินท์', 'ซอยอารีย์', 'ถนนมิตรภาพ'],
    cities: [['เชียงใหม่', (r) => `502${r.digits(2)}`], ['ขอนแก่น', (r) => `400${r.digits(2)}`], ['ภูเก็ต', (r) => `830${r.digits(2)}`], ['นครราชสีมา', (r) => `300${r.digits(2)}`]],
    addressLine: 'เลขที่ {n} {s}',
    nsn: (r) => r.pick(['8', '9', '6']) + r.digits(8), national: (n) => `0${n.slice(0, 2)}-${n.slice(2, 5)}-${n.slice(5)}`, intl: (n) => `+66 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    mccmnc: ['52001', '52003', '52005'], nationalId: thaiId, account: (r) => { const a = r.digits(10); return { text: `${a.slice(0, 3)}-${a[3]}-${a.slice(4, 9)}-${a[9]}`, core: a, label: 'เลขที่บัญชี' }; },
    orgs: [{ name: 'บริษัท ล้านนา สมาร์ทกริด จำกัด', short: 'LSG', domain: 'lanna-smartgrid.co.th', brand: 'LannaMeter', v: ['utility', 'building'] }, { name: 'บริษัท สยามเพย์เทอร์มินัล จำกัด (มหาชน)', short: 'SPT', domain: 'siampayterminal.co.th', brand: 'SiamPOS', v: ['payment'] }],
    words: { customer: 'ลูกค้า', address: 'ที่อยู่', phone: 'โทร', dob: 'วันเกิด', technician: 'ช่างเทคนิค', account: 'หมายเลขลูกค้า', note: 'หมายเหตุ', police: 'ร.ต.อ.', victim: 'ผู้เสียหาย' },
    sentence: 'อุปกรณ์ {d} ของลูกค้า {c} เชื่อมต่อกับเซิร์ฟเวอร์ที่ไม่รู้จักในเวลากลางคืน',
  },
  {
    tag: 'en-GB', lang: 'en', country: 'GB', cc: '44',
    given: ['Fenella', 'Rhodri', 'Philippa', 'Declan', 'Imogen', 'Lachlan', 'Morwenna', 'Crispin'],
    family: ['Featherstonehaugh', 'Ogilvie', 'Trelawney', 'Abernethy', 'Pennington-Rowe', 'Culpepper', 'Llewellyn', 'Braithwaite'],
    full: space, boundary: 'word', honorific: (n) => `Mr/Ms ${n}`,
    streets: ['Mafeking Road', 'Tannery Lane', 'Prospect Terrace', 'Kingsmead Close', 'Halfpenny Row'],
    cities: [['Norwich', (r) => `NR${r.int(1, 9)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`], ['Swansea', (r) => `SA${r.int(1, 9)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`], ['Derby', (r) => `DE${r.int(1, 24)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`], ['Aberdeen', (r) => `AB${r.int(10, 25)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`]],
    addressLine: '{n} {s}',
    nsn: (r) => '7' + r.pick(['4', '5', '8', '9']) + r.digits(8), national: (n) => `0${n.slice(0, 4)} ${n.slice(4)}`, intl: (n) => `+44 ${n.slice(0, 4)} ${n.slice(4)}`,
    mccmnc: ['23410', '23415', '23430'], nationalId: ukNino, account: (r) => { const sc = `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`; const a = r.digits(8); return { text: `sort code ${sc}, account ${a}`, core: a, label: 'bank account' }; },
    orgs: [{ name: 'Fenland Water Telemetry Ltd', short: 'FWT', domain: 'fenlandtelemetry.co.uk', brand: 'FenLogger', v: ['utility'] }, { name: 'Northgate Cardiac Devices plc', short: 'NCD', domain: 'northgatecardiac.com', brand: 'PulseGuard', v: ['medical'] }],
    words: { customer: 'customer', address: 'address', phone: 'tel', dob: 'DOB', technician: 'field engineer', account: 'account no.', note: 'note', police: 'DC', victim: 'victim' },
    sentence: 'The {d} at {c}’s premises opened outbound sessions to an unknown server overnight.',
  },
  {
    tag: 'nl-NL', lang: 'nl', country: 'NL', cc: '31',
    given: ['Sjoerd', 'Femke', 'Gerrit', 'Marieke', 'Joost', 'Annelies', 'Wouter', 'Ilse'],
    family: ['van der Wiel', 'Hoekstra', 'Brouwer', 'Kuipers', 'de Graaf', 'Veenstra', 'Dijkhuizen', 'Terpstra'],
    full: space, boundary: 'word', honorific: (n) => `dhr./mevr. ${n}`,
    streets: ['Dorpsstraat', 'Kerkweg', 'Prinsengracht', 'Molenlaan', 'Zuiderdiep'],
    cities: [['Groningen', (r) => `97${r.digits(2)} ${nlLetters(r)}`], ['Zwolle', (r) => `80${r.digits(2)} ${nlLetters(r)}`], ['Tilburg', (r) => `50${r.digits(2)} ${nlLetters(r)}`], ['Leeuwarden', (r) => `89${r.digits(2)} ${nlLetters(r)}`]],
    addressLine: '{s} {n}',
    nsn: (r) => '6' + r.digits(8), national: (n) => `06-${n.slice(1)}`, intl: (n) => `+31 6 ${n.slice(1)}`,
    mccmnc: ['20404', '20408', '20416'], nationalId: bsn, account: iban('NL', (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10)),
    orgs: [{ name: 'Waddenlink Zorgtechniek B.V.', short: 'WZT', domain: 'waddenlink.nl', brand: 'WaddenAlarm', v: ['medical', 'building'] }, { name: 'Polderstroom Laadpalen B.V.', short: 'PSL', domain: 'polderstroom.nl', brand: 'PolderLaad', v: ['automotive'] }],
    words: { customer: 'klant', address: 'adres', phone: 'tel.', dob: 'geb.', technician: 'monteur', account: 'klantnummer', note: 'opmerking', police: 'brigadier', victim: 'benadeelde' },
    sentence: 'Het apparaat {d} van {c} maakte ’s nachts verbinding met een onbekende server.',
  },
];

/** Names for attacker infrastructure that reads like a person: never the planted people of a case. */
export const DECOY_PEOPLE = ['rosalind-hartigan', 'mateo-ferreyra', 'yuki-kanemoto', 'oskar-brandvold', 'leila-haddadi', 'dmitri-orlovsky', 'camille-beaujolais', 'priya-ramaswamy', 'jonas-eklund', 'aurelia-vance'];

/** Malware file names that look like user names or personal documents. */
export const USERISH_MALWARE = ['jsmith_update.exe', 'mkowalski.dll', 'anna_photos.scr', 'admin-tanaka.bin', 'svc_backup_paul.ps1', 'lena.apk', 'ivan_driver.sys', 'maria-invoice.pdf.exe', 'kevin_cfg.elf', 'yuki_patch.sh'];

export const MALWARE_FAMILIES = ['Mirai.Okiru', 'Gafgyt', 'Mozi', 'BotenaGo', 'Kaiji', 'Dark.IoT', 'FluBot', 'TeaBot', 'HiatusRAT', 'Chalubo', 'BadBox', 'Prometei', 'Zerobot', 'RapperBot'];
export const ACTORS = ['Volt Typhoon', 'Sandworm', 'LightBasin', 'Liminal Panda', 'Flax Typhoon', 'UNC3886', 'Scattered Spider', 'GhostEmperor'];
export const CVES = ['CVE-2023-1389', 'CVE-2024-3400', 'CVE-2023-20198', 'CVE-2024-21762', 'CVE-2023-46604', 'CVE-2022-30525', 'CVE-2024-7029', 'CVE-2023-28771', 'CVE-2024-12856', 'CVE-2021-36260'];
export const BAD_TLDS = ['top', 'xyz', 'click', 'online', 'shop', 'icu', 'cyou', 'buzz', 'sbs', 'lol'];
