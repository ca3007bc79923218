import { type Detector, type Finding, PRIORITY } from './finding';
import { AR_GIVEN, AR_SURNAMES, GIVEN_NAMES, HI_GIVEN, HI_SURNAMES, KO_COMPOUND_SURNAMES, KO_SURNAMES_HANGUL, SURNAMES, ZH_COMPOUND_SURNAMES, ZH_SURNAMES } from './names-gazetteer';
import { matchAll } from '../match-all';

// Person names by the word that introduces them and by the shapes people's names are written in,
// in the sixteen languages submitters write: "der Servicetechniker KOVACS Zsofia", "klienta
// Nowak, Anna", "la cliente es A. Ruiz", "顧客Anna Berg様", "고객은 Anna Berg님", "account holder
// F. de Groot". Where the name is Latin or Cyrillic, its shape decides; names in scripts without
// case are left to person-positions.ts.

const LOW = "[\\p{Ll}\\p{M}'’]";
// A capitalised name word, with inner hyphens and apostrophes: "Zsófia", "O'Neill", "Al-Harbi", "McKay".
const WORD = `\\p{Lu}${LOW}+(?:\\p{Lu}${LOW}+)?(?:[-'’]\\p{Lu}?${LOW}+)*(?![\\p{Lu}\\p{Ll}\\p{N}])`;
// A surname written in capitals: "KOVACS", "AL-HARBI", "VAN DER MEULEN", "O'NEILL".
const UPPER = `\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})*`;
const PARTICLE = '(?:van|von|de|den|der|di|da|del|della|des|du|la|le|dos|das|ten|ter|al|el|bin|ben|ibn|af|av|zu|y|Ó|Ní|Nic|Uí|Mac)';
const UPPER_PARTICLE = '(?:VAN|VON|DE|DEN|DER|DI|DA|DEL|DELLA|DES|DU|LA|LE|DOS|DAS|TEN|TER|AL|EL)';
// Titles in front of a name (kept inside the span: they go with the person).
const TITLE = `(?:(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Hr|Fr|M|Mme|Mlle|Sr|Sra|Srta|Sig|Sig\\.ra|Dott|Dott\\.ssa|Ing|Dhr|Mevr|Pan|Pani|Bay|Bayan|Sn|mevr|dhr|sig|sig\\.ra|dott|sr|sra|sn)\\.?[ \\t]|(?:г-н|г-жа|господин|госпожа|السيد|السيدة|श्री|श्रीमती|सुश्री|[Pp]aní|[Hh]erra|[Rr]ouva|[Ff]ru|[Dd]omnul|[Dd]oamna|[Bb]apak|[Ii]bu|[Pp]ak|Sdr\\.|Sdri\\.|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ss]ayın|κ\\.|κα\\.?|κος|[Пп]ан|[Пп]ані|[Dd]l\\.|[Dd]na\\.|[Dd]ña\\.|[Dd]oña|Dª|[Ss]eñora|[Ss]eñorita|[Ss]enhora|[Ss]ignora|[Mm]evrouw|[Mm]eneer|[Ss]hri|[Ss]hrimati|[Ss]mt\\.?|[Ss]ushri|[Kk]umari|D\\.|p\\.|C\\.)[ \\t])`;

/** The name shapes, longest alternatives first; each is one capture group for its kind. */
const SHAPES = [
  // "Nowak, Anna" / "Nowak, Anna Maria"
  `(?<comma>(?:${WORD}(?:[ \\t]${WORD})?|(?:${UPPER_PARTICLE}[ \\t]){0,2}${UPPER}),[ \\t]${WORD}(?:[ \\t]${WORD})?)`,
  // "VAN DER MEULEN Gerrit", "KANG Do-yun"
  `(?<upper>(?:${UPPER_PARTICLE}[ \\t]){0,2}${UPPER}(?:[ \\t]${UPPER})?[ \\t]${WORD}(?:[ \\t]${WORD})?)`,
  // "F. de Groot", "A. Ruiz-Picasso"
  // "Novák J.", surname then initial as registers write it
  // "J.-P. Lemaire"; "Иванов И.И.", "Quarrington, Z.": a surname then one or two initials, a comma between
  `(?<initial>\\p{Lu}\\.(?:-\\p{Lu}\\.)?[ \\t]?(?:${PARTICLE}[ \\t]){0,2}${WORD}|${WORD},?[ \\t]\\p{Lu}\\.(?:[ \\t]?\\p{Lu}\\.)?(?![\\p{L}\\p{N}]|\\p{Lu}\\.))`,
  // "Anna van den Berg", "Oliver WHITFIELD", "Anna Maria Rossi"
  `(?<plain>(?:${PARTICLE}[ \\t]){0,2}${WORD}(?:[ \\t](?:${PARTICLE}[ \\t]){0,2}(?:${WORD}|${UPPER}(?![\\p{L}]))){0,3})`,
].join('|');
export const NAME_SHAPE_SRC = `(?<title>${TITLE})?(?:${SHAPES})`;

