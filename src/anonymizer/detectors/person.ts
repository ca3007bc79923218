import { type Detector, type Finding, PRIORITY } from './finding';
import { AR_AL_SURNAMES, AR_GIVEN, AR_SURNAMES, ASCII_DROPPED_NAMES, GIVEN_NAMES, HE_GIVEN, HI_GIVEN, KO_GIVEN_SYLLABLES, KO_NOT_NAMES, KO_SURNAMES_HANGUL, KO_SURNAMES_ROMAN, NATIVE_SURNAMES, SURNAMES, ZH_GIVEN_CHARS, ZH_SURNAMES } from './names-gazetteer';
import { TLDS } from './network';
import { isAscii } from '../ascii-regex';
import { matchAll } from '../match-all';
import { leadDetector, NOT_NAME_WORDS, ORG_AFTER_RE } from './person-leads';
import { positionDetector } from './person-positions';
import { slotDetector } from './person-slots';
import { worldDetector } from './person-world';
import { customerOrgDetectors } from './customer-orgs';

// A capitalised word with its inner hyphens and apostrophes ("Lefebvre-Dautun", "Al-Harbi", "O'Driscoll",
// "Jean-Luc"), never cut before an inner capital; a possessive "'s" is not part of it.
const WORD_TAIL = "(?:-\\p{Lu}?\\p{Ll}{1,30}|['’](?!s(?!\\p{L}))\\p{Lu}?\\p{Ll}{1,30}){0,3}";
const CAP = `(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}{1,30}${WORD_TAIL}`;
const CAP_WORD = new RegExp(`^${CAP}$`, 'u');
const UPPER_WORD = /^\p{Lu}{2,}$/u;
// "Name: Jane Doe", "contact Jane Doe", "Ansprechpartner: Hr. Müller", "担当者: 山田太郎"
const SLOT_RE = new RegExp(
  `\\b(?:name|full name|contact(?: person)?|kontakt(?:person)?|ansprechpartner(?:in)?|analyst|engineer|technician|reported by|reporter|author|authors|submitted by|operator|bearbeiter(?:in)?|techniker(?:in)?|auteur|nom|prénom|interlocuteur|signed|regards|best regards|mit freundlichen grüßen|cordialement|owner|user|assignee|handler|caller|technicien(?:ne)?|ingénieur(?:e)?|opérat(?:eur|rice)|responsable|agent|monteur(?:in)?|ingenieur(?:in)?|担当者?|氏名|報告者|作成者)\\s*[:：,-]?\\s+((?:(?:Hr\\.|Fr\\.|Herr|Frau|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|M\\.|Mme)\\s)?${CAP}(?:[ \\t]${CAP}){0,2})`,
  'giu',
);
// A topic particle may stand between label and name ("担当者は山本"): it is not part of the name.
const SLOT_CJK_RE = /(?:担当者|担当(?!者)|氏名|報告者|名前|連絡先|作成者)\s*[:：]?\s*(?:[はの]\s*)?([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,6}?)(?=[\s、。,.()（）様氏]|$)/gu;
// Titles may stack ("Prof. Dr. Anna Berg", "Herr Dr. Berg"): the name follows the last one.
const TITLE_RE = new RegExp(
  `\\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Hr|Fr|Mme|Mlle|Monsieur|Madame|Ing|Dipl\\.-Ing)\\.?\\s+)+(${CAP}(?:[ \\t]${CAP})?)`,
  'gu',
);
const HONORIFIC_RE = /([\p{Script=Han}\p{Script=Katakana}]{2,5})(?:様|さん|氏|殿)/gu;
// A Japanese name written with a space between family and given name: "小林 博様", "井上　直子さん".
const JA_SPACED_HONORIFIC_RE = /(\p{Script=Han}{1,3})[ \u3000](\p{Script=Han}[\p{Script=Han}\p{Script=Hiragana}]{0,3})(?:様|さま|さん|氏|殿)/gu;
const TOKEN_RE = new RegExp(`${CAP}|\\p{Lu}{2,}(?![\\p{L}])`, 'gu');
const PERSON_CONTEXT = /\b(?:engineer|technician|operator|analyst|colleague|customer|employee|manager|admin|administrator|installer|kollege|kollegin|techniker|mitarbeiter|kunde|kundin|technicien|opérateur|collègue|client|cliente|said|reported|called|emailed|contacted|wrote)\b|担当|技術者|さん/i;

// Capitalised words that follow a given name without being a surname.
export const NOT_SURNAME = new Set(
  `the a an and or of in on at to for from by with via is was has had will may can should this that these those monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december server meter gateway device router modem firmware update
patch team group support security center centre service services network north south east west street road university bank bridge`
    .split(/\s+/),
);

// Capitalised words that open sentences or name things rather than people: never a given name.
export const NOT_GIVEN = new Set(
  `our their his her its we they you i it this that these those there here then when while after before during since until because although however meanwhile
also only both each every all any some no not but if so as our field senior junior lead chief head former new old dear hello hi thanks regards
attacker attackers adversary actor malware botnet scanner dropper payload customer customers subscriber employee engineer technician operator analyst
affected compromised infected suspicious malicious unknown several multiple many most other another same
mr mrs ms miss dr prof herr frau hr fr monsieur madame mme mlle ing dipl sir madam`.split(/\s+/),
);

