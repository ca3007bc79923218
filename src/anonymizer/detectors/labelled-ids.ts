import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';
import { foldKey, type IdKind, LABEL_STEMS, labelAlternation } from './id-labels';
import { luhn } from './device-ids';
import { clabeCheck, nationalIdPlausible } from './national-ids';
import { bankAccountDetectors } from './bank-accounts';

/**
 * Personal numbers that only their label tells apart from any other number: national identity
 * and tax numbers, hospital record numbers, payment terminal and merchant ids, smart-card and
 * RFID card numbers, metering points, CLABE accounts. Each kind has its labels in the exchange's
 * languages and a value shape; the label may stand in any of the places tools and people put it:
 * "Label: value", a dotted leader ("Label ........ value"), padded columns, "Label / key: value",
 * a JSON, YAML or key=value key, a chat line ("MID 1234…"), a call transcript's question and
 * answer ("Agent: PESEL?\nCaller: 5305…"), or a value on the line after its colon.
 */

interface Kind {
  kind: string;
  labels: string[];
  /** A label family of id-labels.ts read in these placements as well. */
  family?: IdKind;
  /** The value, anchored at the start of the text after the label. */
  value: RegExp;
  /** Digits the value needs (a year, a count or a version after the label is not the id). */
  minDigits: number;
  valid?: (v: string, label: string) => boolean;
}