// Words that introduce a person, by language; a stem takes short inflections ("klienta", "абоненту").
// Latin and Cyrillic leads need a word boundary before them; compound heads take their common
// first parts ("Servicetechniker", "storingsmonteur", "servicetekniker").
const LEADS_WORD = [
  // police ranks and titles before the officer's name (longer ranks before their head word)
  'agente del (?:mp|ministerio p[uú]blico)', 'police officer', 'officer', 'constable', 'pc', 'dc', 'sgt\\.?', 'sergeant', 'detective', '(?:chief )?inspector', 'superintendent', 'lieutenant', 'trooper',
  '(?:kriminal|polizei)?(?:ober|haupt)?kommissar', 'polizei(?:ober|haupt)?meister', 'polizist', '(?:kriminal|polizei)beamt', 'khk', 'phk', 'pok',
  'brigadier', 'hoofdagent', '(?:hoofd)?inspecteur', 'wachtmeester', 'politieagent', 'gendarme', 'gardien de la paix', 'commissaire', 'capitaine', 'adjudant',
  'subinspector', 'comisario', 'sargento', '(?:vice )?ispettore', 'sovrintendente', 'commissario', 'maresciallo', 'brigadiere', 'carabiniere', 'appuntato',
  'inspetor', 'delegad[oa]', 'escrivão', 'tenente', 'capitão', 'comissário', 'sierż\\.', 'sierżant', 'aspirant', 'asp\\.', 'komisarz', '(?:pod|nad)?kom\\.', 'posterunkowy', 'funkcjonariusz', 'policjant',
  '(?:baş)?komiser(?: yardımcısı)?', 'polis memuru', 'polisinspektör', 'kommissarie', 'polisassistent',
  '(?:старший |ст\\. |младший |мл\\. )?лейтенант', 'капитан', 'майор', 'сержант', 'участков', 'следовател', 'оперуполномоченн', 'инспектор', 'капітан', 'інспектор', 'слідч', 'поліцейськ', 'полицейск',
  // the victim or complainant of a police report, the holder of an insurance policy
  'victim', 'injured party', 'complainant', 'policy ?holder', 'insured', 'geschädigt', 'opfer', 'anzeigeerstatt', 'versicherungsnehmer', 'victime', 'plaignant', 'assurée?',
  'víctima', 'victima', 'afectad', 'denunciante', 'ofendid', 'asegurad', 'tomador', 'vittima', 'parte lesa', 'assicurat', 'contraente', 'vítima', 'vitima', 'lesad', 'segurad',
  'slachtoffer', 'aangever', 'benadeelde', 'verzekeringnemer', 'verzekerde', 'poszkodowan', 'pokrzywdzon', 'ofiar', 'ubezpieczon', 'mağdur', 'müşteki', 'şikayetçi', 'sigortalı',
  'målsägande', 'försäkringstagare', 'потерпевш', 'заявител', 'страхователь', 'потерпіл', 'заявни',
  // the writer of a letter naming themself: "Je soussignée Anna Berg", "Io sottoscritto …", "El suscrito …"
  'soussigné(?:e|\\(e\\))?', 'sottoscritt(?:o|a)(?:\\/[ao]|\\([ao]\\))?', 'suscrit(?:o|a)', 'abaixo[- ]assinad(?:o|a)', 'ondergetekende', 'unterzeichne(?:r|nde)',
  // en (a longer lead before its head word: alternatives are tried in order)
  '(?:operator|engineer|technician|staff) on (?:duty|call)', 'on[ -](?:duty|call)',
  'owner of (?:the )?(?:workstation|device|laptop|computer|pc|host|phone|account|vehicle|car|meter)',
  'customer', 'subscriber', 'client', 'technician', 'field technician', 'engineer', 'field engineer', 'employee', 'colleague', 'account holder',
  'card ?holder', 'owner', 'driver', 'operator', 'user', 'contact', 'caller', 'resident', 'tenant', 'patient', 'installer', 'analyst', 'agent',
  'manager', 'supervisor', 'recipient', 'addressee', 'assigned to', 'reported by', 'escalated by', 'spoke (?:with|to)', 'talked to', 'attn\\.?',
  // a caller or an agent giving their name, by language
  "my name(?:'s| is)", 'mein name ist', 'ich heiße', "je m'appelle", 'me llamo', 'mi chiamo', '(?:o )?meu nome é', 'mijn naam is', 'nazywam się', 'benim adım', 'nama saya',
  // who did the work on the case: "triage by WHITAKER Keisha", "reviewed by J. Ortiz"
  '(?:initial|first[- ]line) (?:analysis|assessment|triage)', 'analyse initiale', 'première analyse', 'análisis inicial', 'análise inicial', 'analisi iniziale', 'eerste analyse', 'erstanalyse',
  '(?:triaged?|reviewed|analy[sz]ed|handled|investigated|approved|signed(?: off)?|confirmed|checked|verified|prepared|written|authored|compiled|raised|opened|logged|closed|acknowledged|validated) by',
  // who took the case or went on site: "picked up by Nadia Ferreira", "visit completed by …"
  '(?:picked up|taken over|followed up|completed|collected|attended|inspected|serviced) by',
  '(?:device|phone|handset|router|modem|meter|car|vehicle|laptop|mailbox|account|home|household|smartphone|workstation) of',
  // de
  'kund', 'teilnehmer', 'abonnent', '(?:service|außendienst|aussendienst|kundendienst|vor-ort-)?techniker', '(?:storings|service|onderhouds|installatie)?monteur', 'ingenieur', 'mitarbeiter', 'kolleg', '(?:konto|karten|anschluss|vertrags)?inhaber',
  'halter', 'fahrer', 'betreiber', 'nutzer', 'benutzer', 'ansprechpartner', 'anrufer', 'bewohner', 'mieter', 'herrn?', 'frau',
  '(?:bearbeitet|erstellt|geprüft|gemeldet|bewertet|freigegeben|analysiert|übernommen|abgeholt) von', '(?:termin|einsatz|besuch) durch', 'bearbeitung', '(?:erst)?bewertung(?: durch)?', 'bearbeiter', 'sachbearbeiter',
  // fr
  'abonné', 'salarié', 'salarie', 'technicien', 'ingénieur', 'employé', 'collègue', 'titulaire', 'propriétaire', 'conduct', 'opérat', 'utilisat', 'interlocut',
  'monsieur', 'madame', '(?:signalé|rédigé|traité|analysé|analyse|validé|vérifié|prise? en charge|suivie?) par',
  // es, pt, it
  'cliente', 'clienta', 'abonad', 'técnic', 'tecnic', 'ingenier', 'emplead', 'compañer', 'titular', 'propietari', 'operador', 'usuari', 'don', 'doña',
  'fala', 'assinante', 'engenheir', 'funcionári', 'funcionari', 'colega', 'proprietári', 'motorista', 'condutor', 'utilizador', 'senhora?', 'dona',
  '(?:reportado|revisado|analizado|atendid[oa]|analisado|verificado) por', 'a cargo de', 'lo atiende', 'la atiende',
  '(?:segnalato|verificato|gestito|analizzato|pres[oa] in carico) da', 'in carico a',
  'abbonat', 'ingegner', 'dipendent', 'titolare', 'proprietari', 'conducente', 'autista', 'operat', 'utente', 'signora?',
  // nl, sv, pl, tr
  '(?:gemeld|behandeld|beoordeeld|gecontroleerd|opgepakt|overgenomen) door', 'klant', 'abonnee', 'technicus', 'medewerker', 'collega', 'eigenaar', '(?:rekening|abonnements|kaart)?houder', 'bestuurder', 'gebruiker', 'meneer', 'mevrouw',
  'kund', 'abonnent', '(?:service|fält)?tekniker', 'ingenjör', 'anställd', 'kollega', 'ägare', '(?:konto|kort|abonnemangs)?innehavare', 'förare', 'operatör', 'användare',
  'klient', 'abonent', 'technik', 'serwisant', 'inżynier', 'pracowni', 'koleg', 'właściciel', 'posiadacz', 'kierowc', 'użytkowni', 'pan', 'pani',
  'prowadzi', 'sorumlu', 'müşteri', 'musteri', 'abone', 'teknisyen', 'mühendis', 'muhendis', 'çalışan', 'personel', 'sahibi', 'sürücü', 'surucu', 'kullanıcı', 'bay', 'bayan', 'sayın',
  // cs/sk, fi, da/no, ro, hu, vi, id, el, uk (honorific titles as leads too)
  'zákazník', 'zakaznik', 'zaměstnan', 'zamestnan', 'kontaktní osob', 'kontaktni osob', 'uživatel', 'uzivatel', 'majitel', 'paní',
  'asiak', 'asentaja', 'työntekijä', 'tyontekija', 'yhteyshenkilö', 'yhteyshenkilo', 'teknikko', 'käyttäjä', 'kayttaja', 'omistaja', 'herra', 'rouva',
  'medarbejder', 'ansatt', 'ansat', 'montør', 'montor', 'kontaktperson', 'ejer', 'eier', 'bruger', 'bruker', 'ifølge', 'iflg\\.', 'hr\\.', 'fru',
  'tehnician', 'angajat', 'abonat', 'utilizator', 'proprietar', 'domnul', 'doamna', 'dl\\.', 'dna\\.',
  'ügyfél', 'ugyfel', 'szerelő', 'szerelo', 'munkatárs', 'munkatars', 'előfizető', 'elofizeto', 'technikus', 'felhasználó', 'felhasznalo', 'tulajdonos', 'kapcsolattartó', 'kapcsolattarto',
  'khách hàng', 'khach hang', 'kỹ thuật viên', 'ky thuat vien', 'nhân viên', 'nhan vien', 'người liên hệ', 'nguoi lien he', 'thuê bao', 'thue bao', 'ông', 'bà', 'anh', 'chị',
  '(?:ditangani|dikerjakan) oleh', 'pelanggan', 'teknisi', 'karyawan', 'pegawai', 'kontak', 'pengguna', 'pemilik', 'bapak', 'ibu', 'pak',
  'πελάτ', 'τεχνικ', 'υπάλληλ', 'συνδρομητ', 'μηχανικ', 'ιδιοκτήτ', 'χρήστ', 'κ\\.', 'κα\\.',
  'технік', 'працівник', 'клієнт', 'інженер', 'монтажник', 'користувач', 'власник', 'пан', 'пані', 'мастер', 'контактн\\p{L}* лиц', 'г-н', 'г-жа',
  'person',
  // ru
  'клиент', 'абонент', 'техник', 'инженер', 'сотрудни', 'коллег', 'владел', 'держател', 'водител', 'оператор', 'пользовател', 'господин', 'госпожа',
].join('|');
// Leads in scripts without case or spaces: the name may follow without a space ("顧客Anna", "客户是Anna").
const LEADS_NATIVE = [
  // police ranks (Thai abbreviations: ร.ต.อ. police captain, พ.ต.ท. lieutenant colonel, ด.ต. senior sergeant major …) and victims
  'พล\\.ต\\.[อทต]\\.', '[พรส]\\.ต\\.[อทต]\\.', 'จ\\.ส\\.ต\\.', 'ด\\.ต\\.', 'สารวัตร', 'พนักงานสอบสวน', 'ตำรวจ', 'ผู้เสียหาย', 'ผู้เอาประกัน',
  'उप-?निरीक्षक', 'निरीक्षक', 'हवलदार', 'सिपाही', 'कांस्टेबल', 'इंस्पेक्टर', 'दरोगा', 'थानेदार', 'पीड़ित', 'शिकायतकर्ता', 'बीमाधारक', 'पॉलिसीधारक',
  'الملازم', 'النقيب', 'الرائد', 'المقدم', 'العقيد', 'الرقيب', 'العريف', 'الشرطي', 'المحقق', 'الضحية', 'المجني عليه', 'المشتكي', 'المؤمن له',
  'שוטרת', 'שוטר', 'פקד', 'מפקח', 'חוקרת', 'חוקר', 'נפגעת', 'נפגע', 'מתלוננת', 'מתלונן',
  '巡査部長', '巡査', '警部補', '警部', '警察官', '被害者', '警官', '民警', '警员', '警員', '受害人', '受害者', '报案人', '投保人', '被保险人',
  '경위', '경사', '경장', '순경', '경감', '경정', '수사관', '피해자', '신고인', '계약자',
  'العميل', 'العميلة', 'المشترك', 'المشتركة', 'الفني', 'الفنية', 'المهندس', 'المهندسة', 'الموظف', 'الموظفة', 'الزميل', 'الزميلة', 'المالك', 'صاحب', 'صاحبة',
  'حامل', 'السائق', 'المشغل', 'المستخدم', 'بالعميل', 'للعميل', 'التحليل الأولي', 'المحلل', 'المحللة', 'المسؤول', 'المسؤولة',
  'ग्राहक', 'उपभोक्ता', 'तकनीशियन', 'इंजीनियर', 'कर्मचारी', 'सहकर्मी', 'मालिक', 'धारक', 'खाताधारक', 'चालक', 'ड्राइवर', 'ऑपरेटर', 'उपयोगकर्ता',
  '顧客', 'お客様', 'お客さま', '契約者', '加入者', '利用者', '技術者', '作業員', '担当者', '担当', '社員', '従業員', '同僚', '所有者', '名義人', '運転者', '運転手', 'オペレーター', 'ユーザー', 'エンジニア',
  '客户', '顾客', '用户', '用戶', '工程师', '技术员', '维修工', '员工', '同事', '车主', '户主', '持卡人', '持有人', '司机', '驾驶员', '操作员', '联系人', '负责人',
  'לקוח', 'לקוחה', 'טכנאי', 'טכנאית', 'עובד', 'עובדת', 'איש קשר', 'אשת קשר', 'מנוי', 'מנויה',
  'ลูกค้า', 'ช่างเทคนิค', 'พนักงาน', 'ผู้ติดต่อ', 'ผู้ใช้', 'เจ้าของ', 'ผู้แจ้ง', 'ผู้รับผิดชอบ', '負責人', '聯絡人', 'معك', 'معاك',
  '1차 분석', '초기 분석', '一次解析', '初期分析', '初步分析',
  '고객', '가입자', '사용자', '기사', '기술자', '엔지니어', '직원', '동료', '소유자', '명의자', '예금주', '운전자', '운영자', '담당자',
].join('|');
const LEAD_RE = new RegExp(`(?:(?<![\\p{L}])(?:${LEADS_WORD})\\p{Ll}{0,4}(?![\\p{L}])|(?:${LEADS_NATIVE}))`, 'giu');
// What may stand between the lead and the name: a colon or dash, a copula ("customer is", "la cliente
// es", "kunden heter", "клиент —"), a Japanese の/は, a Chinese 是, a Korean topic particle.
const LINK =
  "[ \\t]*(?:[:：,—–-][ \\t]*)?(?:(?:is|was|ist|war|est|était|es|era|è|é|e|heter|är|var|to|jest|był|была|был|hos|den|named|called|namens|nommée?|llamad[oa]|chiamat[oa]|chamad[oa]|genaamd|o|a|el|la|le|il|lo|der|die|de|هو|هي)[ \\t]+)?(?:[:：—–-][ \\t]*)?(?:の|は|是|为|為|은|는|이|가)?[ \\t]*";