// Surnames that are also common words ("Industrial Park", "Snow White"): only with other evidence.
export const WORD_SURNAMES = new Set(
  `white green brown young king hill baker hall cook bell ward wood gray price long lang park wolf frank james thomas martin allen walker carter turner parker
cooper rogers morgan howard brooks reed rose fox hunter sun lin ma he hu wu xu li lee kim kang jung hahn vogel keller berger roth beck scott moore bishop
mitchell stewart bailey kelly richardson sanders bennett hughes evans edwards collins murphy campbell nelson adams mercier bonnet blanc bruno gallo costa
silva santos bos vos smit de vries jansen richter koch bauer klein schwarz braun lange fuchs peters simon robert richard michel david bernard petit durand
vincent henry nicolas mathieu andre andré clement dumont legrand roussel lambert garnier faure girard morel fontaine perrin morin gauthier
han oh im jo ko son ma he lu su du ye ren wei pan cai song moon yang nam tang ding shen cheng dong tian lima santana pinto ramos rocha dias nunes kara koc kurt dogan aslan amar malka shah jain rao das`.split(/\s+/),
);

// What people do in incident prose and attackers do not: "<Name> <Name> reported …".
const REPORTING_VERB = /^[ \t](?:speaking|said|says|reported|reports|noticed|confirmed|phoned|rang|called|emailed|e-mailed|wrote|replied|rebooted|restarted|reset|replaced|swapped|installed|checked|visited|opened (?:a|the) (?:ticket|case|cabinet)|meldete|berichtete|bestätigte|sagte|tauschte|a signalé|a confirmé|a remarqué|a redémarré|a remplacé)\b/;

// Where a person lives or works, in brackets between the name and the verb.
const PLACE_IN_BRACKETS_RE = /^[ \t]*[(（][^()（）\n]{1,40}[)）]/;
// What callers do and vendors do not ("Kaspersky, Symantec reported" is not a person): phone or write in, by language.
const CALLED_IN = /^[ \t](?:rang|phoned|called (?:our|the|us|in|back|from)|e-?mailed|complained|rief|beschwerte|a appelé|a téléphoné|llamó|telefoneó|ha chiamato|ha telefonato|ligou|telefonou|belde|zadzwonił[a]?|ringde|ringede|ringte)(?![\p{L}])/u;

// Words that introduce a person in incident prose, by language (stems take short inflections:
// "abonenta", "абоненту", "συνδρομητή"), and honorifics. A capitalised name right after one is a person.
const PERSON_LEAD =
  '(?:field engineer|engineer|technician|subscriber|customer|employee|colleague|caller|owner|resident|account holder|installer|contact(?: person)?' +
  '|techniker|monteur|kund|teilnehmer|mitarbeiter|kolleg|fahrer|halter|inhaber|herrn?|frau' +
  '|technicien|ingénieur|abonné|client|employé|collègue|conduct|propriétaire|titulaire|monsieur|madame|mme|m\\.' +
  '|técnic|ingenier|abonad|emplead|compañer|propietari|titular|sr\\.|sra\\.|don|doña' +
  '|tecnic|ingegner|abbonat|dipendent|colleg|conducent|proprietari|titolare|sig\\.(?:ra)?|dott\\.(?:ssa)?' +
  '|technicus|abonnee|klant|medewerker|collega|bestuurder|eigenaar|houder|dhr\\.|mevr\\.' +
  '|technik|inżynier|abonent|klient|pracowni|kierowc|właściciel|pan|pani' +
  '|инженер|техник|абонент|клиент|сотрудни|коллег|водител|владел' +
  '|τεχνικ|μηχανικ|συνδρομητ|πελάτ|υπάλληλ|συνάδελφ|οδηγ|ιδιοκτήτ|κ\\.|κα\\.)';
// A whole word: "Gmb" of "GmbH" is not a name.
const NAME_WORD = `${CAP}(?![\\p{Lu}\\p{Ll}\\p{N}])`;
const NAME_SEQ = `${NAME_WORD}(?:[ \\t](?:(?:van|von|de|den|der|di|da|del|la|le|dos|das|ten|ter)[ \\t]){0,2}${NAME_WORD}){0,3}`;
const TITLE_LEAD = /^(?:herrn?|frau|monsieur|madame|mme|m\.|sr\.|sra\.|don|doña|sig\.(?:ra)?|dott\.(?:ssa)?|dhr\.|mevr\.|pan|pani|κ\.|κα\.)$/i;
// Leads that also name software and vendors in English ("VPN client Pulse Secure", "owner Microsoft Corporation"):
// the words after them need a gazetteer name.
const SOFTWARE_LEAD = /^(?:client|clients|owner|owners)$/i;
// The lead word is matched case-insensitively, the name after it case-sensitively (under /iu,
// \p{Lu} would match any letter).
const LEAD_RE = new RegExp(`(?<![\\p{L}])${PERSON_LEAD}\\p{Ll}{0,4}(?![\\p{L}])`, 'giu');
const LEAD_WORD_RE = new RegExp(`^(${PERSON_LEAD})(\\p{Ll}{0,4})$`, 'iu');

