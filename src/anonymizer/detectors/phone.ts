import { type CountryCode, getCountryCallingCode, type NumberType, type PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { recordEnd, type RecordEnd } from './call-records';
import { around, clauseBefore, type Detector, type Finding, PRIORITY } from './finding';

// libphonenumber-js with the `max` metadata: full validation and number types, so a
// premium-rate (IRSF) destination can be told from a subscriber number. Candidates are
// found with a cheap linear regex first; the library only sees short substrings.
// Not across a line break: a signature's "Mobile: +33680836782" is followed by the street number.
const CANDIDATE_RE = /(?<![\w+.\/-])(?:\+|00)?\(?\d[\d \t\u00a0().\/-]{5,22}\d(?![\w\/-]|\.\d)/g;
// Words that name an attacker's number (premium-rate and IRSF destinations, smishing senders), in
// the languages submitters write in; a victim word in the same clause vetoes them.
// Latin words start at a word boundary ("c2" whole): an id such as "AC2510…" or a name such as
// "Scammell" before a customer's number is no attacker word.
const THREAT_PHONE_CONTEXT =
  /(?<![a-z0-9])(?:premium|irsf|smish|sender|lure|fraud|scam|attacker|toll|mehrwert|surtax|calls? to|callback|revenue share|wangiri|sms from|c2(?![a-z0-9])|absender|expéditeur|remitente|mittente|afzender|nadawc|отправител|tarificación adicional|tarifa especial|tariffazione|numero speciale|betaalnummer|servicenummer|podwyższonej opłacie|płatny|платн|премиум|プレミアム|送信元|発信元|프리미엄|발신자|υπερχρέωσ|αποστολέα|不正|詐欺|tariffa maggiorata|sovrapprezzo|tarifação adicional|valor acrescentado|sonderrufnummer|betalsamtal|betaltjänst|özel ücretli|ücretli hat|dolandırıcı|高額課金|高額請求|ワン切り|高额付费|付费号码|吸费|고액 과금|과금 번호|유료 번호|تعرفة مرتفعة|أرقام مميزة|احتيال|प्रीमियम|धोखाधड़ी)/;
// Words that say a digit run is someone's number: phone labels (with their abbreviations: es "Tfno.",
// da/no "Tlf.", fi "puh.", pt/es "cel.") and the subscriber who owns it.
const PHONE_CONTEXT =
  /tel|tél|tfno|tlf|\bpuh\.|\bcel\.|celular|movil|phone|mobile|\bmob\b|handy|belde|appel|llam|chiam|ligou|dzwoni|ringde|arad|anrief|fax|call|msisdn|sms|whatsapp|contact|kontakt|numéro|numero|número|portable|móvil|cellulare|telefo|mobiel|komórk|abonn|abonad|abbonat|abonent|subscriber|teilnehmer|тел|абонент|전화|휴대|가입자|τηλ|συνδρομητ|電話|携帯|加入者|☎/;

// An extension after the number ("ext. 45", "x123", "Durchwahl -12", "ramal 4803", "dahili 2227") is part of it:
// it dials one person. Its word also says that the digits before it are a phone number.
const EXTENSION_RE = /^[ \t]*,?[ \t]*(?:x|ext\.?|extn\.?|extension|ramal|poste|durchwahl|dw\.?|interno|int\.|wew\.|dahili|доб\.?|内線|내선)[ \t]*[:.]?[ \t]*-?[ \t]*\d{1,6}(?!\d)/i;

// The numeric options of IDS rules.
const RULE_OPTION_BEFORE = /(?:\b(?:sid|gid|rev|priority|depth|offset|distance|within|dsize|metadata))\s*:\s*$/;

// Labels of bare E.164 subscriber numbers in logs (RADIUS, Diameter).
const MSISDN_LABEL = /msisdn|calling-station-id|subscription-id-data/i;

const VICTIM_PHONE_CONTEXT =
  /subscriber|customer|\bour |affected|victim|kunde|abonné|contact|kontakt|unser|notre|nuestr|abonad|client|nostr|abbonat|\bonze |abonnee|klant|nasz|abonent|наш|абонент|клиент|顧客|お客|当社|加入者|契約者|당사|가입자|고객|μας|συνδρομητ|πελάτ/;

// "+882 16 … (IRSF)": the label may follow the number in brackets.
const CLAUSE_END = /[;,.!?。；、，\n]/;
const THREAT_LABEL_AFTER = /^\s*[(（]\s*(?:[\p{L}-]+\s){0,2}(?:irsf|premium|fraud|fraude|betrug|frode|詐欺|사기)/iu;

// Notations only phone numbers are written in: a bracketed area code ("(415) 757-5828") or a
// trunk zero followed by separated groups ("0473 252 978", "098681 79506", "06-04954782").
// "(31) 97474-7469" is a Brazilian mobile.
// Versions, ports, counts and dates are written otherwise (dots between short groups, no
// leading zero, four-digit years), so such a number is a phone number without a context word;
// below nine digits, time ranges ("0800 1200") and short codes collide with short landlines.
const NATIONAL_SHAPE = /^(?:\(\d{2,5}\)[ \u00a0-]?\d{3,5}[ \u00a0-]\d{4}|0\d{1,5}(?:[ \u00a0\/-]\d{2,8}){1,4})$/;
// Regions whose national formats submitters write, tried in turn for a number of that shape
// when the profile gives no region (or the number is not valid there).
const NATIONAL_REGIONS: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'NL', 'BE', 'IT', 'ES', 'PT', 'CH', 'AT', 'SE', 'NO', 'DK', 'FI', 'PL', 'IE', 'AU', 'NZ', 'IN', 'JP', 'KR', 'CN', 'BR', 'MX', 'TR', 'SA', 'AE', 'IL', 'ZA'];

// Without any hint only a subscriber's own line counts: service numbers (toll-free, premium,
// shared-cost) are short digit groups that times and counts also produce ("0800 1200").
const SUBSCRIBER_TYPES = new Set<NumberType>(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER', 'VOIP']);

/** A national-shaped number that is a subscriber line in one of the usual regions, or undefined. */
function subscriberInSomeRegion(raw: string, tried?: CountryCode): PhoneNumber | undefined {
  for (const r of NATIONAL_REGIONS) {
    if (r === tried) continue;
    const p = parsePhoneNumberFromString(raw, r);
    if (p && SUBSCRIBER_TYPES.has(p.getType())) return p;
  }
  return undefined;
}

// "Callback #: …" (a column "callback_no") labels the number someone wants to be called back on, not a callback scam.
const CALLBACK_LABEL = /call[-_]?back[\s_]*(?:#|:|no\b|number|nr\b)/gi;

/** Attacker numbers are named in their own clause ("smishing sender +44…"), not next to victim words. */
function threatContext(text: string, start: number, end: number): boolean {
  const clause = clauseBefore(text, start).replace(CALLBACK_LABEL, ' ');
  if (THREAT_PHONE_CONTEXT.test(clause)) return !VICTIM_PHONE_CONTEXT.test(clause);
  if (VICTIM_PHONE_CONTEXT.test(clause)) return false;
  const after = text.slice(end, end + 40).replace(CALLBACK_LABEL, ' ');
  // Or the words follow in the same clause ("+252 61 060 1231 numaralı özel ücretli hatta"):
  // prose after a space, not the rest of a query string or record.
  return THREAT_LABEL_AFTER.test(after) || (/^\s+\p{L}/u.test(after) && THREAT_PHONE_CONTEXT.test(after.split(CLAUSE_END)[0].toLowerCase()));
}

// A call record's called number ("CDR 4915… -> +882 16…", "A-Nr. 0049… → 00252…", "Anrufe von … nach
// +882 …"): a fraud desk quotes the record for its destination.
const ARROW_BEFORE = /(?:->|→|=>|⇒|(?<![\p{L}])(?:to|nach|vers|naar|till|para|verso|do|на)) ?[ \t]*$/u;
const CALL_RECORD = /\b(?:cdr|xdr|calls?|anrufe?|appels?|llamadas?|chiamat[ae]|chamadas?|połączeni[ae]|звонк\w*|hovory?|arama|samtal)\b|通話|呼叫|话单|통화/i;
const CALLER_BEFORE = /(\+|00)?(\d[\d \t().-]{5,20}\d)\D{0,6}$/;

/**
 * The destination of a call record, dialled abroad: an international number outside the
 * submitter's country and the caller's is where the fraud's minutes went (IRSF), while a
 * domestic destination may be a victim's own contact. Switches write both ends as bare E.164
 * digits ("CDR 4915… -> 88216…"): a bare destination counts when the caller is written so too.
 */
function calledAbroad(text: string, start: number, raw: string, number: PhoneNumber, international: boolean, region?: CountryCode): boolean {
  if (!ARROW_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const before = text.slice(Math.max(text.lastIndexOf('\n', start) + 1, start - 120), start);
  if (!CALL_RECORD.test(before)) return false;
  const caller = CALLER_BEFORE.exec(before.replace(ARROW_BEFORE, ''));
  const callerCc = caller ? parsePhoneNumberFromString(`+${digitsOf(caller[2])}`)?.countryCallingCode : undefined;
  let cc = number.countryCallingCode;
  if (!international) {
    if (!caller || caller[1] || !/^[1-9]\d{9,14}$/.test(raw) || !/^[1-9]\d{9,14}$/.test(caller[2]) || callerCc === undefined) return false;
    const e164 = parsePhoneNumberFromString(`+${raw}`);
    if (!e164?.isPossible()) return false;
    cc = e164.countryCallingCode;
  }
  if (region && getCountryCallingCode(region) === cc) return false;
  return callerCc !== cc;
}

/** The country calling code of a record's number: written internationally, or as bare E.164 digits as switches write them. */
function recordCallingCode(field: string): string | undefined {
  const t = field.trim().replace(/^["'`]|["'`]$/g, '');
  if (/^(?:\+|00)/.test(t)) return parsePhoneNumberFromString(t.startsWith('00') ? `+${t.slice(2)}` : t)?.countryCallingCode;
  if (!/^[1-9]\d{9,14}$/.test(t)) return undefined;
  const p = parsePhoneNumberFromString(`+${t}`);
  return p?.isPossible() ? p.countryCallingCode : undefined;
}

/**
 * Why a number in a call record is the attacker's, or undefined: never the record's own subscriber;
 * another end where its own field says so (a column of no known role also by its header: "premium_dest"),
 * or, in an originating record, where it was dialled abroad (IRSF), as calledAbroad judges prose.
 */
function recordThreat(r: RecordEnd, raw: string, region?: CountryCode): string | undefined {
  if (r.role === 'subscriber') return undefined;
  const words = (r.role === 'unknown' ? `${r.header} ${r.prefix}` : r.prefix).replace(CALLBACK_LABEL, ' ');
  if (THREAT_PHONE_CONTEXT.test(words) && !VICTIM_PHONE_CONTEXT.test(words)) return 'attacker number context';
  if (r.role !== 'other' || !r.originating || r.subscriber === undefined) return undefined;
  const cc = recordCallingCode(raw);
  const own = recordCallingCode(r.subscriber);
  if (!cc || !own || cc === own || (region && getCountryCallingCode(region) === cc)) return undefined;
  return 'call record destination abroad';
}

/**
 * isValid() and getType() run the same metadata regexes (with the `max` metadata isValid is
 * "getType() is defined"), so a parse is judged once: a defined type implies validity, and
 * only an undefined type needs isValid() (metadata without type patterns).
 */
function judge(p: PhoneNumber): { valid: boolean; type: NumberType } {
  const type = p.getType();
  return { type, valid: type !== undefined || p.isValid() };
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

// "… 51.06958, 17.03517 / 508-689-426": a slash between spaces lists values. It stays inside a run
// that can be one number ("089 / 1234567", an old German notation), and ends one that cannot; the
// search goes on after it, so the next value is a candidate of its own.
const SPACED_SLASH = /\s+\/\s+/;

/** Candidate runs and their offsets. */
function* candidates(text: string): Generator<[string, number]> {
  const re = new RegExp(CANDIDATE_RE);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const sep = digitsOf(m[0]).length > 15 ? SPACED_SLASH.exec(m[0]) : null;
    if (sep) re.lastIndex = m.index + sep.index + sep[0].length;
    yield [sep ? m[0].slice(0, sep.index) : m[0], m.index];
  }
}

const phones: Detector = (text, ctx, covered) => {
  const out: Finding[] = [];
  for (const [chunk, at] of candidates(text)) {
    // An opening bracket the number does not close belongs to the prose: "(00966 53 139 0693)".
    let raw = chunk.trim();
    if (raw.startsWith('(') && !raw.includes(')')) raw = raw.slice(1).trimStart();
    const start = at + chunk.indexOf(raw);
    const digits = digitsOf(raw);
    if (digits.length < 7 || digits.length > 15) continue;
    // Snort/Suricata rule options ("sid:9164331; rev:1;") are numbers of the rule, part of its body.
    if (RULE_OPTION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // Dates, dotted quads and checksummed device/card ids are not phone numbers; skipping them
    // before libphonenumber (tens of microseconds per parse) is what keeps this detector cheap.
    if (/^\d{4}-\d{2}-\d{2}/.test(raw) || /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(raw) || /^\d{1,3}(?:\.\d{1,3}){2,3}$/.test(raw)) continue;
    // A span a stronger finding already holds (an IP in brackets, an IMEI) could never be applied.
    if (covered?.(start, start + raw.length)) continue;
    const international = raw.startsWith('+') || raw.startsWith('00');
    // A call record's party columns hold bare E.164 digits, as an MSISDN label does.
    const record = recordEnd(text, start, start + raw.length);
    const partyCell = record !== undefined && record.role !== 'unknown';
    if (!international && digits.length >= 13 && !partyCell && !MSISDN_LABEL.test(text.slice(Math.max(0, start - 24), start))) continue;
    const ext = EXTENSION_RE.exec(text.slice(start + raw.length, start + raw.length + 24));
    if (!international && !ctx.region && !/[\s().\/-]/.test(raw) && ext === null && !PHONE_CONTEXT.test(around(text, start, start + raw.length, 40, 24))) continue;
    // "+351 (0)96 …": the trunk zero in brackets is not dialled from abroad.
    const dialled = international ? raw.replace(/\(0\)\s?/, '') : raw;
    const normalised = dialled.startsWith('00') ? `+${dialled.slice(2)}` : dialled;
    const win = around(text, start, start + raw.length, 40, 24);
    const context = ext !== null || PHONE_CONTEXT.test(win);
    let parsed = parsePhoneNumberFromString(normalised, international ? undefined : (ctx.region as CountryCode | undefined));
    let judged = parsed ? judge(parsed) : undefined;
    // Without a region hint, national formats only count with phone context words.
    if (!ctx.region && !international && context) {
      for (const r of ['DE', 'FR', 'GB', 'US', 'JP'] as CountryCode[]) {
        const p = parsePhoneNumberFromString(raw, r);
        if (p?.isValid()) {
          parsed = p;
          judged = { valid: true, type: p.getType() };
          break;
        }
      }
    }
    const nationalShape = !international && !context && digits.length >= 9 && NATIONAL_SHAPE.test(raw);
    if (nationalShape && !judged?.valid) {
      const p = subscriberInSomeRegion(raw, ctx.region);
      if (p) {
        parsed = p;
        judged = { valid: true, type: p.getType() };
      }
    }
    // Fictional and newly allocated ranges fail isValid(); a possible number with context, or in
    // a national notation of the submitter's region, still counts.
    if (parsed && !judged!.valid && parsed.isPossible() && (international || context || (nationalShape && ctx.region))) {
      // kept as a phone number
    } else if (!parsed || !judged!.valid) {
      // MSISDNs in logs are often bare E.164 digits without '+'.
      if ((partyCell || MSISDN_LABEL.test(win)) && digits.length >= 10) {
        const p = parsePhoneNumberFromString(`+${digits}`);
        if (!p?.isPossible()) continue;
        parsed = p;
        judged = undefined;
      } else {
        // A number the fraud desk names as the attacker's ("IRSF 0900 2 781157", a foreign premium range the
        // submitter's region does not know) is kept as written, so that the same digits elsewhere are not spread over.
        if (/[\s().\/-]/.test(raw) && threatContext(text, start, start + raw.length)) {
          out.push({ start, end: start + raw.length, kind: 'PHONE', detector: 'phone', priority: PRIORITY.phone, value: digits, keep: true, side: 'threat', reason: 'attacker number context' });
        }
        continue;
      }
    }
    // Bare digit runs without separators or context are more likely ids than phone numbers.
    if (!international && !/[\s().\/-]/.test(raw) && !context && !ctx.region) continue;
    const value = parsed.number;
    const type = judged ? judged.type : parsed.getType();
    const end = start + raw.length + (ext ? ext[0].length : 0);
    const base = { start, end, kind: 'PHONE', detector: 'phone', priority: PRIORITY.phone, value: ext ? `${value};ext=${ext[0].replace(/\D/g, '')}` : value };
    // In a call record the columns say which end is whose; words in the other cells say nothing of this one.
    const recordReason = record && (recordThreat(record, raw, ctx.region as CountryCode | undefined) ?? (record.role === 'unknown' && calledAbroad(text, start, raw, parsed, international, ctx.region) ? 'call record destination abroad' : undefined));
    if (ctx.isProtected(value) || ctx.isProtected(digits) || ctx.isProtected(raw)) {
      out.push({ ...base, keep: true, side: 'threat', reason: 'threat-side value' });
    } else if (type === 'PREMIUM_RATE' || type === 'SHARED_COST') {
      out.push({ ...base, keep: true, side: 'threat', reason: type === 'PREMIUM_RATE' ? 'premium-rate destination' : 'attacker number context' });
    } else if (record) {
      out.push(recordReason ? { ...base, keep: true, side: 'threat', reason: recordReason } : { ...base, side: 'victim', reason: record.role === 'subscriber' ? 'subscriber of a call record' : 'phone number' });
    } else if (threatContext(text, start, end)) {
      out.push({ ...base, keep: true, side: 'threat', reason: 'attacker number context' });
    } else if (calledAbroad(text, start, raw, parsed, international, ctx.region)) {
      out.push({ ...base, keep: true, side: 'threat', reason: 'call record destination abroad' });
    } else {
      out.push({ ...base, side: 'victim', reason: 'phone number' });
    }
  }
  return out;
};

/** Phone numbers (E.164 and national formats) via libphonenumber-js/max. */
export const phoneDetectors: [string, Detector][] = [['phone', phones]];