const NAME_AFTER_LEAD_RE = new RegExp(`${LINK}(?:${NAME_SHAPE_SRC})`, 'uy');
// Names in scripts without case after a lead: two Arabic or Devanagari words (a title may open
// them), or a CJK run ending at an honorific or punctuation.
const NATIVE_AFTER_LEAD_RE = new RegExp(
  `${LINK}(?<ntitle>(?:السيد|السيدة|श्री|श्रीमती|सुश्री)[ \\t])?(?:(?<ar>\\p{Script=Arabic}{2,}(?:[ \\t]\\p{Script=Arabic}{2,})?,?[ \\t]\\p{Script=Arabic}{2,})|(?<hi>[\\p{Script=Devanagari}\\p{M}]{2,},?[ \\t][\\p{Script=Devanagari}\\p{M}]{2,})|(?<he>[\\p{Script=Hebrew}'׳־-]{2,},?[ \\t][\\p{Script=Hebrew}'׳־-]{2,})|(?<th>[\\p{Script=Thai}\\p{M}]{2,},?[ \\t][\\p{Script=Thai}\\p{M}]{2,})|(?<cjk>[\\p{Script=Han}\\p{Script=Hangul}]{2,4})(?=先生|女士|小姐|様|さん|氏|님|씨|的|[ \\t(（,，、。.:：]|$))`,
  'uy',
);
const HE_STOP_WORDS = new Set('את של על עם אל גם כי לא זה הוא היא דיווח דיווחה אמר אמרה'.split(' '));
const TH_LABEL_START = /^(?:ลูกค้า|ช่าง|พนักงาน|ผู้|เจ้าของ|อีเมล|โทร|ที่อยู่|วันเกิด|บัญชี|หมายเลข|รหัส)/u;
const AR_STOP = new Set('في من إلى الى على عن مع هو هي الذي التي قد تم كان كانت لدى عند بعد قبل'.split(' '));

