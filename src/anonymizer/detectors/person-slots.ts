import { type Detector, type Finding, PRIORITY } from './finding';
import { isKnown, NAME_SHAPE_SRC, type NameShape, NOT_NAME_WORDS, ORG_AFTER_RE, shapeAt } from './person-leads';
import { matchAll } from '../match-all';
import { KO_COMPOUND_SURNAMES, KO_SURNAMES_HANGUL, NATIVE_SURNAMES, ZH_COMPOUND_SURNAMES } from './names-gazetteer';
import { ZH_LEAD_SURNAMES } from './person-positions';

// Person names by the slot they stand in, whatever their shape or origin: the value of a
// name-like key in JSON, YAML, INI and logs; the speaker of a chat line; an HTML table cell; the
// name that opens a short field ("Anna Berg – CASE-1234", "Anna Berg: your invoice").

// Keys whose value is a person: "owner", "driver_profile", "account_holder", "subscriber.name", "фио".
const KEY_RE =
  /(?<![\p{L}\p{N}])["']?(?:[a-z]+[_-])?(name|full_?name|display_?name|owner|holder|account_?holder|driver|driver_?profile|driver_?name|contact|contact_?name|customer|customer_?name|subscriber|operator|person|employee|technician|engineer|author|analyst|assignee|requester|caller|patient|recipient|user_?name|first_?name|last_?name|surname|nom|nombre|nome|naam|namn|nazwisko|isim|фио|имя|владелец|氏名|名前|姓名|이름|성명|الاسم|kunde|kund|klient|klant|cliente|zakaznik|asiakas|pelanggan|musteri|khachhang|ugyfel|abonent|techniker|servicetechniker|tekniker|technik|technicien|tecnico|monteur|montor|montør|serwisant|asentaja|szerelo|teknisi|teknisyen|sahateknisyeni|tehnician|kythuatvien|mitarbeiter|medarbejder|ansatt|medewerker|pracownik|zamestnanec|tyontekija|munkatars|karyawan|calisan|angajat|nhanvien|dipendente|empleado|colaborador|salarie|employe)["']?[ \t]*[:=][ \t]*(["']?)/giu;
// The value of a key: up to its closing quote, or to the end of the line or field when unquoted.
const QUOTED_VALUE_RE = /[^"'\n]{2,80}(?=["'])/uy;
const BARE_VALUE_RE = /[^"'\n,;&}<>]{2,80}/uy;
// A whole value in a script without case: CJK, Arabic, Devanagari, Hebrew, Thai (one to three words).
const NATIVE_VALUE = /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,8}|[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Hebrew}\p{Script=Thai}\p{M}]{2,20}(?:[ \t][\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Hebrew}\p{Script=Thai}\p{M}]{2,20}){0,2})$/u;
// Honorifics after a name: "様", "님", "先生", "-san".
const HONORIFIC_AFTER = /^(?:様|さま|さん|氏|殿|님|씨|先生|女士|小姐|जी)/u;
const HONORIFIC_PREFIX_RE = /^(?:様|さま|さん|氏|殿|님|씨|先生|女士|小姐|जी)/u;
const WHOLE_SHAPE_RE = new RegExp(`(?:${NAME_SHAPE_SRC})`, 'uy');
// Keys that are as often a product, a family or a host ("name", "operator", "customer"): one word needs a known name.
const GENERIC_KEY = /^(?:name|display_?name|operator|customer|contact|owner|holder|user_?name|nom|nombre|nome|naam|namn|isim)$/i;

// What a transcript's speaker says first, which a name slot ("Caller: Hi, …") must not take for a name.
const INTERJECTIONS = new Set(
  `hi hello hey yes yeah no nope ok okay thanks thank sure sorry please right well good morning afternoon evening um uh hmm
  hallo moin ja nein danke bitte bonjour salut oui non merci hola sí si gracias ciao grazie olá ola obrigado obrigada dag hoi nee
  hej tak cześć dzień tak nie dziękuję merhaba evet hayır teşekkürler привет да нет спасибо`.split(/\s+/),
);