/** Whether a word is a noun that introduces a person ("Kunden", "technician"): never a name itself. A title takes no ending ("Donato" is a name). */
export function isPersonWord(w: string): boolean {
  const m = LEAD_WORD_RE.exec(w);
  return m !== null && (m[2] === '' || !TITLE_LEAD.test(m[1]));
}
const NAME_AFTER_LEAD_RE = new RegExp(
  `[ \\t]*[:：,-]?[ \\t]*(?:<[a-z]{1,10}>[ \\t]*){0,3}(${NAME_SEQ}|[\\p{Script=Han}\\p{Script=Hangul}]{2,4}(?![\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}]))`,
  'uy',
);
// Key-value slots in embedded JSON, logs and query strings: "operator":"Loïc Mercier", name=Jan%20Nowak.
const KEY_SLOT_RE =
  /["']?(name|full_?name|display_?name|user_?name|operator|contact|owner|author|analyst|engineer|technician|customer|subscriber|reporter|assignee|requester|caller|driver)["']?\s*[:=]\s*["']?([^"'&#\n<>=:;,()\[\]{}]{2,60})/giu;
const NAME_VALUE = new RegExp(`^(?:${NAME_SEQ}|[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}]{2,8})$`, 'u');
// Korean names: two to four Hangul syllables before an honorific, or after a person word.
// A particle may follow the honorific: "김민준님이", "박서연씨는", "이지호님께서".
const HANGUL_HONORIFIC_RE = /(?<![\p{Script=Hangul}])([\p{Script=Hangul}]{2,4})\s?(?:님|씨)(?:께서|[이가은는을를의께과와도])?(?![\p{Script=Hangul}])/gu;
const HANGUL_LEAD_RE = /(?:기술자|가입자|고객|담당자|직원|운전자|소유자|엔지니어|연락처)\s+([\p{Script=Hangul}]{2,4})(?![\p{Script=Hangul}])/gu;
// Nouns and titles that also take 님 ("고객님", "사장님").
const HANGUL_NOT_NAME = new Set(['고객', '사용자', '회원', '담당자', '관리자', '가입자', '기술자', '여러분', '선생', '사장', '부장', '과장', '팀장', '기사', '교수', '대표', '회장']);
// Japanese: a person word (and の) before a kanji name; the name may run into an honorific.
const JA_LEAD_RE = /(?:技術者|担当者|契約者|加入者|利用者|社員|運転者|所有者|作業員)の?([\p{Script=Han}]{2,6}?)(?=様|さん|氏|殿|[\s、。,.()（）<]|$)/gu;

// A personalised lure's subject opens with the recipient's name: "Reuben Brackley: Facture 272081",
// "RE: 藤本蒼: Invoice 795239". The document word after the colon is what makes it a lure.
const LURE_SUBJECT_RE = new RegExp(
  `^(?:(?:re|fw|fwd|aw|wg|tr|rv)[ \\t]*:[ \\t]*)*(${NAME_WORD}(?:[ \\t]${NAME_WORD}){1,2}|\\p{Script=Han}{2,4})[ \\t]?[:：][ \\t]*` +
    '(?:invoice|facture|factura|fatura|fattura|factuur|rechnung|faktura|receipt|reçu|recibo|ricevuta|quittung|payment|paiement|pago|pagamento|zahlung|betaling|statement|remittance|order|commande|pedido|bestellung|ordine|счёт|счет|τιμολόγιο|請求書)(?![\\p{L}])',
  'iu',
);
// Sender names of bulk mail that open subjects the same way ("Amazon Billing: Invoice …").
const LURE_NOT_NAME = /^(?:billing|account|accounts|payroll|finance|payments?|invoices?|orders?|customer|office|online|express|mail|notification|department|accounting|shop|store)$/i;
// A duty roster names a person: "Reuben Brackley (on call)", "on call: Reuben Brackley".
const ON_DUTY = 'on[ -]call|on[ -]duty|standby|rufbereitschaft|bereitschaft|astreinte|de garde|de guardia|reperibile|dyżur|piket|dienstdoend|дежурн\\p{L}*';
const DUTY_GATE_RE = new RegExp(ON_DUTY, 'iu');
const DUTY_AFTER_RE = new RegExp(`^[ \\t]*[(（][ \\t]*(?:${ON_DUTY})[ \\t]*[)）]`, 'iu');
const DUTY_BEFORE_RE = new RegExp(`(?:${ON_DUTY})[ \\t]*[:：-]?[ \\t]*$`, 'iu');
// After "on call:" the value is the whole name: it ends the line or the list item ("on call: Cobalt Strike beacons …" is prose).
const SLOT_VALUE_END_RE = /^(?:$|[ \t]?[\n,;|(<]|\.(?:\s|$))/;
const NAME_RUN_RE = new RegExp(`(?<![\\p{L}\\p{N}_@.-])${NAME_WORD}(?:[ \\t]${NAME_WORD}){1,2}(?![\\p{L}\\p{N}_@-])`, 'gu');

/** The leading words of a slot value that start with a capital (or a title such as "Hr."). */
function capitalisedPrefix(value: string): string {
  const words = value.split(/([ \t]+)/);
  let end = 0;
  for (let i = 0; i < words.length; i += 2) {
    if (!/^\p{Lu}/u.test(words[i])) break;
    end = i + 1;
  }
  return words.slice(0, end).join('');
}

function isName(w: string): boolean {
  return GIVEN_NAMES.has(w.toLowerCase());
}

/** A capitalised or upper-case word of the text, with what the gazetteer rules ask of it (computed once, asked up to five times). */
interface WordToken {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** A capitalised word (CAP_WORD). */
  cap: boolean;
  /** A listed given name. */
  given: boolean;
}

function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of matchAll(TOKEN_RE, text)) {
    const w = m[0];
    const lower = w.toLowerCase();
    out.push({ text: w, start: m.index, end: m.index + w.length, lower, cap: CAP_WORD.test(w), given: GIVEN_NAMES.has(lower) || GIVEN_NAMES.has(fold(lower)) });
  }
  return out;
}

// What may stand between a given name and the surname: middle initials and name particles
// ("Anna M. Berg", "João da Silva", "Mohammed bin Salman", "Ludwig van der Berg").
const NAME_GAP_RE = /^[ \t](?:(?:\p{Lu}\.|da|de|do|dos|das|del|della|di|du|van|von|der|den|ten|ter|bin|ibn)[ \t]){1,2}$/u;

// A family name, a space and a given name, neither run into other Han or katakana.
const JA_SPACED_NAME_RE = /(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])(\p{Script=Han}{1,3})[ \u3000](\p{Script=Han}{1,3})(?![\p{Script=Han}\p{Script=Katakana}])/gu;
// What follows a place that is also a surname ("千葉 支店", "長谷川 工場"): a branch, a site, a company, not a given name.
const JA_NOT_GIVEN = /(?:支店|支社|本社|本店|工場|営業所|事業所|倉庫|店|駅|県|市|区|町|村|線|港|病院|大学|銀行|工業|電機|製作所|商事|物産|株式会社|会社|様|氏|殿)$/u;