// A Hindi postposition after the two words closes a noun phrase: "ग्राहक <given> <family> का उपकरण" (the customer's device).
const HI_POSTPOSITION_AFTER = /^[ \t](?:का|की|के|ने|को|से)(?![\p{L}\p{M}])/u;

/** Whether a caseless-script match after a lead reads as a name: list and shape per script; `after` is the text that follows it. */
function nativeName(g: Record<string, string | undefined>, after: string): boolean {
  if (g.ntitle && (g.ar ?? g.hi)) return true;
  // "מזרחי, עומרי", "العتيبي, نوف": the comma order after a person word is a name.
  if ((g.ar ?? g.hi ?? g.he ?? g.th)?.includes(',')) return true;
  if (g.he) return !HE_STOP_WORDS.has(g.he.split(/[ \t]/)[0]);
  // Thai runs words together: the second word must not be the next label ("คุณสมชาย พนักงาน: …").
  if (g.th) return !TH_LABEL_START.test(g.th.split(/[ \t]/)[1]);
  if (g.ar) {
    const [a, b] = g.ar.split(/[ \t]/);
    return !AR_STOP.has(a) && !AR_STOP.has(b) && (AR_GIVEN.has(a) || AR_SURNAMES.has(b) || (b.startsWith('ال') && b.length >= 4));
  }
  if (g.hi) {
    const [a, b] = g.hi.split(/[ \t]/);
    return HI_GIVEN.has(a) || HI_SURNAMES.has(b) || HI_POSTPOSITION_AFTER.test(after);
  }
  const c = g.cjk!;
  if (/^\p{Script=Hangul}/u.test(c)) return c.length >= 3 && (KO_SURNAMES_HANGUL.has(c[0]) || KO_COMPOUND_SURNAMES.has(c.slice(0, 2)));
  return ZH_SURNAMES.has(c[0]) || ZH_COMPOUND_SURNAMES.has(c.slice(0, 2));
}

