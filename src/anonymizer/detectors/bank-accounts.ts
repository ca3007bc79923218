import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';
import { clabeCheck } from './national-ids';

/**
 * Domestic bank accounts, in the layouts a customer record, a ticket or a chat copies them in
 * (IBANs, with their checksum, are device-ids.ts's). Most national numbers carry no checksum of
 * their own, so each is recognised by the way its country writes it:
 * - Japan: bank, branch, account type, seven digits ("みずほ銀行 048支店 普通 1502372"), and the
 *   Japan Post Bank's symbol and number ("ゆうちょ 記号 12345 番号 12345678");
 * - Korea: the bank's name right before a hyphenated number ("신한은행 110-123-456789");
 * - India: the account beside its branch's IFSC ("12345678901 / SBIN0001234");
 * and, in text that speaks of banking, an ABA routing number (its checksum) paired with the
 * account; near a bank word or after a bank label of the exchange's languages, Brazil's agência and
 * conta with its check digit ("0508 / 9375747-4"), Taiwan's bank code in brackets ("(822)
 * 12345678901234"), Mexico's CLABE (its check digit), the UK's sort code and account, Australia's
 * BSB and account, Canada's transit, institution and account, and any grouped account number
 * after a label ("계좌:", "帳號:", "Agência/Conta:", "Kontonummer:").
 * Versions, CVE ids, ports, hashes and dates are never one of these shapes next to these words.
 */

// Japan: the branch (a number or a name) with 支店, the account type, the seven-digit number.
const JP_ACCOUNT_RE =
  /(?:[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\d]{1,10}(?:支店|出張所|営業部)|店番[ 　]?\d{3})[ 　]*[(（]?(?:普通|当座|貯蓄|総合)(?:預金)?[)）]?[ 　]*(?:口座)?(?:番号)?[ 　:：]*(?:No\.?[ 　]*)?\d{7}(?!\d)/gu;
// The same with the branch after the number, in brackets ("普通 6852012（支店番号 898）").
const JP_BRANCH_AFTER_RE = /(?:普通|当座|貯蓄|総合)(?:預金)?[ 　]*\d{7}[ 　]*[(（](?:支店番号|店番|支店)[ 　:：]*\d{3}[)）]/gu;
const JP_POST_RE = /記号[ 　:：]*\d{5}[ 　]*(?:[-－]|番号[ 　:：]*)?[ 　]*\d{6,8}(?!\d)|(?<=(?:ゆうちょ|郵便貯金)[^\n\d]{0,12})\d{5}[-－]\d{6,8}(?!\d)/gu;
// Korea: a bank's name, then the number (hyphenated groups or 10 to 14 digits).
const KR_ACCOUNT_RE =
  /(?:[가-힣A-Za-z]{1,10}(?:은행|뱅크)|농협|수협|신협|새마을금고|우체국)[ \t]*(?:계좌(?:번호)?)?[ \t:：]*(\d{2,6}-\d{2,6}-\d{2,8}(?:-\d{1,3})?|\d{10,14})(?![\d-])/gu;
// An ABA routing number (nine digits, checksum below) paired with the account after a separator.
const ABA_PAIR_RE = /(?<![\d-])(\d{9})[ \t]*(?:\/|,|\||[ \t]-[ \t])[ \t]*(\d{4,17})(?![\d-])/g;
// India: an account of 9 to 18 digits and the branch's IFSC (four letters, 0, six characters), either order.
const IFSC = '[A-Z]{4}0[A-Z0-9]{6}';
const IN_ACCOUNT_RE = new RegExp(`(?<![\\d-])\\d{9,18}[ \\t]*(?:\\/|,|\\||[(（])?[ \\t]*(?:IFSC[ \\t:：]*)?${IFSC}(?![A-Z0-9])[)）]?|(?<![A-Z0-9])${IFSC}[ \\t]*(?:\\/|,|\\|)?[ \\t]*(?:(?:[Aa]\\/[Cc]|[Aa]cc(?:ount)?)(?: [Nn]o\\.?)?[ \\t:：]*)?\\d{9,18}(?![\\d-])`, 'g');

