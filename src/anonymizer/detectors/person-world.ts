import { type Detector, type Finding, PRIORITY } from './finding';
import { AR_GIVEN, GIVEN_NAMES, HE_GIVEN, HI_GIVEN, KO_COMPOUND_SURNAMES, KO_GIVEN_SYLLABLES, SURNAMES, ZH_COMPOUND_SURNAMES, ZH_GIVEN_CHARS, ZH_SURNAMES } from './names-gazetteer';
import { ZH_LEAD_SURNAMES } from './person-positions';
import { TH_GIVEN, VI_MIDDLE, VI_SURNAMES, VI_SURNAMES_FOLDED } from './names-regional';
import { isKnown, NOT_NAME_WORDS, SURNAME_ENDING } from './person-leads';
import { matchAll } from '../match-all';

// Person names in the languages the older rules read poorly (cs, fi, da/no, el, ro, hu, vi, id,
// he, th, uk, tr): the titles and honorifics of each language before or after a name, initials in
// scripts without case, "SURNAME, Given" in any script, Vietnamese family names, Thai given names,
// compound CJK surnames, and the CN of a certificate or directory entry.

const LOW = "[\\p{Ll}\\p{M}'’]";
const WORD = `\\p{Lu}${LOW}+(?:[-'’]\\p{Lu}?${LOW}+)*(?![\\p{L}\\p{N}])`;
const UPPER = `\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})*(?![\\p{L}\\p{N}])`;

// Titles before a name. Latin, Cyrillic and Greek ones are matched case-insensitively, the name
// after them case-sensitively (a capital). "Pan"/"Bay"/"Pak"/"Anh"/"Bà"/"Ông" are also words
// ("Bay Area", "Pak Army"): capitalised, they need a line start, punctuation or a lower-case word
// other than an English article or preposition before them. ("bu" is Turkish for "this": not a title here.)
const TITLES_BEFORE =
  'pan|paní|pani|slečna|herra|rouva|neiti|hr\\.|fru|frk\\.|dl\\.|dna\\.|d-l|d-na|domnul|doamna|domnului|doamnei|bapak|ibu|pak|sdr\\.|sdri\\.|ông|bà|anh|chị|cô|bay|bayan|sayın|sayin|' +
  'κ\\.|κα\\.?|κος|κύριος|κυρία|κ\\.κ\\.|пан|пані|г-н|г-жа|господин|госпожа|гражданин|гражданка|' +
  // es/pt/it, nl, and the Indian English honorifics
  'doña|dña\\.|dª|señora|señorita|senhora|signora|mevrouw|meneer|mevr\\.|dhr\\.|shri|shrimati|smt\\.|sushri|kumari';