// Leads that also introduce software, vendors and threat names in English ("VPN client Pulse
// Secure", "owner Microsoft", "operator Sandworm"): the words after them need a gazetteer name or a strong shape.
const AMBIGUOUS_LEAD = /^(?:on[ -](?:duty|call)|pc|dc|client|owner|operator|user|agent|driver|contact|manager|analyst|recipient|conduct\p{L}*|operat\p{L}*|operador\p{L}*|utente|usuari\p{L}*|user\p{L}*|pan|don|dona|bay|e|person|anh|ông|bà|pak|ibu|kontak|fru|ejer|eier)$/iu;

// Leads that are honorifics: the name after them is a surname, or a given name and a surname, never "Surname, Given".
const HONORIFIC_LEAD = /^(?:herrn?|frau|monsieur|madame|meneer|mevrouw|signora?|senhora?|don|doña|dona|pan|pani|paní|herra|rouva|fru|domnul|doamna|dl\.|dna\.|bapak|ibu|pak|bay|bayan|sayın|господин|госпожа|пан|пані|г-н|г-жа|ông|bà|anh|chị|κ\.|κα\.|hr\.)$/iu;

// Ranks written as initialisms ("PC Berg", "KHK Vossberg") are capitals: "pc" and "dc" are also words
// (and "PC Health Check", "DC Universe" products: those two need a listed name, as AMBIGUOUS_LEAD says).
const POLICE_INITIALISM = /^(?:pc|dc|khk|phk|pok)$/i;