// A chat line: "[09:14] Anna Berg: …", "09:14 <anna.berg> …", "(09:14:07) BERG Anna: …". Messenger exports put the
// day first, in the brackets or before a dash: "[26/06/24, 09:14:07] Anna Berg: …", "26.06.24, 09:14 - Anna Berg: …"
// (slashes and dots only: an ISO date opens log lines, whose "host program:" is no speaker).
const CHAT_LINE_RE = /(?:^|\n)[ \t]*[[(]?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:[ \t]+-)?[ \t]+(?:<([^<>\n]{2,40})>|([^:\n\[\]<>]{2,40}?)[ \t]*:)[ \t]/gu;
// Speakers that are systems, not people.
const NOT_SPEAKER = /^(?:system|bot|server|info|warn(?:ing)?|error|debug|notice|alert|crit(?:ical)?|kernel|cron|sshd|root|admin|daemon|console|auto|noc|soc)$/i;

// The line under a signature delimiter ("--" or "-- " alone on its line) names the writer: "--\nNguyen, Shannon\nPhone …".
// Also quoted in a reply ("> --\n> Name").
const SIGNATURE_LINE_RE = /(?:^|\n)[ \t]*(?:>[ \t]?)*--[ \t]*\r?\n[ \t]*(?:>[ \t]?)*([^\n>]{2,60}?)[ \t]*(?=\r?\n|$)/gu;
// Sign-offs that stand on that line instead of a name.
const SIGN_OFF = /^(?:(?:best|kind|warm)?[ \t]*(?:regards|thanks|cheers|greetings|grüße|gruß|cordialement|saludos|saluti|groeten|pozdrawiam|hälsningar|mvh)\b|مع |تحيات|شكر|सादर|धन्यवाद|शुभ|בברכה|תודה|ขอบคุณ|ด้วยความ)/iu;
// A CJK name on that line, family and given name apart or together, an honorific after it.
const CJK_SIGNATURE_NAME_RE = /^([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}?(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}?)?)(?:様|さま|さん|氏|殿|先生|女士|小姐)?$/u;

// The author column of a ticket history: "2024-06-18 05:18  Carmen B.  (field)  Site visit …", two or more spaces around it.
const HISTORY_AUTHOR_RE = /(?:^|\n)[ \t]*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?Z?[ \t]{2,}([^\n\t\d@()\[\]<>:]{2,40}?)[ \t]{2,}\(\p{L}{2,16}\)/gu;

// A chat export that puts the speaker and the time on a line of their own: "Ana Ruiz  10:30 PM\n@Luis can you check …".
const SPEAKER_TIME_LINE_RE = /(?:^|\n)[ \t]*([^\n\d@:\[\]<>(){}|=\/\\]{2,40}?)[ \t]{1,3}\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*(?=\r?\n)/gu;
// A given name and the login built from it in brackets: "owner: heba (heba.mansour)", "Jan (jan_novak)".
const NAME_LOGIN_RE = /(?<![\p{L}\p{N}_.@-])(\p{L}{2,20})[ \t]\((\p{L}{2,20})[._](\p{L}{2,30})\)/gu;

// "Site: <company>, <contact person>." — a site label, the organisation, a comma, then the person on site, by language.
const SITE_CONTACT_RE =
  /(?<![\p{L}])(?:site|location|standort|locatie|lokasi|local|localização|localizacao|sede|ubicación|ubicacion|sitio|lieu|emplacement|tesis|konum|lokalizacja|miejsce|地點|地点|設置場所|สถานที่|स्थान|الموقع|місце|địa điểm|dia diem)[ \t]*[:：][ \t]*[^,\n，、:]{2,80}[,，、][ \t]*/giu;
// Words of places and premises, which a site's second part often is ("Rotterdam, Port Authority", "Auckland, New Zealand").
const PLACE_WORDS = new Set(
  `authority port plant building hall house park centre center station airport hospital clinic school university college campus district county region province
  city town village estate farm mill works depot warehouse office tower block floor wing unit site area zone field harbour harbor bay lake river mountain valley
  street road lane avenue square bridge gate terminal substation pumping reservoir dam mine quarry yard dock pier branch store shop mall market new saint st san
  santa costa sri hong saudi united great republic kingdom island islands coast heights hills springs falls beach`.split(/\s+/),
);
// The contact ends the sentence or the line.
const CONTACT_END_RE = /^[ \t]*(?:[.;。\n]|$)/u;