// One capital and a full stop after a given name, not the first of several initials ("Anna B. C.").
const GIVEN_INITIAL_RE = /^[ \t]\p{Lu}\.(?![\p{L}\p{N}]|[ \t]?\p{Lu}\.)/u;

/** Whether text[s, e) is one space or tab. */
function isOneBlank(text: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const c = text.charCodeAt(s);
  return c === 32 || c === 9;
}

/** Whether text[s, e) is one or two spaces or tabs. */
function isBlankRun(text: string, s: number, e: number): boolean {
  if (e - s < 1 || e - s > 2) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

const persons: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, reason: string, boost = 0) => {
    const value = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    if (ctx.isProtected(value)) return;
    out.push({ start, end, kind: 'PERSON', detector: 'person-name', priority: PRIORITY.person + boost, value, side: 'victim', reason });
  };
  for (const m of matchAll(SLOT_RE, text)) {
    // Under /iu the name pattern matches any letter: keep the capitalised words only ("engineer replaced it").
    const name = capitalisedPrefix(m[1]);
    if (!name) continue;
    const s = m.index! + m[0].length - m[1].length;
    // A slot value that is a single common word ("Name: Server") is not a person.
    const parts = name.split(/\s+/).filter((p) => !/^(?:Hr|Fr|Herr|Frau|Mr|Mrs|Ms|Dr|M|Mme)\.?$/.test(p));
    if (parts.length === 0 || parts.every((p) => NOT_SURNAME.has(p.toLowerCase()))) continue;
    // "operator Sandworm Team", "user Lazarus Group": an organisation word makes it a group, not a person.
    if (parts.some((p) => NOT_NAME_WORDS.has(p.toLowerCase()))) continue;
    if (parts.length === 1 && !isName(parts[0]) && !SURNAMES.has(parts[0].toLowerCase()) && !/author|contact|kontakt|ansprech|name|nom|signed|regards|grüßen|cordialement/i.test(m[0])) continue;
    add(s, s + name.length, 'name slot', 5);
  }
  for (const lead of matchAll(LEAD_RE, text)) {
    NAME_AFTER_LEAD_RE.lastIndex = lead.index! + lead[0].length;
    const m = NAME_AFTER_LEAD_RE.exec(text);
    if (!m) continue;
    const name = m[1];
    const s = m.index + m[0].length - name.length;
    // A name holds no tab: "Kunde\tTechniker\tTel" is a table header.
    if (name.includes('\t')) continue;
    const words = name.split(/[ \t]+/);
    if (words.every((w) => NOT_SURNAME.has(w.toLowerCase()) || NOT_GIVEN.has(w.toLowerCase()))) continue;
    // One capitalised word after "customer" is as often a company or a place: only after a title, or a known name.
    const unspaced = /^[\p{Script=Han}\p{Script=Hangul}]/u.test(name);
    const known = words.some((w) => isName(w) || SURNAMES.has(w.toLowerCase()));
    if (!unspaced && !known && ((words.length === 1 && !TITLE_LEAD.test(lead[0])) || SOFTWARE_LEAD.test(lead[0]))) continue;
    if (ORG_AFTER_RE.test(text.slice(s + name.length, s + name.length + 12))) continue;
    add(s, s + name.length, 'name after a person word', 4);
  }
  // A key-value slot needs its ':' or '='.
  if (text.includes(':') || text.includes('=')) for (const m of matchAll(KEY_SLOT_RE, text)) {
    const value = m[2].trim();
    // One word is as often a product, family or actor ("name":"Mirai", "operator":"Lazarus"): only a known name.
    const oneWord = !/\s/.test(value) && !/[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}'’-]/u.test(value);
    if (!NAME_VALUE.test(value) || (oneWord && !isName(value) && !SURNAMES.has(value.toLowerCase()))) continue;
    const s = m.index! + m[0].indexOf(m[2]);
    add(s, s + value.length, 'name in a key-value slot', 5);
  }
  // Every CJK, Hangul and Han rule needs a non-ASCII character: one test spares English prose all of them.
  const nonAscii = !isAscii(text);
  if (nonAscii && /\p{Script=Hangul}/u.test(text)) {
    for (const m of matchAll(HANGUL_HONORIFIC_RE, text)) if (!HANGUL_NOT_NAME.has(m[1])) add(m.index!, m.index! + m[1].length, 'Korean name before an honorific', 4);
    for (const m of matchAll(HANGUL_LEAD_RE, text)) {
      const s = m.index! + m[0].length - m[1].length;
      if (!HANGUL_NOT_NAME.has(m[1])) add(s, s + m[1].length, 'Korean name after a person word', 4);
    }
  }
  if (nonAscii && /\p{Script=Han}/u.test(text)) {
    for (const m of matchAll(JA_LEAD_RE, text)) {
      const s = m.index! + m[0].length - m[1].length;
      add(s, s + m[1].length, 'Japanese name after a person word', 4);
    }
  }
  if (nonAscii) {
    for (const m of matchAll(SLOT_CJK_RE, text)) {
      const s = m.index! + m[0].length - m[1].length;
      add(s, s + m[1].length, 'name slot', 5);
    }
  }
  for (const m of matchAll(TITLE_RE, text)) {
    const s = m.index! + m[0].length - m[1].length;
    if (NOT_SURNAME.has(m[1].toLowerCase())) continue;
    add(s, s + m[1].length, 'title before name', 4);
  }
  if (nonAscii) for (const m of matchAll(HONORIFIC_RE, text)) add(m.index!, m.index! + m[1].length, 'Japanese honorific', 4);
  // The family name is the listed one: a place or a label before a spaced name stays ("宛先 田中様" keeps "宛先").
  if (nonAscii && /[ \u3000]/.test(text)) for (const m of matchAll(JA_SPACED_HONORIFIC_RE, text)) {
    // The run before the space may start with a label ("担当小林 博様"): the family name is its listed tail.
    const family = [3, 2, 1].map((k) => m[1].slice(-k)).find((f) => f.length > 0 && NATIVE_SURNAMES.includes(f));
    if (!family) continue;
    const end = m.index! + m[1].length + 1 + m[2].length;
    add(m.index! + m[1].length - family.length, end, 'Japanese family and given name before an honorific', 5);
  }
  const lure = LURE_SUBJECT_RE.exec(text);
  if (lure && !lure[1].split(/[ \t]+/).some((w) => NOT_GIVEN.has(w.toLowerCase()) || NOT_SURNAME.has(w.toLowerCase()) || LURE_NOT_NAME.test(w))) {
    const s = lure[0].indexOf(lure[1]);
    add(s, s + lure[1].length, 'recipient name opening a lure subject', 3);
  }
  if (DUTY_GATE_RE.test(text)) for (const m of matchAll(NAME_RUN_RE, text)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (m[0].split(/[ \t]+/).some((w) => NOT_GIVEN.has(w.toLowerCase()) || NOT_SURNAME.has(w.toLowerCase()))) continue;
    if (DUTY_AFTER_RE.test(text.slice(e, e + 24)) || (DUTY_BEFORE_RE.test(text.slice(Math.max(0, s - 24), s)) && SLOT_VALUE_END_RE.test(text.slice(e, e + 2)))) add(s, e, 'name on a duty roster', 3);
  }
  // Gazetteer: given name + capitalised word, or surname after a given name; a single
  // gazetteer name only counts next to a person context word.
  const toks = wordTokens(text);
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.cap || !t.given) continue;
    const s = t.start;
    const next = i + 1 < n ? toks[i + 1] : undefined;
    if (next && (isBlankRun(text, t.end, next.start) || NAME_GAP_RE.test(text.slice(t.end, next.start))) && next.cap && !NOT_SURNAME.has(next.lower)) {
      const third = i + 2 < n ? toks[i + 2] : undefined;
      let e = next.end;
      // A third word that is a listed surname or an Arabic family name ("Al-Saud") belongs to the name.
      if (third && isOneBlank(text, e, third.start) && (SURNAMES.has(third.lower) || /^(?:al|el|abu)-/.test(third.lower))) e = third.end;
      add(s, e, 'gazetteer given name + surname', SURNAMES.has(next.lower) ? 2 : 0);
      i++;
      continue;
    }
    // Chat handles, ticket histories and signatures shorten the surname to its initial: "Nigel C. / 07700…", "Carmen B. (field)".
    const initial = GIVEN_INITIAL_RE.exec(text.slice(t.end, t.end + 6));
    if (initial) {
      add(s, t.end + initial[0].length, 'given name and the initial of the surname', 1);
      continue;
    }
    const win = text.slice(Math.max(0, s - 40), t.end + 30);
    if (PERSON_CONTEXT.test(win)) add(s, t.end, 'gazetteer name in person context');
  }
  // Names outside the given-name list: "Kwame Schneider" (a known surname after a capitalised
  // word) and "Kwame Mensah reported …" (two capitalised words before a reporting verb). A third
  // capitalised word ("Schneider Electric") makes it an organisation or product, not a person.
  for (let i = 0; i + 1 < n; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    if (!a.cap || !b.cap || a.given) continue;
    const la = a.lower;
    const lb = b.lower;
    if (NOT_GIVEN.has(la) || NOT_SURNAME.has(la) || NOT_SURNAME.has(lb) || !isOneBlank(text, a.end, b.start)) continue;
    const end = b.end;
    const c = i + 2 < n ? toks[i + 2] : undefined;
    if (c && c.start === end + 1 && isOneBlank(text, end, c.start) && c.cap) continue;
    // A person word is not a given name ("beim Kunden Whitfield"), nor is the word before a surname-first name ("Reach Al-Khatib, Fatima").
    if (isPersonWord(la) || (c && c.start === end + 2 && text.charCodeAt(end) === 44 && c.given)) continue;
    if (SURNAMES.has(lb) && !WORD_SURNAMES.has(lb)) add(a.start, end, 'capitalised word + known surname', 1);
    else if (REPORTING_VERB.test(text.slice(end, end + 24))) add(a.start, end, 'two capitalised words before a reporting verb', 1);
  }
  // Name orders of directories and CJK/French reports: "Whitfield, Oliver" and "WHITFIELD Oliver" /
  // "Oliver WHITFIELD", with a known given name on one side.
  for (let i = 0; i + 1 < n; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    if (b.start - a.end === 2 && text.charCodeAt(a.end) === 44 && text.charCodeAt(a.end + 1) === 32) {
      // "surname, given name". Not the second item of a list of names ("Oliver, Amelia"): the word after the given name must not be a capitalised surname.
      // An unlisted given name, when the person then calls in: "Rossiter, Cooper (Geelong) rang the hotline".
      const acts = () => CALLED_IN.test(text.slice(b.end, b.end + 80).replace(PLACE_IN_BRACKETS_RE, ''));
      // "Site: Harbour Dairies, Dominic Cruickshank": a given name followed by its surname starts a name of its own.
      const c = toks[i + 2];
      const givenThenSurname = c !== undefined && b.given && c.cap && !c.given && !NOT_SURNAME.has(c.lower) && (isOneBlank(text, b.end, c.start) || NAME_GAP_RE.test(text.slice(b.end, c.start)));
      if (a.cap && b.cap && !a.given && !givenThenSurname && !NOT_SURNAME.has(a.lower) && !NOT_GIVEN.has(a.lower) && (b.given || acts())) add(a.start, b.end, 'surname, given name', 2);
    } else if (isOneBlank(text, a.end, b.start)) {
      const upperA = a.text.length >= 3 && b.cap && b.given && UPPER_WORD.test(a.text);
      const upperB = !upperA && b.text.length >= 3 && a.cap && a.given && UPPER_WORD.test(b.text);
      const caps = upperA ? a : upperB ? b : undefined;
      if (caps && !NOT_SURNAME.has(caps.lower) && !NOT_GIVEN.has(caps.lower) && !/^(?:[A-Z]{2,5}\d|CVE|IMEI|IMSI|ICCID|MAC|VIN|IBAN|SMS|URL|DNS|HTTP|HTTPS|TLS|SSL|VPN|TCP|UDP|API|CEO|CTO|CISO|SOC|CERT|CSIRT|IRSF|PLC|HMI|SCADA|OTA|GPS|SIM|ISP|USB)$/.test(caps.text)) {
        add(a.start, b.end, 'upper-case surname next to a given name', 2);
      }
    }
  }
  // A Japanese name written apart without an honorific, as in a table cell or before a particle: "大塚 美咲が訪問", "| 村上 直樹 |".
  if (nonAscii && /\p{Script=Han}[ \u3000]\p{Script=Han}/u.test(text)) {
    for (const m of matchAll(JA_SPACED_NAME_RE, text)) {
      const [, family, given] = m;
      if (!NATIVE_SURNAMES.includes(family) || JA_NOT_GIVEN.test(given)) continue;
      if (family.length >= 2 || GIVEN_NAMES.has(given)) add(m.index!, m.index! + m[0].length, 'Japanese family and given name apart', 2);
    }
  }
  // Han-script names: a known surname followed by one to three Han characters.
  if (nonAscii && /\p{Script=Han}/u.test(text)) {
    for (const sn of NATIVE_SURNAMES) {
      for (let p = text.indexOf(sn); p >= 0; p = text.indexOf(sn, p + 1)) {
        const rest = text.slice(p + sn.length, p + sn.length + 3).match(/^(?:(?![様氏殿君])\p{Script=Han}){1,3}/u);
        if (!rest || sn.length + rest[0].length < 2) continue;
        const after = text.slice(p + sn.length + rest[0].length, p + sn.length + rest[0].length + 2);
        const win = text.slice(Math.max(0, p - 12), p + 12);
        if (/^(?:様|さん|氏|殿|君)/.test(after) || /担当|技術者|氏名|連絡|報告|社員|顧客|お客/.test(win)) add(p, p + sn.length + rest[0].length, 'Han-script surname in person context', 3);
        else {
          // A known surname followed by a known given name ("高橋太郎") needs no context.
          const given = [3, 2, 1].map((n) => rest[0].slice(0, n)).find((g) => g.length > 0 && GIVEN_NAMES.has(g));
          if (given) add(p, p + sn.length + given.length, 'Han-script surname + given name', 2);
        }
      }
    }
  }
  return out;
};