const KINDS: Kind[] = [
  {
    kind: 'NATIONAL-ID',
    labels: [
      'ssn', 'social security number', 'social security no.', 'soc. sec. no.', 'national id', 'national id number', 'national identity number', 'national insurance number', 'national insurance no.', 'ni number', 'ni no.', 'nino',
      'id number', 'identity number', 'identity card number', 'id card number', 'personal id', 'personal identity number', 'aadhaar', 'aadhaar no.', 'aadhaar number', 'aadhar', 'ppsn', 'pps number', 'pps no.', 'sa id', 'rsa id', 'id no.',
      'tax id', 'tax number', 'taxpayer id', 'tin', 'social insurance number', 'sv-nummer', 'sv-nr.', 'svnr', 'sozialversicherungsnummer', 'versicherungsnummer', 'steuer-id', 'steueridentifikationsnummer', 'ausweisnummer',
      'numéro de registre national', 'n° de registre national', 'registre national', 'numéro national', 'rijksregisternummer', 'rijksregister', 'numéro de sécurité sociale', 'nir', 'numéro fiscal',
      'bsn', 'burgerservicenummer', 'sofinummer', 'curp', 'rfc', 'dni', 'nie', 'nif', 'número de identificación', 'cédula', 'número de contribuinte', 'contribuinte', 'cpf', 'niss', 'nic', 'codice fiscale',
      'pesel', 'nip', 'numer dowodu', 'nr dowodu', 't.c. kimlik no', 'tc kimlik no', 't.c. kimlik numarası', 'tc kimlik numarası', 'kimlik no', 'kimlik numarası', 'tckn', 'рнокпп', 'іпн', 'ідентифікаційний код', 'ідентифікаційний номер',
      'податковий номер', 'інн', 'инн', 'снилс', 'マイナンバー', '個人番号', '주민등록번호', '주민번호', '身分證字號', '身份證字號', '身分證號', '身份證號', '身份证号', '身份证号码', '身分證', 'เลขประจำตัวประชาชน', 'เลขบัตรประชาชน',
      'บัตรประชาชน', 'số cccd', 'cccd', 'số cmnd', 'cmnd', 'căn cước', 'nik', 'no. ktp', 'ktp', 'الرقم القومي', 'رقم الهوية', 'الرقم الوطني', 'رقم البطاقة', 'आधार', 'आधार संख्या', 'आधार नंबर', 'fødselsnummer', 'cpr', 'cpr-nr.', 'henkilötunnus',
      'hetu', 'rodné číslo', 'αμκα', 'αφμ', 'תעודת זהות', 'ת.ז.', 'cnp', 'taj szám', 'személyi szám', 'adóazonosító jel', 'pan no.', 'pan card', 'permanent account number',
    ],
    // CURP (letters, birth date, sex, state, consonants, check), letters and digits run together
    // ("A229409080", "9954900N"), or digit groups with an optional letter prefix and suffix
    // ("AA 25 40 42 B", "75.06.01-443.77", "6189 191062").
    value: /^(?:[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d|[A-Z]{5}\d{4}[A-Z]|(?:[A-Z]{1,3}[ -]?)?\d{1,16}(?:[ .\/-]\d{1,8}){0,5}(?:[ -]?[A-Z]{1,2})?)(?![\p{L}\p{N}])/u,
    minDigits: 4,
    valid: nationalIdPlausible,
  },
  {
    kind: 'MRN',
    labels: [
      'mrn', 'medical record number', 'medical record no.', 'medical record', 'patient id', 'patient no.', 'patient number', 'hospital number', 'hospital no.', 'nhs number', 'nhs no.', 'chart number', 'uhid', 'hn',
      'patientennummer', 'patienten-id', 'patienten-nr.', 'fallnummer', 'numéro de dossier', 'n° de dossier', 'dossier patient', 'ipp', 'número de historia clínica', 'historia clínica', 'nhc', 'número de expediente', 'expediente',
      'cartella clinica', 'numero di cartella', 'número de processo', 'processo clínico', 'número de utente', 'nº de utente', 'n.º de utente', 'patiëntnummer', 'patientnummer', 'numer pacjenta', 'numer historii choroby', 'hasta no',
      'hasta numarası', 'protokol no', 'カルテ番号', '患者番号', '患者id', '病歷號', '病歷號碼', '病历号', '病患編號', '환자번호', '차트번호', 'เลขที่ผู้ป่วย', 'เลขประจำตัวผู้ป่วย', 'رقم الملف الطبي', 'رقم المريض', 'mã bệnh nhân', 'số hồ sơ bệnh án',
      'nomor rekam medis', 'no. rm', 'rekam medis', 'номер медичної картки', 'номер медицинской карты', 'मरीज़ संख्या', 'मरीज आईडी',
    ],
    // The record number may repeat its own label ("MRN: MRN 35388369") or carry a prefix ("PID-298-8146", "50/569846").
    value: /^(?:MRN[ #:-]?\s?)?(?:[A-Z]{1,4}[-#]?)?\d[\dA-Z]*(?:[-\/.]\d+){0,3}(?![\p{L}\p{N}])/u,
    minDigits: 5,
  },
  {
    kind: 'MERCHANT-ID',
    labels: [
      'mid', 'merchant id', 'merchant no.', 'merchant number', 'händlernummer', 'händler-id', 'numéro de commerçant', 'n° commerçant', 'id commerçant', 'número de comercio', 'número de afiliación', 'afiliación', 'código de estabelecimento',
      'nº de estabelecimento', 'codice esercente', 'id esercente', 'merchantnummer', 'acceptantnummer', 'numer akceptanta', 'üye işyeri no', 'işyeri no', '加盟店番号', '加盟店id', '商店代號', '特店代號', '商户号', '商户编号', '가맹점번호',
      'รหัสร้านค้า', 'mã merchant', 'رقم التاجر', 'номер мерчанта', 'ідентифікатор торговця',
    ],
    value: /^(?:\d{3,8}(?:[ -]\d{3,8}){1,4}|[A-Z]{0,4}\d{6,20})(?![\p{L}\p{N}])/u,
    minDigits: 7,
  },
  {
    kind: 'TERMINAL-ID',
    labels: [
      'tid', 'terminal id', 'terminal no.', 'terminal number', 'terminalnummer', 'terminal-nr.', 'numéro de terminal', 'id terminal', 'número de terminal', 'id do terminal', 'numero terminale', 'id terminale', 'numer terminala',
      '端末番号', '端末id', '終端機代號', '端末機號', '终端号', '终端编号', '단말기번호', 'รหัสเครื่อง', 'mã thiết bị đầu cuối', 'رقم الجهاز الطرفي', 'номер терміналу', 'номер терминала',
    ],
    value: /^[A-Z0-9]{1,4}-?[A-Z0-9]{4,14}(?![\p{L}\p{N}])/u,
    minDigits: 4,
  },
  {
    // Smart cards and RFID cards are tokenised as the serials they are (as the id-labels families do).
    kind: 'SERIAL',
    labels: [
      'smartcard', 'smart card', 'smartcard no.', 'smart card number', 'viewing card', 'viewing card number', 'ca card', 'cam card', 'smartcard-nummer', 'carte à puce', 'tarjeta inteligente', 'cartão inteligente', 'smartkaart', 'karta chipowa',
      'akıllı kart', 'スマートカード', 'b-casカード', 'b-cas', '智慧卡', '智能卡', '스마트카드', 'สมาร์ทการ์ด', 'thẻ thông minh', 'البطاقة الذكية', 'смарт-карта', 'смарт-картка',
    ],
    value: /^\d{1,6}(?:[ -]\d{1,6}){0,5}(?![\p{L}\p{N}])/u,
    minDigits: 8,
  },
  {
    kind: 'SERIAL',
    labels: [
      'rfid', 'rfid uid', 'rfid tag', 'rfid card', 'card uid', 'tag uid', 'nfc uid', 'nfc tag', 'id tag', 'ladekarte', 'ladekarten-id', 'carte de recharge', 'badge rfid', 'tarjeta rfid', 'cartão rfid', 'laadpas', 'laadpasnummer', 'karta rfid',
      'şarj kartı', '充電卡', '充电卡', '충전카드',
    ],
    // Four to ten bytes in hexadecimal, separated or not ("C8 00 75 3C", "73:9E:11:AF", "EB5F8B98").
    value: /^(?:[0-9A-F]{2}(?:[ :-][0-9A-F]{2}){3,9}|[0-9A-F]{8,20})(?![\p{L}\p{N}])/iu,
    minDigits: 1,
  },
  {
    kind: 'METER-POINT',
    labels: [
      'metering point', 'metering point id', 'metering point number', 'meter point', 'mpan', 'mprn', 'mpxn', 'supply number', 'pod', 'codice pod', 'punto di prelievo', 'pdr', 'pdl', 'point de livraison', 'prm', 'ean', 'ean-code', 'ean code',
      'eancode', 'zählpunkt', 'zählpunktnummer', 'zählpunktbezeichnung', 'cups', 'código cups', 'cpe', 'código cpe', 'punkt poboru', 'numer ppe', 'ppe', 'nmi', 'icp', 'esi id', 'esiid', 'tesisat no', 'tesisat numarası', '供給地点特定番号', '電號', '电号',
      '用电户号', '계량점번호', 'รหัสผู้ใช้ไฟฟ้า', 'mã điểm đo', 'رقم نقطة القياس', 'точка обліку', 'eic', 'eic-код', 'id pelanggan pln', 'idpel',
    ],
    value: /^(?:[A-Z]{2}[ -]?)?\d[\dA-Z]{6,38}(?![\p{L}\p{N}])|^\d{2,4}(?:[ -]\d{2,8}){2,6}(?![\p{L}\p{N}])/u,
    minDigits: 8,
    // An EAN of a grid connection has 18 digits; the 8 and 13 of a product's barcode are not a meter.
    valid: (v, label) => !/^ean/i.test(label) || v.replace(/\D/g, '').length === 18,
  },
  {
    // Contract numbers as support and field-service forms write them (a reference, a dotted or
    // slashed number); the bare labels of more languages are in id-labels.ts (references.ts).
    kind: 'CONTRACT',
    family: 'CONTRACT',
    labels: [
      'contract', 'contract no.', 'contract number', 'contract ref', 'contract ref.', 'contract reference', 'contract id', 'agreement no.', 'agreement ref', 'vertrag', 'vertragsnummer', 'vertragsnr.', 'vertragskonto',
      'contrat', 'n° de contrat', 'numéro de contrat', 'no. de contrato', 'n.º de contrato', 'nº de contrato', 'número de contrato', 'contrato', 'numero di contratto', 'numero contratto', 'contratto', 'contractnummer',
      'overeenkomstnummer', 'numer umowy', 'nr umowy', 'sözleşme no', 'sözleşme numarası', 'номер договору', 'номер договора', '契約番号', '合同编号', '合同号', '合約編號', '合約號碼', '계약번호', '계약 번호', 'رقم العقد',
      'अनुबंध संख्या', 'số hợp đồng', 'mã hợp đồng', 'nomor kontrak', 'no. kontrak', 'เลขที่สัญญา', 'หมายเลขสัญญา',
    ],
    value: /^(?:[A-Z]{1,5}[-\/])?\d[\dA-Z]*(?:[-\/.][\dA-Z]+){0,4}(?![\p{L}\p{N}])/u,
    minDigits: 6,
    // A date or a version number after the word is not the contract's number.
    valid: (v) => !/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(v) && !(/^\d+(?:\.\d+)+$/.test(v) && v.replace(/\D/g, '').length < 8),
  },
  {
    // ISO 15118 / eMI3 EVSE ids: country, operator, 'E' and the station's id, '*'-joined or not.
    kind: 'SERIAL',
    labels: ['evse id', 'evse-id', 'evseid', 'evse', 'ladepunkt-id', 'ladepunkt', 'charge point id', 'chargepoint id', 'charging station id', 'point de charge', 'punto de recarga', 'laadpunt-id', 'laadpunt'],
    value: /^[A-Z]{2}\*?[A-Z0-9]{3}\*?E[A-Z0-9]{1,30}(?:\*[A-Z0-9]{1,6})?(?![\p{L}\p{N}])/u,
    minDigits: 3,
  },
  {
    // Birth dates in the placements the date-of-birth detector (location.ts) does not read: a dotted
    // leader, a transcript's answer, the next line; and in the ROC (民國) and Thai (พ.ศ.) calendars.
    kind: 'DOB',
    labels: [
      'date of birth', 'dob', 'd.o.b.', 'birth date', 'birthdate', 'born', 'geburtsdatum', 'geb.', 'date de naissance', 'fecha de nacimiento', 'data di nascita', 'data de nascimento', 'geboortedatum', 'data urodzenia', 'doğum tarihi',
      'дата народження', 'дата рождения', '生年月日', '出生日期', '出生年月日', '생년월일', 'วันเกิด', 'ngày sinh', 'tanggal lahir', 'tgl lahir', 'تاريخ الميلاد', 'जन्म तिथि', 'जन्मतिथि', 'fødselsdato', 'födelsedatum', 'syntymäaika',
    ],
    value: /^(?:民國|民国|พ\.ศ\.\s?)?\d{1,4}[-\/._年]\s?\d{1,2}[-\/._月]\s?\d{1,4}日?(?![\p{N}])/u,
    minDigits: 4,
    valid: (v) => !/^\d{4}[-\/._]\d{1,2}[-\/._]\d{3,4}$/.test(v),
  },
  {
    // Number plates after their label in the same placements (plate-slot in device-ids.ts reads the prose ones).
    kind: 'PLATE',
    labels: [
      'plate', 'number plate', 'licence plate', 'license plate', 'vrm', 'registration no.', 'reg. no.', 'kennzeichen', 'placas', 'placa', 'matrícula', 'nr rejestracyjny', 'numer rejestracyjny', 'targa', 'kenteken', 'immatriculation',
      'plaque', 'plaka', 'rego', 'reg', 'vehicle no.', 'vehicle number', 'vehicle reg', 'vehicle registration', 'spz', 'rendszám', 'رقم اللوحة', 'اللوحة', 'номерний знак', 'номерной знак', '車牌', '車牌號碼', '车牌号', 'ナンバー', '차량번호', 'ทะเบียนรถ', 'biển số', 'nomor polisi', 'plat nomor',
    ],
    value: /^[\p{Lu}\p{Script=Arabic}\d]{1,4}(?:[ .-]?[\p{Lu}\p{Script=Arabic}\d]{1,4}){1,3}(?![\p{L}\p{N}])/u,
    minDigits: 1,
    // Letters and digits both, four to ten of them ("2024 Q3" after "plate" in prose is not one).
    valid: (v) => /[^\d\s.-]/.test(v) && /^.{4,14}$/.test(v) && v.replace(/[ .-]/g, '').length >= 4,
  },
  {
    // Customer references under the names utilities and carriers give them (the plain "customer
    // no." families are in id-labels.ts).
    kind: 'CUSTOMER-ID',
    family: 'CUSTOMER-ID',
    labels: ['उपभोक्ता संख्या', 'cust ref', 'cust. ref.', 'customer ref', 'customer ref.', 'customer reference', 'account ref', 'account ref.', 'account reference', 'consumer id', 'consumer no.', 'consumer number', 'billing account', 'billing account no.'],
    value: /^(?:[A-Z]{1,4}-?)?\d{2,12}(?:[ -]\d{2,8}){0,3}(?![\p{L}\p{N}])/u,
    minDigits: 6,
  },
  {
    // Device and meter serials: the id-labels family, and the labels of references.ts and more it lacks.
    kind: 'SERIAL',
    family: 'SERIAL',
    labels: [
      '序號', '序号', '機號', '機器編號', '製造番號', '裝置序號', 'matricola', 'الرقم التسلسلي', 'seriennummer', 'número de serie', 'número de série', 'numero di serie', 'серийный номер', 'seri no', 'seri numarası', '製造番号', 'シリアル番号',
      '序列号', '시리얼 번호', 'सीरियल नंबर', 'meter no.', 'meter number', 'meter id', 'zählernummer', 'numéro de compteur', 'número de contador', 'numero contatore', 'numer licznika', 'sayaç no', 'メーター番号', '電表編號', '电表编号', '계량기 번호',
      'رقم العداد', 'मीटर नंबर', 'číslo elektroměru', 'výrobní číslo',
    ],
    value: /^(?:[A-Z] (?=[A-Z0-9]{1,4}-))?[A-Za-z0-9]{1,40}(?:[-\/.*][A-Za-z0-9]{1,20}){0,4}(?![\p{L}\p{N}])/u,
    minDigits: 4,
    // Not a date, a version, a decimal number or a hash (the threat).
    valid: (v) => !/^\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?$|^v?\d+(?:\.\d+){1,3}$|^\d+[.,]\d{1,2}$/i.test(v) && !/^(?:0x)?[0-9a-f]{32,}$/i.test(v),
  },
  {
    // A payment card after its label, whatever its issuer prefix (domestic schemes start with 9): Luhn decides.
    kind: 'CARD',
    labels: ['card number', 'card no.', 'kartennummer', 'numéro de carte', 'número de tarjeta', 'número do cartão', 'numero carta', 'kaartnummer', 'numer karty', 'kart numarası', 'номер картки', 'номер карты', 'カード番号', '卡號', '卡号', '카드번호', '카드 번호', 'หมายเลขบัตร', 'số thẻ', 'nomor kartu', 'رقم البطاقة', 'कार्ड नंबर'],
    value: /^\d{4}(?:[ -]?\d{2,6}){2,4}(?![\p{L}\p{N}])/u,
    minDigits: 13,
    valid: (v) => {
      const d = v.replace(/\D/g, '');
      return d.length <= 19 && luhn(d);
    },
  },
  {
    kind: 'BANK-ACCOUNT',
    labels: ['clabe', 'cuenta clabe', 'clabe interbancaria'],
    value: /^\d{3}[ -]?\d{3}[ -]?\d{11}[ -]?\d(?![\p{L}\p{N}])/u,
    minDigits: 18,
    valid: (v) => clabeCheck(v.replace(/\D/g, '')),
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
// A label's final '.' may be left out, and in keys a space is a '_' or '-' ("rfid_uid", "national-id").
const labelPattern = (s: string) => escape(s).replace(/\\\.$/, '\\.?').replace(/ /g, '(?:[ _-]?|\\r?\\n)');
const WORDS = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}';

// Between the label and the value: a bilingual key ("PESEL / national_id"), the key's closing
// quote, then the next cell of an HTML table row, a colon or '=' (the value may start the next line), a dotted leader, a question
// answered on the next line by another speaker, a number word, or only spaces.
const SEPARATOR =
  `(?:[ \\t]*\\/[ \\t]*[\\p{L}_]{2,30})?["']?(?:[ \\t]*<\\/t[dh]>[ \\t]*<t[dh][^>]{0,40}>[ \\t]*|[ \\t]*[:：=][ \\t]*(?:\\r?\\n[ \\t]*)?|[ \\t]*\\.{3,}[ \\t]*|[ \\t]*[?？][ \\t]*\\r?\\n[^\\n:：]{1,24}[:：][ \\t]*|[ \\t]*(?:no\\.?|nr\\.?|#|№)[ \\t]*[:：]?[ \\t]*|[ \\t]+)["'„«]?`;
// Word edges only where words are spaced: a CJK label runs into its value.
const LABEL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${KINDS.map((k) => `(${[...k.labels].sort((a, b) => b.length - a.length).map(labelPattern).join('|')}${k.family ? `|${labelAlternation(k.family)}` : ''})`).join('|')})` +
    `(?!(?<=[${WORDS}])[${WORDS}\\p{N}])(${SEPARATOR})`,
  'giu',
);
// Cheap gates: the labels' longest words of five letters or more (or not Latin), lower case, one
// scan; a shorter Latin one, an acronym or a key ("MID", "tid", "kh", "ssn"), only in capitals or as a
// key (a lookbehind per stem made the gate cost more than the labels' own scan).
const STEMS = [...new Set([...KINDS.flatMap((k) => k.labels.map((l) => l.split(/[ .]/).reduce((a, b) => (b.length > a.length ? b : a), ''))), ...LABEL_STEMS])].filter(Boolean);
const SHORT_STEMS = STEMS.filter((w) => /^[a-z]{1,4}$/.test(w));
const GATE = new RegExp(STEMS.filter((w) => !SHORT_STEMS.includes(w)).map(escape).join('|'));
const SHORT_GATE = new RegExp(`\\b(?:${SHORT_STEMS.map((w) => w.toUpperCase()).join('|')})\\b|\\b(?:${SHORT_STEMS.join('|')})(?:[ _-]?(?:id|no|nr|uid|ref))?["']?\\s?[:=]`, 'i');
// Labels of three or four letters that are also words or other fields' names ("tid" is a thread
// id in logs, "pod", "nie", "tin"): written in capitals, or a key with ':' or '=' after it.
const SHORT_LABEL = 4;
// Words that are a label only with a colon, '=', a leader or a question after them ("plate" of a
// boiler, "placa base ASUS B450", "born in", "the contract 2024-Q3").
const AMBIGUOUS = new Set(['plate', 'placa', 'plaque', 'targa', 'born', 'contract', 'contrato', 'contrat', 'contratto', 'vertrag', 'evse', 'ladepunkt', 'laadpunt']);

const FOLDED_LABELS = new Map(KINDS.flatMap((k) => k.labels.map((l) => [foldKey(l), k.kind] as [string, string])));

// A column of street addresses under a qualified header ("Service address", "Eircode address",
// "Leveringsadres", "Anlagenadresse", "설치 주소"); network and mail addresses are not street addresses.
const ADDRESS_HEADER = /(?:address|adresse|adres|adresa|indirizzo|direccion|endereco|morada|anschrift|住所|地址|주소)$/;
const NOT_STREET = /^(?:e?mail|email|ip|ipv[46]|mac|web|wallet|server|remote|local|source|src|destination|dst|peer|gateway|host|bitcoin|btc|eth|memory|return|base|load|sender|reply(?:to)?|bind|listen|proxy|target|callback|c2)/;

/** The kind a folded column header or key names exactly ("mid", "nationalid", "rfiduid"), if any. */
export function labelledIdKind(header: string): string | undefined {
  const key = foldKey(header);
  if (key.length < 3) return undefined;
  return FOLDED_LABELS.get(key) ?? (ADDRESS_HEADER.test(key) && !NOT_STREET.test(key) ? 'ADDRESS' : undefined);
}

const labelled: Detector = (text, ctx) => {
  const out: Finding[] = [];
  if (!GATE.test(text.toLowerCase()) && !SHORT_GATE.test(text)) return out;
  for (const m of matchAll(LABEL_RE, text)) {
    const k = KINDS.findIndex((_, i) => m[i + 1] !== undefined);
    const label = m[k + 1];
    const sep = m[KINDS.length + 1];
    const spec = KINDS[k];
    if (label.length <= SHORT_LABEL && label !== label.toUpperCase() && !/[:=：<]/.test(sep)) continue;
    if (AMBIGUOUS.has(label.toLowerCase()) && !/[:=：?？.<]/.test(sep)) continue;
    const start = m.index! + m[0].length;
    let v = spec.value.exec(text.slice(start, start + 64))?.[0];
    if (!v) continue;
    let digits = v.replace(/\D/g, '').length;
    // Text wrapped for a PDF or a mail breaks a grouped number ("Smartcard: 35\n0072 29544 6"): too
    // short on its line, the value may go on over one line break.
    if (digits < spec.minDigits && /^\r?\n\d/.test(text.slice(start + v.length, start + v.length + 3))) {
      const joined = spec.value.exec(text.slice(start, start + 64).replace(/\r?\n/, (b) => ' '.repeat(b.length)))?.[0];
      if (joined && joined.length > v.length) {
        v = joined;
        digits = v.replace(/\D/g, '').length;
      }
    }
    if (digits < spec.minDigits || (spec.valid && !spec.valid(v, label))) continue;
    // "tid" is a thread id too: a terminal id under that bare label needs a letter or its label in capitals.
    if (spec.kind === 'TERMINAL-ID' && label.toLowerCase() === 'tid' && label !== 'TID' && !/[A-Z]/i.test(v)) continue;
    const value = v.toLowerCase();
    if (ctx.isProtected(value)) continue;
    out.push({ start, end: start + v.length, kind: spec.kind, detector: 'labelled-id', priority: PRIORITY.slot, value: value.replace(/\s+/g, ' '), side: 'victim', reason: `${spec.kind.toLowerCase()} after its label` });
  }
  return out;
};

export const labelledIdDetectors: [string, Detector][] = [['labelled-ids', labelled], ...bankAccountDetectors];