const TITLE_WORDLIKE = /^(?:pan|pak|anh|bà|ông|cô|bay|fru|ibu)$/iu;
// What may stand before a capitalised word-like title: a line start, punctuation, or a lower-case word.
const TITLE_CONTEXT_BEFORE = /(?:^|[\n.:;,(\[|"'>–—-]|(?:^|[^\p{L}])\p{Ll}+)[ \t]*$/u;
// English words before a noun ("the Pak Army", "in Bay County"): the capital is a name, not a title.
const ENGLISH_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or)[ \t]+$/iu;
// Thai words that start like a title: คุณภาพ (quality), นายจ้าง (employer), นางฟ้า.
const THAI_NOT_NAME = /^(?:ภาพ|สมบัติ|ค่า|ลักษณะ|ธรรม|จ้าง|หน้า|ทะเบียน|กรัฐมนตรี|ก$|ฟ้า|พยาบาล)/u;
const TITLE_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}.-])(?:${TITLES_BEFORE})(?=[ \\t])`, 'giu');
// Dutch, German and Romance surnames may open with a particle: "mevrouw van der Linden".
const NAME_AFTER_TITLE_RE = new RegExp(`[ \\t]+((?:(?:van|von|de|den|der|di|da|del|della|du|dos|das|ten|ter)[ \\t]){0,2}${WORD}(?:[ \\t]${WORD}){0,2}|${UPPER}(?:[ \\t]${WORD})?)`, 'uy');
// Honorifics after a surname: Hungarian "Kovács úr", "Nagy asszony", Turkish "Yılmaz Bey", "Demir Hanım".
const TITLE_AFTER_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${WORD}(?:[ \\t]${WORD})?)[ \\t](?:úr|ur|asszony|kisasszony|Bey|Hanım|Hanim)(?![\\p{L}])`, 'gu');
// Titles in scripts without case, then one name word (two when the first is a listed given name).
// Thai writes คุณ/นาย/นาง without a space.
const CASELESS_TITLE_RE =
  /(?<![\p{L}\p{M}])(?:(מר|גב'|גב׳|גברת|ד"ר|ד״ר|עו"ד|السيد|السيدة|الأستاذ|الأستاذة|الاستاذ|الدكتور|الدكتورة|المهندس|المهندسة|श्री|श्रीमती|सुश्री|डॉ\.)[ \t]+([\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{M}'׳־-]{2,20}(?:[ \t][\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{M}'׳־-]{2,20})?)|(?:คุณ|นางสาว|นาย|นาง)[ \t]?([\p{Script=Thai}\p{M}]{2,25}))/gu;
const CASELESS_STOP = new Set('את של על עם אל גם כי לא זה הוא היא في من إلى الى على عن مع هو هي الذي التي قد تم ने को से का की के और में पर'.split(' '));
// An initial in a script without case, then a surname: "י. רוזנבלום", "ف. القحطاني", "स. चतुर्वेदी", "พ. แก้วมณี".
// Thai จ./อ./ต. abbreviate province, district and sub-district; ก.ค. and พ.ศ. are dates.
const CASELESS_INITIAL_RE =
  /(?<![\p{L}\p{M}\p{N}.])([\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}]\p{M}?)\.[ \t]?([\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{M}'׳־-]{3,25})(?![\p{L}\p{M}.])/gu;
const THAI_PLACE_INITIAL = /^[จอต]$/u;
// Two initials and a surname, either way round: "Иванов И.И.", "И. И. Иванов", "J.R. Whitcombe" (Russian
// and Ukrainian write the patronymic's initial too). Latin needs a listed surname or its ending ("U.S. Army" stays).
const TWO_INITIALS_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(?:(${WORD})[ \\t](\\p{Lu}\\.[ \\t]?\\p{Lu}\\.)|(\\p{Lu}\\.[ \\t]?\\p{Lu}\\.)[ \\t]?(${WORD}))(?![\\p{L}\\p{N}])`, 'gu');
// A person's things: "Lachlan's laptop", "Anna Berg's iPhone" (a vendor's or a malware's are not these).
const POSSESSIVE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${WORD}(?:[ \\t]${WORD})?)['’]s[ \\t](?:laptop|notebook|phone|iPhone|smartphone|mobile|PC|pc|computer|desktop|workstation|tablet|iPad|car|vehicle|account|mailbox|router|modem|home|house|flat|apartment)(?![\\p{L}])`, 'gu');
// A greeting opens a message with the addressee's name: "Hi Lachlan,", "Hola Pilar Ortega:", "Beste Sanne,"; a title may
// stand before it ("Dear C. Pilar Ortega," with the Mexican "C." for ciudadano/a), and then the name needs no listed word.
const GREETING_RE = new RegExp(
  `(?:^|\\n|[.!?][ \\t])[ \\t]*(?:Hi|Hello|Hey|Dear|Hallo|Liebe[rs]?|Hej|Hei|Hola|Estimad[oa]|Querid[oa]|Bonjour|Cher|Chère|Ciao|Gentile|Car[oa]|Olá|Oi|Prezad[oa]|Beste|Geachte|Beste|Cześć|Szanown[ya]|Ahoj|Merhaba)[ \\t]+(?<title>(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta)\\.?|C\\.)[ \\t]+)?(${WORD}(?:[ \\t]${WORD})?)[ \\t]*(?=[,!:\\n])`,
  'gu',
);
// "SURNAME, Given" and "Surname, Given" in a cased script; a listed name on one side confirms it.
const COMMA_NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_@.-])((?:(?:VAN|VON|DE|DER|DI|DA|DEL|LE|LA|DU|DOS)[ \\t]){0,2}${UPPER}|${WORD}),[ \\t](${WORD})(?:[ \\t](${WORD}))?`,
  'gu',
);
// The same order in a script without case: "מזרחי, עומרי", "العتيبي, نوف", "ทองประเสริฐ, ธนพล".
const CASELESS_COMMA_RE =
  /(?<![\p{L}\p{M}])([\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{M}'׳־-]{2,25}(?:[ \t][\p{Script=Arabic}\p{M}]{2,12})?),[ \t]([\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{M}'׳־]{2,20})(?![\p{L}\p{M}])/gu;
// Vietnamese: a family name and one to three short syllables ("Nguyễn Văn An", "Đặng Thu Trang").
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);
const VI_NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...VI_SURNAMES, ...VI_SURNAMES_FOLDED].map(capital).join('|')})((?:[ \\t]\\p{Lu}${LOW}{1,6}(?![\\p{L}\\p{N}])){1,3})`,
  'gu',
);
// Thai words (runs between spaces); a listed given name and the word after it are a name.
// One Thai word after the given name that ends the phrase: the surname.
const THAI_SURNAME_AFTER_RE = /^[ \t]([\p{Script=Thai}\p{M}]{3,14})(?=[ \t]*(?:[.,;:(（)|<\n–—-]|$))/u;
const THAI_LABEL = /^(?:ลูกค้า|ช่าง|พนักงาน|ผู้|เจ้าของ|อีเมล|โทร|ที่อยู่|วันเกิด|บัญชี|หมายเลข|รหัส)/u;
const THAI_WORD_RE = /[\p{Script=Thai}\p{M}]{2,25}/gu;
// Compound surnames: "欧阳雨桐", "선우하은".
// Compound surnames that are also words ("东方航空", "百里"): their given name must be listed characters.
const ZH_WORDLIKE_COMPOUND = /^(?:东方|東方|百里|太史|司徒|公孙|公孫|宇文|西门|西門|南宫|南宮)$/u;
// A Korean particle may follow ("남궁하은의").
const CJK_COMPOUND_RE = /(?<![\p{Script=Han}\p{Script=Hangul}])([\p{Script=Han}]{2}[\p{Script=Han}]{1,2}(?![\p{Script=Han}\p{Script=Hangul}])|[\p{Script=Hangul}]{4}(?=[의이가은는을를와과도님씨]?(?![\p{Script=Hangul}])))/gu;
// A Chinese surname and an honorific: "蔡先生", "欧阳女士".
const PARTICLE_RE = /^(?:van|von|de|der|di|da|del|le|la|du|dos)$/i;
const ZH_HONORIFIC_RE = /(?<!\p{Script=Han})(\p{Script=Han}{1,2})(?:先生|女士|小姐)/gu;
// The full name before the honorific, also apart from it: "林家豪先生", "王冠廷 先生".
const ZH_FULL_HONORIFIC_RE = /(?<!\p{Script=Han})(\p{Script=Han}{2,4})[ \u3000]?(?:先生|女士|小姐)/gu;
// A whole field that is one name in a registry order: "LE GOFF, Aurore", "HRUBEŠOVÁ, Květoslava", "L. Di Stefano"
// (an extension or x_ property value, an email body opening with its salutation).
const WHOLE_NAME_RE = new RegExp(
  `^[ \\t]*((?:(?:VAN|VON|DE|DER|DI|DA|DEL|LE|LA|DU|DOS)[ \\t]){0,2}${UPPER}(?:[ \\t]${UPPER})?,[ \\t]${WORD}(?:[ \\t]${WORD})?|\\p{Lu}\\.[ \\t](?:(?:van|von|de|der|di|da|del|le|la|du|dos|Di|De|Da|Del|Le|La|Van|Von)[ \\t]){0,2}${WORD})[ \\t]*(?:$|,[ \\t])`,
  'u',
);
// A personalised lure's body opens with the recipient's name, then the lure and its link:
// "HOEKSTRA, Gijsbert, Ihre Rechnung: https://…", "Chance Oyelaran, Action required: https://…".
const LURE_BODY_RE = new RegExp(
  `^[ \\t]*((?:${WORD}[ \\t]){1,2}${WORD}|(?:(?:VAN|VON|DE|DER|DI|DA|DEL|LE|LA|DU|DOS)[ \\t]){0,2}${UPPER}(?:[ \\t]${UPPER})?,[ \\t]${WORD}(?:[ \\t]${WORD})?),[ \\t]+\\p{Lu}[^\\n]{0,160}?:[ \\t]*(?:https?|hxxps?)(?::|\\[:\\])\\/\\/`,
  'u',
);
// The common name of a certificate subject or directory entry, up to the next attribute.
const DN_CN_RE = /(?:^|[,;\/+][ \t]*)CN[ \t]*=[ \t]*([^,;\/+=\n"]{2,64}?)[ \t]*(?=[,;\/+][ \t]*(?:OU|O|C|L|ST|DC|E|EMAILADDRESS|SERIALNUMBER|UID|T|TITLE|GN|SN)[ \t]*=|$)/giu;
// What a CN holds when it is a host, service or authority rather than a person.
const NOT_PERSON_CN = /[\d.*@_:\\]|(?:^|[ \t-])(?:ca|root|device|server|service|gateway|router|vpn|proxy|firewall|admin|test|localhost|authority|issuing|intermediate|policy|signing|code|update|mail|web|www|api|cloud|portal|client|user|host|node|cluster|controller|meter|modem|sensor|camera|printer|bridge|bot|agent|system|network|secure|trust|global|corp|inc|ltd|llc|gmbh|ag|sa)(?:$|[ \t-])/iu;
const CASED_NAME = new RegExp(`^${WORD}(?:[ \\t]${WORD}){1,3}$|^${UPPER}(?:[ \\t]${WORD}){1,2}$|^${WORD}(?:[ \\t]${UPPER})$`, 'u');
const CASELESS_NAME = /^(?:[\p{Script=Han}\p{Script=Hangul}]{2,4}|[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{M}'׳־-]{2,25}(?:[ \t][\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{M}'׳־-]{2,25}){1,2})$/u;

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/đ/g, 'd');
const notName = (w: string) => NOT_NAME_WORDS.has(w.toLowerCase());
const givenCaseless = (w: string) => HE_GIVEN.has(w) || AR_GIVEN.has(w) || HI_GIVEN.has(w) || TH_GIVEN.has(w) || GIVEN_NAMES.has(w);

