/**
 * Label families of the submitter's reference numbers, per kind, in the exchange's languages:
 * a noun ("pelanggan", "smlouvy", "πελάτη") takes a number word before it ("id pelanggan",
 * "č. smlouvy", "κωδ. πελάτη") or after it ("kunde nr.", "ügyfélszám", "asiakasnro",
 * "pracownik ID"); compounds are listed whole. Plain lower-case text: `labelAlternation` makes
 * the regular expression (a final '.' optional), `foldKey` the compact form of a JSON or
 * key=value key ("müşteri no" and "musterino", "n° de série" and "ndeserie" are one key).
 */

import { NATIONAL_ID_LABELS } from './national-ids';

export type IdKind = 'CONTRACT' | 'CUSTOMER-ID' | 'EMPLOYEE-ID' | 'SERIAL';

interface Family {
  kind: IdKind;
  nouns: string[];
  compounds: string[];
}

// Number words written before the noun ("no. kontrak", "mã khách hàng", "מס' לקוח", "รหัสลูกค้า").
const PREFIXES = [
  'n° de', 'nº de', 'n.º de', 'no. de', 'número de', 'número do', 'numéro de', 'numero di', 'no.', 'nr.', 'nro.', 'n°', 'nº', 'n.º', '#', '№', 'id', 'č.', 'číslo', 'αρ.', 'αριθμός', 'κωδ.', 'κωδικός', 'cod', 'cod.', 'codul', 'kod', 'kode', 'código', 'codice', 'mã số', 'mã', 'số', 'nomor', 'numer', 'număr', 'numărul',
  'número', 'numero', 'номер', 'мс', "מס'", 'מספר', 'รหัส', 'หมายเลข', 'เลขที่', 'رقم',
];
// Number words written after the noun, spaced or joined ("kunde nr.", "ügyfélszám", "sopimusnumero").
const SUFFIXES = [
  'id', 'no.', 'nr.', 'nro.', 'ref.', 'reference', 'n.º', 'nº', 'n°', 'num.', 'number', 'numarası', 'numarasi', '番号', '编号', '編號', '号', '號', '번호', 'nummer', 'numer', 'numero', 'número', 'nomor', 'száma', 'szám', 'azonosító', 'číslo', 'tunnus', 'kód', 'kod', 'kode', 'code', '#', '№', 'номер', 'no', 'nr',
];