/** Person names: labels, titles, honorifics, a multi-script gazetteer with context. */
export const personDetectors: [string, Detector][] = [['person', persons]];


// ---- Names by script and shape, without a context word (second evaluation suite). ----

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ı/g, 'i').replace(/ł/g, 'l');
const isGiven = (w: string) => GIVEN_NAMES.has(w.toLowerCase()) || GIVEN_NAMES.has(fold(w));
const isSurname = (w: string) => SURNAMES.has(w.toLowerCase()) || SURNAMES.has(fold(w));

// Pinyin syllables (initial + final); a Chinese given name is one or two of them.
const PINYIN_WORD = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)){1,2}$/i;
const PINYIN_SURNAMES = words('wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang du ye cheng wei su lu ding ren shen yao');
// Pinyin surnames that are English or common words on their own: only before a two-syllable given name.
const PINYIN_WORDLIKE = words('he ma sun lin hu wu xu su lu du ye han tang pan cai ding dong ren shen wei tian cheng li');
function words(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter(Boolean));
}
const KO_GIVEN_ROMAN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u;
// Syllables of romanised Korean given names, written together ("Jaehoon", "Mijung"): a given name is two of them.
const KO_GIVEN_SYLLABLE_ROMAN = '(?:min|jun|joon|ji|hoon|hun|woo|young|yeong|soo|su|seo|yeon|yun|yoon|hyun|hyeon|jae|jin|eun|hye|sung|seong|ho|ha|na|ra|rin|bin|kyung|mi|jung|jeong|tae|dong|sang|chul|cheol|hee|won|yeol|il|kwang|nam|gi|ki|do|da|yu|ye|chan|seok|suk|wook|uk|beom|bum|hwan|gyu|kyu|sook|ok|mee|hak|kook|gook|in|ah|a)';
const KO_GIVEN_JOINED = new RegExp(`^${KO_GIVEN_SYLLABLE_ROMAN}${KO_GIVEN_SYLLABLE_ROMAN}$`, 'i');
// Taiwanese and Hong Kong given names in Wade-Giles or Cantonese romanisation, two syllables joined by a hyphen: "Hsin-Yi", "Chien-Hung", "Ka-Wai".
const ROMAN_SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]{0,3}[aeiouü]{1,3}(?:ng|n|h|m|k|p|t)?)$/i;
const HYPHEN_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Lu}?\p{Ll}{1,5}$/u;
// English prefixes and words of the same shape: "Wi-Fi", "Hi-Fi", "Co-Op", "Re-Do", "Pre-Auth".
const HYPHEN_NOT_GIVEN = /^(?:wi|hi|lo|sci|co|re|pre|de|un|non|ex|sub|post|pro|bi|tri|uni)-/i;
const ZH_ROMAN_SURNAMES = words('chang cheng chou chiu hsu hsieh kao kuo lee lai liao tsai tseng hung yeh wong cheung chan leung ho ng lam tsang kwok yip fung chow lau tse mok fong kwan siu');
// "Mei-Ling Wu", "Ka-Wai Chan": the hyphenated given name first.
const HYPHEN_GIVEN_FIRST_RE = /(?<![\p{L}\p{N}_.@\/\\-])(\p{Lu}\p{Ll}{1,5}-\p{Lu}?\p{Ll}{1,5})[ \t](\p{Lu}\p{Ll}{1,6}|\p{Lu}{2,7})(?![\p{L}\p{N}@-]|\.[\p{L}\p{N}])/gu;