// Shapes that are an account only near a bank word.
const NEAR_BANK: { re: RegExp; valid?: (v: string) => boolean }[] = [
  // Brazil: agência (4 digits, check digit optional) / conta with its check digit.
  { re: /(?<![\d\/.-])\d{4}(?:-[\dXx])?[ \t]*\/[ \t]*\d{3,12}-[\dXx](?![\d\/-])/g },
  // Taiwan: the bank's three-digit code in brackets, then the account.
  { re: /[(（]\d{3}[)）][ \t]?\d{10,16}(?!\d)/g },
  // UK: sort code and account.
  { re: /(?<![\d-])\d{2}-\d{2}-\d{2}[ \t]*(?:\/|,)?[ \t]*(?:(?:a\/c|acc(?:ount)?)(?: no\.?)?[ \t:]*)?\d{8}(?![\d-])/gi },
  // Australia: BSB and account.
  { re: /(?<![\d-])\d{3}-\d{3}[ \t]*(?:\/|,)?[ \t]*(?:(?:a\/c|acc(?:ount)?)(?: no\.?)?[ \t:]*)?\d{6,10}(?![\d-])/gi },
  // Canada: transit, institution, account.
  { re: /(?<![\d-])\d{5}-\d{3}[ \t]*(?:-|\/|,)?[ \t]*\d{7,12}(?![\d-])/g },
  // Thailand: ten digits written 3-1-5-1 (branch, type, number, check digit).
  { re: /(?<![\d-])\d{3}-\d-\d{5}-\d(?![\d-])/g },
  // Korea: a bank's 3-6-5 grouping ("123-456789-12345").
  { re: /(?<![\d-])\d{3}-\d{6}-\d{5}(?![\d-])/g },
  // Russia: a person's current account, twenty digits from balance account 40817 or 40820.
  { re: /(?<!\d)408(?:17|20)\d{15}(?!\d)/g },
  // Mexico: CLABE, 18 digits with its check digit.
  { re: /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{11}[ -]?\d(?![\d-])/g, valid: (v) => clabeCheck(v.replace(/\D/g, '')) },
];

// Words of banking in the exchange's languages, near which those shapes are accounts.
const BANK_WORDS =
  /(?<![\p{L}])(?:bank(?:ing|s)?|banco|banque|banca|banc(?:á|a)ri[oa]s?|bancaire|ag(?:ê|e)ncia|ag\.|conta(?: corrente)?|c\/c|cuenta|clabe|spei|transferencia|sort[ -]?code|bsb|routing|aba|ach|wire|iban|ifsc|transit|institution|accounts?|acct|a\/c|direct debit|payout|р\/с|kontonummer|konto|bankverbindung|rekening|rachunek|rachunku|hesap|compte|rib|conto|tài khoản)(?![\p{L}])|口座|銀行|支店|帳號|帳戶|账号|账户|계좌|은행|الحساب|البنك|рахун|сч[её]т|บัญชี|ธนาคาร/iu;