const FAMILIES: Family[] = [
  {
    kind: 'CONTRACT',
    nouns: [
      'contract', 'contractului', 'kontrakt', 'kontrak', 'kontrakten', 'aftale', 'aftalen', 'avtale', 'avtalen', 'avtal', 'sopimus', 'sopimuksen', 'smlouva', 'smlouvy', 'zmluva', 'zmluvy', 'szerződés', 'szerződésszám',
      'συμβόλαιο', 'συμβολαίου', 'σύμβαση', 'σύμβασης', 'hợp đồng', 'hđ', 'perjanjian', 'polis', 'polisa', 'polisy', 'póliza', 'polizza', 'police', 'policy', 'חוזה', 'הסכם', 'สัญญา', 'договір', 'договору',
      'договор', 'договора', 'umowy', 'sözleşme', 'contrato', 'contratto', 'contrat', 'vertrag', 'vertrags', 'overeenkomst', 'agreement', 'umowa', 'poliçe', 'apólice', 'عقد', 'العقد', '契約', '合同', '계약',
    ],
    // An Australian or British mobile "plan" is the customer's contract.
    compounds: ['emaid', 'ema-id', 'ema id', 'e-mobility account', 'sopimusnro', 'avtalenr.', 'aftalenr.', 'kontraktnr.', 'č. sml.', 'contractnr.', 'polisnummer', 'policy no.', 'số hđ', 'vertragsnr.', 'agreement #', 'plan ref.', 'plan no.', 'plan number', 'avtalsnummer', 'avtalsnr.'],
  },
  {
    kind: 'CUSTOMER-ID',
    nouns: [
      'customer', 'cust', 'subscriber', 'kunde', 'kunden', 'kund', 'klient', 'klienta', 'klienten', 'client', 'clientului', 'cliente', 'klant', 'asiakas', 'asiakkaan', 'tilaaja', 'zákazník', 'zákazníka', 'zákaznické',
      'ügyfél', 'felhasználó', 'πελάτη', 'πελάτης', 'συνδρομητή', 'khách hàng', 'kh', 'pelanggan', 'nasabah', 'לקוח', 'מנוי', 'ลูกค้า', 'สมาชิก', 'клієнта', 'клієнт', 'абонента', 'абонент', 'клиента', 'клиент',
      'müşteri', 'abone', 'abonné', 'abonnent', 'abonat', 'abonatului', 'odbiorca', 'odbiorcy', 'عميل', 'العميل', 'مشترك', 'المشترك', '顧客', 'お客様', '会員', '加入者', '客户', '客戶', '用户', '고객', '가입자',
    ],
    compounds: ['kundenr.', 'kundnr.', 'asiakasnro', 'zákaznické číslo', 'osobový účet', 'особовий рахунок', 'особовий рахунок №', 'особистий рахунок', 'ügyfélazonosító', 'ügyfélkód'],
  },
  {
    kind: 'EMPLOYEE-ID',
    nouns: [
      'employee', 'staff', 'emp', 'empl', 'medarbejder', 'medarbejderen', 'ansatt', 'ansatte', 'anställd', 'työntekijä', 'tyontekija', 'henkilöstö', 'henkilö', 'zaměstnanec', 'zaměstnance', 'zamestnanec', 'pracownik', 'pracownika',
      'angajat', 'angajatului', 'salariat', 'alkalmazott', 'munkatárs', 'dolgozó', 'munkavállaló', 'karyawan', 'pegawai', 'nhân viên', 'nv', 'พนักงาน', 'עובד', 'працівник', 'працівника', 'співробітник', 'сотрудник', 'сотрудника',
      'υπάλληλος', 'υπαλλήλου', 'εργαζόμενος', 'εργαζομένου', 'çalışan', 'calisan', 'personel', 'mitarbeiter', 'medewerker', 'salarié', 'employé', 'empleado', 'dipendente', 'colaborador', 'funcionário', 'personal',
      'الموظف', 'موظف', 'कर्मचारी', '员工', '員工', '职工', '社員', '従業員', '직원', '사원', 'sicil',
    ],
    compounds: ['medarbejdernr.', 'ansattnr.', 'anst.nr.', 'osobní číslo', 'os. č.', 'törzsszám', 'nik karyawan', 'αριθμός μητρώου', 'табельний номер', 'табельный номер'],
  },
  {
    kind: 'SERIAL',
    nouns: ['serial', 'serie', 'série', 'seri', 'sê-ri', 'seriál', 'sarja', 'serien', 'seryjny', 'σειράς', 'シリアル', '製造', '序列', '出厂', '일련', '시리얼', 'elektroměru', 'elektroměr', 'plynoměru', 'plynoměr', 'vodoměru', 'vodoměr', 'elektromera', 'elektromer'],
    compounds: [
      's/n', 'sr. no.', 'mpan', 'mprn', 'cups', 'código cups', 'pdl', 'prm', 'nmi', 'esi id', 'zählpunkt', 'ean code', 'ean-code', 'serienr.', 'serienummer', 'sarjanumero', 'sarjanro', 'valmistusnumero', 'výrobní číslo', 'výr. č.', 'sériové číslo', 'v.č.', 'σειριακός αριθμός', 'αριθμός σειράς', 'nomor seri', 'no. seri', 'số sê-ri', 'số seri', 'nr seryjny',
      'numer seryjny', 'заводской номер', 'заводський номер', 'серійний номер', 'серийный номер', 'зав. №', '일련번호', 'gyári szám', 'gyáriszám', 'sorozatszám', 'หมายเลขเครื่อง', 'หมายเลขซีเรียล', 'מספר סידורי', "מס' סידורי",
      'n.º de série', 'n.º de serie', 'n° de série', 'nº de serie', 'seri no', 'seri numarası', 'seriennr.', 'rfid uid', 'rfid', 'card uid', 'tag uid', 'rfid epc', 'epc code', 'ca card', 'smartcard', 'smart card', 'smartcard no.',
      'karta ca', 'carte ca', 'evse id', 'evse', 'bacnet device instance', 'device instance', 'pump serial', 'infusion pump', 'ser. no.', 'ser.nr.', 'fabriknummer', 'fabrik-nr.',
      'gerätenummer', 'geräte-nr.', 'herstellnummer', 'tillverkningsnummer', 'fabrikationsnummer', 'valmistenumero', 'n. di serie', 'n. serie', 'număr de serie', 'nr. de serie', 'nr. serie', '设备编号',
      '序號', '序号', 'الرقم التسلسلي', 'رقم تسلسلي',
    ],
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
// A label's final '.' is often left out ("kundenr", "nr"), and a space may be a '_' or '-' in keys.
const pattern = (s: string) => escape(s).replace(/\\\.$/, '\\.?').replace(/ /g, '[ _-]?');

/** The label alternation of one kind: compounds, number word + noun, noun + number word (longest first). */
export function labelAlternation(kind: IdKind): string {
  const f = FAMILIES.find((x) => x.kind === kind)!;
  const nouns = [...f.nouns].sort((a, b) => b.length - a.length).map(pattern).join('|');
  const pre = [...PREFIXES].sort((a, b) => b.length - a.length).map(pattern).join('|');
  const suf = [...SUFFIXES].sort((a, b) => b.length - a.length).map(pattern).join('|');
  const compounds = [...f.compounds].sort((a, b) => b.length - a.length).map(pattern).join('|');
  return `${compounds}|(?:${pre})\\s?(?:${nouns})|(?:${nouns})[ _-]?(?:${suf})`;
}

const labelStem = (s: string): string => {
  const longest = s.split(/[ .]/).reduce((a, b) => (b.length > a.length ? b : a), '');
  // A short word alone ("v" of "v.č.") would pass nearly every text.
  return longest.length >= 3 || longest === s ? longest : s;
};

/** Lower-case stems for a cheap substring gate before the label expression runs. */
export const LABEL_STEMS: string[] = [...new Set(FAMILIES.flatMap((f) => [...f.nouns, ...f.compounds]).map(labelStem))];

/**
 * The same stems where a short one keeps the '.' its label writes after it ("ser." of "ser. no.",
 * "výr." of "výr. č."): only a label's final '.' may be left out, so the label expression needs that
 * '.', and bare "ser" is in every "user" and "server".
 */
export const DOTTED_LABEL_STEMS: string[] = [
  ...new Set(
    FAMILIES.flatMap((f) => [...f.nouns, ...f.compounds]).map((s) => {
      const stem = labelStem(s);
      const at = s.indexOf(`${stem}.`);
      return stem.length <= 3 && at >= 0 && at + stem.length + 1 < s.length ? `${stem}.` : stem;
    }),
  ),
];

/** A key folded to letters and digits without marks, in lower case ("Kunden-Nr." → "kundennr"). */
export function foldKey(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[đ]/g, 'd')
    .replace(/[ł]/g, 'l')
    .replace(/[ø]/g, 'o')
    .replace(/[ı]/g, 'i')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const AMBIGUOUS_NOUNS = new Set(['policy', 'police', 'polis', 'personal', 'personel', 'serie', 'série', 'serien', 'seriál', 'agreement', 'client', 'cliente', 'subscriber']);

// The folded parts, built once (folding every noun × number word up front cost 140 ms at start-up).
const FOLDED_PREFIXES = new Set(PREFIXES.map(foldKey).filter(Boolean));
const FOLDED_SUFFIXES = new Set(SUFFIXES.map(foldKey).filter(Boolean));
const FOLDED_NOUNS: [string, IdKind, boolean][] = FAMILIES.flatMap((f) => f.nouns.map((n) => [foldKey(n), f.kind, AMBIGUOUS_NOUNS.has(n)] as [string, IdKind, boolean]));
const FOLDED_COMPOUNDS = new Map(FAMILIES.flatMap((f) => f.compounds.map((c) => [foldKey(c), f.kind] as [string, IdKind])));

/** Folded nouns and compounds as one pattern: a record without any has no key to fold. */
export const FOLDED_GATE = new RegExp([...new Set([...FOLDED_NOUNS.map(([n]) => n), ...FOLDED_COMPOUNDS.keys()])].filter((n) => n.length >= 3).join('|'));

/**
 * The kind a folded key names: a compound, a noun with a number word before or after it, or a
 * bare noun where it cannot name something else ("policy", "serie", "client"), unless `longNumber`
 * (the value has six digits or more: "serie": "KFM3054356435", not "serie": "S7-1500").
 */
export function keyKind(key: string, longNumber = false): IdKind | undefined {
  if (key.length < 3) return undefined;
  const compound = FOLDED_COMPOUNDS.get(key);
  if (compound) return compound;
  for (const [noun, kind, ambiguous] of FOLDED_NOUNS) {
    if (!noun) continue;
    if (key === noun) {
      if (longNumber || (!ambiguous && noun.length >= 5)) return kind;
      continue;
    }
    if (key.startsWith(noun) && FOLDED_SUFFIXES.has(key.slice(noun.length))) return kind;
    if (key.endsWith(noun) && FOLDED_PREFIXES.has(key.slice(0, key.length - noun.length))) return kind;
  }
  return undefined;
}

// Column headers and keys of the other personal fields, folded the same way (a spreadsheet's
// "adresă", "ที่อยู่", "syntymäaika", "rendszám").
const FIELD_LABELS: [string, string[]][] = [
  ['ADDRESS', ['address', 'service address', 'home address', 'street address', 'billing address', 'supply address', 'installation address', 'premises', 'site address', 'adresse', 'adres', 'adress', 'adresa', 'adresă', 'bydliště', 'domiciliu', 'adressa', 'adresi', 'osoite', 'cím', 'lakcím', 'alamat', 'địa chỉ', 'ที่อยู่', 'адреса', 'адрес', 'כתובת', 'पता', 'العنوان', 'indirizzo', 'domicilio', 'dirección', 'endereço', 'morada', 'anschrift', 'διεύθυνση', '住所', '地址', '주소']],
  ['DOB', ['dob', 'date of birth', 'nato/a il', 'nato il', 'nata il', 'né(e) le', 'né le', 'née le', 'nacido/a', 'born', 'birth date', 'geburtsdatum', 'geb.', 'geb.-datum', 'geb.datum', 'geb.-dat.', 'data de nasc.', 'data nasc.', 'dt. nasc.', 'fecha de nac.', 'fecha nac.', 'f. de nac.', 'f. nac.', 'date de naiss.', 'data di nasc.', 'd.o.b.', 'birthdate', 'birthday', 'fødselsdato', 'födelsedatum', 'syntymäaika', 'datum narození', 'nar.', 'születési dátum', 'szül.', 'data nașterii', 'data urodzenia', 'data ur.', 'tgl lahir', 'tanggal lahir', 'ngày sinh', 'วันเกิด', 'תאריך לידה', 'дата народження', 'дата рождения', 'ημ. γέννησης', 'doğum tarihi', 'date de naissance', 'fecha de nacimiento', 'data di nascita', 'data de nascimento', 'geboortedatum', 'जन्मतिथि', 'تاريخ الميلاد', '生年月日', '出生日期', '생년월일']],
  ['PLATE', ['plate', 'rego', 'reg.', 'reg. no.', 'registration', 'registration no.', 'vehicle reg.', 'vehicle no.', 'vehicle number', 'vrn', 'vrm', 'placa', 'licence plate', 'license plate', 'kennzeichen', 'skilt', 'nummerplade', 'registreringsnummer', 'reg.nr.', 'rekisterinumero', 'rendszám', 'spz', 'registrační značka', 'nr. înmatriculare', 'număr de înmatriculare', 'biển số', 'ป้ายทะเบียน', 'ทะเบียนรถ', 'plat nomor', 'nomor polisi', 'номерний знак', 'номерной знак', 'госномер', 'מספר רכב', 'πινακίδα', 'plaka', 'kenteken', 'targa', 'matrícula', 'immatriculation', 'numer rejestracyjny', 'رقم اللوحة', '车牌号', '차량번호']],
];

const FOLDED_FIELDS = new Map([...FIELD_LABELS, ['NATIONAL-ID', NATIONAL_ID_LABELS] as [string, string[]]].flatMap(([kind, labels]) => labels.map((l) => [foldKey(l), kind] as [string, string])));

/** The kind a folded column header names: a personal field or a reference-number family. */
export function fieldKind(key: string): string | undefined {
  return FOLDED_FIELDS.get(key) ?? keyKind(key);
}