/** A romanised Chinese given name of two syllables joined by a hyphen. */
function hyphenGiven(w: string): boolean {
  return HYPHEN_GIVEN.test(w) && !HYPHEN_NOT_GIVEN.test(w) && w.split('-').every((p) => ROMAN_SYLLABLE.test(p));
}

function romanChineseSurname(w: string): boolean {
  const l = w.toLowerCase();
  return PINYIN_SURNAMES.has(l) || ZH_ROMAN_SURNAMES.has(l);
}
// The second word is looked ahead, not consumed: in "Reach Li, Lijuan" the pair after a rejected one is tried too.
const SURNAME_THEN_GIVEN_RE = /(?<![\p{L}\p{N}_.@\/\\-])(\p{Lu}[\p{L}'’]{1,14})(?=(,? |[ \t])(\p{Lu}\p{Ll}{1,14}(?:-\p{Lu}?\p{Ll}{1,5})?)(?![\p{L}\p{N}@-]|\.[\p{L}\p{N}]))/gu;
const INITIAL_RE = /(?<![\p{L}\p{N}.])(\p{Lu})\. ?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}\p{N}])/gu;
// first.last as people write their logins in prose (not inside an address, path, host or call).
const DOTTED_LOGIN_RE = /(?<![\p{L}\p{N}_.@\/\\-])(\p{Ll}{2,15})\.(\p{Ll}{2,20})(?![\p{L}\p{N}_@\/\\(-]|\.[\p{L}\p{N}])/gu;
const UNDERSCORE_PAIR_RE = /(?<![\p{L}\p{N}])(\p{L}{2,20})_(\p{L}{2,20})(?=[_.-]|$)/gu;
const NOT_LOGIN_PART = new Set('com net org www mail html json xml exe dll log txt csv pdf sys bin cfg conf ini tmp bak zip doc docx xls xlsx png jpg js py sh ps1 id name value type data info item file path key'.split(' '));

function koreanGivenRoman(w: string): boolean {
  return KO_GIVEN_ROMAN.test(w) || GIVEN_NAMES.has(w.toLowerCase());
}

/** A pair of words is a person's name: surname and given name in either order, by list and shape. */
function namePair(a: string, b: string): boolean {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (KO_SURNAMES_ROMAN.has(la) && (koreanGivenRoman(b) || KO_GIVEN_JOINED.test(b))) return true;
  if (romanChineseSurname(a) && hyphenGiven(b)) return true;
  if (KO_SURNAMES_ROMAN.has(lb) && KO_GIVEN_ROMAN.test(a)) return true;
  if (PINYIN_SURNAMES.has(la) && PINYIN_WORD.test(lb) && !NOT_SURNAME.has(lb) && (!PINYIN_WORDLIKE.has(la) || /^\p{Lu}+$/u.test(a) || (PINYIN_WORD.test(lb) && lb.length >= 5 && !/^[a-z]+(?:ing|ed|er|ly)$/.test(lb)))) return true;
  return false;
}

const scriptNames: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, reason: string) => {
    const value = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    if (ctx.isProtected(value)) return;
    out.push({ start, end, kind: 'PERSON', detector: 'person-name', priority: PRIORITY.person + 2, value, side: 'victim', reason });
  };
  if (/\p{Lu}\p{Ll}|\p{Lu}{2}/u.test(text)) {
    // "KANG Do-yun", "Park, Ji-min", "Wang Haiyan", "Noura Haddad" (a listed surname after a listed given name is handled above).
    for (const m of matchAll(SURNAME_THEN_GIVEN_RE, text)) {
      const [a, sep, b] = [m[1], m[2], m[3]];
      const la = a.toLowerCase();
      if (NOT_GIVEN.has(la) || NOT_SURNAME.has(la)) continue;
      const ok = namePair(a, b) || (sep !== ', ' && isSurname(a) && !WORD_SURNAMES.has(la) && isGiven(b) && !isGiven(a));
      if (ok) add(m.index!, m.index! + a.length + sep.length + b.length, 'surname and given name by list and shape');
    }
    if (text.includes('-')) for (const m of matchAll(HYPHEN_GIVEN_FIRST_RE, text)) {
      const [given, surname] = [m[1], m[2]];
      const known = romanChineseSurname(surname) || (KO_SURNAMES_ROMAN.has(surname.toLowerCase()) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given));
      if (known && hyphenGiven(given)) add(m.index!, m.index! + m[0].length, 'romanised hyphenated given name and surname');
    }
    if (text.includes('.')) for (const m of matchAll(INITIAL_RE, text)) {
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 24);
      if (isSurname(m[2]) || REPORTING_VERB.test(after)) add(m.index!, m.index! + m[0].length, 'initial and surname');
    }
  }
  if (text.includes('.')) {
    for (const m of matchAll(DOTTED_LOGIN_RE, text)) {
      const [a, b] = [m[1], m[2]];
      if (NOT_LOGIN_PART.has(a) || NOT_LOGIN_PART.has(b) || TLDS.has(b)) continue;
      if ((isGiven(a) && (isSurname(b) || b.length >= 4)) || (isSurname(b) && !WORD_SURNAMES.has(b) && a.length >= 3) || namePair(a, b)) add(m.index!, m.index! + m[0].length, 'first.last login of a person');
    }
  }
  if (text.includes('_')) {
    for (const m of matchAll(UNDERSCORE_PAIR_RE, text)) {
      const [a, b] = [m[1], m[2]];
      const surnameA = isSurname(a) || ASCII_DROPPED_NAMES.has(a.toLowerCase());
      const surnameB = isSurname(b) || ASCII_DROPPED_NAMES.has(b.toLowerCase());
      if ((surnameA && isGiven(b)) || (isGiven(a) && surnameB) || namePair(a, b) || namePair(b, a)) add(m.index!, m.index! + m[0].length, 'name in a file or account name');
    }
  }
  // The rules below are all for non-Latin scripts.
  if (isAscii(text)) return out;
  if (/\p{Script=Hangul}/u.test(text)) {
    for (const m of matchAll(HANGUL_NAME_RE, text)) {
      const n = m[1];
      if (KO_SURNAMES_HANGUL.has(n[0]) && KO_GIVEN_SYLLABLES.has(n[1]) && KO_GIVEN_SYLLABLES.has(n[2]) && !KO_NOT_NAMES.has(n)) add(m.index!, m.index! + 3, 'Korean surname and given name');
    }
  }
  if (/\p{Script=Han}/u.test(text) && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    for (let p = 0; p < text.length; p++) {
      if (!ZH_SURNAMES.has(text[p]) || (p > 0 && /\p{Script=Han}/u.test(text[p - 1]))) continue;
      let n = 0;
      while (n < 3 && ZH_GIVEN_CHARS.has(text[p + 1 + n] ?? '')) n++;
      if (n >= 1 && n <= 2) add(p, p + 1 + n, 'Chinese surname and given name');
    }
  }
  for (const [gate, re, given, next] of SCRIPT_PAIRS) {
    if (!gate.test(text)) continue;
    const toks = [...matchAll(re, text)];
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i];
      const b = toks[i + 1];
      if (!/^[ \t]$/.test(text.slice(a.index! + a[0].length, b.index!))) continue;
      // A conjunction prefix ("ושירה", "ونورة") is not part of the name.
      const lead = given.has(a[0]) ? 0 : given.has(a[0].slice(1)) && /^[וو]/.test(a[0]) ? 1 : -1;
      if (lead < 0 || !next(b[0])) continue;
      add(a.index! + lead, b.index! + b[0].length, 'given name and surname (native script)');
      i++;
    }
  }
  return out;
};