const world: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, reason: string, boost = 3) => {
    const value = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    if (end - start < 2 || ctx.isProtected(value)) return;
    out.push({ start, end, kind: 'PERSON', detector: 'person-name', priority: PRIORITY.person + boost, value, side: 'victim', reason });
  };
  const cased = /\p{Lu}/u.test(text);
  const caseless = /[\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f]/u.test(text);
  if (cased) {
    for (const t of matchAll(TITLE_BEFORE_RE, text)) {
      const ts = t.index!;
      if (TITLE_WORDLIKE.test(t[0]) && /^\p{Lu}/u.test(t[0]) && (!TITLE_CONTEXT_BEFORE.test(text.slice(Math.max(0, ts - 30), ts)) || ENGLISH_BEFORE.test(text.slice(Math.max(0, ts - 8), ts)))) continue;
      NAME_AFTER_TITLE_RE.lastIndex = ts + t[0].length;
      const m = NAME_AFTER_TITLE_RE.exec(text);
      if (!m || m[1].split(/[ \t]+/).some(notName)) continue;
      add(ts, m.index + m[0].length, 'title before a name', 4);
    }
    if (text.includes('.')) for (const m of matchAll(TWO_INITIALS_RE, text)) {
      const sur = m[1] ?? m[4];
      const cyrillic = /\p{Script=Cyrillic}/u.test(sur);
      // Latin initials apart ("… 95° W. I. Engström") may be a compass point or an abbreviation and one initial.
      if (notName(sur) || (!cyrillic && (/\.[ \t]/.test(m[2] ?? m[3]) || (!isKnown(sur) && !SURNAME_ENDING.test(sur))))) continue;
      add(m.index!, m.index! + m[0].length, 'surname and two initials');
    }
    if (text.includes('s ')) for (const m of matchAll(POSSESSIVE_RE, text)) {
      const words = m[1].split(/[ \t]+/);
      if (words.some(notName) || !words.some(isKnown)) continue;
      add(m.index!, m.index! + m[1].length, "a person's device or account", 3);
    }
    for (const m of matchAll(GREETING_RE, text)) {
      const name = m[2];
      const words = name.split(/[ \t]+/);
      if (words.some(notName) || (!m.groups!.title && !words.some((w) => GIVEN_NAMES.has(w.toLowerCase()) || GIVEN_NAMES.has(fold(w))))) continue;
      const s = m.index! + m[0].length - name.length;
      add(s, s + name.length, 'name after a greeting', 3);
    }
    for (const m of matchAll(TITLE_AFTER_RE, text)) {


      if (m[1].split(/[ \t]+/).some(notName)) continue;
      add(m.index!, m.index! + m[0].length, 'surname before an honorific', 4);
    }
    if (text.includes(', ')) {
      for (const m of matchAll(COMMA_NAME_RE, text)) {
        const [, sur, given, second] = m;
        if (notName(sur) || notName(given)) continue;
        // "Anna, Maria": two given names of a list; one listed side is enough otherwise.
        const givenKnown = isKnown(given);
        const surKnown = SURNAMES.has(sur.toLowerCase()) || SURNAMES.has(fold(sur));
        const upper = /^\p{Lu}[\p{Lu} '’-]+$/u.test(sur) && sur.replace(/[^\p{L}]/gu, '').length >= 3;
        if (!(upper && (givenKnown || surKnown)) && !(surKnown && givenKnown && !GIVEN_NAMES.has(sur.toLowerCase()))) continue;
        const end = second && isKnown(second) ? m.index! + m[0].length : m.index! + m[0].length - (second ? second.length + 1 : 0);
        add(m.index!, end, 'surname, given name (listed)');
      }
    }
    for (const m of matchAll(VI_NAME_RE, text)) {
      const first = m[1];
      const rest = m[2].trim().split(/[ \t]+/);
      const native = VI_SURNAMES.has(first.toLowerCase());
      if (rest.some(notName)) continue;
      // Without Vietnamese letters the name needs a Vietnamese middle name ("Le Van Tam", not "Le Monde").
      const viLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(m[0]);
      if (!(native && viLetters) && !(rest.length >= 2 && VI_MIDDLE.has(rest[0].toLowerCase()))) continue;
      add(m.index!, m.index! + m[0].length, 'Vietnamese family name and given names');
    }
    const whole = WHOLE_NAME_RE.exec(text);
    // At the start of a longer text, the comma order needs a listed word or a surname ending ("EMOTET, Trickbot, …" stays).
    // Particles aside ("LE GOFF"), no word may be an ordinary or organisation word; a surname of three capitals is as often an acronym ("USA, Canada").
    const wholeWords = whole ? whole[1].split(/[ \t,]+/).filter((w) => !PARTICLE_RE.test(w)) : [];
    if (whole && !wholeWords.some(notName) && !/^\p{Lu}{1,3},/u.test(whole[1])) {
      const rest = text.slice(whole[0].length).trim();
      const words = whole[1].split(/[ \t,]+/).filter((w) => w.length > 2);
      if (rest === '' || words.some((w) => isKnown(w) || SURNAME_ENDING.test(w[0] + w.slice(1).toLowerCase()))) {
        const s = whole[0].indexOf(whole[1]);
        add(s, s + whole[1].length, 'a field holding one name');
      }
    }
    const lure = text.length <= 600 && text.includes('//') ? LURE_BODY_RE.exec(text) : null;
    const lureWords = lure ? lure[1].split(/[ \t,]+/).filter((w) => !PARTICLE_RE.test(w)) : [];
    // Capitalised words need a listed one ("Cobalt Strike, Sliver and …: https://…" stays); the comma order is a name's own.
    if (lure && !lureWords.some(notName) && (lure[1].includes(',') || lureWords.some((w) => isKnown(w) || SURNAME_ENDING.test(w)))) {
      const s = lure[0].indexOf(lure[1]);
      add(s, s + lure[1].length, 'recipient name opening a lure');
    }
    // "CN=Jana Nováková, OU=…": on the victim side a person's certificate or directory entry.
    if (/CN[ \t]*=/i.test(text)) {
      for (const m of matchAll(DN_CN_RE, text)) {
        const v = m[1];
        if (NOT_PERSON_CN.test(v) || v.split(/[ \t]+/).some(notName)) continue;
        if (!CASED_NAME.test(v) && !CASELESS_NAME.test(v)) continue;
        const s = m.index! + m[0].indexOf(v, m[0].indexOf('=') + 1);
        add(s, s + v.length, 'common name of a certificate or directory entry', 5);
      }
    }
  }
  if (caseless) {
    for (const m of matchAll(CASELESS_TITLE_RE, text)) {
      const name = m[2] ?? m[3];
      const words = name.split(/[ \t]+/);
      if (CASELESS_STOP.has(words[0]) || (m[3] && THAI_NOT_NAME.test(m[3]))) continue;
      // A second word only when the first is a listed given name ("السيد محمد العتيبي").
      // Thai addresses a person by given name and surname, the surname last before punctuation ("คุณธนากร สายสุข.").
      const thaiSurname = m[3] !== undefined && THAI_SURNAME_AFTER_RE.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16));
      const keep = words.length > 1 && givenCaseless(words[0]) && !CASELESS_STOP.has(words[1]) ? name : words[0];
      if (thaiSurname && !THAI_LABEL.test(thaiSurname[1])) {
        const s = m.index! + m[0].length - name.length;
        add(s, s + name.length + thaiSurname[0].length, 'Thai title, given name and surname', 4);
        continue;
      }
      const s = m.index! + m[0].length - name.length;
      // The title stays, as Latin titles do in the lead rules ("श्री [PERSON-1]").
      add(s, s + keep.length, 'title before a name (script without case)', 4);
    }
    for (const m of matchAll(CASELESS_INITIAL_RE, text)) {
      if (THAI_PLACE_INITIAL.test(m[1]) || CASELESS_STOP.has(m[2])) continue;
      add(m.index!, m.index! + m[0].length, 'initial and surname (script without case)');
    }
    if (text.includes(', ')) {
      for (const m of matchAll(CASELESS_COMMA_RE, text)) {
        if (!givenCaseless(m[2]) || CASELESS_STOP.has(m[1])) continue;
        add(m.index!, m.index! + m[0].length, 'surname, given name (script without case)');
      }
    }
    if (/\p{Script=Thai}/u.test(text)) {
      const toks = [...matchAll(THAI_WORD_RE, text)];
      for (let i = 0; i + 1 < toks.length; i++) {
        const [a, b] = [toks[i], toks[i + 1]];
        if (TH_GIVEN.has(a[0]) && b[0].length >= 3 && !THAI_LABEL.test(b[0]) && /^[ \t]$/.test(text.slice(a.index! + a[0].length, b.index!))) add(a.index!, b.index! + b[0].length, 'Thai given name and surname');
      }
    }
  }
  if (/(?:先生|女士|小姐)/u.test(text)) {
    for (const m of matchAll(ZH_HONORIFIC_RE, text)) {
      const n = m[1];
      if (n.length === 1 ? ZH_LEAD_SURNAMES.has(n) : ZH_COMPOUND_SURNAMES.has(n)) add(m.index!, m.index! + m[0].length, 'Chinese surname and honorific', 4);
    }
    for (const m of matchAll(ZH_FULL_HONORIFIC_RE, text)) {
      const n = m[1];
      const compound = ZH_COMPOUND_SURNAMES.has(n.slice(0, 2));
      if ((compound && n.length >= 3) || (!compound && n.length <= 3 && (ZH_SURNAMES.has(n[0]) || ZH_LEAD_SURNAMES.has(n[0])))) add(m.index!, m.index! + n.length, 'Chinese full name before an honorific', 4);
    }
  }
  if (/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)) {
    for (const m of matchAll(CJK_COMPOUND_RE, text)) {
      const n = m[1];
      const head = n.slice(0, 2);
      const ok = /^\p{Script=Hangul}/u.test(n)
        ? KO_COMPOUND_SURNAMES.has(head) && KO_GIVEN_SYLLABLES.has(n[2]) && KO_GIVEN_SYLLABLES.has(n[3])
        : ZH_COMPOUND_SURNAMES.has(head) && (!ZH_WORDLIKE_COMPOUND.test(head) || [...n.slice(2)].every((c) => ZH_GIVEN_CHARS.has(c)));
      if (ok) add(m.index!, m.index! + n.length, 'compound surname and given name');
    }
  }
  return out;
};

export const worldDetector: [string, Detector] = ['person-world', world];
