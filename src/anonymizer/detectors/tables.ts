import { type Detector, type Finding, PRIORITY } from './finding';
import { fieldKind, foldKey } from './id-labels';
import { matchAll } from '../match-all';
import { labelledIdKind } from './labelled-ids';

/**
 * Tables pasted into free text (CSV, TSV, semicolon-separated, Markdown): a header row and rows
 * with the same number of cells. A column whose header names an identifier ("serial", "MAC",
 * "Kunde", "住所") has its cells tokenised, where no label stands next to each value. Columns
 * whose header is not recognised, including threat columns (src, C2, IOC, hash, domain, URL),
 * are left to the other detectors.
 */

// Header (lower-cased, trimmed) → token kind. Tested in order: the first match wins.
const HEADERS: [RegExp, string][] = [
  // Threat and indicator columns are never victim identifiers, whatever else their header says.
  [/attack|c2|c&c|\bioc\b|indicator|hash|sha-?\d|md5|malware|threat|\bsrc\b|source|dst|destination|domain|url|cve|signature|rule|angreifer|attaquant|atacante|攻撃|攻击|공격/, ''],
  [/^(?:mac|mac[ _-]?(?:address|addr|adresse)|(?:adresse|dirección|direccion|indirizzo|endereço|endereco) mac|macアドレス|mac地址|mac 주소)$/, 'MAC'],
  [/^imei(?:sv)?$/, 'IMEI'],
  [/^imsi$/, 'IMSI'],
  [/^iccid$|^sim(?:[ _-]?(?:id|iccid))?$/, 'ICCID'],
  [/^vin$|fahrgestell|^n(?:°|o\.?|º) ?vin$/, 'VIN'],
  [/plate|kennzeichen|immatriculation|plaque|matr[ií]cula|targa|kenteken|rejestracyjn|plaka|ナンバー|车牌|차량번호|번호판/, 'PLATE'],
  [/^(?:msisdn|phone|tel\.?|telephone|telefon|téléphone|telefone|teléfono|telefono|mobile|mobil|handy|portable|móvil|cellulare|celular|gsm|telefoon|電話(?:番号)?|电话|手机|手機|携帯(?:電話)?|전화(?:번호)?|휴대폰|هاتف|الهاتف|جوال|cep(?: telefonu)?|telefon numarası|no\.? hp|nomor hp|nomor telepon|เบอร์โทร(?:ศัพท์)?|số điện thoại|sđt)$/, 'PHONE'],
  [/e-?mail|courriel|correo|メール|邮箱|이메일|البريد/, 'EMAIL'],
  [/^(?:address|street|adresse|anschrift|straße|strasse|dirección|direccion|indirizzo|endereço|endereco|adres|adress|gatuadress|住所|地址|주소|العنوان)$/, 'ADDRESS'],
  [/^(?:lat|latitude|lon|lng|long|longitude|breite|länge|gps|coordinates?|koordinaten|coordonnées|緯度|経度|纬度|经度|위도|경도)$/, 'COORDINATES'],
  [/^(?:host|hostname|host[ _-]?name|computer|computername|rechnername|nom d'hôte|ホスト名|主机名|호스트명)$/, 'HOST'],
  [/^(?:user|username|user[ _-]?name|login|benutzer(?:name)?|utilisateur|usuario|utente|usuário|gebruiker|användare|kullanıcı|ユーザー?名?|用户名|사용자)$/, 'USER'],
  // Bank columns: the account and its bank, branch or code in one cell ("0508 / 9375747-4", "みずほ銀行 048支店 普通 1502372").
  [/^(?:bank(?:ing)?[ _-]?(?:account|acc\.?|acct|details|connection)|bank|account (?:bancaire|bancaria)|conta(?: corrente| banc[áa]ria)?|ag[êe]ncia ?\/ ?conta|cuenta(?: bancaria| clabe)?|clabe|conto(?: corrente)?|compte(?: bancaire)?|rib|bankverbindung|kontonummer|konto|rekening(?:nummer)?|rachunek(?: bankowy)?|nr rachunku|hesap(?: no)?|banka hesab[ıi]|口座(?:番号)?|振込先|계좌(?:번호)?|帳戶|帳號|銀行帳號|账户|账号|银行账号|الحساب|الحساب البنكي|số tài khoản|nomor rekening|rekening bank|เลขที่บัญชี|บัญชี|рахунок|сч[её]т|банковский сч[её]т)$/, 'BANK-ACCOUNT'],
  [/account|kunden-?n(?:r|ummer)|customer[ _-]?(?:id|no|nr|number)|client[ _-]?(?:id|no)|contrat|contract|vertrag|klantnummer|kundnummer|numer klienta|müşteri no|顧客番号|お客様番号|户号|客户编号|고객번호|رقم الحساب|رقم العميل|\biban\b/, 'CUSTOMER-ID'],
  // A customer or subscriber word with a number word, in either order ("N° client", "Cód. cliente", "Nr klienta", "ग्राहक संख्या").
  [/(?:customer|client|cliente|klient|klienta|kunde|kunden|abonn[ée]|abonado|assinante|subscriber|абонент|клиент|ग्राहक).{0,3}(?:id|no\.?|nr\.?|n[°º]|number|nummer|num[ée]ro|número|numero|code|cod\.?|cód\.?|código|codice|номер|संख्या|आईडी)$|^(?:id|no\.?|nr\.?|n[°º]|num[ée]ro|número|numero|code|cod\.?|cód\.?|código|codice|номер).{0,4}(?:customer|client|cliente|klient|klienta|kunde|kunden|abonn[ée]|abonado|assinante|subscriber|абонента|клиента)|лицевой сч[её]т/, 'CUSTOMER-ID'],
  [/^(?:emp(?:loyee)?\.?[ _-]?(?:id|no\.?|nr\.?|number|#)|staff[ _-]?(?:id|no\.?)|personnel[ _-]?(?:id|no\.?|number)|badge(?: ?(?:id|no\.?))?|personal-?(?:nummer|nr\.?)|mitarbeiter-?(?:nummer|nr\.?|id)|matricule|n[°º] employé|n[°º] de empleado|número de empleado|personeelsnummer|anställningsnummer|numer pracownika|nr pracownika|табельный(?: номер)?|sicil(?: no| numarası)?|社員番号|従業員番号|员工编号|工号|사번|직원번호|الرقم الوظيفي|رقم الموظف|कर्मचारी (?:संख्या|आईडी))$/, 'EMPLOYEE-ID'],
  [/serial|^s\/?n$|seriennummer|s[ée]rie|serienummer|seryjny|seri no|シリアル|製造番号|序列号|序列號|시리얼|التسلسلي|^(?:device|meter|charger|unit|asset)[ _-]?(?:id|no|nr)?$|zähler|compteur|contador|medidor|contatore|matricola|meter|licznik|mätare|mätar|sayaç|сч[её]тчик|मीटर|عداد|メーター|电表|電表|계량기|router|modem|gateway|charger|wallbox|plc|set-top|stb|ecu|tcu|端末|设备|장비|^(?:equipo|equipamento|aparelho|dispositivo|appareil|ger[äa]t|apparaat|urz[ąa]dzenie|cihaz|enhet|laite|za[řr][íi]zen[íi]|thi[ếe]t b[ịi]|perangkat|อุปกรณ์|пристр[іi]й|устройство|الجهاز|단말(?:기)?|設備|機器)$/, 'SERIAL'],
  // Columns named by a person's role rather than "name": technician, engineer, employee, contact person, per language.
  [/^(?:(?:field |service )?(?:technician|engineer)|employee|staff|installer|contact(?: person)?|(?:service)?techniker(?:in)?|mitarbeiter(?:in)?|ansprechpartner(?:in)?|technicien(?:ne)?|salarié|employé|técnico|empleado|tecnico|dipendente|colaborador|funcionário|monteur|medewerker|serwisant|pracownik|technik|zaměstnanec|zákazník|kontaktní osoba|asiakas|asentaja|työntekijä|yhteyshenkilö|tekniker|medarbejder|montør|ansatt|kontaktperson|πελάτης|τεχνικός|υπάλληλος|tehnician|angajat|ügyfél|szerelő|munkatárs|saha teknisyeni|teknisyen|çalışan|khách hàng|kỹ thuật viên|nhân viên|pelanggan|teknisi|karyawan|монтажник|техник|сотрудник|технік|працівник|клієнт|לקוח|טכנאי|עובד|ลูกค้า|ช่างเทคนิค|พนักงาน|तकनीशियन|कर्मचारी|الفني|الموظف|作業員|社員|担当者|现场工程师|工程师|员工|현장 기사|기사|직원)$/, 'PERSON'],
  [/^(?:name|full ?name|(?:customer|contact|subscriber|account holder|holder|owner|employee|user) ?name|first ?name|last ?name|surname|given ?name|family ?name|customer|kunde|kundin|kundenname|vorname|nachname|client|cliente|klant|kund|kundnamn|klient|müşteri|musteri|subscriber|abonnent|abonné|abonent|owner|inhaber|titular|titulaire|intestatario|propriétaire|contact|kontakt|patient|nom|prénom|prenom|nom complet|nombre|nombre completo|apellidos?|nome|nome completo|cognome|nominativo|nome e cognome|naam|volledige naam|namn|fullständigt namn|nazwisko|imię|imię i nazwisko|isim|ad|soyad|ad soyad|adı soyadı|фио|ф\.и\.о\.|имя|фамилия|клиент|абонент|владелец|नाम|ग्राहक|ग्राहक का नाम|氏名|名前|お名前|顧客|顧客名|お客様|姓名|名字|客户|客户姓名|用户|이름|성명|고객|고객명|الاسم|اسم|اسم العميل|العميل)$/, 'PERSON'],
  // Name headers of more languages, and CJK headers that end in the word for a full name ("お客様氏名", "客戶姓名", "契約者氏名").
  [/(?:氏名|姓名)$|^(?:nama|nama pelanggan|nama lengkap|nama pemilik|abone|abone adı|müşteri adı|musteri adi|tên|họ tên|họ và tên|tên khách hàng|ім'я|піб|όνομα|ονοματεπώνυμο|שם|שם מלא|שם הלקוח|ग्राहक नाम|ชื่อ|ชื่อลูกค้า|ชื่อ-นามสกุล|ชื่อ นามสกุล|ชื่อพนักงาน|ชื่อผู้ติดต่อ|顧客|客戶|用戶|聯絡人|联系人)$/, 'PERSON'],
];

function headerKind(cell: string): string {
  const h = cell.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  // A question, an exclamation or a "Speaker: words" line is a transcript, not a header row ("Agent: Thanks, which model?").
  if (h.length === 0 || h.length > 40 || /[?!？！]$|^[^:]{1,30}:[ \t]/.test(h)) return '';
  for (const [re, kind] of HEADERS) if (re.test(h)) return kind;
  // Labels of the other languages, folded ("adresă", "rendszám", "รหัสลูกค้า", "medarbejder ID").
  return fieldKind(foldKey(h)) ?? labelledIdKind(h) ?? '';
}

interface Cell {
  start: number;
  end: number;
}

/** Cells of one line split on `sep`, trimmed (and unquoted), with offsets into the text. */
function cells(text: string, from: number, to: number, sep: string): Cell[] {
  let s = from;
  let e = to;
  if (sep === '|') {
    while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\r')) e--;
    if (text[s] === '|') s++;
    if (e > s && text[e - 1] === '|') e--;
  } else if (text[e - 1] === '\r') e--;
  const out: Cell[] = [];
  let p = s;
  for (;;) {
    const q = nextSeparator(text, p, e, sep);
    const end = q < 0 || q >= e ? e : q;
    let a = p;
    let b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b - a >= 2 && text[a] === '"' && text[b - 1] === '"') (a++, b--);
    out.push({ start: a, end: b });
    if (end === e) break;
    p = end + 1;
  }
  return out;
}

/**
 * The next separator at or after `from`, outside double quotes: a CSV cell such as
 * "Nowak, Anna" or "Hauptstr. 4, 10115 Berlin" holds the separator.
 */
function nextSeparator(text: string, from: number, to: number, sep: string): number {
  const q = text.indexOf(sep, from);
  if (q < 0 || q >= to || (sep !== ',' && sep !== ';')) return q;
  const quote = text.indexOf('"', from);
  if (quote < 0 || quote > q) return q;
  // Only a quote that opens the cell starts a quoted cell.
  let a = from;
  while (a < to && (text[a] === ' ' || text[a] === '\t')) a++;
  if (text[a] !== '"') return q;
  const close = text.indexOf('"', a + 1);
  if (close < 0 || close >= to) return q;
  return text.indexOf(sep, close);
}

const SEPARATORS = ['|', '\t', ';', ','];
const MD_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Whether a cell's content can be the identifier its column names. */
function plausible(kind: string, v: string): boolean {
  if (v.length < 2 || v.length > 120 || v.includes('[') || /^(?:-+|n\/?a|none|null|unknown|—|–)$/i.test(v)) return false;
  switch (kind) {
    case 'PERSON':
      return /\p{L}/u.test(v) && !/[@\/\\=]|:\/\//.test(v) && v.split(/\s+/).length <= 6 && !/\d{3}/.test(v);
    case 'ADDRESS':
      return /\p{L}/u.test(v) && v.length >= 5;
    case 'HOST':
    case 'USER':
    case 'EMAIL':
      return v.length >= 3 && !/\s/.test(v);
    case 'COORDINATES':
      return /^-?\d{1,3}\.\d{3,}$/.test(v);
    case 'MAC':
      return v.replace(/[^0-9a-f]/gi, '').length === 12;
    case 'BANK-ACCOUNT':
      return v.replace(/\D/g, '').length >= 6;
    default:
      return /\d/.test(v) && v.length >= 4 && !/^\d{1,3}(?:\.\d{1,3}){3}(?:[:/]\d+)?$/.test(v);
  }
}

function tokenValue(kind: string, v: string): string {
  if (kind === 'MAC') return v.replace(/[^0-9a-f]/gi, '').toLowerCase().match(/../g)!.join(':');
  if (kind === 'IMEI' || kind === 'IMSI' || kind === 'ICCID' || kind === 'PHONE') return v.replace(/\D/g, '');
  return v.toLowerCase().replace(/\s+/g, ' ');
}

const tables: Detector = (text, ctx) => {
  const out: Finding[] = [];
  // Line starts and ends.
  const lines: [number, number][] = [];
  for (let s = 0; s <= text.length; ) {
    const n = text.indexOf('\n', s);
    const e = n < 0 ? text.length : n;
    lines.push([s, e]);
    if (n < 0) break;
    s = n + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const [hs, he] = lines[i];
    const header = text.slice(hs, he);
    const sep = SEPARATORS.find((c) => header.includes(c));
    if (!sep) continue;
    const head = cells(text, hs, he, sep);
    if (head.length < 2) continue;
    const kinds = head.map((c) => headerKind(text.slice(c.start, c.end)));
    if (!kinds.some(Boolean)) continue;
    let j = i + 1;
    if (sep === '|' && MD_RULE.test(text.slice(lines[j][0], lines[j][1]))) j++;
    let rows = 0;
    for (; j < lines.length; j++) {
      const [rs, re] = lines[j];
      if (!text.slice(rs, re).includes(sep)) break;
      const row = cells(text, rs, re, sep);
      if (row.length !== head.length) break;
      rows++;
      row.forEach((c, k) => {
        const kind = kinds[k];
        const v = text.slice(c.start, c.end);
        if (!kind || !plausible(kind, v)) return;
        const value = tokenValue(kind, v);
        if (ctx.isProtected(v.toLowerCase()) || ctx.isProtected(value)) return;
        out.push({ start: c.start, end: c.end, kind, detector: 'table-column', priority: PRIORITY.slot + 1, value, side: 'victim', reason: 'table cell under an identifier column header' });
      });
    }
    if (rows > 0) i = j - 1;
  }
  return out;
};

// HTML table rows and their cells (a mail client's paste): the cell's text between its tags.
const HTML_ROW_RE = /<tr\b[^>]{0,200}>([\s\S]{0,4000}?)<\/tr>/gi;
const HTML_CELL_RE = /<(t[dh])\b[^>]{0,200}>([^<]{0,200})<\/t[dh]>/gi;

/**
 * HTML tables: a row of two cells is a label and its value ("<td>Kennzeichen</td><td>B-XY 123</td>");
 * a row of header cells (`<th>`, or labels only) names the columns of the rows under it.
 */
const htmlTables: Detector = (text, ctx) => {
  const out: Finding[] = [];
  if (!text.includes('</td>') && !text.includes('</TD>')) return out;
  let columns: string[] | undefined;
  const add = (kind: string, start: number, v: string, reason: string) => {
    const value = tokenValue(kind, v);
    if (!kind || !plausible(kind, v) || ctx.isProtected(v.toLowerCase()) || ctx.isProtected(value)) return;
    out.push({ start, end: start + v.length, kind, detector: 'table-column', priority: PRIORITY.slot + 1, value, side: 'victim', reason });
  };
  for (const row of matchAll(HTML_ROW_RE, text)) {
    const at = row.index! + row[0].indexOf('>') + 1;
    const cellsOf = [...matchAll(HTML_CELL_RE, row[1])].map((c) => {
      const lead = c[2].length - c[2].trimStart().length;
      return { th: c[1].toLowerCase() === 'th', start: at + c.index! + c[0].indexOf('>') + 1 + lead, v: c[2].trim() };
    });
    if (cellsOf.length === 0) continue;
    const kinds = cellsOf.map((c) => headerKind(c.v));
    if (cellsOf.every((c) => c.th) || (cellsOf.length > 2 && kinds.filter(Boolean).length >= 2)) {
      columns = kinds;
      continue;
    }
    if (columns && columns.length === cellsOf.length) {
      cellsOf.forEach((c, k) => add(columns![k], c.start, c.v, 'table cell under an identifier column header'));
    } else if (cellsOf.length === 2) {
      add(kinds[0], cellsOf[1].start, cellsOf[1].v, 'table cell after its label cell');
    }
  }
  return out;
};

/** Cheap gate: a line break and a cell separator somewhere. */
export const TABLE_GATE = { test: (text: string) => text.includes('\n') && /[|;,\t]/.test(text) };

export const tableDetectors: [string, Detector][] = [['tables', tables], ['html-tables', htmlTables]];