// Polish declines its title ("pana Nowaka", "panu Nowakowi"); other titles take no ending.
const DECLINED_TITLE = /^pan(?:a|u|em|ie)$/iu;

/** A title with letters after it is another word: "Fruit" is not "fru", "Donald" not "don", "Panel" not "pan". */
function inflectedHonorific(w: string): boolean {
  if (HONORIFIC_LEAD.test(w) || DECLINED_TITLE.test(w)) return false;
  for (let k = 1; k <= 4 && k < w.length; k++) if (HONORIFIC_LEAD.test(w.slice(0, -k))) return true;
  return false;
}

// A lower-case ASCII word after a lead, and the linking words that may stand there before a name.
const NEXT_WORD_RE = /^[ \t]*(?:[:,-][ \t]*)?([a-z]+)(?![a-z])/;
const NO_NAME_NEXT_RE = /^[ \t]*(?:[:,-][ \t]*)?(?:$|[\n\r0-9!-+./;-@[-`{-~])/;
// Titles and name particles also start a name: "monteur mevrouw van der Linden", "técnico doña Ruiz", "klient p. Nowak".
const LINK_WORDS = new Set('is was ist war est es era e heter var to jest hos den named called namens llamado llamada chiamato chiamata chamado chamada genaamd o a el la le il lo der die de mevr dhr sig dott sr sra sn pan pani bay bayan mr mrs ms dr ibu pak bapak herra rouva fru hr dl dna domnul doamna anh chi mevrouw meneer shri smt p van von ten ter du da di del della dos das'.split(' '));

const ARTICLE_BEFORE_RE = /(?:^|[^\p{L}])(?:du|au|le|la|del|al|el|il|do|da|dem|den|des|het|van|de)[ \t]$/iu;

// Capitalised words that are not names, whatever introduces them.
export const NOT_NAME_WORDS = new Set(
  `the a an and or of in on at to for from by with via is was has had this that these those our their his her its we they it
  inc ltd llc gmbh ag sa sas srl spa bv ab oy plc corp corporation company group holding holdings systems technologies technology networks network solutions services
  service telecom mobile wireless electric energy power bank insurance software security labs lab cloud data digital media international global
  team support center centre department office desk noc soc cert csirt psirt helpdesk hotline admin administrator root system guest unknown anonymous
  analysis report update summary overview advisory alert incident investigation timeline review notes draft
  agent ransomware malware botnet trojan backdoor loader stealer rat worm campaign actor group apt beacon implant dropper payload exploit c2 server domain
  windows linux android ios macos cisco microsoft google amazon apple huawei samsung fortinet ivanti vmware juniper citrix oracle siemens schneider
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  north south east west street road avenue city county state province region
  ich er sie es wir der die das den dem des ein eine und oder mit von zu im am il lo la le les un une des et ou avec dans el los las y o con en het een en of met
  i w z na do od oraz lub ve ile bir bu şu и в на с от`.split(/\s+/),
);

// A legal form after the words makes them a company: "Acme Energy GmbH", "Berg & Söhne AG".
export const ORG_AFTER_RE = /^[ \t,&]*(?:GmbH|AG|KG|Inc|Ltd|LLC|plc|S\.?A|S\.?p\.?A|S\.?r\.?l|SAS|B\.?V|N\.?V|AB|Oy|A\/S|AS|Co|Corp|Group|Holding)\b/;

// Surname endings of many languages ("Thygesen", "Svensson", "Nováková", "Kowalski", "Popescu",
// "Papadopoulos", "Kravchenko", "Yılmazoğlu", "Petrović", "Virtanen", "Kovácsné", "Шевченко", "Иванова").
export const SURNAME_ENDING = /^\p{Lu}\p{L}{2,}(?:sen|ssen|sson|ová|ski|ska|cki|cka|wicz|escu|eanu|poulos|poulou|idis|akis|enko|chuk|czuk|oğlu|oglu|ović|ovic|ević|inen|ainen|né|енко|чук|ова|ева|ский|ская|ович|ου|όπουλος|ίδης|άκης)$/u;

export function isKnown(w: string): boolean {
  const l = w.toLowerCase();
  const f = l.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return GIVEN_NAMES.has(l) || SURNAMES.has(l) || GIVEN_NAMES.has(f) || SURNAMES.has(f);
}

/** Whether the first name word of `s` is a listed given name. */
function listedGiven(s: string): boolean {
  const w = nameWords(s)[0];
  if (w === undefined) return false;
  const l = w.toLowerCase();
  return GIVEN_NAMES.has(l) || GIVEN_NAMES.has(l.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** Name words of a matched shape, without title, particles and punctuation. */
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`, 'i');
function nameWords(name: string): string[] {
  return name.split(/[ \t,]+/).filter((w) => w.length > 0 && !PARTICLE_WORD.test(w) && !/^\p{Lu}\.$/u.test(w));
}

/** Whether the words are all in one script (a name does not mix Latin, Greek and Cyrillic). */
function oneScript(words: string[]): boolean {
  const script = (w: string) => (/\p{Script=Greek}/u.test(w) ? 'el' : /\p{Script=Cyrillic}/u.test(w) ? 'cyr' : 'lat');
  return words.every((w) => script(w) === script(words[0]));
}

export interface NameShape {
  start: number;
  end: number;
  /** A shape people's names have and little else: "Nowak, Anna", "KOVACS Zsofia", "F. de Groot", a title. */
  strong: boolean;
  words: string[];
}

/**
 * The name shape at `pos` of `text` with the linking words the sticky `re` allows before it,
 * or undefined. Shapes made of words that are not names are rejected.
 */
export function shapeAt(re: RegExp, text: string, pos: number): NameShape | undefined {
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const g = m.groups!;
  const body = g.comma ?? g.upper ?? g.initial ?? g.plain;
  if (!body) return undefined;
  const title = g.title ?? '';
  const start = m.index + m[0].length - body.length - title.length;
  let end = m.index + m[0].length;
  let words = nameWords(body);
  // A trailing upper-case word of a plain shape is an acronym more often than a surname ("Anna NOC").
  if (words.length === 0 || words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) {
    // Keep the leading name words before a non-name word ("Anna Berg and …" is matched as "Anna Berg And").
    const keep: string[] = [];
    for (const w of words) {
      if (NOT_NAME_WORDS.has(w.toLowerCase())) break;
      keep.push(w);
    }
    if (keep.length === 0 || g.comma || g.upper) return undefined;
    const cut = body.indexOf(keep[keep.length - 1]) + keep[keep.length - 1].length;
    end = start + title.length + cut;
    words = keep;
  }
  // "κ. Μαυρομάτης, Action required: …", "Mr Baker, your invoice": after a title, across scripts or
  // before a lower-case word the comma ends a salutation, not a surname-first name.
  let comma = Boolean(g.comma);
  // A listed given name after the comma keeps the order before a verb: "technician Holloway, Travis swapped the unit".
  const salutation = /^[ \t]\p{Ll}/u.test(text.slice(end, end + 2)) && !listedGiven(body.slice(body.indexOf(',') + 1));
  if (comma && (title || !oneScript(words) || salutation)) {
    comma = false;
    end = start + title.length + body.indexOf(',');
    words = nameWords(body.slice(0, body.indexOf(',')));
    if (words.length === 0) return undefined;
  }
  const strong = Boolean(title || comma || g.upper || g.initial || (words.length >= 2 && /^\p{Lu}{2,}$/u.test(words[words.length - 1]) && isKnown(words[0])));
  return { start, end, strong, words };
}

const persons: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const nativeAfter = (pos: number) => {
    NATIVE_AFTER_LEAD_RE.lastIndex = pos;
    const m = NATIVE_AFTER_LEAD_RE.exec(text);
    if (!m || !nativeName(m.groups!, text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
    const name = m.groups!.ar ?? m.groups!.hi ?? m.groups!.he ?? m.groups!.th ?? m.groups!.cjk!;
    const e = m.index + m[0].length;
    const value = name.toLowerCase();
    if (!ctx.isProtected(value)) out.push({ start: e - name.length, end: e, kind: 'PERSON', detector: 'person-name', priority: PRIORITY.person + 4, value, side: 'victim', reason: 'name after a person word' });
  };
  if (!/\p{Lu}/u.test(text) && !/[^\x00-\u024f]/.test(text)) return out;
  const caseless = /[^\x00-\u024f]/.test(text);
  for (const lead of matchAll(LEAD_RE, text)) {
    if (inflectedHonorific(lead[0]) || (POLICE_INITIALISM.test(lead[0]) && lead[0] !== lead[0].toUpperCase())) continue;
    const after = lead.index! + lead[0].length;
    // Most leads in prose are followed by a lower-case word ("the customer reported"): skipped before the name patterns.
    const next = NEXT_WORD_RE.exec(text.slice(after, after + 16));
    if (next && !LINK_WORDS.has(next[1])) continue;
    // Nor can a name start at a digit, a line break or punctuation other than a dash or colon.
    if (!next && NO_NAME_NEXT_RE.test(text.slice(after, after + 4))) continue;
    const shape = shapeAt(NAME_AFTER_LEAD_RE, text, after);
    if (!shape) {
      if (caseless) nativeAfter(lead.index! + lead[0].length);
      continue;
    }
    // A name holds no tab: "Kunde\tTechniker\tTel" is a table header.
    if (text.slice(shape.start, shape.end).includes('\t')) continue;
    // After an honorific the comma ends a salutation ("Sehr geehrte Frau Mühlberger, Ihr Zähler …"), as after a title.
    const comma = text.indexOf(',', shape.start);
    if (HONORIFIC_LEAD.test(lead[0]) && comma >= 0 && comma < shape.end) {
      shape.end = comma;
      shape.words = nameWords(text.slice(shape.start, comma));
      if (shape.words.length === 0) continue;
    }
    const known = shape.words.some(isKnown) || (shape.words.length === 1 && SURNAME_ENDING.test(shape.words[0]));
    // "du client", "al cliente", "dem Kunden": a non-English article makes "client" a person word.
    const ambiguous = AMBIGUOUS_LEAD.test(lead[0]) && !ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, lead.index! - 5), lead.index!));
    if (!shape.strong && !known) {
      // One unknown capitalised word after a lead is as often a company or a place; an
      // ambiguous English lead needs a known name.
      if (shape.words.length < 2 || ambiguous) continue;
    }
    if (shape.words.length === 1 && !shape.strong && !known) continue;
    if (ORG_AFTER_RE.test(text.slice(shape.end, shape.end + 12))) continue;
    const value = text.slice(shape.start, shape.end).toLowerCase().replace(/\s+/g, ' ');
    if (ctx.isProtected(value) || shape.words.some((w) => ctx.isProtected(w.toLowerCase()))) continue;
    out.push({ start: shape.start, end: shape.end, kind: 'PERSON', detector: 'person-name', priority: PRIORITY.person + 4, value, side: 'victim', reason: 'name after a person word' });
  }
  return out;
};

export const leadDetector: [string, Detector] = ['person-leads', persons];