// Labels of a bank account; the value may follow after a second word ("Agência/Conta", "BSB/Acc", "Routing/Account").
const LABEL = [
  'bank account(?: no\\.?| number| details)?', 'bank acc(?:t|ount)?\\.?', 'bank details', 'banking details', 'routing(?: number| no\\.?)?', 'aba',
  'sort code', 'bsb', 'ifsc', 'transit(?: no\\.?)?', 'direct deposit', 'direct debit(?: from| to)?', 'payout to', 'paid out to', 'ag(?:ê|e)ncia', 'ag\\.', 'conta(?: corrente| banc(?:á|a)ria)?', 'c\\/c', 'dados banc(?:á|a)rios', 'cuenta(?: bancaria| clabe)?',
  'n(?:ú|u)mero de cuenta', 'no\\. de cuenta', 'clabe', 'compte(?: bancaire)?', 'rib', 'coordonn(?:é|e)es bancaires', 'conto(?: corrente)?', 'c\\/c bancario', 'bankverbindung', 'kontonummer', 'konto(?:nr\\.?)?', 'kto\\.?(?:-nr\\.?)?',
  'rekening(?:nummer)?', 'rekeningnr\\.?', 'rachunek(?: bankowy)?', 'nr rachunku', 'numer (?:konta|rachunku)', 'banka hesab(?:ı|i)', '口座(?:番号)?', '振込(?:先|口座)', '계좌(?:번호)?', '입금 ?계좌',
  '帳號', '帳戶', '銀行帳號', '匯款帳號', '账号', '账户', '银行账号', '银行账户', '收款账号', 'الحساب البنكي', 'الحساب المصرفي', 'số tài khoản', 'stk', 'nomor rekening', 'no\\.? rek\\.?', 'เลขที่บัญชี', 'เลขบัญชี',
  'банківський рахунок', 'банковский сч[её]т', 'расч[её]тный сч[её]т', 'р\\/с',
].join('|');
// Not the bare "account number" of any language ("Account no.", "رقم الحساب", "особовий рахунок"):
// that is a customer's number at the submitter as often (id-labels.ts).
// Label, any second label after '/', then ':', '=', '#' or spaces; the value: a bank name in a
// caseless script, a bank code in brackets, then digit groups (a check digit after '-').
const LABELLED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LABEL})(?:[ \\t]*\\/[ \\t]*\\p{L}[\\p{L}.]{0,11}(?: no\\.?)?)?[ \\t]*(?:[:：=#][ \\t]*|[ \\t]+)` +
    `((?:[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}\\p{Script=Hiragana}A-Za-z]{1,12}(?:銀行|은행|银行|뱅크)[ \\t]*)?(?:[(（]\\d{3}[)）][ \\t]?)?\\d{2,18}(?:[ \\t]?[-\\/.][ \\t]?\\d{1,18}|[ \\t]\\d{2,18}){0,4}(?:-[\\dXx])?)(?![\\p{L}\\p{N}]|[.\\/-]\\d)`,
  'giu',
);
// Dates, times, versions and amounts are never the value.
const NOT_ACCOUNT = /^\d{1,4}[.\/-]\d{1,2}[.\/-]\d{1,4}$|^(?:19|20)\d\d[.\/-]\d{1,2}$|^\d{1,2}[.\/-](?:19|20)\d\d$|^\d+(?:\.\d+)+$|^\d{1,3}(?:[.,]\d{3})+$/;

const GATE = new RegExp(`${BANK_WORDS.source}|支店|出張所|営業部|ゆうちょ|記号|은행|뱅크|IFSC|[A-Z]{4}0[A-Z0-9]{6}|\\d{9}`, 'iu');

/** Whether nine digits are a valid ABA routing number (weights 3, 7, 1; Federal Reserve district prefixes). */
export function abaCheck(d: string): boolean {
  if (!/^(?:0[0-9]|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)\d{7}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * [3, 7, 1][i % 3];
  return sum % 10 === 0;
}

const bankAccounts: Detector = (text, ctx) => {
  const out: Finding[] = [];
  if (!/\d{4}/.test(text) || !GATE.test(text)) return out;
  const add = (start: number, end: number, reason: string) => {
    const value = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    if (ctx.isProtected(value)) return;
    out.push({ start, end, kind: 'BANK-ACCOUNT', detector: 'bank-account', priority: PRIORITY.slot + 1, value, side: 'victim', reason });
  };
  if (/支店|出張所|営業部|ゆうちょ|記号|郵便貯金|店番/.test(text)) {
    for (const m of matchAll(JP_ACCOUNT_RE, text)) add(m.index!, m.index! + m[0].length, 'bank account (branch, type, number)');
    for (const m of matchAll(JP_BRANCH_AFTER_RE, text)) add(m.index!, m.index! + m[0].length, 'bank account (type, number, branch)');
    for (const m of matchAll(JP_POST_RE, text)) add(m.index!, m.index! + m[0].length, 'Japan Post Bank symbol and number');
  }
  if (/은행|뱅크|농협|수협|신협|새마을금고|우체국/.test(text)) {
    for (const m of matchAll(KR_ACCOUNT_RE, text)) {
      if (m[1].replace(/\D/g, '').length < 10) continue;
      add(m.index! + m[0].length - m[1].length, m.index! + m[0].length, 'bank account after the bank name');
    }
  }
  if (/[A-Z]{4}0[A-Z0-9]{6}/.test(text)) for (const m of matchAll(IN_ACCOUNT_RE, text)) add(m.index!, m.index! + m[0].length, 'account and IFSC');
  if (!BANK_WORDS.test(text)) return out;
  for (const m of matchAll(ABA_PAIR_RE, text)) if (abaCheck(m[1])) add(m.index!, m.index! + m[0].length, 'ABA routing number and account');
  for (const { re, valid } of NEAR_BANK) {
    for (const m of matchAll(re, text)) {
      if (valid && !valid(m[0])) continue;
      const near = text.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + 24);
      if (BANK_WORDS.test(near)) add(m.index!, m.index! + m[0].length, 'bank account (national layout near a bank word)');
    }
  }
  for (const m of matchAll(LABELLED_RE, text)) {
    const v = m[1];
    // Six digits or more; five with a check digit ("c/c 55123-X").
    const digits = v.replace(/\D/g, '').length;
    if (digits < (/-[\dXx]$/.test(v) ? 5 : 6) || NOT_ACCOUNT.test(v)) continue;
    add(m.index! + m[0].length - v.length, m.index! + m[0].length, 'bank account after its label');
  }
  return out;
};

export const bankAccountDetectors: [string, Detector][] = [['bank-accounts', bankAccounts]];