// The name may run into a particle or a copula: "윤서준입니다" (this is … speaking).
const HANGUL_NAME_RE = /(?<![\p{Script=Hangul}])([\p{Script=Hangul}]{3})(?=이\(가\)|입니다|이에요|[이가은는을를의와과도님씨]?(?![\p{Script=Hangul}]))/gu;
// Function words, and the person words of forms ("עומרי לקוח:" is a name and the next label).
export const HE_STOP = new Set('את של על עם אל גם כי לא זה הוא היא אישר אישרה הצטרפו הצטרף בשעה אבל או לקוח לקוחה טכנאי טכנאית עובד עובדת מנוי טלפון כתובת'.split(' '));
export const HI_STOP = new Set('ने को से का की के और में पर भी ही तो है था थी ईमेल मोबाइल फ़ोन फोन पता ग्राहक कर्मचारी तकनीशियन'.split(' '));
const SCRIPT_PAIRS: [RegExp, RegExp, Set<string>, (w: string) => boolean][] = [
  // A family name after a given name: a listed one, another given name (a patronymic), or the
  // article and the nisba ending ("الدوسري"); the article alone also starts common nouns ("الاجتماع").
  [/\p{Script=Arabic}/u, /\p{Script=Arabic}+/gu, AR_GIVEN, (w) => AR_GIVEN.has(w) || AR_SURNAMES.has(w) || AR_AL_SURNAMES.has(w) || (w.startsWith('ال') && w.length >= 5 && w.endsWith('ي'))],
  [/\p{Script=Hebrew}/u, /\p{Script=Hebrew}+/gu, HE_GIVEN, (w) => w.length >= 2 && w.length <= 10 && !HE_STOP.has(w)],
  [/\p{Script=Devanagari}/u, /[\p{Script=Devanagari}\u0900-\u097F]+/gu, HI_GIVEN, (w) => w.length >= 2 && !HI_STOP.has(w)],
];

personDetectors.push(['person-script', scriptNames], positionDetector, leadDetector, slotDetector, worldDetector, ...customerOrgDetectors);