// The first line of an HTML mail signature block: <div class="signature"><p>Name</p>…
const HTML_SIGNATURE_RE = /<(?:div|td|table|p)[^<>]{0,60}class=["'][^"'<>]{0,30}sig[^"'<>]{0,30}["'][^<>]{0,60}>[ \t\r\n]*(?:<(?:p|span|b|strong|div)(?:[ \t][^<>]{0,60})?>[ \t]*){0,2}([^<>\n]{2,60}?)[ \t]*</giu;
// A chain of custody hands evidence from one person to the next: "Chain of custody: Anna Berg -> Jan Novak".
const CUSTODY_RE = /(?:chain of custody|custody|hand-?over|übergabe|beweismittelkette|chaîne de possession|chaîne de custody|cadena de custodia|catena di custodia|cadeia de custódia|bewijsketen|łańcuch dowodowy|保管の連鎖|保管记录|監管鏈)[ \t]*[:：][ \t]*/giu;
// Places and services evidence passes through, which are not people.
const CUSTODY_NOT_HOLDER = new Set('evidence locker lab laboratory safe storage vault room bag courier police forensics forensic archive intake reception mailroom dhl ups fedex'.split(' '));
const CUSTODY_ARROW_RE = /^[ \t]*(?:->|→|=>|⇒|—>|–>)[ \t]*/u;

// A short field that closes with a name after a reference or a document word: "WO-2291 – Anna Berg", "syslog – Berg, Anna".
const CLOSING_RE =
  /^[ \t]*(?!(?:CVE|CWE|CAPEC|GHSA|ICSA|KB|MS|RFC|APT|FIN|UNC|TA|T|S|G)[-\d])(?:\[[^\]\n]{1,30}\]|[#\p{L}][\p{L}\p{N}#\/-]*\d[\p{L}\p{N}#\/-]*|\d[\d\/-]{4,}|(?:\p{L}+[ \t]){0,2}(?:syslog|logs?|pdf|report|ticket|case|forensics?|evidence|capture|pcap|export|screenshot|image|notes?|call|callback|visit|complaint|invoice|incident|rma|dump|triage))[ \t]*[–—|:][ \t]*/iuy;

// A letter's writer names themself between commas: "I, Anna Berg, ask for …", "Yo, Ana Ruiz, con domicilio …".
const SELF_NAMED_RE = /(?:^|\n|[.:;!?][ \t]+)[ \t]*(?:I|Yo|Io|Eu|Ich|Ik|Jag|Я|Je|मैं)[ \t]*,[ \t]*/gu;
// The name runs to the next comma; in a script without case, one to three words.
const SELF_NAME_END_RE = /^[ \t]*,/u;

// A note in a table cell that names the person at a device or room: "| AHU-5 Note: Anna Berg |", "| Примечание: Анна Берг |".
const CELL_NOTE_RE =
  /(?:^|\|)[^|\n]{0,40}?(?<![\p{L}])(?:note|notes|nota|notas|notiz|anmerkung|bemerkung|remarque|opmerking|anteckning|uwaga|not|примечание|примітка|टिप्पणी|หมายเหตุ|ملاحظة|הערה|备注|備考|메모)[ \t]*[:：][ \t]*/giu;
// What ends such a name: the end of the cell.
const CELL_END_RE = /^[ \t]*(?:\||$|\n)/u;
// Words of incident and case titles, which also come in twos after a reference ("INC0012345 Outbound Traffic").
const CASE_TITLE_WORDS = new Set(
  `traffic outbound inbound suspicious malicious login logon access attack attacks scan phishing smishing vishing fraud beacon breach leak outage anomaly alert
  alerts connection connections device devices meter meters firmware patch campaign wave cluster case ticket follow escalation threat indicator summary sim swap
  esim roaming billing charges premium toll remote lateral credential credentials brute force spray port host hosts dns ddos spike surge burst multiple several
  new old high low critical medium urgent open closed pending resolved possible probable confirmed false positive true test spam abuse account accounts
  variant variants strike typhoon blizzard sleet tempest storm sandstorm hail spider bear panda kitten chollima tiger leopard jackal team gang kit framework`.split(/\s+/),
);
// Words of English notes that a name word does not end like ("Replaced Filter", "Pending Inspection", "Firmware Upgrade").
const NOTE_WORD_RE = /(?:ed|ing|tion|sion|ment|ness|able|ible|ity|ware|grade|date|ure|ive|ous)$/i;

// A short field that is a reference and a name with only a space between: a case or grouping name
// ("INC0012345 Anna Berg", "TT#88120 Зинаида Ладыгина"). Not an advisory, a CVE or an actor's id.
const REF_THEN_NAME_RE = /^[ \t]*(?!(?:CVE|CWE|CAPEC|GHSA|ICSA|KB|MS|RFC|APT|FIN|UNC|TA|T|S|G)[-\d])(?:\[[^\]\n]{1,30}\]|[#\p{L}][\p{L}\p{N}#\/-]*\d[\p{L}\p{N}#\/-]*)[ \t]+/uy;
// The head line of an invoice names its payer after the number: "INVOICE 4471 — Anna Berg, customer no. …".
const INVOICE_HEAD_RE =
  /(?:^|\n)[ \t]*(?:invoice|rechnung|facture|factura|fattura|fatura|factuur|faktura|lasku|счёт|счет|рахунок|請求書|发票|發票|청구서|فاتورة|बिल|ใบแจ้งหนี้)[ \t]*(?:no\.?|nr\.?|n°|#|№)?[ \t]*[\p{L}\p{N}#\/-]*\d[\p{L}\p{N}#\/-]*[ \t]*[–—:|-][ \t]*/giu;
// The payer's name runs to a comma or the end of the line.
const PAYER_END_RE = /^[ \t]*(?:,|\r?\n|$)/u;

// An HTML table cell holding only a name.
const HTML_CELL_RE = /<t[dh][^>]{0,40}>([^<>\n]{3,60})<\/t[dh]>/giu;

// A short field that opens with a name: "Anna Berg – CASE-1234", "RE: Anna Berg: Ihre Rechnung 123".
const OPENING_RE = new RegExp(`^(?:(?:re|fw|fwd|aw|wg|tr|rv|sv|vs)[ \\t]*:[ \\t]*)*(?:\\[[^\\]\\n]{1,30}\\][ \\t]*)?`, 'iuy');
const FIELD_SEPARATOR_RE = /[:：–—|-]/;
// A capital, a letter of another script, or a lower-case title ("mevr.", "г-н", "श्री").
const CAPITAL_RE = /^(?:\p{Lu}|[^\x00-\x7f]|(?:mevr|dhr|sig|dott|sr|sra|pan|pani|bay|bayan)\.?[ \t])/u;
// A CJK name (two to four characters) or two Arabic or Devanagari words, then the field separator.
const NATIVE_OPENING_RE = /(?:[\p{Script=Han}\p{Script=Hangul}]{2,4}|\p{Script=Arabic}{2,}[ \t]\p{Script=Arabic}{2,}|[\p{Script=Devanagari}\p{M}]{2,}[ \t][\p{Script=Devanagari}\p{M}]{2,})(?=(?:様|さま|さん|氏|殿|님|씨|先生|女士|小姐|जी)?[ \t]*[:：–—|-])/uy;
const AFTER_OPENING_RE =
  /^[ \t]*(?:[–—|：]|-|:)[ \t]*(?:[#\p{L}][\p{L}\p{N}#\/-]*\d|\d[\d\/-]{4,}|(?:\p{L}+[ \t]){0,2}(?:invoice|facture|factura|fatura|fattura|factuur|rechnung|faktura|receipt|reçu|recibo|ricevuta|quittung|payment|paiement|pago|pagamento|zahlung|betaling|statement|order|commande|pedido|bestellung|ordine|call|callback|rückruf|rappel|visit|besuch|visite|ticket|case|complaint|reklamation|réclamation|reclamación|счёт|счет|請求書|发票|청구서|فاتورة|बिल))/iu;

// A label cell right before a cell, saying it holds a person's name ("<td>Name</td><td>…", "<th>Nombre</th><td>…").
const NAME_LABEL_CELL_RE = /<t[dh][^>]{0,40}>[ \t]*(?:(?:full |customer |contact |subscriber |driver )?name|customer|contact(?: person)?|owner|subscriber|account holder|kund(?:e|in)|ansprechpartner(?:in)?|nom(?: du client)?|nombre(?: del cliente)?|nome(?: do cliente| del cliente)?|naam|namn|imię i nazwisko|nazwisko|jméno|ad soyad|isim|имя|фио)[ \t]*:?[ \t]*<\/t[dh]>[ \t]*$/iu;

// A cell holding a person's contact data: a mail address or a street address with its postcode (a phone
// number is left out: an IOC table pairs malware with its smishing sender).
const CONTACT_CELL_RE = /<t[dh][^>]{0,40}>(?:[^<>\n]*@[^<>\n]*|\d{1,4}\p{L}?[ \t][^<>\n]{2,60},[ \t]*(?:\p{Lu}{1,2}-)?\d{4,5}[ \t][^<>\n]*|[^<>\n]{2,60},[ \t]*\d{4,5}[ \t]\p{Lu}[^<>\n]*)<\/t[dh]>/u;

/** Whether the table row around cell [s, e) has a cell with a person's contact data. */
function contactRow(text: string, s: number, e: number): boolean {
  const rowStart = text.lastIndexOf('<tr', s);
  const rowEnd = text.indexOf('</tr', e);
  if (rowStart < 0 || rowEnd < 0) return false;
  return CONTACT_CELL_RE.test(text.slice(rowStart, s)) || CONTACT_CELL_RE.test(text.slice(e, rowEnd));
}

function foldAccents(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A CJK run that starts with a listed Chinese, Japanese or Korean surname ("請求書" does not). */
function cjkSurnameStart(t: string): boolean {
  return ZH_LEAD_SURNAMES.has(t[0]) || ZH_COMPOUND_SURNAMES.has(t.slice(0, 2)) || KO_SURNAMES_HANGUL.has(t[0]) || KO_COMPOUND_SURNAMES.has(t.slice(0, 2)) || NATIVE_SURNAMES.some((n) => n.length >= 2 && t.startsWith(n));
}

/** A name in its own script may stand here: any script but Han and Hangul, or a run that starts with a surname. */
function nativeNameStart(t: string): boolean {
  return !/^[\p{Script=Han}\p{Script=Hangul}]/u.test(t) || cjkSurnameStart(t);
}

const persons: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, reason: string, kind = 'PERSON') => {
    const value = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    if (end - start < 2 || ctx.isProtected(value)) return;
    out.push({ start, end, kind, detector: kind === 'PERSON' ? 'person-name' : 'person-slot', priority: PRIORITY.person + 5, value, side: 'victim', reason });
  };
  /** The name shape filling [s, e) (an honorific may follow), or undefined. */
  const wholeName = (s: number, e: number, genericSlot: boolean) => {
    const shape = shapeAt(WHOLE_SHAPE_RE, text, s);
    if (!shape || shape.start !== s) return undefined;
    const rest = text.slice(shape.end, e);
    if (rest.trim() !== '' && !HONORIFIC_AFTER.test(rest)) return undefined;
    // One word is as often a product, family or actor ("name":"Mirai"): a known name, or a non-generic key.
    if (shape.words.length === 1 && !shape.strong && !isKnown(shape.words[0]) && genericSlot) return undefined;
    if (shape.words.length === 1 && INTERJECTIONS.has(shape.words[0].toLowerCase())) return undefined;
    if (ORG_AFTER_RE.test(text.slice(shape.end, shape.end + 12))) return undefined;
    return shape;
  };
  /** A name of two or three words (or a strong shape) without words of notes, places, organisations or threats. */
  const plainName = (shape: NameShape, t: string) =>
    (shape.strong || (shape.words.length >= 2 && shape.words.length <= 3)) &&
    !shape.words.some((w) => (NOTE_WORD_RE.test(w) && !isKnown(w)) || PLACE_WORDS.has(w.toLowerCase()) || CASE_TITLE_WORDS.has(w.toLowerCase()) || NOT_NAME_WORDS.has(w.toLowerCase()) || ctx.isProtected(w.toLowerCase())) &&
    !ctx.isProtected(t.slice(shape.start, shape.end).toLowerCase()) &&
    !ORG_AFTER_RE.test(t.slice(shape.end, shape.end + 12));
  if (text.includes(':') || text.includes('=')) {
    for (const m of matchAll(KEY_RE, text)) {
      const quoted = m[2] !== '';
      const vs = m.index! + m[0].length;
      const vre = quoted ? QUOTED_VALUE_RE : BARE_VALUE_RE;
      vre.lastIndex = vs;
      const v = vre.exec(text);
      if (!v) continue;
      // A value may list several people: "K. Großkopf; Anna Berg" (each item is tried as a whole name).
      let is = vs;
      for (const item of v[0].split(';')) {
        const lead = item.length - item.trimStart().length;
        const value = item.trim();
        const s = is + lead;
        is += item.length + 1;
        if (value.length < 2) continue;
        const ve = s + value.length;
        if (NATIVE_VALUE.test(value)) {
          add(s, ve, 'name in a key-value slot');
          continue;
        }
        const shape = wholeName(s, ve, GENERIC_KEY.test(m[1]));
        if (shape && !shape.words.some((w) => ctx.isProtected(w.toLowerCase()))) add(shape.start, shape.end, 'name in a key-value slot');
      }
    }
  }
  if (text.includes(':')) {
    for (const m of matchAll(CHAT_LINE_RE, text)) {
      const speaker = (m[1] ?? m[2]).trim();
      if (NOT_SPEAKER.test(speaker) || /^\d|[\/\\=@]/.test(speaker) || speaker.split(/\s+/).length > 4) continue;
      const s = m.index! + m[0].indexOf(speaker, m[0].search(/\d{1,2}:\d{2}/) + 4);
      if (speaker.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) continue;
      // A handle ("anna.berg", "aberg") is the speaker's login; a name in any case is the speaker.
      add(s, s + speaker.length, 'chat speaker', /^[\p{Ll}\p{N}._-]+$/u.test(speaker) ? 'USER' : 'PERSON');
    }
  }
  if (text.includes('--')) {
    for (const m of matchAll(SIGNATURE_LINE_RE, text)) {
      const line = m[1];
      const s = m.index! + m[0].indexOf(line, m[0].indexOf('--') + 2);
      if (SIGN_OFF.test(line)) continue;
      const cjk = CJK_SIGNATURE_NAME_RE.exec(line);
      if (cjk) {
        if (cjkSurnameStart(cjk[1])) add(s, s + cjk[1].length, 'name under a signature delimiter');
        continue;
      }
      // Arabic, Devanagari, Hebrew and Thai names of two or three words.
      if (NATIVE_VALUE.test(line) && /[ \t]/.test(line)) {
        add(s, s + line.length, 'name under a signature delimiter');
        continue;
      }
      const shape = wholeName(s, s + line.length, true);
      if (shape && (shape.strong || shape.words.length >= 2 || shape.words.some(isKnown)) && !shape.words.some((w) => ctx.isProtected(w.toLowerCase()))) add(shape.start, shape.end, 'name under a signature delimiter');
    }
  }
  if (text.includes('  (')) {
    for (const m of matchAll(HISTORY_AUTHOR_RE, text)) {
      const author = m[1];
      const words = author.split(/[ \t]+/);
      // Capitalised words only: the particles of "van der Merwe" are also articles.
      if (NOT_SPEAKER.test(author) || words.length > 4 || words.some((w) => (/^\p{Lu}/u.test(w) && NOT_NAME_WORDS.has(w.toLowerCase())) || ctx.isProtected(w.toLowerCase()))) continue;
      const s = m.index! + m[0].indexOf(author, m[0].search(/\d{2}:\d{2}/) + 5);
      add(s, s + author.length, 'author of a ticket history line');
    }
  }
  if (text.includes(':')) {
    for (const m of matchAll(SPEAKER_TIME_LINE_RE, text)) {
      const speaker = m[1].trim();
      const s = m.index! + m[0].indexOf(speaker);
      if (NOT_SPEAKER.test(speaker)) continue;
      if (NATIVE_VALUE.test(speaker)) {
        if (nativeNameStart(speaker)) add(s, s + speaker.length, 'chat speaker before the time');
        continue;
      }
      const shape = wholeName(s, s + speaker.length, true);
      if (shape && shape.end === s + speaker.length && (shape.strong || shape.words.length >= 2) && !shape.words.some((w) => ctx.isProtected(w.toLowerCase()))) add(s, shape.end, 'chat speaker before the time');
    }
  }
  if (text.includes(',') || text.includes('，') || text.includes('、')) {
    for (const m of matchAll(SITE_CONTACT_RE, text)) {
      const s = m.index! + m[0].length;
      const shape = shapeAt(WHOLE_SHAPE_RE, text, s);
      if (shape && shape.start === s) {
        if ((shape.strong || shape.words.length >= 2) && !shape.words.some((w) => PLACE_WORDS.has(w.toLowerCase())) && CONTACT_END_RE.test(text.slice(shape.end, shape.end + 2)) && !shape.words.some((w) => ctx.isProtected(w.toLowerCase())) && !ORG_AFTER_RE.test(text.slice(shape.end, shape.end + 12))) {
          add(s, shape.end, 'contact person after the site');
        }
        continue;
      }
      const native = /^[^.;。\n]{2,30}/u.exec(text.slice(s))?.[0].trim();
      if (native && NATIVE_VALUE.test(native) && nativeNameStart(native)) add(s, s + native.length, 'contact person after the site');
    }
  }
  if (text.includes('sig')) {
    for (const m of matchAll(HTML_SIGNATURE_RE, text)) {
      const line = m[1];
      const s = m.index! + m[0].lastIndexOf(line);
      if (SIGN_OFF.test(line)) continue;
      if (NATIVE_VALUE.test(line)) {
        if (nativeNameStart(line)) add(s, s + line.length, 'first line of a mail signature');
        continue;
      }
      const shape = wholeName(s, s + line.length, true);
      if (shape && (shape.strong || shape.words.length >= 2 || shape.words.some(isKnown)) && !shape.words.some((w) => ctx.isProtected(w.toLowerCase()))) add(shape.start, shape.end, 'first line of a mail signature');
    }
  }
  if (text.includes('>') && /custod|over|gabe|kette|cadena|catena|cadeia|keten|łańcuch|保管|監管/iu.test(text)) {
    for (const m of matchAll(CUSTODY_RE, text)) {
      // Each holder in turn, one arrow between them.
      let pos = m.index! + m[0].length;
      for (let k = 0; k < 6; k++) {
        const shape = shapeAt(WHOLE_SHAPE_RE, text, pos);
        if (!shape || shape.start !== pos) break;
        const holder = (shape.strong || shape.words.length >= 2) && !shape.words.some((w) => ctx.isProtected(w.toLowerCase()) || PLACE_WORDS.has(w.toLowerCase()) || CUSTODY_NOT_HOLDER.has(w.toLowerCase()));
        if (holder) add(shape.start, shape.end, 'holder in a chain of custody');
        const arrow = CUSTODY_ARROW_RE.exec(text.slice(shape.end, shape.end + 8));
        if (!arrow) break;
        pos = shape.end + arrow[0].length;
      }
    }
  }
  if (text.includes('(')) {
    for (const m of matchAll(NAME_LOGIN_RE, text)) {
      const [, name, first, last] = m;
      if (foldAccents(name) !== foldAccents(first) || NOT_NAME_WORDS.has(name.toLowerCase())) continue;
      const s = m.index!;
      add(s, s + name.length, 'given name before its login');
      const ls = s + m[0].indexOf('(') + 1;
      add(ls, ls + first.length + 1 + last.length, 'login built from the name', 'USER');
    }
  }
  if (text.length <= 200 && FIELD_SEPARATOR_RE.test(text)) {
    CLOSING_RE.lastIndex = 0;
    const lead = CLOSING_RE.exec(text);
    if (lead) {
      const s = lead[0].length;
      const e = text.trimEnd().length;
      const tail = text.slice(s, e);
      const shape = NATIVE_VALUE.test(tail) ? undefined : wholeName(s, e, true);
      const native = NATIVE_VALUE.test(tail) && nativeNameStart(tail) && /[ \t]|^[\p{Script=Han}\p{Script=Hangul}]/u.test(tail);
      if (native) add(s, e, 'name closing a short field');
      else if (shape && shape.end === e && (shape.strong || (shape.words.length >= 2 && shape.words.some(isKnown))) && !shape.words.some((w) => ctx.isProtected(w.toLowerCase()))) add(shape.start, shape.end, 'name closing a short field');
    }
  }
  if (text.includes(',')) {
    for (const m of matchAll(SELF_NAMED_RE, text)) {
      const s = m.index! + m[0].length;
      const native = /^[^,\n]{2,40}(?=,)/u.exec(text.slice(s))?.[0].trim();
      if (native && NATIVE_VALUE.test(native)) {
        if (nativeNameStart(native)) add(s, s + native.length, 'writer naming themself');
        continue;
      }
      const shape = shapeAt(WHOLE_SHAPE_RE, text, s);
      if (shape && shape.start === s && (shape.strong || shape.words.length >= 2) && SELF_NAME_END_RE.test(text.slice(shape.end)) && !shape.words.some((w) => ctx.isProtected(w.toLowerCase()))) add(shape.start, shape.end, 'writer naming themself');
    }
  }
  if (text.includes('|')) {
    for (const m of matchAll(CELL_NOTE_RE, text)) {
      const s = m.index! + m[0].length;
      const cell = /^[^|\n]{2,60}/u.exec(text.slice(s))?.[0].trim();
      if (!cell) continue;
      if (NATIVE_VALUE.test(cell)) {
        if (/[ \t]/.test(cell) && nativeNameStart(cell)) add(s, s + cell.length, 'name in a note of a table cell');
        continue;
      }
      const shape = shapeAt(WHOLE_SHAPE_RE, text, s);
      if (!shape || shape.start !== s || !CELL_END_RE.test(text.slice(shape.end))) continue;
      // Two name words or a strong shape; a threat's name (protected) and organisation words stay.
      if (plainName(shape, text)) add(shape.start, shape.end, 'name in a note of a table cell');
    }
  }
  if (text.length <= 80) {
    REF_THEN_NAME_RE.lastIndex = 0;
    const lead = REF_THEN_NAME_RE.exec(text);
    if (lead) {
      const s = lead[0].length;
      const e = text.trimEnd().length;
      const tail = text.slice(s, e);
      if (NATIVE_VALUE.test(tail)) {
        if (nativeNameStart(tail) && /[ \t]|^[\p{Script=Han}\p{Script=Hangul}]/u.test(tail)) add(s, e, 'name after a reference');
      } else {
        const shape = shapeAt(WHOLE_SHAPE_RE, text, s);
        if (shape && shape.start === s && shape.end === e && plainName(shape, text)) add(s, e, 'name after a reference');
      }
    }
  }
  if (/(?:^|\n)[ \t]*\S{2,12}[ \t]*(?:no\.?|nr\.?|n°|#|№)?[ \t]*[\p{L}\p{N}#\/-]*\d/u.test(text)) {
    for (const m of matchAll(INVOICE_HEAD_RE, text)) {
      const s = m.index! + m[0].length;
      const native = /^[^,\n]{2,40}/u.exec(text.slice(s))?.[0].trim();
      if (native && NATIVE_VALUE.test(native)) {
        if (/[ \t]/.test(native) && nativeNameStart(native) && PAYER_END_RE.test(text.slice(s + native.length))) add(s, s + native.length, 'payer of an invoice');
        continue;
      }
      const shape = shapeAt(WHOLE_SHAPE_RE, text, s);
      if (shape && shape.start === s && PAYER_END_RE.test(text.slice(shape.end)) && plainName(shape, text)) add(s, shape.end, 'payer of an invoice');
    }
  }
  if (text.includes('</t')) {
    for (const m of matchAll(HTML_CELL_RE, text)) {
      const vs = m.index! + m[0].indexOf('>') + 1;
      const shape = wholeName(vs, vs + m[1].length, true);
      if (!shape) continue;
      // Unlisted words need the row to be about a person: a name label in the cell before, an address or a mail address in another cell.
      const labelled = NAME_LABEL_CELL_RE.test(text.slice(Math.max(0, m.index! - 80), m.index!));
      if (shape.strong || shape.words.some(isKnown) || (shape.words.length >= 2 && (labelled || contactRow(text, m.index!, m.index! + m[0].length)))) add(shape.start, shape.end, 'name in a table cell');
    }
  }
  // Cheap tests first: a separator somewhere and a capital where the name would start.
  if (text.length <= 200 && FIELD_SEPARATOR_RE.test(text)) {
    OPENING_RE.lastIndex = 0;
    const lead = OPENING_RE.exec(text);
    const s = lead ? lead[0].length : 0;
    const shape = CAPITAL_RE.test(text.slice(s, s + 8)) ? shapeAt(WHOLE_SHAPE_RE, text, s) : undefined;
    const after = text.slice(shape?.end ?? 0).replace(HONORIFIC_PREFIX_RE, '');
    if (shape && shape.start === s && (shape.words.length >= 2 || shape.strong) && AFTER_OPENING_RE.test(after)) {
      if (!shape.words.some((w) => ctx.isProtected(w.toLowerCase())) && !ORG_AFTER_RE.test(text.slice(shape.end, shape.end + 12))) add(shape.start, shape.end, 'name opening a short field');
    }
  }
  if (text.length <= 200 && FIELD_SEPARATOR_RE.test(text) && /[^\x00-\u024f]/.test(text)) {
    // The same opening in a script without case: "周秀英: your invoice", "هيفاء الحربي: فاتورة".
    OPENING_RE.lastIndex = 0;
    const s = OPENING_RE.exec(text)?.[0].length ?? 0;
    NATIVE_OPENING_RE.lastIndex = s;
    const m = NATIVE_OPENING_RE.exec(text);
    const rest = m ? text.slice(s + m[0].length) : '';
    if (m && AFTER_OPENING_RE.test(rest.replace(HONORIFIC_PREFIX_RE, '')) && (HONORIFIC_PREFIX_RE.test(rest) || nativeNameStart(m[0]))) {
      add(s, s + m[0].length, 'name opening a short field');
    }
  }
  return out;
};

export const slotDetector: [string, Detector] = ['person-slots', persons];
